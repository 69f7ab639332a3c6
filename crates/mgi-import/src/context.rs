//! Context figures recognised in the prose: stocks, shares (by sex, by age group), population,
//! change in the migrant share, remittances as a share of GDP, each with its year and source.

use crate::ImportWarning;
use std::sync::LazyLock;

use mgi_model::{ContextFigure, Sex, Source, SourceKind};
use regex::Regex;

use crate::input::Line;
use crate::paragraphs::{Notes, Para, footnote_body};
use crate::report::ParseReport;
use crate::sections::{PartKind, Parts, unreachable_regex};

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| unreachable_regex())
}

const NUM: &str = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)";
const PCT: &str = r"\s*(?:per\s?cent|percent|%)";

static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b((?:19|20)\d{2})\b"));
static STOCK: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"{NUM}\s+(?:persons|people|migrants)")));
static SEX_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{NUM}{PCT}\s+(?:are\s+|were\s+)?(male|female|men|women)"
    ))
});
static SEX_SHARE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)share of (male|female) (?:immigrants|emigrants|migrants)\s*\((\d+(?:\.\d+)?)\s*%\)")
});
static AGE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(\d{1,2})\s*[–-]\s*(\d{1,2})\s+years(?:\s+old)?\s*\((\d+(?:\.\d+)?)\s*%\)")
});
static AGE_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(\d{{1,2}})\s+years\s+and\s+(?:younger|under)[^.]*?{NUM}{PCT}"
    ))
});
static AGE_OVER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(\d{{1,2}})\s+years\s+and\s+(?:older|over)[^.]*?{NUM}{PCT}"
    ))
});
static GDP: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"{NUM}{PCT}\s+of\s+(?:its|the|their)?\s*GDP")));
static POP_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{NUM}{PCT}\s+of\s+(?:the\s+country's|the\s+country’s|its|the)?\s*total\s+population"
    ))
});
static POPULATION: LazyLock<Regex> =
    LazyLock::new(|| re(r"total\s+population\s*\((\d+(?:\.\d+)?)\s*million\)"));
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"between\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\s+is\s+(-?\d+(?:\.\d+)?)")
});
static CAPTION_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Source:\s*(.+?),\s*(.+?)\s*\((\d{4})\)\.?$"));

fn number(s: &str) -> Option<f64> {
    s.replace(',', "").parse().ok()
}

/// Sentences of a paragraph (a full stop followed by a space and a capital ends one).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(3) {
        if let [(i, '.'), (_, ' '), (_, next)] = w
            && next.is_uppercase()
        {
            out.push(&text[start..=*i]);
            start = i + 2;
        }
    }
    out.push(&text[start..]);
    out
}

fn figure(measure: String, value: f64, unit: &str, year: i32, source: &str) -> ContextFigure {
    ContextFigure {
        measure,
        value,
        unit: unit.to_owned(),
        year,
        sex: None,
        age_group: None,
        source: source.to_owned(),
    }
}

struct Figures<'a> {
    out: Vec<ContextFigure>,
    migrant_source: &'a str,
}

impl Figures<'_> {
    fn push(&mut self, f: ContextFigure) {
        let duplicate = self.out.iter().any(|o| {
            o.measure == f.measure
                && o.sex == f.sex
                && o.age_group == f.age_group
                && o.year == f.year
        });
        if !duplicate {
            self.out.push(f);
        }
    }

    fn sentence(&mut self, s: &str, year: i32, remittance_source: &mut dyn FnMut() -> String) {
        let lower = s.to_lowercase();
        let subject = if lower.contains("emigra") {
            "emigrant"
        } else {
            "immigrant"
        };
        let src = self.migrant_source.to_owned();
        let sex_of = |w: &str| {
            if w.starts_with('f') || w.starts_with('w') {
                Sex::Female
            } else {
                Sex::Male
            }
        };
        if let Some(c) = GDP.captures(s) {
            let source = remittance_source();
            let value = c.get(1).and_then(|m| number(m.as_str())).unwrap_or(0.0);
            self.push(figure(
                "remittances-gdp".into(),
                value,
                "percent",
                year,
                &source,
            ));
            return;
        }
        if let Some(c) = CHANGE.captures(&lower) {
            let y = c
                .get(2)
                .and_then(|m| m.as_str().parse().ok())
                .unwrap_or(year);
            if let Some(v) = c.get(3).and_then(|m| number(m.as_str())) {
                self.push(figure(
                    "migrant-share-change".into(),
                    v,
                    "percentage-points",
                    y,
                    &src,
                ));
            }
        }
        for c in STOCK.captures_iter(s) {
            if let Some(v) = c.get(1).and_then(|m| number(m.as_str())) {
                self.push(figure(format!("{subject}-stock"), v, "persons", year, &src));
            }
        }
        for c in POP_SHARE.captures_iter(s) {
            if let Some(v) = c.get(1).and_then(|m| number(m.as_str())) {
                self.push(figure(format!("{subject}-share"), v, "percent", year, &src));
            }
        }
        if let Some(v) = POPULATION
            .captures(s)
            .and_then(|c| c.get(1))
            .and_then(|m| number(m.as_str()))
        {
            self.push(figure(
                "population".into(),
                v * 1_000_000.0,
                "persons",
                year,
                &src,
            ));
        }
        for c in SEX_SHARE.captures_iter(s) {
            if let (Some(v), Some(w)) = (c.get(1).and_then(|m| number(m.as_str())), c.get(2)) {
                let sex = Some(sex_of(&w.as_str().to_lowercase()));
                self.push(ContextFigure {
                    sex,
                    ..figure(format!("{subject}-share"), v, "percent", year, &src)
                });
            }
        }
        for c in SEX_SHARE_PAREN.captures_iter(s) {
            if let (Some(w), Some(v)) = (c.get(1), c.get(2).and_then(|m| number(m.as_str()))) {
                let sex = Some(sex_of(&w.as_str().to_lowercase()));
                self.push(ContextFigure {
                    sex,
                    ..figure(format!("{subject}-share"), v, "percent", year, &src)
                });
            }
        }
        for c in AGE_RANGE.captures_iter(s) {
            if let (Some(a), Some(b), Some(v)) = (
                c.get(1),
                c.get(2),
                c.get(3).and_then(|m| number(m.as_str())),
            ) {
                let age_group = Some(format!("{}-{}", a.as_str(), b.as_str()));
                self.push(ContextFigure {
                    age_group,
                    ..figure(format!("{subject}-share"), v, "percent", year, &src)
                });
            }
        }
        for (re, fmt) in [(&*AGE_UNDER, "0-{}"), (&*AGE_OVER, "{}+")] {
            for c in re.captures_iter(s) {
                if let (Some(a), Some(v)) = (c.get(1), c.get(2).and_then(|m| number(m.as_str()))) {
                    let age_group = Some(fmt.replace("{}", a.as_str()));
                    self.push(ContextFigure {
                        age_group,
                        ..figure(format!("{subject}-share"), v, "percent", year, &src)
                    });
                }
            }
        }
    }
}

