//! A filled questionnaire workbook read back onto the assessment it was exported from.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{Reader, Xlsx};
use mgi_framework::{Framework, FrameworkSet};
use mgi_i18n::Lang;
use mgi_model::{AssessmentDoc, DocError, Problem, TextRef, validate};

use crate::citation::Pairs;
use crate::error::{CellReason, WorkbookErrors};
use crate::layout::{
    ABOUT_VALUE_COL, Column, FindingColumn, IDENTITY_ROW, IdentityField, LANGUAGE_ROW, LAYOUT_ROW,
    LAYOUT_VERSION, Layout, QuestionColumn, SourceColumn, about_sheet, identity,
};
use crate::sheet::{Problems, Sheet};
use crate::unpack::{self, MAX_CELL_TEXT_BYTES};
use crate::write::framework_text;
use crate::{FindingVersions, answers, cell, findings, sources};

/// What the data sheets are read against.
pub(crate) struct Context<'a> {
    pub base: &'a AssessmentDoc,
    /// The version of each stored finding.
    pub versions: &'a FindingVersions,
    pub layout: &'a Layout<'a>,
    /// The framework set, as named in messages (`mgi-national v1`).
    pub set: String,
    /// The sheet each indicator of the set belongs on.
    pub home: BTreeMap<&'a str, &'a str>,
    /// The indicators of the set by name in the workbook's language, lower-cased (a name two
    /// indicators share names neither).
    pub names: BTreeMap<String, Option<&'a str>>,
    /// Source keys a citation may name.
    pub known_sources: BTreeSet<&'a str>,
}

