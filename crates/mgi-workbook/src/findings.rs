//! The rows of the Findings sheet read as findings, matched by key.
//!
//! Rules: a row with a key is the stored finding of that key (the key must be the assessment's
//! and appear once). It keeps its domain; a row that reads the same as the stored finding is
//! nothing to save, whatever its version, and a row that differs is taken only when its version
//! is still the stored one (otherwise someone saved the finding after the export). A row without
//! a key but with content is a new finding: it needs a domain and a kind, and gets the key the
//! store gives a new finding. Indicators are read by ID or by name, one per line; citations from
//! the source and pinpoint columns, as on the domain sheets; footnotes one per line (a cell left as exported keeps the stored
//! footnotes, line breaks within them included).

use std::collections::{BTreeMap, BTreeSet};

use mgi_model::{Citation, Finding, FindingKind, Problem};

use crate::cell::{self, Parsed};
use crate::citation::Pairs;
use crate::error::CellReason;
use crate::layout::{Column, FindingColumn as F};
use crate::read::{Context, Origin};
use crate::sheet::{Problems, Sheet};

/// A list written one item per line.
pub(crate) fn lines_cell(items: &[String]) -> String {
    items.join("\n")
}

/// The items of a cell written one per line: each line trimmed, blank lines left out.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The findings of the sheet that differ from the stored ones, and the new ones, top down.
pub(crate) fn read<'s>(
    sheet: &'s Sheet,
    context: &Context,
    problems: &mut Problems,
) -> Vec<(Finding, Origin<'s>)> {
    if !sheet.headers_intact::<F>(problems) {
        return Vec::new();
    }
    let pairs = Pairs::found::<F>(sheet);
    let mut first_rows = BTreeMap::new();
    let mut findings = Vec::new();
    for row in sheet.data_rows() {
        let finding = match key(sheet, row, context, &mut first_rows, problems) {
            Key::Stored(stored) => changed(sheet, row, stored, &pairs, context, problems),
            Key::New => new(sheet, row, &pairs, context, problems),
            Key::Refused => None,
        };
        if let Some(finding) = finding {
            findings.push((finding, Origin { sheet, row }));
        }
    }
    let mut taken: BTreeSet<String> = context
        .base
        .findings
        .iter()
        .map(|f| f.key.clone())
        .collect();
    for (finding, _) in findings.iter_mut().filter(|(f, _)| f.key.is_empty()) {
        finding.key = Finding::new_key(&finding.domain, finding.kind, |k| taken.contains(k));
        taken.insert(finding.key.clone());
    }
    findings
}

/// What the key cell of a row says.
enum Key<'b> {
    /// The key of this stored finding, met for the first time.
    Stored(&'b Finding),
    /// No key: a new finding, if the row has content.
    New,
    /// A problem of the key cell, added.
    Refused,
}

fn key<'b>(
    sheet: &Sheet,
    row: u32,
    context: &Context<'b>,
    first_rows: &mut BTreeMap<String, String>,
    problems: &mut Problems,
) -> Key<'b> {
    let col = F::Key.index();
    let Some(key) = sheet.read(row, col, problems, cell::text) else {
        return Key::Refused;
    };
    let key = key.trim();
    if key.is_empty() {
        return Key::New;
    }
    let reason = match (first_rows.get(key), context.base.finding(key)) {
        (Some(first), _) => CellReason::DuplicateKey {
            key: key.to_owned(),
            first: first.clone(),
        },
        (None, None) => CellReason::UnknownFinding {
            key: key.to_owned(),
        },
        (None, Some(stored)) => {
            first_rows.insert(key.to_owned(), sheet.cell_name(row, col));
            return Key::Stored(stored);
        }
    };
    problems.add(sheet, row, col, reason);
    Key::Refused
}

/// The cells of a row that an analyst writes, each read.
struct Fields<'a> {
    /// The domain's id; `None` for an empty cell.
    domain: Option<&'a str>,
    kind: Option<FindingKind>,
    text: String,
    indicators: Vec<String>,
    citations: Vec<Citation>,
    footnotes: Vec<String>,
}

