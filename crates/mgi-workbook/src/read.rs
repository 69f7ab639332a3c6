//! A filled questionnaire workbook read back onto the assessment it was exported from.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use mgi_framework::Framework;
use mgi_model::{AssessmentDoc, DocError, validate};

use crate::answers;
use crate::cell;
use crate::error::WorkbookErrors;
use crate::layout::{
    ABOUT_SHEET, ABOUT_VALUE_COL, Column, FINGERPRINT, IDENTITY_ROW, QuestionColumn, SOURCES_SHEET,
    SourceColumn, all_sheets, domain_sheets, identity,
};
use crate::sheet::{Problems, Sheet};
use crate::sources;

/// Where a value read from the workbook came from: its sheet and row.
#[derive(Clone, Copy)]
pub(crate) struct Origin<'s> {
    pub sheet: &'s Sheet,
    pub row: u32,
}

/// Read a filled workbook back onto `base`, the stored assessment it was exported from.
///
/// All or nothing: the updated document, or every problem found. Answers and sources in the
/// workbook replace those of `base` with the same indicator or key, or are added; everything the
/// workbook does not hold (findings, summaries, context, stage, comments, answers of rows that
/// are gone, sources whose rows are gone) is kept from `base` unchanged. The result is checked
/// with [`mgi_model::validate`], and its problems are placed on their cells too.
pub fn read_questionnaire(
    framework: &Framework,
    base: &AssessmentDoc,
    bytes: &[u8],
) -> Result<AssessmentDoc, WorkbookErrors> {
    let base_errors = validate(base, framework);
    if !base_errors.is_empty() {
        return Err(WorkbookErrors::InvalidDocument(base_errors));
    }
    let Some(set) = framework.set(&base.framework.set, base.framework.version) else {
        return Err(WorkbookErrors::InvalidDocument(vec![DocError {
            path: "$.framework".to_owned(),
            message: "unknown framework set".to_owned(),
        }]));
    };
    let unreadable = |e: calamine::XlsxError| WorkbookErrors::Unreadable(e.to_string());
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let found = workbook.sheet_names();
    let missing: Vec<String> = all_sheets(set)
        .into_iter()
        .filter(|name| !found.contains(name))
        .collect();
    if !missing.is_empty() {
        return Err(WorkbookErrors::MissingSheets { missing, found });
    }

    let mut problems = Problems::default();
    let domains = domain_sheets(set);
    let about = Sheet::load(
        &mut workbook,
        ABOUT_SHEET,
        0,
        ABOUT_VALUE_COL + 1,
        &mut problems,
    )
    .map_err(unreadable)?;
    check_identity(&about, base, &mut problems);
    let sources_sheet = Sheet::load(
        &mut workbook,
        SOURCES_SHEET,
        domains.len() + 1,
        column_count::<SourceColumn>(),
        &mut problems,
    )
    .map_err(unreadable)?;
    let domain_sheets = domains
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            Sheet::load(
                &mut workbook,
                name,
                i + 1,
                column_count::<QuestionColumn>(),
                &mut problems,
            )
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(unreadable)?;

    let sheet_sources = sources::read(&sources_sheet, &mut problems);
    let context = answers::Context {
        base,
        set: set.key().to_string(),
        home: domains
            .iter()
            .flat_map(|(name, domain)| domain.indicator_ids().map(|id| (id, name.as_str())))
            .collect(),
        known_sources: base
            .sources
            .iter()
            .chain(sheet_sources.iter().map(|(source, _)| source))
            .map(|s| s.key.as_str())
            .collect::<BTreeSet<_>>(),
    };
    let mut seen = BTreeMap::new();
    let sheet_answers: Vec<_> = domain_sheets
        .iter()
        .flat_map(|sheet| answers::read(sheet, &context, &mut seen, &mut problems))
        .collect();
    if !problems.is_empty() {
        return Err(WorkbookErrors::Cells(problems.into_sorted()));
    }

    let mut doc = base.clone();
    let (answers, answer_origins) = merge(&base.answers, sheet_answers, |a| &a.indicator);
    let (sources, source_origins) = merge(&base.sources, sheet_sources, |s| &s.key);
    doc.answers = answers;
    doc.sources = sources;
    let errors = validate(&doc, framework);
    if errors.is_empty() {
        return Ok(doc);
    }
    for error in &errors {
        let Some((origin, col)) = locate(&error.path, &answer_origins, &source_origins) else {
            return Err(WorkbookErrors::InvalidDocument(errors));
        };
        origin
            .sheet
            .add_naming_value(&mut problems, origin.row, col, &error.message);
    }
    Err(WorkbookErrors::Cells(problems.into_sorted()))
}

fn column_count<C: Column>() -> u16 {
    C::ALL.iter().map(|c| c.index() + 1).max().unwrap_or(0)
}

/// The About sheet must name the assessment the workbook is read onto.
fn check_identity(about: &Sheet, base: &AssessmentDoc, problems: &mut Problems) {
    for (row, (label, expected)) in (IDENTITY_ROW..).zip(identity(base)) {
        let found = cell::text(about.get(row, ABOUT_VALUE_COL)).unwrap_or_default();
        if found.trim() == expected {
            continue;
        }
        let reason = if label == FINGERPRINT {
            "the assessment changed after this workbook was exported (someone saved an edit \
             meanwhile); export a new workbook and copy your changes into it, so that nothing \
             of theirs is overwritten"
                .to_owned()
        } else {
            format!(
                "{label} is {:?}, but the assessment it is read onto has {expected:?}; \
                 import a workbook exported from that assessment",
                found.trim()
            )
        };
        problems.add(about, row, ABOUT_VALUE_COL, reason);
    }
}

/// `base` with the items read from the workbook put in place (same key) or appended (new key),
/// and where each item of the result came from (`None`: kept from `base`).
fn merge<'s, T: Clone>(
    base: &[T],
    read: Vec<(T, Origin<'s>)>,
    key: impl Fn(&T) -> &String,
) -> (Vec<T>, Vec<Option<Origin<'s>>>) {
    let mut items = base.to_vec();
    let mut origins = vec![None; items.len()];
    for (item, origin) in read {
        match items.iter().position(|old| key(old) == key(&item)) {
            Some(i) => {
                items[i] = item;
                origins[i] = Some(origin);
            }
            None => {
                items.push(item);
                origins.push(Some(origin));
            }
        }
    }
    (items, origins)
}

/// The cell a validation error of the result is about, for answers and sources read from the
/// workbook: `$.answers[3].citations[0].source` is the Sources cell of that answer's row.
fn locate<'s>(
    path: &str,
    answers: &[Option<Origin<'s>>],
    sources: &[Option<Origin<'s>>],
) -> Option<(Origin<'s>, u16)> {
    let (list, rest) = path.split_once('[')?;
    let (index, tail) = rest.split_once(']')?;
    let index: usize = index.parse().ok()?;
    let field = first_field(tail);
    match list {
        "$.answers" => Some((
            (*answers.get(index)?)?,
            QuestionColumn::for_field(field)
                .unwrap_or(QuestionColumn::Indicator)
                .index(),
        )),
        "$.sources" => Some((
            (*sources.get(index)?)?,
            SourceColumn::for_field(field)
                .unwrap_or(SourceColumn::Key)
                .index(),
        )),
        _ => None,
    }
}

/// The first field named in the tail of a JSON path: `.citations[0].source` gives `citations`.
pub(crate) fn first_field(tail: &str) -> &str {
    tail.trim_start_matches('.')
        .split(['.', '['])
        .next()
        .unwrap_or_default()
}
