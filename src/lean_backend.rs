//! A terminal backend that writes fewer bytes per frame than ratatui's crossterm
//! backend, for note-takers and projectors on slow links.
//!
//! It keeps the colours and attributes set between frames instead of resetting
//! them after every frame, hides the cursor only when it is shown, and moves the
//! cursor with the shortest sequence. Everything else is delegated.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::style::{
    Attribute, Color as CColor, Colors, Print, SetAttribute, SetColors,
};
use ratatui::crossterm::{cursor, queue, terminal};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The lean backend over any writer (stdout in the app, a `Vec` in tests).
pub struct LeanBackend<W: Write> {
    writer: W,
    /// Style the terminal is in now; `None` when unknown.
    style: Option<(Color, Color, Modifier)>,
    /// Where the terminal's cursor is now; `None` when unknown.
    cursor: Option<(u16, u16)>,
    cursor_hidden: bool,
    /// Terminal width, to know when the cursor sits at the margin.
    columns: u16,
    /// Whether output is unprocessed (raw mode), so a line feed only moves down.
    raw: bool,
}

impl<W: Write> LeanBackend<W> {
    /// Wraps a writer.
    pub fn new(writer: W) -> Self {
        // NO_COLOR is honoured by the theme (no colour, attributes only). Left to crossterm
        // too, a colour change is written as "ESC[;m", which resets every attribute: reverse
        // video and underline were undone as soon as set, and NO_COLOR showed no selection
        // or focus at all (issue 11, newcomer finding 3; issue 12, item 7).
        ratatui::crossterm::style::force_color_output(true);
        LeanBackend {
            writer,
            style: None,
            cursor: None,
            cursor_hidden: false,
            raw: false,
            columns: u16::MAX,
        }
    }

    /// Tells the backend how wide the screen is, so it knows when the cursor sits at the
    /// right margin (where terminals hold it until the next character).
    pub fn set_columns(&mut self, columns: u16) {
        self.columns = columns;
        self.cursor = None;
    }

    /// Tells the backend the terminal is in raw mode (no output processing).
    pub fn raw_mode(mut self, raw: bool) -> Self {
        self.raw = raw;
        self
    }

    /// The writer, for output outside frames (the bell).
    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.writer
    }

    fn move_to(&mut self, x: u16, y: u16) -> io::Result<()> {
        let w = &mut self.writer;
        match self.cursor {
            Some((cx, cy)) if cy == y && x == cx => Ok(()),
            Some((cx, cy)) if cy == y && x > cx => write!(w, "\x1b[{}C", x - cx),
            // Next row: in raw mode a line feed moves straight down, cheaper than an address.
            Some((cx, cy)) if self.raw && y == cy + 1 && x == cx => w.write_all(b"\n"),
            Some((cx, cy)) if self.raw && y == cy + 1 && x > cx => write!(w, "\n\x1b[{}C", x - cx),
            Some((cx, cy)) if self.raw && y == cy + 1 && x < cx && cx - x < 100 => {
                write!(w, "\n\x1b[{}D", cx - x)
            }
            _ => write!(w, "\x1b[{};{}H", y + 1, x + 1),
        }
    }

    fn set_style(&mut self, cell: &Cell) -> io::Result<()> {
        let wanted = (cell.fg, cell.bg, cell.modifier);
        if self.style == Some(wanted) {
            return Ok(());
        }
        let w = &mut self.writer;
        let modifiers_changed = self.style.is_none_or(|(_, _, m)| m != cell.modifier);
        if modifiers_changed {
            queue!(w, SetAttribute(Attribute::Reset))?;
            for (flag, attr) in [
                (Modifier::BOLD, Attribute::Bold),
                (Modifier::DIM, Attribute::Dim),
                (Modifier::ITALIC, Attribute::Italic),
                (Modifier::UNDERLINED, Attribute::Underlined),
                (Modifier::REVERSED, Attribute::Reverse),
                (Modifier::CROSSED_OUT, Attribute::CrossedOut),
            ] {
                if cell.modifier.contains(flag) {
                    queue!(w, SetAttribute(attr))?;
                }
            }
        }
        let colours_changed = modifiers_changed
            || self
                .style
                .is_none_or(|(f, b, _)| f != cell.fg || b != cell.bg);
        if colours_changed {
            queue!(
                w,
                SetColors(Colors::new(to_crossterm(cell.fg), to_crossterm(cell.bg)))
            )?;
        }
        self.style = Some(wanted);
        Ok(())
    }
}