/// The cells of a row an analyst writes, when all of them read; the text is trimmed (as the
/// store keeps it) and may not be empty, and a text or footnotes cell that reads as `stored`'s
/// keeps its value.
fn fields<'a>(
    sheet: &Sheet,
    row: u32,
    pairs: &Pairs,
    context: &Context<'a>,
    stored: Option<&Finding>,
    problems: &mut Problems,
) -> Option<Fields<'a>> {
    let (lang, layout) = (sheet.lang, context.layout);
    let domain = sheet.read(row, F::Domain.index(), problems, |c| {
        let text = cell::text(c)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        match layout.domain_named(text) {
            Some(domain) => Ok(Some(domain.id.as_str())),
            None => Err(CellReason::NotADomain {
                value: text.to_owned(),
                domains: layout.domain_names(),
            }),
        }
    });
    let kind = sheet.read(row, F::Kind.index(), problems, |c| {
        cell::code::<FindingKind>(c, lang)
    });
    let text = sheet.read(row, F::Text.index(), problems, |c| {
        let text = cell::text(c)?;
        match stored {
            Some(s) if s.text.trim() == text.trim() => Ok(s.text.clone()),
            _ if text.trim().is_empty() => Err(CellReason::Rule {
                value: None,
                problem: Problem::Empty,
            }),
            _ => Ok(text.trim().to_owned()),
        }
    });
    let indicators = sheet.read(row, F::Indicators.index(), problems, |c| {
        indicators(&cell::text(c)?, context)
    });
    let citations = pairs.read(
        sheet,
        row,
        &context.known_sources,
        &layout.sources,
        problems,
    );
    let footnotes = sheet.read(row, F::Footnotes.index(), problems, |c| {
        let text = cell::text(c)?.replace("\r\n", "\n");
        Ok(match stored {
            Some(s) if text == lines_cell(&s.footnotes) => s.footnotes.clone(),
            _ => lines(&text),
        })
    });
    Some(Fields {
        domain: domain?,
        kind: kind?,
        text: text?,
        indicators: indicators?,
        citations: citations?,
        footnotes: footnotes?,
    })
}

/// The indicators of a cell, one per line, each by ID or by name in the workbook's language.
fn indicators(text: &str, context: &Context) -> Parsed<Vec<String>> {
    let mut ids = Vec::new();
    let mut unknown = Vec::new();
    for line in lines(text) {
        let by_name = || context.names.get(&line.to_lowercase()).copied().flatten();
        match context.home.get_key_value(line.as_str()) {
            Some((id, _)) => ids.push((*id).to_owned()),
            None => match by_name() {
                Some(id) => ids.push(id.to_owned()),
                None => unknown.push(line),
            },
        }
    }
    if unknown.is_empty() {
        Ok(ids)
    } else {
        Err(CellReason::UnknownIndicators {
            values: unknown,
            set: context.set.clone(),
        })
    }
}

/// The row of a stored finding, when it changes the finding on top of its stored version.
fn changed(
    sheet: &Sheet,
    row: u32,
    stored: &Finding,
    pairs: &Pairs,
    context: &Context,
    problems: &mut Problems,
) -> Option<Finding> {
    let version = sheet.read(row, F::Version.index(), problems, cell::version);
    let fields = fields(sheet, row, pairs, context, Some(stored), problems);
    let (version, fields) = (version?, fields?);
    let key = stored.key.clone();
    if fields.domain != Some(stored.domain.as_str()) {
        let domain = context.layout.domain_name(&stored.domain).to_owned();
        let reason = CellReason::DomainChanged {
            key: key.clone(),
            domain,
        };
        problems.add(sheet, row, F::Domain.index(), reason);
    }
    if fields.kind.is_none() {
        problems.add(sheet, row, F::Kind.index(), CellReason::FindingKindMissing);
    }
    let kind = fields
        .kind
        .filter(|_| fields.domain == Some(&stored.domain))?;
    let finding = Finding {
        key,
        domain: stored.domain.clone(),
        kind,
        text: fields.text,
        indicators: fields.indicators,
        citations: fields.citations,
        footnotes: fields.footnotes,
        suggested: stored.suggested.clone(),
    };
    if finding == *stored {
        return None;
    }
    let current = context.versions.get(&finding.key).copied().unwrap_or(0);
    if version != current {
        let reason = CellReason::StaleFinding {
            key: finding.key,
            version,
            current,
        };
        problems.add(sheet, row, F::Version.index(), reason);
        return None;
    }
    Some(finding)
}

/// The row of a new finding (its key still empty), when it has content.
fn new(
    sheet: &Sheet,
    row: u32,
    pairs: &Pairs,
    context: &Context,
    problems: &mut Problems,
) -> Option<Finding> {
    let filled = F::ALL
        .iter()
        .filter(|c| c.editable())
        .any(|c| cell::text(sheet.get(row, c.index())).map_or(true, |t| !t.trim().is_empty()))
        || !pairs.filled(sheet, row).is_empty();
    if !filled {
        return None;
    }
    let fields = fields(sheet, row, pairs, context, None, problems)?;
    if fields.domain.is_none() {
        let domains = context.layout.domain_names();
        let reason = CellReason::DomainNeeded { domains };
        problems.add(sheet, row, F::Domain.index(), reason);
    }
    if fields.kind.is_none() {
        problems.add(sheet, row, F::Kind.index(), CellReason::FindingKindMissing);
    }
    Some(Finding {
        key: String::new(),
        domain: fields.domain?.to_owned(),
        kind: fields.kind?,
        text: fields.text,
        indicators: fields.indicators,
        citations: fields.citations,
        footnotes: fields.footnotes,
        suggested: Vec::new(),
    })
}
