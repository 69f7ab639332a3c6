//! Footnotes in a paged text. A body that starts with superscript digits ("⁹ Individuals …") is
//! one wherever it stands. A body that starts with plain digits ("9 Individuals …"), as most
//! PDFs give their notes back, is one only at the foot of a page and only with the number that
//! comes next: the foot's notes are then written with superscript digits, and so is the marker
//! of each in the page's text ("population.9" → "population.⁹"), so the reader attaches them as
//! it does any footnote.

use super::{Page, PageLine};
use crate::paragraphs::footnote_body;

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript(n: u32) -> String {
    n.to_string()
        .chars()
        .filter_map(|d| d.to_digit(10))
        .filter_map(|d| SUPERSCRIPTS.get(d as usize))
        .collect()
}

/// The number of a body that starts with plain digits: "12 Social insurance …".
fn plain_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    let starts_text = rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit());
    if digits.is_empty() || digits.len() > 3 || !starts_text {
        return None;
    }
    digits.parse().ok()
}

pub fn mark(pages: &mut [Page]) {
    let mut next = 1;
    for page in pages.iter_mut() {
        join_lone_numbers(page);
        for line in page.iter_mut() {
            if let Some((n, _)) =
                footnote_body(&line.text).filter(|_| line.text.starts_with(SUPERSCRIPTS))
            {
                line.note = true;
                next = next.max(n + 1);
            }
        }
        if let Some(last) = mark_foot(page, next) {
            next = last + 1;
        }
    }
}

/// A note's number set apart from its body ("1" / "United Nations …"), as some PDFs give it
/// back, put in front of the body's first line.
fn join_lone_numbers(page: &mut Page) {
    for i in 0..page.len() {
        let lone = page[i].text.len() <= 3 && page[i].text.chars().all(|c| c.is_ascii_digit());
        if !lone || page[i].text.is_empty() {
            continue;
        }
        let Some(j) = (i + 1..page.len()).find(|&j| !page[j].text.is_empty()) else {
            continue;
        };
        if plain_number(&format!("{} {}", page[i].text, page[j].text)).is_some()
            && page[j].text.starts_with(|c: char| c.is_uppercase())
        {
            page[j].text = format!("{} {}", page[i].text, page[j].text);
            page[i].text.clear();
        }
    }
}

/// The notes at the foot of a page, numbered from `first` on: the first line of the foot is
/// note `first`, every later line a note with the number after the last one or a continuation.
/// Returns the last number.
fn mark_foot(page: &mut Page, first: u32) -> Option<u32> {
    let filled: Vec<usize> = (0..page.len())
        .filter(|&i| !page[i].text.is_empty())
        .collect();
    let start = filled.iter().position(|&i| {
        plain_number(&page[i].text) == Some(first) && foot_from(page, &filled, i, first).is_some()
    })?;
    let top = filled[start];
    let last = foot_from(page, &filled, top, first)?;
    let (body, foot) = page.split_at_mut(top);
    for line in foot.iter_mut().filter(|l| !l.text.is_empty()) {
        line.note = true;
        if let Some(n) = plain_number(&line.text).filter(|n| (first..=last).contains(n)) {
            let digits = n.to_string().len();
            line.text = format!("{}{}", superscript(n), &line.text[digits..]);
            mark_marker(body, n);
        }
    }
    Some(last)
}

/// The last note number if the lines from `top` to the page's end can be its foot: notes
/// `first`, `first + 1`, … with their continuations, below the text that carries the marker of
/// `first` or in the lower half of the page.
fn foot_from(page: &Page, filled: &[usize], top: usize, first: u32) -> Option<u32> {
    let digits = first.to_string();
    let marked = page[..top]
        .iter()
        .any(|l| !l.note && marker_at(&l.text, &digits).is_some());
    let below = filled.iter().filter(|&&i| i < top).count();
    if !marked && below * 2 < filled.len() {
        return None;
    }
    let mut last = first;
    for &i in filled.iter().filter(|&&i| i > top) {
        if plain_number(&page[i].text) == Some(last + 1) {
            last += 1;
        }
    }
    Some(last)
}

/// Writes the first marker of note `n` in the page's text in superscript digits: the number
/// right after a word or its closing punctuation ("2020,12", "Act.12", "migrants12").
fn mark_marker(body: &mut [PageLine], n: u32) {
    let digits = n.to_string();
    for line in body.iter_mut().filter(|l| !l.note) {
        if let Some(at) = marker_at(&line.text, &digits) {
            line.text
                .replace_range(at..at + digits.len(), &superscript(n));
            return;
        }
    }
}

fn marker_at(text: &str, digits: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    (1..chars.len()).find_map(|k| {
        let (at, _) = chars[k];
        if !text[at..].starts_with(digits) {
            return None;
        }
        let after = text[at + digits.len()..].chars().next();
        let ends = after.is_none_or(|c| !c.is_alphanumeric());
        let before = chars[k - 1].1;
        let before_that = k.checked_sub(2).map(|j| chars[j].1);
        // After a word or its closing punctuation; after a full stop that follows a digit only
        // when that is a year's ("in 2022.2") and the marker ends the sentence.
        let year_before = text[..chars[k - 1].0]
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|y| y.len() == 4);
        let glued = before.is_alphabetic()
            || matches!(before, ',' | ';' | ':' | ')' | '”' | '’' | '"' | '%')
            || before == '.'
                && (before_that.is_some_and(|c| !c.is_ascii_digit())
                    || year_before && after.is_none_or(char::is_whitespace));
        (ends && glued).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::super::page;
    use super::*;

    #[test]
    fn notes_at_the_foot_and_their_markers() {
        let mut pages = vec![
            page(
                "Immigration reached 21,345 persons in 2020,1 according to DESA.\nArticle 5.5 applies to migrants2 too.\n1 Visit the Migration Data Portal.\n2 See the law,\nas amended.\n",
            ),
            page(
                "2 A line that starts like a note but is not at a foot.\nMore text3.\n3 The third note.\n",
            ),
        ];
        mark(&mut pages);
        let text: Vec<(&str, bool)> = pages
            .iter()
            .flatten()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.as_str(), l.note))
            .collect();
        assert_eq!(
            text,
            vec![
                (
                    "Immigration reached 21,345 persons in 2020,¹ according to DESA.",
                    false
                ),
                ("Article 5.5 applies to migrants² too.", false),
                ("¹ Visit the Migration Data Portal.", true),
                ("² See the law,", true),
                ("as amended.", true),
                (
                    "2 A line that starts like a note but is not at a foot.",
                    false
                ),
                ("More text³.", false),
                ("³ The third note.", true),
            ]
        );
    }
}
