//! The parse report: counts per part, what was skipped and why, what could not be placed.

use serde::Serialize;

use crate::ImportWarning;
use crate::input::Line;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub summaries: usize,
    pub context_figures: usize,
    pub conventions: usize,
    pub findings: usize,
    pub footnotes_attached: usize,
    pub sources: usize,
    pub consultations: usize,
}

/// A part of the profile that holds no assessment data (front matter, introduction, …).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Skipped {
    pub part: String,
    pub from_line: usize,
    pub to_line: usize,
}

/// A line that was read but could not be placed in the draft.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Unplaced {
    pub line: usize,
    pub part: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParseReport {
    pub lines: usize,
    pub counts: Counts,
    pub skipped: Vec<Skipped>,
    pub unplaced: Vec<Unplaced>,
    pub warnings: Vec<ImportWarning>,
    #[serde(skip)]
    placed: Vec<bool>,
    #[serde(skip)]
    part_of: Vec<&'static str>,
}

impl ParseReport {
    pub(crate) fn new(lines: usize) -> ParseReport {
        ParseReport {
            lines,
            counts: Counts::default(),
            skipped: Vec::new(),
            unplaced: Vec::new(),
            warnings: Vec::new(),
            placed: vec![false; lines + 1],
            part_of: vec!["front matter"; lines + 1],
        }
    }

    /// Line `no` went into the draft (or was a heading of a part that did).
    pub(crate) fn place(&mut self, no: usize) {
        if let Some(p) = self.placed.get_mut(no) {
            *p = true;
        }
    }

    pub(crate) fn is_placed(&self, no: usize) -> bool {
        self.placed.get(no).copied().unwrap_or(false)
    }

    pub(crate) fn set_part(&mut self, no: usize, part: &'static str) {
        if let Some(p) = self.part_of.get_mut(no) {
            *p = part;
        }
    }

    /// Lines `from..=to` belong to a part without assessment data.
    pub(crate) fn skip(&mut self, part: &str, from: usize, to: usize) {
        for no in from..=to {
            self.place(no);
        }
        self.skipped.push(Skipped {
            part: part.to_owned(),
            from_line: from,
            to_line: to,
        });
    }

    pub(crate) fn warn(&mut self, warning: ImportWarning) {
        self.warnings.push(warning);
    }

    /// Every non-blank line not placed becomes an `Unplaced` entry.
    pub(crate) fn finish(&mut self, lines: &[Line]) {
        for l in lines {
            if !l.text.trim().is_empty() && !self.is_placed(l.no) {
                let part = self.part_of.get(l.no).copied().unwrap_or("?");
                self.unplaced.push(Unplaced {
                    line: l.no,
                    part: part.to_owned(),
                    text: l.text.clone(),
                });
            }
        }
    }
}
