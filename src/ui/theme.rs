//! Colours and emphasis. High contrast by default, for washed-out projectors;
//! with `NO_COLOR` every distinction is made with bold and reverse video instead.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::timer::Phase;

/// The styles every view draws with.
#[derive(Clone, Debug)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub strong: Style,
    pub accent: Style,
    pub calm: Style,
    pub warn: Style,
    pub over: Style,
    pub selected: Style,
    pub error: Style,
    pub key: Style,
    pub border: Style,
}

/// The theme names accepted by `--theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    /// Black background, white text, saturated signal colours.
    HighContrast,
    /// The terminal's own background with softer colours.
    Dark,
    /// White background for bright rooms.
    Light,
}

impl Theme {
    /// The theme to use; `no_color` wins over the name.
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            ThemeName::HighContrast => Theme::palette(
                Color::Black,
                Color::White,
                Color::Gray,
                Color::LightCyan,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightRed,
            ),
            ThemeName::Dark => Theme::palette(
                Color::Reset,
                Color::Reset,
                Color::DarkGray,
                Color::Cyan,
                Color::Green,
                Color::Yellow,
                Color::Red,
            ),
            ThemeName::Light => Theme::palette(
                Color::White,
                Color::Black,
                Color::DarkGray,
                Color::Blue,
                Color::Green,
                Color::Rgb(176, 96, 0),
                Color::Red,
            ),
        }
    }

    fn palette(
        bg: Color,
        fg: Color,
        dim: Color,
        accent: Color,
        calm: Color,
        warn: Color,
        over: Color,
    ) -> Theme {
        let base = Style::new().bg(bg).fg(fg);
        Theme {
            base,
            dim: base.fg(dim),
            strong: base.add_modifier(Modifier::BOLD),
            accent: base.fg(accent).add_modifier(Modifier::BOLD),
            calm: base.fg(calm).add_modifier(Modifier::BOLD),
            warn: base.fg(warn).add_modifier(Modifier::BOLD),
            over: base.fg(over).add_modifier(Modifier::BOLD),
            selected: Style::new()
                .bg(fg)
                .fg(if bg == Color::Reset { Color::Black } else { bg })
                .add_modifier(Modifier::BOLD),
            error: Style::new()
                .bg(over)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            key: base.fg(accent).add_modifier(Modifier::BOLD),
            border: base.fg(dim),
        }
    }

    fn monochrome() -> Theme {
        let base = Style::new();
        let bold = base.add_modifier(Modifier::BOLD);
        let reversed = bold.add_modifier(Modifier::REVERSED);
        Theme {
            base,
            // Faint and slanted: a placeholder never looks like typed text, colour or not.
            dim: base.add_modifier(Modifier::DIM | Modifier::ITALIC),
            strong: bold,
            accent: bold,
            calm: bold,
            warn: bold,
            over: reversed,
            selected: reversed,
            error: reversed,
            key: bold,
            border: base,
        }
    }

    /// The style of a countdown in a given phase: calm, then warning, then red.
    pub fn phase(&self, phase: Phase) -> Style {
        match phase {
            Phase::Ready | Phase::Paused => self.strong,
            Phase::Running => self.calm,
            Phase::Warning => self.warn,
            Phase::Time | Phase::Overrun => self.over,
        }
    }
}
