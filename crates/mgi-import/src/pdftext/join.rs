//! Paragraphs rebuilt from wrapped lines. A line continues the paragraph before it unless that
//! paragraph's last line stopped short of the measure (a paragraph's last line, a heading), a
//! blank line or a new item (a footnote, a list item, a numbered heading, a table row) comes
//! between. Across a page break, or after the footnotes that interrupt a paragraph, a line
//! continues only a paragraph left open: one that stopped mid-sentence at full measure, or
//! when the line starts in lower case. Words hyphenated at line ends are joined, keeping the
//! hyphen of a compound the text writes elsewhere in one piece ("well-developed").

use std::collections::HashSet;

use super::Page;

/// A line shorter than this share of the usual line length ends its paragraph.
const SHORT: f64 = 0.8;

struct Para {
    text: String,
    /// The length of its last line, in characters.
    last: usize,
}

struct Builder<'a> {
    words: &'a HashSet<String>,
    body_width: usize,
    note_width: usize,
    out: Vec<String>,
    body: Option<Para>,
    note: Option<Para>,
    /// Whether something (a blank line, a page break, footnotes) came since the last body line.
    interrupted: bool,
    blank: bool,
}

pub fn paragraphs(pages: &[Page]) -> Vec<String> {
    let words = words(pages);
    let mut b = Builder {
        words: &words,
        body_width: usual_width(pages, false),
        note_width: usual_width(pages, true),
        out: Vec::new(),
        body: None,
        note: None,
        interrupted: false,
        blank: false,
    };
    for page in pages {
        // A footnote ends with its page.
        b.close_note();
        b.interrupted = true;
        for line in page {
            b.line(&line.text, line.note);
        }
    }
    b.close_note();
    b.close_body();
    b.out
}

impl Builder<'_> {
    fn line(&mut self, text: &str, note: bool) {
        if text.is_empty() {
            self.blank = true;
            self.interrupted = true;
            self.close_note();
            return;
        }
        let new_item = starts_item(text) || text.contains('\t');
        let note_start = note && crate::paragraphs::footnote_body(text).is_some();
        if note_start || note && self.note.is_none() {
            self.close_note();
            self.interrupted = true;
            self.note = Some(Para::new(text));
            self.blank = false;
            return;
        }
        if let Some(open) = &mut self.note {
            let full = !is_short(open.last, self.note_width);
            if note || full && !self.blank && !new_item {
                open.push(text, self.words);
                return;
            }
            self.close_note();
        }
        let joins = self.body.as_ref().is_some_and(|open| {
            let lower = text.chars().next().is_some_and(char::is_lowercase);
            let hyphen = open.text.ends_with('-') && lower;
            let short = is_short(open.last, self.body_width);
            if new_item || open.text.contains('\t') {
                false
            } else if !self.blank
                && (ends_with_connective(&open.text)
                    || !self.interrupted && heading_goes_on(&open.text, text))
            {
                true
            } else if !self.interrupted {
                hyphen || !short
            } else if self.blank {
                lower
            } else {
                lower || !short && !ends_sentence(&open.text)
            }
        });
        match &mut self.body {
            Some(open) if joins => open.push(text, self.words),
            _ => {
                self.close_body();
                self.body = Some(Para::new(text));
            }
        }
        self.interrupted = false;
        self.blank = false;
    }

    fn close_body(&mut self) {
        if let Some(p) = self.body.take() {
            self.out.push(p.text);
        }
    }

    fn close_note(&mut self) {
        if let Some(p) = self.note.take() {
            self.out.push(p.text);
        }
    }
}

impl Para {
    fn new(text: &str) -> Para {
        Para {
            text: text.to_owned(),
            last: text.chars().count(),
        }
    }

