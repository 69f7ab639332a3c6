//! Key sources: grouped by issuer, each item "year[letter] title[, amended in year][. note]",
//! with "n.d." for undated items and "Not available online" where there is no link.

use crate::ImportWarning;
use std::sync::LazyLock;

use mgi_model::{Source, SourceKind};
use regex::Regex;

use crate::input::{Line, normalise};
use crate::report::ParseReport;
use crate::sections::{PartKind, Parts, unreachable_regex};

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-•]\s*)?(?:(\d{4})([a-z])?|n\.\s?d\.|s\.\s?[df]\.)\s+(.+)$")
        .unwrap_or_else(|_| unreachable_regex())
});
static AMENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),?\s*(?:(?:last\s+)?amended in|(?:dernière\s+)?modifi(?:cation|ée)(?: pour la dernière fois)? en|(?:última\s+)?modifica(?:ción|da)(?: por última vez)? en) (\d{4})",
    )
    .unwrap_or_else(|_| unreachable_regex())
});
static OFFLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\.?\s*(?:not available online|non disponible en ligne|no disponible en línea)\.?",
    )
    .unwrap_or_else(|_| unreachable_regex())
});

/// A guess of the kind of source from its title; an analyst corrects it where needed.
pub fn guess_kind(title: &str) -> SourceKind {
    let t = title.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&["agreement", "memorandum", "convention between"]) {
        SourceKind::Agreement
    } else if t.starts_with("law")
        || t.ends_with(" act")
        || has(&[" law", " act ", "code", "charter", "constitution"])
    {
        SourceKind::Law
    } else if has(&[
        "resolution",
        "order no",
        "procedure",
        "decision",
        "decree",
        "rules",
        "regulation",
    ]) {
        SourceKind::Regulation
    } else if has(&[
        "programme",
        "program",
        "policy",
        "strategy",
        "plan",
        "concept",
        "vision",
    ]) {
        SourceKind::Policy
    } else if has(&["statistic", "census", "data", "stock"]) {
        SourceKind::Data
    } else if has(&[
        "report",
        "study",
        "assessment",
        "handbook",
        "review",
        "survey",
    ]) {
        SourceKind::Report
    } else {
        SourceKind::Other
    }
}

/// Title and the text after it: a Markdown link's text is the title; otherwise the title runs
/// to the first full stop.
fn split_title(raw_rest: &str) -> (String, String) {
    if let (Some(open), Some(close)) = (raw_rest.find('['), raw_rest.find("]("))
        && open < close
    {
        let title = raw_rest[open + 1..close]
            .replace("\\(", "(")
            .replace("\\)", ")");
        let after = raw_rest[close..]
            .find(')')
            .map_or("", |e| &raw_rest[close + e + 1..]);
        return (normalise(&title), normalise(after));
    }
    let rest = normalise(raw_rest);
    match rest.find(". ") {
        Some(i) => (rest[..i].to_owned(), rest[i + 1..].trim().to_owned()),
        None => (rest, String::new()),
    }
}

fn slug(title: &str, year: Option<i32>) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.len() > 2
                && !matches!(
                    w.to_lowercase().as_str(),
                    "the" | "and" | "for" | "between" | "with"
                )
        })
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let base = if words.is_empty() {
        "source".to_owned()
    } else {
        words.join("-")
    };
    match year {
        Some(y) => format!("{base}-{y}"),
        None => base,
    }
}

/// Parse one item (the part after the year) into a source.
pub fn parse_item(issuer: &str, year: Option<i32>, raw_rest: &str) -> Source {
    let (mut title, mut after) = split_title(raw_rest);
    let mut amended = Vec::new();
    let mut online = true;
    for text in [&mut title, &mut after] {
        if let Some(c) = AMENDED.captures(text) {
            amended.extend(c.get(1).and_then(|y| y.as_str().parse::<i32>().ok()));
            *text = AMENDED.replace(text, "").into_owned();
        }
        if OFFLINE.is_match(text) {
            online = false;
            *text = OFFLINE.replace(text, ".").into_owned();
        }
    }
    let title = title.trim().trim_end_matches('.').trim().to_owned();
    let note = after
        .trim()
        .trim_start_matches([',', '.'])
        .trim()
        .to_owned();
    Source {
        key: slug(&title, year),
        issuer: issuer.to_owned(),
        kind: guess_kind(&title),
        title,
        year,
        amended,
        url: None,
        online,
        language: None,
        note: (!note.is_empty() && note != ".").then_some(note),
    }
}

