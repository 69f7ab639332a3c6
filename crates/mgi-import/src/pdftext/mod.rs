//! Text as a PDF gives it back, page by page (form feeds between pages: `pdftotext` in its
//! default and `-layout` modes, or mgi's own PDF reader), made into the text the reader expects:
//! one line per paragraph. Running headers, footers and page numbers are dropped, footnote
//! bodies at the foot of a page are marked as footnotes and their markers in the text found,
//! words hyphenated at line ends joined, table cells set apart by tabs, and paragraphs rebuilt
//! from their wrapped lines.

mod furniture;
mod join;
mod notes;

/// One line of a page: its text (cells of a table row separated by tabs) and how far it is
/// indented beyond the page's left margin. A blank line is kept as an empty text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PageLine {
    text: String,
    indent: usize,
    /// A footnote body (its first line or a continuation).
    note: bool,
}

type Page = Vec<PageLine>;

/// Whether the text came from a PDF page by page.
pub fn is_paged(text: &str) -> bool {
    text.contains('\u{c}')
}

/// The paragraphs of a paged text, one per line, a blank line between them.
pub fn unpage(text: &str) -> String {
    let mut pages: Vec<Page> = text.split('\u{c}').map(page).collect();
    if pages
        .last()
        .is_some_and(|p| p.iter().all(|l| l.text.is_empty()))
    {
        pages.pop();
    }
    furniture::remove(&mut pages);
    notes::mark(&mut pages);
    join::paragraphs(&pages).join("\n\n")
}

/// The lines of one page, its left margin taken off.
fn page(text: &str) -> Page {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let margin = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| indent_of(l))
        .min()
        .unwrap_or(0);
    lines
        .into_iter()
        .map(|l| PageLine {
            indent: indent_of(l).saturating_sub(margin),
            text: cells(&plain(l)),
            note: false,
        })
        .collect()
}

fn indent_of(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// Ligatures spelt out, soft hyphens and form characters out.
fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.trim().chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{ad}' | '\u{200b}' => {}
            '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A gap of this many spaces inside a line (in `-layout` text) separates table cells.
const CELL_GAP: usize = 3;

/// The line's cells joined by tabs; other runs of spaces made one.
fn cells(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= CELL_GAP {
            out.push('\t');
        } else if spaces > 0 {
            out.push(' ');
        }
        spaces = 0;
        out.push(c);
    }
    out
}

/// The line as a shape: lower case, each run of digits one `#`, spaces made one. Running
/// headers and footers that differ only by the page number have the same shape.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_digit() {
            if !digits {
                out.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_gaps_are_cells_and_margins_go() {
        let p = page("   Convention name          Ratified\n      Yes (1990)\n");
        assert_eq!(p[0].text, "Convention name\tRatified");
        assert_eq!((p[1].text.as_str(), p[1].indent), ("Yes (1990)", 3));
        assert_eq!(plain("e\u{fb03}cient\u{ad}ly"), "efficiently");
        assert_eq!(shape("Page 12 of 30"), "page # of #");
        assert_eq!(
            shape("12/7/26,  11:16 PM\tMongolia"),
            "#/#/#, #:# pm mongolia"
        );
    }

    #[test]
    fn a_paged_text_becomes_paragraphs() {
        let body = |(n, topic): (usize, &&str)| {
            format!(
                "RUNNING HEAD\n\
                 This paragraph on {topic} is long enough to be wrapped over two\n\
                 lines of the page, and then over a third line about {topic} too\n\
                 before it ends here.\n\
                 A second one on {topic}, its own paragraph, wrapped and hyphen-\n\
                 ated, after it.\n\
                 {n}\n"
            )
        };
        let topics = ["rights", "policy", "partners", "crises"];
        let text = topics
            .iter()
            .enumerate()
            .map(body)
            .collect::<Vec<_>>()
            .join("\u{c}");
        let out = unpage(&text);
        let paras: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paras.len(), 1 + 4 * 2, "{out}");
        assert_eq!(paras[0], "RUNNING HEAD", "kept on the first page only");
        assert_eq!(
            paras[1],
            "This paragraph on rights is long enough to be wrapped over two lines of the page, \
             and then over a third line about rights too before it ends here."
        );
        assert_eq!(
            paras[2],
            "A second one on rights, its own paragraph, wrapped and hyphenated, after it."
        );
        assert_eq!(out.matches("RUNNING HEAD").count(), 1, "{out}");
    }
}