/// The indicators of `set` by their names in `lang` (as the domain sheets show them, and as the
/// translation has them), lower-cased.
fn indicator_names<'a>(
    framework: &'a Framework,
    set: &'a FrameworkSet,
    lang: Lang,
) -> BTreeMap<String, Option<&'a str>> {
    let mut names: BTreeMap<String, Option<&str>> = BTreeMap::new();
    for domain in &set.domains {
        for id in domain.indicator_ids() {
            let Some(indicator) = framework.indicator(id) else {
                continue;
            };
            let shown = framework_text(&indicator.name, lang).to_lowercase();
            let plain = indicator.name.resolve(lang.code()).0.to_lowercase();
            for name in BTreeSet::from([shown, plain]) {
                names
                    .entry(name)
                    .and_modify(|other| {
                        if *other != Some(id) {
                            *other = None;
                        }
                    })
                    .or_insert(Some(id));
            }
        }
    }
    names
}

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
/// found. Answers, findings and sources in the workbook replace those of `base` with the same
/// indicator or key, or are added; everything the workbook does not hold (summaries, context,
/// stage, comments, answers of rows that are gone, findings and sources whose rows are gone) is
/// kept from `base` unchanged. `versions` are the versions of `base`'s findings (read with it):
/// a finding's row changed on top of another version is refused. A new finding is appended
/// with the key the store gives it when nothing was added meanwhile. The result is checked with
/// [`mgi_model::validate`], and its problems are placed on their cells too.
pub fn read_questionnaire(
    framework: &Framework,
    base: &AssessmentDoc,
    versions: &FindingVersions,
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
    if !layout_is_current(&about, &mut problems) {
        return Err(WorkbookErrors::Cells(problems.into_sorted()));
    }
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
    let findings_sheet = xlsx_step(|| {
        Sheet::load(
            &mut workbook,
            &layout.findings,
            lang,
            layout.domains.len() + 1,
            Pairs::max_columns::<FindingColumn>(),
            &mut text_budget,
            &mut problems,
        )
    })?;
    let sources_sheet = xlsx_step(|| {
        Sheet::load(
            &mut workbook,
            &layout.sources,
            lang,
            layout.domains.len() + 2,
            SourceColumn::count(),
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
                    Pairs::max_columns::<QuestionColumn>(),
                    &mut text_budget,
                    &mut problems,
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    let sheet_sources = sources::read(&sources_sheet, &mut problems);
    let context = Context {
        base,
        versions,
        layout: &layout,
        set: set.key().to_string(),
        home: layout
            .domains
            .iter()
            .flat_map(|(name, domain)| domain.indicator_ids().map(|id| (id, name.as_str())))
            .collect(),
        names: indicator_names(framework, set, lang),
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
    let sheet_findings = findings::read(&findings_sheet, &context, &mut problems);
    if !problems.is_empty() {
        return Err(WorkbookErrors::Cells(problems.into_sorted()));
    }

    let mut doc = base.clone();
    let (answers, answer_origins) = merge(&base.answers, sheet_answers, |a| &a.indicator);
    let (findings, finding_origins) = merge(&base.findings, sheet_findings, |f| &f.key);
    let (sources, source_origins) = merge(&base.sources, sheet_sources, |s| &s.key);
    doc.answers = answers;
    doc.findings = findings;
    doc.sources = sources;
    let errors = validate(&doc, framework);
    if errors.is_empty() {
        return Ok(doc);
    }
    let origins = Origins {
        doc: &doc,
        answers: &answer_origins,
        findings: &finding_origins,
        sources: &source_origins,
    };
    for error in &errors {
        let Some((origin, col)) = origins.locate(&error.path) else {
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

/// Whether the About sheet's layout version is the one this reader reads; a problem at that
/// cell when not (a workbook of an earlier layout holds another text there, or nothing).
fn layout_is_current(about: &Sheet, problems: &mut Problems) -> bool {
    let found = cell::text(about.get(LAYOUT_ROW, ABOUT_VALUE_COL)).unwrap_or_default();
    let found = found.trim();
    if found == LAYOUT_VERSION.to_string() {
        return true;
    }
    let found = found.to_owned();
    problems.add(
        about,
        LAYOUT_ROW,
        ABOUT_VALUE_COL,
        CellReason::Layout { found },
    );
    false
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

/// Where each answer, finding and source of the result came from (`None`: kept from the base).
struct Origins<'o, 's> {
    /// The result.
    doc: &'o AssessmentDoc,
    answers: &'o [Option<Origin<'s>>],
    findings: &'o [Option<Origin<'s>>],
    sources: &'o [Option<Origin<'s>>],
}

impl<'s> Origins<'_, 's> {
    /// The cell a validation error of the result is about, for answers, findings and sources
    /// read from the workbook: `$.answers[3].citations[1].pinpoint` is the `Pinpoint 2` cell of
    /// that answer's row; a translation of a finding's text or footnote that is no longer there is
    /// the Text or Footnotes cell of the finding's row.
    fn locate(&self, path: &str) -> Option<(Origin<'s>, u16)> {
        let (list, rest) = path.split_once('[')?;
        let (index, tail) = rest.split_once(']')?;
        let index: usize = index.parse().ok()?;
        let (origins, index, col) = match list {
            "$.answers" => (self.answers, index, column::<QuestionColumn>(tail)),
            "$.findings" => (self.findings, index, column::<FindingColumn>(tail)),
            "$.sources" => (self.sources, index, column::<SourceColumn>(tail)),
            "$.translations" => {
                let target = self.doc.translations.get(index)?.target.parse().ok()?;
                let (key, col) = match &target {
                    TextRef::Finding(key) => (key, FindingColumn::Text),
                    TextRef::FindingFootnote(key, _) => (key, FindingColumn::Footnotes),
                    _ => return None,
                };
                let index = self.doc.findings.iter().position(|f| &f.key == key)?;
                (self.findings, index, col.index())
            }
            _ => return None,
        };
        Some(((*origins.get(index)?)?, col))
    }
}

/// The column of a sheet with citation pairs that holds the field the `tail` of a JSON path
/// names (`.narrative`, `.citations[1].pinpoint`), or its first column (the row's key). The
/// citations as a whole (too many) are the first source column.
fn column<C: Column>(tail: &str) -> u16 {
    let field = first_field(tail);
    if field != "citations" {
        return C::for_field(field).map_or(0, Column::index);
    }
    let (index, field) = tail
        .strip_prefix(".citations[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, rest)| Some((index.parse::<usize>().ok()?, first_field(rest))))
        .unwrap_or((0, "source"));
    Pairs::column_of::<C>(index, field)
}

/// The first field named in the tail of a JSON path: `.citations[0].source` gives `citations`.
pub(crate) fn first_field(tail: &str) -> &str {
    tail.trim_start_matches('.')
        .split(['.', '['])
        .next()
        .unwrap_or_default()
}
