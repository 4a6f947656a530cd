//! An outcome document as blocks of plain text — headings, paragraphs, lists, tables —
//! built once and then written as Markdown (escaped, `markdown`) or drawn as text in the
//! review's session record (`plain`), so neither ever shows the other's markup.

/// One block of a document; all text in it is plain, never markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading, level 1 to 3.
    Heading(u8, String),
    Para(String),
    /// A paragraph led by a label in bold ("Parliament: Grace Njeri, …").
    Labelled(String, String),
    List(Vec<String>),
    Table(Table),
}

/// A table: a header, which columns are numbers (aligned right), and rows of cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with `header`, no numeric columns, no rows yet.
    pub fn new<S: AsRef<str>>(header: &[S]) -> Table {
        Table {
            header: header.iter().map(|h| h.as_ref().to_string()).collect(),
            numeric: vec![false; header.len()],
            rows: Vec::new(),
        }
    }
}

/// A whole document, block after block, and the language it is written in (issue 16).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub lang: crate::i18n::Lang,
}

impl Document {
    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    /// Adds a paragraph.
    pub fn para(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Para(text.into()));
    }

    /// Adds a list, unless it is empty.
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }
}
