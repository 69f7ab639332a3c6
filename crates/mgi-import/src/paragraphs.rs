//! Footnotes and paragraphs: markers out of the text, bodies collected by number, paragraphs
//! broken by page breaks joined again.

use crate::ImportWarning;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::input::Line;
use crate::report::ParseReport;
use crate::sections::unreachable_regex;

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript_value(c: char) -> Option<u32> {
    SUPERSCRIPTS
        .iter()
        .position(|s| *s == c)
        .and_then(|d| u32::try_from(d).ok())
}

/// A footnote body: its number, the line it starts on, its text.
#[derive(Debug, Clone)]
pub struct Note {
    pub line: usize,
    pub text: String,
}

pub type Notes = BTreeMap<u32, Note>;

static BRACKET_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[(\d{1,3})\]:?\s+(.+)$").unwrap_or_else(|_| unreachable_regex())
});

/// The number and text of a footnote body line ("¹⁰ Social insurance …", "[10] …").
pub fn footnote_body(text: &str) -> Option<(u32, String)> {
    let t = text.trim();
    let digits: String = t
        .chars()
        .take_while(|c| superscript_value(*c).is_some())
        .collect();
    if !digits.is_empty() {
        let n = digits
            .chars()
            .filter_map(superscript_value)
            .fold(0u32, |acc, d| acc.saturating_mul(10).saturating_add(d));
        let rest = t[digits.len()..].trim();
        return (!rest.is_empty()).then(|| (n, rest.to_owned()));
    }
    let c = BRACKET_BODY.captures(t)?;
    Some((
        c.get(1)?.as_str().parse().ok()?,
        c.get(2)?.as_str().to_owned(),
    ))
}

/// Every footnote body of the text, by number (the first body of a number wins; a repeated
/// number is reported).
pub fn footnotes(lines: &[Line], report: &mut ParseReport) -> Notes {
    let mut notes = Notes::new();
    for l in lines {
        if let Some((n, text)) = footnote_body(&l.text) {
            match notes.entry(n) {
                std::collections::btree_map::Entry::Occupied(_) => {
                    report.warn(ImportWarning::FootnoteTwice { line: l.no, n });
                }
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(Note { line: l.no, text });
                }
            }
        }
    }
    notes
}

static BRACKET_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(\d{1,3})\]|\^(\d{1,3})\^").unwrap_or_else(|_| unreachable_regex())
});

/// The text without footnote markers, and the marker numbers in order.
pub fn strip_markers(text: &str) -> (String, Vec<u32>) {
    let mut numbers = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut run: Option<u32> = None;
    for c in text.chars() {
        match superscript_value(c) {
            Some(d) => run = Some(run.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            None => {
                numbers.extend(run.take());
                out.push(c);
            }
        }
    }
    numbers.extend(run);
    let mut clean = String::with_capacity(out.len());
    let mut last = 0;
    for c in BRACKET_MARK.captures_iter(&out) {
        let (Some(whole), Some(n)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
            continue;
        };
        clean.push_str(&out[last..whole.start()]);
        numbers.extend(n.as_str().parse::<u32>().ok());
        last = whole.end();
    }
    clean.push_str(&out[last..]);
    (
        clean.split_whitespace().collect::<Vec<_>>().join(" "),
        numbers,
    )
}

/// A paragraph being assembled: its first line, text and footnote numbers.
#[derive(Debug, Clone)]
pub struct Para {
    pub line: usize,
    pub lines: Vec<usize>,
    pub text: String,
    pub notes: Vec<u32>,
}

impl Para {
    pub fn new(line: &Line) -> Para {
        let (text, notes) = strip_markers(&line.text);
        Para {
            line: line.no,
            lines: vec![line.no],
            text,
            notes,
        }
    }

    /// Whether `line` continues this paragraph: it starts in lower case, or this paragraph
    /// stopped mid-sentence (a page break in the PDF).
    pub fn continued_by(&self, line: &str) -> bool {
        let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        let open = !self
            .text
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';', '”', '"', ')']);
        starts_lower || open
    }

    pub fn extend(&mut self, line: &Line) {
        let (text, notes) = strip_markers(&line.text);
        self.text.push(' ');
        self.text.push_str(&text);
        self.notes.extend(notes);
        self.lines.push(line.no);
    }

    /// The bodies of this paragraph's footnotes, in marker order; their lines are placed.
    pub fn attach_notes(&self, notes: &Notes, report: &mut ParseReport) -> Vec<String> {
        let mut out = Vec::new();
        for n in &self.notes {
            match notes.get(n) {
                Some(note) => {
                    report.place(note.line);
                    report.counts.footnotes_attached += 1;
                    out.push(strip_markers(&note.text).0);
                }
                None => report.warn(ImportWarning::MarkerWithoutFootnote {
                    line: self.line,
                    n: *n,
                }),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_come_out_of_the_text() {
        let (text, notes) =
            strip_markers("reaching 21,345 persons in 2020⁵ according to DESA,¹⁰ and more[12].");
        assert_eq!(
            text,
            "reaching 21,345 persons in 2020 according to DESA, and more."
        );
        assert_eq!(notes, vec![5, 10, 12]);
    }

    #[test]
    fn footnote_bodies_are_recognised() {
        assert_eq!(
            footnote_body("¹⁰ Social insurance includes benefits."),
            Some((10, "Social insurance includes benefits.".into()))
        );
        assert_eq!(
            footnote_body("[3] See footnote 2."),
            Some((3, "See footnote 2.".into()))
        );
        assert_eq!(footnote_body("1.2. Migration governance"), None);
        assert_eq!(footnote_body("⁵"), None);
    }
}
