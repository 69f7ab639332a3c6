//! A filled questionnaire workbook read back onto the assessment it was exported from.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{Reader, Xlsx};
use mgi_framework::Framework;
use mgi_i18n::Lang;
use mgi_model::{AssessmentDoc, DocError, Problem, validate};

use crate::answers;
use crate::cell;
use crate::error::{CellReason, WorkbookErrors};
use crate::layout::{
    ABOUT_VALUE_COL, Column, IDENTITY_ROW, IdentityField, LANGUAGE_ROW, Layout, QuestionColumn,
    SourceColumn, about_sheet, identity,
};
use crate::sheet::{Problems, Sheet};
use crate::sources;
use crate::unpack::{self, MAX_CELL_TEXT_BYTES};

/// Where a value read from the workbook came from: its sheet and row.
#[derive(Clone, Copy)]
pub(crate) struct Origin<'s> {
    pub sheet: &'s Sheet,
    pub row: u32,
}

/// Read a filled workbook back onto `base`, the stored assessment it was exported from.
///
/// The file is checked first as an archive: not an XLSX workbook ([`WorkbookErrors::NotXlsx`]),
/// damaged ([`WorkbookErrors::Damaged`]) or too large once unpacked
/// ([`WorkbookErrors::TooLarge`], see [`crate::MAX_UNPACKED_BYTES`] and the other bounds), it is
/// refused before it is parsed.
///
/// The workbook may be in any language: the About sheet (found by its name in each language)
/// gives the workbook's language, and the other sheets, the headers and the drop-down labels are
/// read in it (codes are taken too). All or nothing: the updated document, or every problem
/// found. Answers and sources in the workbook replace those of `base` with the same indicator or
/// key, or are added; everything the workbook does not hold (findings, summaries, context, stage,
/// comments, answers of rows that are gone, sources whose rows are gone) is kept from `base`
/// unchanged. The result is checked with [`mgi_model::validate`], and its problems are placed on
/// their cells too.
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
        let problem = Problem::UnknownFramework {
            set: base.framework.set.clone(),
            version: base.framework.version,
        };
        return Err(WorkbookErrors::InvalidDocument(vec![DocError::new(
            "$.framework",
            problem,
        )]));
    };
    xlsx_step(|| unpack::check(bytes))?;
    let mut workbook = xlsx_step(|| Xlsx::new(Cursor::new(bytes)).map_err(unreadable))?;
    let found = workbook.sheet_names();
    let Some((about_lang, about_name)) = Lang::ALL
        .into_iter()
        .map(|lang| (lang, about_sheet(lang)))
        .find(|(_, name)| found.contains(name))
    else {
        return Err(WorkbookErrors::NoAboutSheet { found });
    };
    let mut problems = Problems::default();
    let mut text_budget = MAX_CELL_TEXT_BYTES;
    let about = xlsx_step(|| {
        Sheet::load(
            &mut workbook,
            &about_name,
            about_lang,
            0,
            ABOUT_VALUE_COL + 1,
            &mut text_budget,
            &mut problems,
        )
    })?;
    let Some(lang) = workbook_lang(&about, &mut problems) else {
        return Err(WorkbookErrors::Cells(problems.into_sorted()));
    };
    let layout = Layout::new(set, lang);
    let missing: Vec<String> = layout
        .all_sheets()
        .into_iter()
        .filter(|name| !found.contains(name))
        .collect();
    if !missing.is_empty() {
        return Err(WorkbookErrors::MissingSheets { missing, found });
    }

    check_identity(&about, base, &mut problems);
    let sources_sheet = xlsx_step(|| {
        Sheet::load(
            &mut workbook,
            &layout.sources,
            lang,
            layout.domains.len() + 1,
            column_count::<SourceColumn>(),
            &mut text_budget,
            &mut problems,
        )
    })?;
    let domain_sheets = layout
        .domains
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            xlsx_step(|| {
                Sheet::load(
                    &mut workbook,
                    name,
                    lang,
                    i + 1,
                    column_count::<QuestionColumn>(),
                    &mut text_budget,
                    &mut problems,
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let sheet_sources = sources::read(&sources_sheet, &mut problems);
    let context = answers::Context {
        base,
        sources_sheet: &layout.sources,
        set: set.key().to_string(),
        home: layout
            .domains
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
            .add_rule(&mut problems, origin.row, col, &error.problem);
    }
    Err(WorkbookErrors::Cells(problems.into_sorted()))
}

/// A step of the XLSX reader (or of the archive's check), its panic as a damaged workbook:
/// calamine panics on some damaged files (an arithmetic overflow on an absurd cell reference,
/// in builds that check overflow), and a bad upload must never take the process down.
fn xlsx_step<T>(step: impl FnOnce() -> Result<T, WorkbookErrors>) -> Result<T, WorkbookErrors> {
    catch_unwind(AssertUnwindSafe(step)).unwrap_or(Err(WorkbookErrors::Damaged))
}

/// An error of the XLSX reader, in its own words.
pub(crate) fn unreadable(error: calamine::XlsxError) -> WorkbookErrors {
    WorkbookErrors::Unreadable(error.to_string())
}

fn column_count<C: Column>() -> u16 {
    C::ALL.iter().map(|c| c.index() + 1).max().unwrap_or(0)
}

/// The language the About sheet's language cell names; a problem at that cell when it is empty
/// or names no language of mgi.
fn workbook_lang(about: &Sheet, problems: &mut Problems) -> Option<Lang> {
    let found = cell::text(about.get(LANGUAGE_ROW, ABOUT_VALUE_COL)).unwrap_or_default();
    let lang = Lang::from_code(&found);
    if lang.is_none() {
        let found = found.trim().to_owned();
        problems.add(
            about,
            LANGUAGE_ROW,
            ABOUT_VALUE_COL,
            CellReason::Language { found },
        );
    }
    lang
}

/// The About sheet must name the assessment the workbook is read onto.
fn check_identity(about: &Sheet, base: &AssessmentDoc, problems: &mut Problems) {
    for (row, (field, expected)) in (IDENTITY_ROW..).zip(identity(base)) {
        let found = cell::text(about.get(row, ABOUT_VALUE_COL)).unwrap_or_default();
        let found = found.trim();
        if found == expected {
            continue;
        }
        let reason = match field {
            IdentityField::Fingerprint => CellReason::ContentChanged,
            field => CellReason::Identity {
                field,
                found: found.to_owned(),
                expected,
            },
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
