//! How close a draft is to a hand-built reference of the same profile: findings recovered per
//! domain and kind, sources field for field, context figures, indicator suggestions.

use std::collections::BTreeMap;

use mgi_model::{AssessmentDoc, FindingKind, Source};
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    pub fn percent(&self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            100.0 * self.hit as f64 / self.of as f64
        }
    }
    fn add(&mut self, hit: bool) {
        self.of += 1;
        self.hit += usize::from(hit);
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} ({:.1} %)", self.hit, self.of, self.percent())
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    /// Per "domain kind": reference findings with a draft finding at the same place.
    pub findings_by_part: BTreeMap<String, Ratio>,
    pub findings: Ratio,
    /// Findings in the draft, against the reference's count.
    pub draft_findings: usize,
    /// Reference sources found in the draft (same issuer and year, closest title).
    pub sources_found: Ratio,
    /// Fields equal, over the sources found: issuer, title, year, amended, online, note.
    pub source_fields: Ratio,
    /// Of which the guessed kind.
    pub source_kind: Ratio,
    pub context: Ratio,
    pub conventions: Ratio,
    pub suggestion_top1: Ratio,
    pub suggestion_top3: Ratio,
}

fn kind_name(k: FindingKind) -> &'static str {
    k.as_str()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn title_similarity(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count() as f64;
    common / wa.len().max(wb.len()) as f64
}

fn best_match<'a>(reference: &Source, draft: &'a [Source]) -> Option<&'a Source> {
    draft
        .iter()
        .filter(|d| d.year == reference.year)
        .map(|d| (title_similarity(&d.title, &reference.title), d))
        .filter(|(s, _)| *s >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, d)| d)
}

pub fn compare(draft: &AssessmentDoc, reference: &AssessmentDoc) -> Comparison {
    let mut c = Comparison::default();
    let group = |doc: &AssessmentDoc| {
        let mut g: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, f) in doc.findings.iter().enumerate() {
            g.entry(format!("{} {}", f.domain, kind_name(f.kind)))
                .or_default()
                .push(i);
        }
        g
    };
    let (dg, rg) = (group(draft), group(reference));
    c.draft_findings = draft.findings.len();
    for (part, refs) in &rg {
        let drafts = dg.get(part).map_or(&[][..], Vec::as_slice);
        let ratio = c.findings_by_part.entry(part.clone()).or_default();
        for (n, r) in refs.iter().enumerate() {
            let found = drafts.get(n);
            ratio.add(found.is_some());
            c.findings.add(found.is_some());
            let Some(main) = reference.findings[*r].indicators.first() else {
                continue;
            };
            let suggested: Vec<&str> = found
                .map(|d| {
                    draft.findings[*d]
                        .suggested
                        .iter()
                        .map(|s| s.indicator.as_str())
                        .collect()
                })
                .unwrap_or_default();
            c.suggestion_top1
                .add(suggested.first() == Some(&main.as_str()));
            c.suggestion_top3
                .add(suggested.iter().take(3).any(|s| s == main));
        }
    }
    for r in &reference.sources {
        let found = best_match(r, &draft.sources);
        c.sources_found.add(found.is_some());
        if let Some(d) = found {
            for equal in [
                d.issuer == r.issuer,
                d.title == r.title,
                d.year == r.year,
                d.amended == r.amended,
                d.online == r.online,
                d.note == r.note,
            ] {
                c.source_fields.add(equal);
            }
            c.source_kind.add(d.kind == r.kind);
        }
    }
    for r in &reference.context {
        let found = draft.context.iter().any(|d| {
            d.measure == r.measure
                && d.sex == r.sex
                && d.age_group == r.age_group
                && d.year == r.year
                && (d.value - r.value).abs() < 0.05
        });
        c.context.add(found);
    }
    for r in &reference.conventions {
        let found = draft
            .conventions
            .iter()
            .any(|d| d.indicator == r.indicator && d.ratified == r.ratified && d.year == r.year);
        c.conventions.add(found);
    }
    c
}
