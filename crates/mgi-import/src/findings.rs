//! The key findings: per domain, the conventions table, the well-developed areas and the areas
//! with potential for further development, each paragraph a finding with its footnotes and
//! suggested indicators.

use crate::ImportWarning;
use std::sync::LazyLock;

use mgi_framework::FrameworkSet;
use mgi_model::{Convention, Finding, FindingKind};
use regex::Regex;

use crate::conventions::{Row, Table};
use crate::input::Line;
use crate::paragraphs::{Notes, Para, footnote_body};
use crate::report::ParseReport;
use crate::sections::{PartKind, Parts, unreachable_regex};
use crate::suggest::Matcher;

pub struct Read {
    pub findings: Vec<Finding>,
    pub conventions: Vec<Convention>,
}

/// What a heading inside the key findings announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Conventions,
    Kind(FindingKind),
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(.*)$").unwrap_or_else(|_| unreachable_regex())
});

/// A heading that opens a block: conventions table, well-developed areas, potential areas.
fn block_heading(text: &str) -> Option<Block> {
    let t = text.trim();
    if t.split_whitespace().count() > 14 || t.ends_with('.') && !NUMBERED.is_match(t) {
        return None;
    }
    let lower = t.to_lowercase().replace('‐', "-");
    let any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if any(&[
        "potential for further development",
        "pouvant être développés",
        "pourraient être développés",
        "potentiel de développement",
        "à développer davantage",
        "podrían desarrollarse",
        "potencial de desarrollo",
        "desarrollarse más",
        // mgi's own French and Spanish profiles (the glossary's terms).
        "pourraient être renforcés",
        "potencial de mayor desarrollo",
    ]) || lower.starts_with("areas with potential")
    {
        Some(Block::Kind(FindingKind::Potential))
    } else if any(&[
        "well-developed",
        "well developed",
        "bien développé",
        "bien desarrollad",
    ]) {
        Some(Block::Kind(FindingKind::WellDeveloped))
    } else if any(&["conventions", "convenciones"]) && any(&["ratif", "signature", "firma"]) {
        Some(Block::Conventions)
    } else {
        None
    }
}

struct Reader<'a> {
    set: &'a FrameworkSet,
    matcher: &'a Matcher,
    notes: &'a Notes,
    domain: Option<String>,
    block: Option<Block>,
    table: Table,
    open: Option<(String, FindingKind, Para)>,
    /// The footnote numbers of each finding, in the order of `out.findings`.
    numbers: Vec<Vec<u32>>,
    out: Read,
}

impl Reader<'_> {
    fn close(&mut self, report: &mut ParseReport) {
        let Some((domain, kind, para)) = self.open.take() else {
            return;
        };
        let n = self
            .out
            .findings
            .iter()
            .filter(|f| f.domain == domain && f.kind == kind)
            .count()
            + 1;
        let footnotes = para.attach_notes(self.notes, report);
        let suggested = self.matcher.suggest(&para.text, Some(&domain), 5);
        for l in &para.lines {
            report.place(*l);
        }
        self.numbers.push(para.notes.clone());
        self.out.findings.push(Finding {
            key: format!("{domain}-{}-{n}", kind.key_tag()),
            domain,
            kind,
            text: para.text,
            indicators: Vec::new(),
            citations: Vec::new(),
            footnotes,
            suggested,
        });
    }

    fn convention(&mut self, row: Row, report: &mut ParseReport) {
        let conv_ids: Vec<&str> = self
            .set
            .indicator_ids()
            .filter(|i| i.starts_with("conv-"))
            .collect();
        let keep = |id: &str| conv_ids.is_empty() || conv_ids.contains(&id);
        let Some(best) = self
            .matcher
            .rank(&row.name, Some("rights"), keep, 1)
            .into_iter()
            .next()
        else {
            report.warn(ImportWarning::ConventionUnmatched {
                line: row.line,
                name: row.name,
            });
            return;
        };
        self.out.conventions.push(Convention {
            indicator: best.indicator,
            name: row.name,
            ratified: row.ratified,
            year: row.year,
        });
    }
}

