//! The furniture of a page: running headers and footers (lines of the same shape at the top or
//! the foot of many pages) and page numbers, dropped.

use std::collections::{BTreeMap, BTreeSet};

use super::{Page, shape};

/// How many lines at the top and at the foot of a page can be furniture.
const EDGE: usize = 3;

/// A shape at the edge of at least this share of the pages (and of three pages) is furniture.
const SHARE: f64 = 0.3;

/// The indices of the non-blank lines at the top and the foot of a page.
fn edges(page: &Page) -> Vec<usize> {
    let filled: Vec<usize> = (0..page.len())
        .filter(|&i| !page[i].text.is_empty())
        .collect();
    let mut out: Vec<usize> = filled.iter().take(EDGE).copied().collect();
    out.extend(filled.iter().rev().take(EDGE).copied());
    out.sort_unstable();
    out.dedup();
    out
}

/// "12", "12/30", "Page 12 of 30", "- 12 -", "xii".
fn is_page_number(shape: &str) -> bool {
    matches!(
        shape,
        "#" | "#/#" | "# / #" | "page #" | "page # of #" | "- # -" | "— # —" | "p. #"
    ) || (shape.len() <= 5 && shape.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
}

pub fn remove(pages: &mut [Page]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for page in pages.iter() {
        let shapes: BTreeSet<String> = edges(page)
            .into_iter()
            .map(|i| shape(&page[i].text))
            .collect();
        for s in shapes {
            *seen.entry(s).or_default() += 1;
        }
    }
    let least = (pages.len() as f64 * SHARE).ceil().max(3.0);
    let running: BTreeSet<String> = seen
        .into_iter()
        .filter(|(_, n)| *n as f64 >= least)
        .map(|(s, _)| s)
        .collect();
    // The first page keeps its running lines: the cover's title is often the running head.
    for (n, page) in pages.iter_mut().enumerate() {
        for i in edges(page) {
            let s = shape(&page[i].text);
            if running.contains(&s) && n > 0 || is_page_number(&s) {
                page[i].text.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::page;
    use super::*;

    #[test]
    fn headers_footers_and_numbers_go_the_text_stays() {
        let mut pages: Vec<Page> = ["alpha", "beta", "gamma", "delta", "epsilon"]
            .iter()
            .enumerate()
            .map(|(n, word)| {
                page(&format!(
                    "MONGOLIA | PROFILE 2023\nKEY FINDINGS\nText about {word}.\nMore on {word}.\n{n}\n"
                ))
            })
            .collect();
        pages.push(page("A last page without furniture.\nPage 6 of 6\n"));
        remove(&mut pages);
        let left: Vec<&str> = pages
            .iter()
            .flatten()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        // Each page's two lines, the last page's one, and the first page's running lines.
        assert_eq!(left.len(), 5 * 2 + 1 + 2, "{left:?}");
        assert!(left.contains(&"Text about gamma."));
        assert_eq!(left.iter().filter(|l| **l == "KEY FINDINGS").count(), 1);
        assert!(!left.contains(&"Page 6 of 6"));
    }
}
