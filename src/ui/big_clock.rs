//! Countdown digits as large as the space allows.
//!
//! tui-big-text draws the 8x8 glyphs; this lays them out tighter (the colon and
//! signs trimmed to their ink, every digit the same width so nothing shifts as
//! seconds change), and picks the largest rendering that fits: full-block glyphs
//! scaled by whole cells, wider than tall so digits look square, down to plain
//! text on a tiny terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// One way of drawing: a glyph size and how many cells each glyph cell becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Scale {
    pixels: PixelSize,
    x: u16,
    y: u16,
    /// Cells one untrimmed glyph takes at x = y = 1.
    glyph_w: u16,
    glyph_h: u16,
}

const fn full(x: u16, y: u16) -> Scale {
    Scale {
        pixels: PixelSize::Full,
        x,
        y,
        glyph_w: 8,
        glyph_h: 8,
    }
}

/// Largest first.
const SCALES: [Scale; 8] = [
    full(6, 3),
    full(4, 2),
    full(3, 2),
    full(2, 1),
    full(1, 1),
    Scale {
        pixels: PixelSize::HalfHeight,
        x: 2,
        y: 1,
        glyph_w: 8,
        glyph_h: 4,
    },
    Scale {
        pixels: PixelSize::HalfHeight,
        x: 1,
        y: 1,
        glyph_w: 8,
        glyph_h: 4,
    },
    Scale {
        pixels: PixelSize::Quadrant,
        x: 1,
        y: 1,
        glyph_w: 4,
        glyph_h: 4,
    },
];

fn draw_glyph(c: char, scale: Scale) -> Buffer {
    let area = Rect::new(0, 0, scale.glyph_w, scale.glyph_h);
    let mut cells = Buffer::empty(area);
    BigText::builder()
        .pixel_size(scale.pixels)
        .lines(vec![Line::from(c.to_string())])
        .build()
        .render(area, &mut cells);
    cells
}

fn inked_columns(cells: &Buffer) -> Option<(u16, u16)> {
    let area = cells.area;
    let inked = |x: u16| (0..area.height).any(|y| cells[(x, y)].symbol() != " ");
    let first = (0..area.width).find(|x| inked(*x))?;
    let last = (0..area.width).rev().find(|x| inked(*x))?;
    Some((first, last))
}

/// Characters whose ink is measured once; anything else is measured when drawn.
const MEASURED: &str = "0123456789:+-";

/// Columns to keep for each measured character at each scale: digits share one span.
fn spans() -> &'static [[(u16, u16); 13]; SCALES.len()] {
    static SPANS: std::sync::OnceLock<[[(u16, u16); 13]; SCALES.len()]> =
        std::sync::OnceLock::new();
    SPANS.get_or_init(|| {
        let mut table = [[(0, 0); 13]; SCALES.len()];
        for (i, scale) in SCALES.iter().enumerate() {
            let blank = (0, scale.glyph_w / 2 - 1);
            for (j, c) in MEASURED.chars().enumerate() {
                table[i][j] = inked_columns(&draw_glyph(c, *scale)).unwrap_or(blank);
            }
            let digits = table[i][..10]
                .iter()
                .fold((u16::MAX, 0), |(a, b), (x, y)| (a.min(*x), b.max(*y)));
            table[i][..10].fill(digits);
        }
        table
    })
}

fn span_of(c: char, scale_index: usize) -> (u16, u16) {
    match MEASURED.find(c) {
        Some(j) => spans()[scale_index][j],
        None => {
            let scale = SCALES[scale_index];
            inked_columns(&draw_glyph(c, scale)).unwrap_or((0, scale.glyph_w / 2 - 1))
        }
    }
}

/// Width and height in cells of `text` at a scale, one glyph column between glyphs.
fn size(text: &str, scale_index: usize) -> (u16, u16) {
    let scale = SCALES[scale_index];
    let columns: u16 = text
        .chars()
        .map(|c| {
            let (a, b) = span_of(c, scale_index);
            b - a + 1
        })
        .sum::<u16>()
        + text.chars().count().saturating_sub(1) as u16;
    (columns * scale.x, scale.glyph_h * scale.y)
}

fn fitting(text: &str, area: Rect) -> Option<usize> {
    (0..SCALES.len()).find(|i| {
        let (w, h) = size(text, *i);
        w <= area.width && h <= area.height
    })
}

/// The rows the largest fitting rendering of `text` needs in `area`: 1 for plain text.
pub fn height_for(text: &str, area: Rect) -> u16 {
    fitting(text, area).map_or(1, |i| size(text, i).1)
}

