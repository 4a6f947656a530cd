//! Colours and emphasis. High contrast by default, for washed-out projectors;
//! with `NO_COLOR` (or `--theme monochrome`) every distinction is made with bold, underline
//! and reverse video instead.
//!
//! What keys act on never depends on colour alone, in any theme: the selected row and the
//! chosen option are in reverse video, the focused field's label is underlined, the drawn
//! cursor is a reversed cell, and lists put [`MARK`] before the selected row. A terminal
//! without colour, or a projector that washes colours out, still shows them.

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
    /// The row or option that keys act on: reverse video, in every theme.
    pub selected: Style,
    /// The label of the form field with the keyboard (after [`MARK`]): underlined.
    pub focused: Style,
    /// What an empty field asks for: faint and slanted, never like typed text.
    pub placeholder: Style,
    /// The drawn text cursor: a cell in reverse video, visible without colour.
    pub cursor: Style,
    pub error: Style,
    pub key: Style,
    pub border: Style,
}

/// The sign before the selected row of a list and the focused field of a form: it says
/// which one keys act on without colour or attributes.
pub const MARK: &str = "›";

/// The theme names accepted by `--theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    /// Black background, white text, saturated signal colours.
    HighContrast,
    /// The terminal's own background with softer colours.
    Dark,
    /// White background for bright rooms.
    Light,
    /// No colour at all, as with NO_COLOR: bold, underline and reverse video only.
    Monochrome,
}

impl Theme {
    /// The theme to use; `no_color` wins over the name.
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            ThemeName::Monochrome => Theme::monochrome(),
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
        let reversed = Modifier::REVERSED | Modifier::BOLD;
        Theme {
            base,
            dim: base.fg(dim),
            strong: base.add_modifier(Modifier::BOLD),
            accent: base.fg(accent).add_modifier(Modifier::BOLD),
            calm: base.fg(calm).add_modifier(Modifier::BOLD),
            warn: base.fg(warn).add_modifier(Modifier::BOLD),
            over: base.fg(over).add_modifier(Modifier::BOLD),
            // Issue 11 (newcomer finding 2): the dark theme drew the selection as bold black
            // on the terminal's own background, invisible on a dark terminal. Reverse video
            // of the accent shows on any background, and without colour too.
            selected: base.fg(accent).add_modifier(reversed),
            focused: base
                .fg(accent)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            placeholder: base.fg(dim).add_modifier(Modifier::ITALIC),
            cursor: base.add_modifier(Modifier::REVERSED),
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
            dim: base.add_modifier(Modifier::DIM),
            strong: bold,
            accent: bold,
            calm: bold,
            warn: bold,
            over: reversed,
            selected: reversed,
            focused: bold.add_modifier(Modifier::UNDERLINED),
            // Faint and slanted: a placeholder never looks like typed text.
            placeholder: base.add_modifier(Modifier::DIM | Modifier::ITALIC),
            cursor: base.add_modifier(Modifier::REVERSED),
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