fn is_back_cover(text: &str) -> bool {
    text.starts_with("www.")
        || text.starts_with('@')
        || text.starts_with("http")
        || !text.contains(' ') && text.chars().all(|c| c.is_alphanumeric())
}

pub fn read(lines: &[Line], parts: &Parts, report: &mut ParseReport) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    let mut issuer: Option<String> = None;
    for range in parts.of(PartKind::KeySources) {
        for line in &lines[range] {
            let text = line.text.trim();
            if text.is_empty() || report.is_placed(line.no) {
                continue;
            }
            let lower = text.to_lowercase();
            if [
                "all hyperlinks",
                "tous les liens",
                "todos los enlaces",
                "todos los hipervínculos",
            ]
            .iter()
            .any(|h| lower.starts_with(h))
            {
                report.place(line.no);
                continue;
            }
            if let Some(c) = ITEM.captures(text) {
                let Some(current) = &issuer else { continue };
                let year = c.get(1).and_then(|y| y.as_str().parse().ok());
                let raw = line.raw.trim().trim_start_matches(['-', '•']).trim();
                let raw_rest = raw
                    .split_once(char::is_whitespace)
                    .map_or("", |(_, r)| r.trim());
                let mut source = parse_item(current, year, raw_rest);
                let base = source.key.clone();
                let mut n = 2;
                while out.iter().any(|s| s.key == source.key) {
                    source.key = format!("{base}-{n}");
                    n += 1;
                }
                out.push(source);
                report.place(line.no);
            } else if is_back_cover(text) {
                report.skip("back cover", line.no, line.no);
            } else if text.split_whitespace().count() <= 20 && !text.ends_with('.') {
                issuer = Some(text.trim_start_matches(['-', '•']).trim().to_owned());
                report.place(line.no);
            }
        }
    }
    if out.is_empty() {
        report.warn(ImportWarning::NoKeySources);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_parsed_into_fields() {
        let s = parse_item(
            "Government of Mongolia",
            Some(1994),
            "[Law on Social Insurance](#), amended in 2021.",
        );
        assert_eq!(
            (
                s.title.as_str(),
                s.amended.as_slice(),
                s.online,
                s.note.as_deref()
            ),
            ("Law on Social Insurance", &[2021][..], true, None)
        );
        assert_eq!(s.kind, SourceKind::Law);
        let s = parse_item(
            "Government of Mongolia",
            Some(2001),
            "[Law on National Security](#). Not available online.",
        );
        assert_eq!(
            (s.title.as_str(), s.online),
            ("Law on National Security", false)
        );
        let s = parse_item(
            "IOM",
            Some(2022),
            "[Baseline Assessment into Trafficking.](#) Final report. Ulaanbaatar.",
        );
        assert_eq!(
            (s.title.as_str(), s.note.as_deref()),
            (
                "Baseline Assessment into Trafficking",
                Some("Final report. Ulaanbaatar.")
            )
        );
        let s = parse_item(
            "NSO",
            Some(2022),
            "Demography Report. Not available online.",
        );
        assert_eq!(
            (s.title.as_str(), s.online, s.note.as_deref()),
            ("Demography Report", false, None)
        );
        let s = parse_item(
            "Government of Mongolia",
            Some(2021),
            "[Law on Labour Force Migration, amended in 2023.](#)",
        );
        assert_eq!(
            (s.title.as_str(), s.amended.as_slice()),
            ("Law on Labour Force Migration", &[2023][..])
        );
    }
}