fn add_source(sources: &mut Vec<Source>, issuer: &str, title: &str, year: Option<i32>) -> String {
    if let Some(s) = sources
        .iter()
        .find(|s| s.issuer == issuer && s.title == title)
    {
        return s.key.clone();
    }
    let key = format!(
        "context-{}",
        sources
            .iter()
            .filter(|s| s.key.starts_with("context-"))
            .count()
            + 1
    );
    sources.push(data_source(&key, issuer, title, year));
    key
}

/// A source of statistics named by the context part.
fn data_source(key: &str, issuer: &str, title: &str, year: Option<i32>) -> Source {
    Source {
        key: key.to_owned(),
        issuer: issuer.to_owned(),
        title: title.to_owned(),
        year,
        kind: SourceKind::Data,
        amended: Vec::new(),
        url: None,
        online: true,
        language: None,
        note: None,
    }
}

pub fn read(
    lines: &[Line],
    parts: &Parts,
    notes: &Notes,
    sources: &mut Vec<Source>,
    report: &mut ParseReport,
) -> Vec<ContextFigure> {
    let mut paras: Vec<Para> = Vec::new();
    let mut caption_source: Option<String> = None;
    for range in parts.of(PartKind::Context) {
        for line in &lines[range] {
            let text = line.text.trim();
            if text.is_empty() || report.is_placed(line.no) || footnote_body(text).is_some() {
                continue;
            }
            if (text.starts_with("Figure ") || text.starts_with("Figura "))
                && text.split_whitespace().count() <= 20
            {
                report.place(line.no);
                continue;
            }
            if ["Source:", "Source :", "Source\u{202f}:", "Fuente:"]
                .iter()
                .any(|s| text.starts_with(s))
            {
                report.place(line.no);
                if caption_source.is_none()
                    && let Some(c) = CAPTION_SOURCE.captures(text)
                    && let (Some(issuer), Some(title)) = (c.get(1), c.get(2))
                {
                    let year = c.get(3).and_then(|y| y.as_str().parse().ok());
                    caption_source =
                        Some(add_source(sources, issuer.as_str(), title.as_str(), year));
                }
                continue;
            }
            match paras.last_mut() {
                Some(p) if text.chars().next().is_some_and(char::is_lowercase) => p.extend(line),
                _ => paras.push(Para::new(line)),
            }
        }
    }
    const MISSING: &str = "context-source-missing";
    let migrant_source = caption_source.unwrap_or_else(|| MISSING.to_owned());
    let mut figures = Figures {
        out: Vec::new(),
        migrant_source: &migrant_source,
    };
    let mut remittance_key: Option<String> = None;
    let mut year = 0;
    for p in &paras {
        for s in sentences(&p.text) {
            if let Some(y) = YEAR
                .captures_iter(s)
                .filter_map(|c| c.get(1)?.as_str().parse::<i32>().ok())
                .last()
            {
                year = y;
            }
            let before = figures.out.len();
            let mut remittances = || {
                remittance_key
                    .get_or_insert_with(|| {
                        add_source(
                            sources,
                            "World Bank",
                            "Personal remittances, received (% of GDP)",
                            Some(year),
                        )
                    })
                    .clone()
            };
            figures.sentence(s, year, &mut remittances);
            if figures.out.len() > before {
                p.lines.iter().for_each(|l| report.place(*l));
            }
        }
        for n in &p.notes {
            if let Some(note) = notes.get(n) {
                report.place(note.line);
            }
        }
    }
    if figures.out.is_empty() {
        report.warn(ImportWarning::NoContextFigures);
    }
    if figures.out.iter().any(|f| f.source == MISSING) {
        report.warn(ImportWarning::NoSourceCaption);
        sources.push(data_source(
            MISSING,
            "Unknown",
            "Source of the context figures (to be completed)",
            None,
        ));
    }
    figures.out
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn sentences_split_at_full_stops_only() {
        assert_eq!(
            sentences("It is 0.6 per cent (3.3 million). Then more. e.g. this"),
            vec!["It is 0.6 per cent (3.3 million).", "Then more. e.g. this"]
        );
    }
}