fn to_crossterm(color: Color) -> CColor {
    match color {
        Color::Reset => CColor::Reset,
        Color::Black => CColor::Black,
        Color::Red => CColor::DarkRed,
        Color::Green => CColor::DarkGreen,
        Color::Yellow => CColor::DarkYellow,
        Color::Blue => CColor::DarkBlue,
        Color::Magenta => CColor::DarkMagenta,
        Color::Cyan => CColor::DarkCyan,
        Color::Gray => CColor::Grey,
        Color::DarkGray => CColor::DarkGrey,
        Color::LightRed => CColor::Red,
        Color::LightGreen => CColor::Green,
        Color::LightBlue => CColor::Blue,
        Color::LightYellow => CColor::Yellow,
        Color::LightMagenta => CColor::Magenta,
        Color::LightCyan => CColor::Cyan,
        Color::White => CColor::White,
        Color::Indexed(i) => CColor::AnsiValue(i),
        Color::Rgb(r, g, b) => CColor::Rgb { r, g, b },
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        for (x, y, cell) in content {
            self.move_to(x, y)?;
            self.set_style(cell)?;
            let symbol = cell.symbol();
            queue!(&mut self.writer, Print(symbol))?;
            let width = symbol.width().max(1) as u16;
            // At the right margin the cursor stays put (pending wrap): treat it as unknown.
            self.cursor = Some((x.saturating_add(width), y)).filter(|(cx, _)| *cx < self.columns);
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if !self.cursor_hidden {
            queue!(self.writer, cursor::Hide)?;
            self.cursor_hidden = true;
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor_hidden = false;
        queue!(self.writer, cursor::Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        // Full-screen drawing never needs the answer; asking costs a round trip per start.
        Ok(self
            .cursor
            .map_or(Position::ORIGIN, |(x, y)| Position { x, y }))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        self.cursor = Some((p.x, p.y));
        queue!(self.writer, cursor::MoveTo(p.x, p.y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.style = None;
        self.cursor = None;
        queue!(self.writer, terminal::Clear(terminal::ClearType::All))
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.style = None;
        self.cursor = None;
        let kind = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        queue!(self.writer, terminal::Clear(kind))
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: w.columns,
                height: w.rows,
            },
            pixels: Size {
                width: w.width,
                height: w.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn frame(text: &str, at: (u16, u16)) -> impl Fn(&mut ratatui::Frame) + '_ {
        move |f| {
            f.buffer_mut().set_string(
                at.0,
                at.1,
                text,
                Style::new().fg(Color::White).bg(Color::Black),
            );
        }
    }

    #[test]
    fn a_one_cell_change_costs_a_move_and_the_character() {
        let mut terminal = Terminal::with_options(
            LeanBackend::new(Vec::new()),
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, 20, 3)),
            },
        )
        .unwrap();
        terminal.draw(frame("4:59", (5, 1))).unwrap();
        terminal.backend_mut().writer_mut().clear();
        terminal.draw(frame("4:58", (5, 1))).unwrap();
        let written = String::from_utf8(terminal.backend_mut().writer_mut().clone()).unwrap();
        assert_eq!(written, "\x1b[2;9H8");
    }

    #[test]
    fn moves_to_the_next_row_with_a_line_feed_in_raw_mode() {
        let mut terminal = Terminal::with_options(
            LeanBackend::new(Vec::new()).raw_mode(true),
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, 20, 3)),
            },
        )
        .unwrap();
        terminal
            .draw(|f| f.buffer_mut().set_string(0, 0, "ab", Style::default()))
            .unwrap();
        terminal.backend_mut().writer_mut().clear();
        terminal
            .draw(|f| {
                f.buffer_mut().set_string(0, 0, "aX", Style::default());
                f.buffer_mut().set_string(1, 1, "Y", Style::default());
            })
            .unwrap();
        let written = String::from_utf8(terminal.backend_mut().writer_mut().clone()).unwrap();
        assert_eq!(written, "\x1b[1;2HX\n\x1b[1DY");
    }

    #[test]
    fn the_screen_it_draws_matches_the_buffer() {
        // Replay what the backend writes through a terminal emulator and compare.
        let area = Rect::new(0, 0, 30, 4);
        let mut terminal = Terminal::with_options(
            LeanBackend::new(Vec::new()).raw_mode(true),
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(area),
            },
        )
        .unwrap();
        let mut parser = vt100::Parser::new(4.try_into().unwrap(), 30.try_into().unwrap(), 0);
        for (row, text) in ["first line", "fir  lime", "über 漢字 ok", "x"]
            .iter()
            .enumerate()
        {
            terminal
                .draw(|f| {
                    f.buffer_mut().set_string(2, 2, text, Style::default());
                    f.buffer_mut()
                        .set_string(2 + row as u16, 3, "#", Style::default());
                })
                .unwrap();
            parser.process(&std::mem::take(terminal.backend_mut().writer_mut()));
            assert_eq!(
                parser.screen().contents_between(2, 0, 2, 30).trim_end(),
                format!("  {text}")
            );
            assert_eq!(
                parser.screen().contents_between(3, 0, 3, 30).trim_end(),
                format!("{}#", " ".repeat(2 + row))
            );
        }
    }
}