    fn push(&mut self, line: &str, words: &HashSet<String>) {
        self.last = line.chars().count();
        let first = line.split_whitespace().next().unwrap_or("");
        let stem = self
            .text
            .strip_suffix('-')
            .filter(|_| first.chars().next().is_some_and(char::is_lowercase))
            .map(|t| t.rsplit(' ').next().unwrap_or(t));
        match stem {
            Some(stem) if stem.chars().last().is_some_and(char::is_alphabetic) => {
                let compound = format!("{}-{}", stem, bare(first)).to_lowercase();
                let whole = format!("{}{}", stem, bare(first)).to_lowercase();
                let kept = words.contains(&compound) && !words.contains(&whole);
                if !kept {
                    self.text.pop();
                }
            }
            _ => self.text.push(' '),
        }
        self.text.push_str(line);
    }
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// Every word of the text, lower case, as written on one line.
fn words(pages: &[Page]) -> HashSet<String> {
    pages
        .iter()
        .flatten()
        .flat_map(|l| l.text.split_whitespace())
        .map(|w| bare(w).to_lowercase())
        .filter(|w| !w.is_empty() && !w.ends_with('-'))
        .collect()
}

/// The usual length of a full line (the 75th percentile) of the text or of its footnotes.
fn usual_width(pages: &[Page], notes: bool) -> usize {
    let mut lengths: Vec<usize> = pages
        .iter()
        .flatten()
        .filter(|l| l.note == notes && !l.text.is_empty() && !l.text.contains('\t'))
        .map(|l| l.text.chars().count())
        .collect();
    if lengths.is_empty() {
        return if notes { usual_width(pages, false) } else { 0 };
    }
    lengths.sort_unstable();
    lengths[lengths.len() * 3 / 4]
}

fn is_short(length: usize, width: usize) -> bool {
    (length as f64) < width as f64 * SHORT
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '”', '"', ')'])
}

/// Words that cannot end a paragraph or a heading, in the three languages ("FORMULATE POLICY
/// USING EVIDENCE AND" / "WHOLE-OF-GOVERNMENT APPROACH").
const CONNECTIVES: &[&str] = &[
    "and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an", "et", "ou", "de", "des",
    "du", "la", "le", "les", "à", "au", "aux", "y", "o", "del", "el", "los", "las", "en", "con",
    "para", "por",
];

fn ends_with_connective(text: &str) -> bool {
    text.ends_with([',', '–', '—'])
        || text
            .rsplit(' ')
            .next()
            .is_some_and(|w| CONNECTIVES.contains(&w.to_lowercase().as_str()))
}

/// Whether a heading in capitals goes on in the next line in capitals ("ENGAGE WITH PARTNERS TO
/// ADDRESS" / "MIGRATION AND RELATED ISSUES"); a part's heading stands alone ("SUMMARY" /
/// "SUMMARY OF FINDINGS").
fn heading_goes_on(heading: &str, line: &str) -> bool {
    let capitals = |t: &str| t.chars().any(char::is_alphabetic) && t.to_uppercase() == t;
    capitals(heading)
        && capitals(line)
        && crate::sections::heading(heading).is_none()
        && crate::sections::heading(line).is_none()
}

/// A list item or a numbered heading: "- ", "• ", "1. ", "1.2. ".
fn starts_item(text: &str) -> bool {
    if text.starts_with(['•', '▪', '◦', '●', '\u{f0b7}']) || text.starts_with("- ") {
        return true;
    }
    let numbered: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    numbered.contains('.')
        && numbered.starts_with(|c: char| c.is_ascii_digit())
        && text[numbered.len()..].starts_with(' ')
}

#[cfg(test)]
mod tests {
    use super::super::page;
    use super::*;

    fn paras(text: &str) -> Vec<String> {
        let pages: Vec<Page> = text.split('\u{c}').map(page).collect();
        paragraphs(&pages)
    }

    const FULL: &str = "a line of the usual length that fills the whole measure of the page";

    #[test]
    fn wrapped_lines_make_paragraphs() {
        let text = format!(
            "Heading of a part\nThe first {FULL}\nand stops here.\nThe second {FULL}\n\
             ends with a well-\ndeveloped compound and a hyphen-\nated word; a well-developed one.\n\
             1.2. A numbered heading\n• An item\n"
        );
        assert_eq!(
            paras(&text),
            vec![
                "Heading of a part".to_owned(),
                format!("The first {FULL} and stops here."),
                format!(
                    "The second {FULL} ends with a well-developed compound and a hyphenated word; a well-developed one."
                ),
                "1.2. A numbered heading".to_owned(),
                "• An item".to_owned(),
            ]
        );
    }

    #[test]
    fn a_paragraph_runs_on_over_a_page_break_and_its_notes() {
        let text = format!(
            "A {FULL} and\n{FULL} then runs\n¹ A note at the foot.\n\u{c}on to the next page.\nA new one.\n"
        );
        let mut pages: Vec<Page> = text.split('\u{c}').map(page).collect();
        pages[0][2].note = true;
        assert_eq!(
            paragraphs(&pages),
            vec![
                "¹ A note at the foot.".to_owned(),
                format!("A {FULL} and {FULL} then runs on to the next page."),
                "A new one.".to_owned(),
            ]
        );
    }
}