/// Whether the big font has a glyph for every character of `text` (it has none for
/// Chinese, say): otherwise the text is shown as it is rather than with holes.
pub(crate) fn drawable(text: &str) -> bool {
    let scale = SCALES[SCALES.len() - 1];
    text.chars()
        .all(|c| c == ' ' || MEASURED.contains(c) || inked_columns(&draw_glyph(c, scale)).is_some())
}

/// Draws `text` centred in `area` in the largest size that fits; returns the cells used.
/// Text the big font cannot draw is shown as it is, bold, in the middle of the area.
pub fn render(text: &str, style: Style, area: Rect, buf: &mut Buffer) -> Rect {
    if !drawable(text) {
        let row = Rect {
            y: area.y + area.height.saturating_sub(1) / 2,
            height: area.height.min(1),
            ..area
        };
        Line::styled(
            super::clip(text, row.width),
            style.add_modifier(ratatui::style::Modifier::BOLD),
        )
        .centered()
        .render(row, buf);
        return row;
    }
    let Some(index) = fitting(text, area) else {
        let row = Rect {
            height: area.height.min(1),
            ..area
        };
        Line::styled(text.to_string(), style)
            .centered()
            .render(row, buf);
        return row;
    };
    let scale = SCALES[index];
    let (w, h) = size(text, index);
    let origin_x = area.x + (area.width - w) / 2;
    let origin_y = area.y + (area.height - h) / 2;
    let mut column = 0u16;
    for c in text.chars() {
        let cells = draw_glyph(c, scale);
        let (from, to) = span_of(c, index);
        for gx in from..=to {
            for gy in 0..scale.glyph_h {
                let symbol = cells[(gx, gy)].symbol();
                // Blank pixels take the digit style too, so a row of digits is one style run.
                for dy in 0..scale.y {
                    for dx in 0..scale.x {
                        let cell = &mut buf[(
                            origin_x + column * scale.x + dx,
                            origin_y + gy * scale.y + dy,
                        )];
                        cell.set_symbol(symbol);
                        cell.set_style(style);
                    }
                }
            }
            column += 1;
        }
        column += 1;
    }
    Rect::new(origin_x, origin_y, w, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, area: Rect) -> Rect {
        let mut buf = Buffer::empty(area);
        render(text, Style::default(), area, &mut buf)
    }

    #[test]
    fn picks_the_largest_rendering_that_fits() {
        let wide = drawn("4:59", Rect::new(0, 0, 200, 40));
        let room = drawn("4:59", Rect::new(0, 0, 88, 30));
        let small = drawn("4:59", Rect::new(0, 0, 40, 10));
        assert!(
            wide.height > room.height && room.height > small.height,
            "{wide:?} {room:?} {small:?}"
        );
        assert_eq!(room.height, 16, "120x40 gets digits 16 rows tall");
        assert_eq!(
            drawn("4:59", Rect::new(0, 0, 20, 2)).height,
            1,
            "falls back to text"
        );
    }

    // Issue 12, item 8: a group named in Chinese lost its name on the projector.
    #[test]
    fn a_name_the_font_cannot_draw_is_shown_as_it_is() {
        let area = Rect::new(0, 0, 60, 8);
        let mut buf = Buffer::empty(area);
        render("水资源 Water", Style::default(), area, &mut buf);
        let text: String = (0..area.height)
            .flat_map(|y| (0..area.width).map(move |x| (x, y)))
            .map(|(x, y)| buf[(x, y)].symbol().to_string())
            .collect();
        assert!(text.contains('水') && text.contains("Water"), "{text}");
    }

    #[test]
    fn digits_keep_their_width_so_the_clock_does_not_shift() {
        let area = Rect::new(0, 0, 88, 30);
        let one = drawn("1:11", area);
        let eight = drawn("8:08", area);
        assert_eq!(one, eight);
    }

    #[test]
    fn never_draws_outside_its_area() {
        for w in 0..50 {
            for h in 0..12 {
                let outer = Rect::new(0, 0, 60, 20);
                let mut buf = Buffer::empty(outer);
                render("+12:34", Style::default(), Rect::new(3, 2, w, h), &mut buf);
                for y in 0..outer.height {
                    for x in 0..outer.width {
                        let inside = x >= 3 && x < 3 + w && y >= 2 && y < 2 + h;
                        if !inside {
                            assert_eq!(buf[(x, y)].symbol(), " ", "drew at {x},{y} for {w}x{h}");
                        }
                    }
                }
            }
        }
    }
}