pub fn read(
    lines: &[Line],
    parts: &Parts,
    set: &FrameworkSet,
    notes: &Notes,
    matcher: &Matcher,
    report: &mut ParseReport,
) -> Read {
    let mut r = Reader {
        set,
        matcher,
        notes,
        domain: None,
        block: None,
        table: Table::default(),
        open: None,
        numbers: Vec::new(),
        out: Read {
            findings: Vec::new(),
            conventions: Vec::new(),
        },
    };
    for range in parts.of(PartKind::KeyFindings) {
        for line in &lines[range] {
            let text = line.text.trim();
            if text.is_empty() || report.is_placed(line.no) {
                continue;
            }
            if footnote_body(text).is_some() {
                continue; // placed when a paragraph claims it
            }
            if text.contains('\t') {
                r.close(report);
                if let Some(row) = r.table.line(line, report) {
                    r.convention(row, report);
                }
                continue;
            }
            if text.chars().all(|c| c.is_ascii_digit()) && text.len() <= 2 {
                report.place(line.no); // the domain number above a domain heading
                continue;
            }
            let heading_text = NUMBERED
                .captures(text)
                .and_then(|c| c.get(1))
                .map_or(text, |m| m.as_str());
            if let Some(block) = block_heading(heading_text) {
                r.close(report);
                r.table.finish(report);
                r.block = Some(block);
                report.place(line.no);
                continue;
            }
            if let Some(domain) = matcher.domain_for_heading(heading_text) {
                r.close(report);
                r.table.finish(report);
                r.domain = Some(domain.to_owned());
                r.block = None;
                report.place(line.no);
                continue;
            }
            if ["Table ", "Tableau ", "Cuadro ", "Tabla "]
                .iter()
                .any(|t| text.starts_with(t))
                && text.split_whitespace().count() <= 14
            {
                report.place(line.no);
                continue;
            }
            if r.block == Some(Block::Conventions) {
                if let Some(row) = r.table.line(line, report) {
                    r.convention(row, report);
                }
                continue;
            }
            if let Some((_, _, para)) = &mut r.open
                && para.continued_by(text)
            {
                para.extend(line);
                continue;
            }
            r.close(report);
            // Anything else is left unplaced: the report lists it.
            if let (Some(domain), Some(Block::Kind(kind))) = (&r.domain, r.block) {
                r.open = Some((domain.clone(), kind, Para::new(line)));
            }
        }
        r.close(report);
        r.table.finish(report);
    }
    attach_orphan_notes(&mut r, report);
    if r.out.findings.is_empty() {
        report.warn(ImportWarning::NoFindings);
    }
    for d in &set.domains {
        if !r.out.findings.iter().any(|f| f.domain == d.id) {
            report.warn(ImportWarning::DomainWithoutFindings {
                domain: d.id.clone(),
            });
        }
    }
    r.out
}

/// Footnote bodies whose marker was lost (a PDF extraction drops some) go with the finding that
/// holds the footnote just before them, since footnotes are numbered in reading order.
fn attach_orphan_notes(r: &mut Reader<'_>, report: &mut ParseReport) {
    let last = r.numbers.iter().flatten().max().copied().unwrap_or(0);
    for (n, note) in r.notes.range(..=last) {
        if report.is_placed(note.line) {
            continue;
        }
        let holder = (1..*n)
            .rev()
            .find_map(|prev| r.numbers.iter().position(|ns| ns.contains(&prev)));
        let Some(i) = holder else { continue };
        if let Some(f) = r.out.findings.get_mut(i) {
            f.footnotes
                .push(crate::paragraphs::strip_markers(&note.text).0);
            r.numbers[i].push(*n);
            report.place(note.line);
            report.counts.footnotes_attached += 1;
            report.warn(ImportWarning::FootnoteWithoutMarker {
                line: note.line,
                n: *n,
                finding: f.key.clone(),
            });
        }
    }
}
