//! The shape of the questionnaire workbook, defined once for the writer and the reader: sheet
//! names, columns with their headers and drop-down lists, the identity block of the About sheet,
//! the code lists and what each code means, and the limits the reader enforces. Every visible
//! name and label comes from the `workbook-*` messages of the workbook's language.

use std::ops::RangeInclusive;

use mgi_framework::{Domain, FrameworkSet};
use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};
use mgi_model::{AnswerStatus, AnswerValue, AssessmentDoc, Confidence, FindingKind, SourceKind};

/// Names Excel keeps for itself, in every language (compared case-insensitively).
const RESERVED_SHEETS: [&str; 1] = ["History"];
/// Excel's longest sheet name.
const MAX_SHEET_NAME: usize = 31;
/// Characters Excel refuses in a sheet name.
const FORBIDDEN_IN_SHEET_NAME: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// The longest text a cell may hold on import.
pub(crate) const MAX_CELL_CHARS: usize = 100_000;
/// Rows past this one are not read: a questionnaire sheet never needs so many.
pub(crate) const MAX_ROWS: u32 = 10_000;
/// Empty rows of the Sources sheet prepared with drop-downs for new sources.
pub(crate) const SPARE_SOURCE_ROWS: u32 = 500;
/// Empty rows of the Findings sheet prepared with drop-downs for new findings.
pub(crate) const SPARE_FINDING_ROWS: u32 = 200;
/// The years a source may carry (issue and amendments).
pub(crate) const YEARS: RangeInclusive<i32> = 1000..=2100;
/// The header row of every data sheet; data starts on the row after it.
pub(crate) const HEADER_ROW: u32 = 0;

/// The About sheet's columns: labels, and the values or texts they introduce.
pub(crate) const ABOUT_LABEL_COL: u16 = 0;
pub(crate) const ABOUT_VALUE_COL: u16 = 1;
/// The About sheet's identity block (see [`identity`]) starts on this row. The reader checks
/// these values against the stored assessment.
pub(crate) const IDENTITY_ROW: u32 = 2;
/// The row of the workbook's language code, right after the identity block: the reader takes
/// the names of sheets, headers and drop-down labels in this language.
pub(crate) const LANGUAGE_ROW: u32 = IDENTITY_ROW + IdentityField::ALL.len() as u32;
/// The row of the layout version, right after the language.
pub(crate) const LAYOUT_ROW: u32 = LANGUAGE_ROW + 1;
/// The version of the columns this crate writes and reads, recorded on the About sheet. A
/// workbook of another layout is refused at that cell before its sheets are read, since its
/// columns would be misread. Version 1 (no such cell) had a Sources column of `key: pinpoint`
/// lines and no answer criteria; version 2 has the criteria column and the citation columns.
pub(crate) const LAYOUT_VERSION: u32 = 2;

/// A value of the About sheet's identity block: what the workbook was exported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityField {
    Jurisdiction,
    Year,
    FrameworkSet,
    FrameworkVersion,
    /// The SHA-256 of the content as exported ([`mgi_model::content_hash`]).
    Fingerprint,
}

impl IdentityField {
    /// The block, top down.
    pub(crate) const ALL: [IdentityField; 5] = [
        IdentityField::Jurisdiction,
        IdentityField::Year,
        IdentityField::FrameworkSet,
        IdentityField::FrameworkVersion,
        IdentityField::Fingerprint,
    ];

    /// The label of the value, as column A of the About sheet shows it.
    pub(crate) fn label(self, lang: Lang) -> String {
        match self {
            IdentityField::Jurisdiction => tr!(lang, "workbook-id-jurisdiction"),
            IdentityField::Year => tr!(lang, "workbook-id-year"),
            IdentityField::FrameworkSet => tr!(lang, "workbook-id-set"),
            IdentityField::FrameworkVersion => tr!(lang, "workbook-id-version"),
            IdentityField::Fingerprint => tr!(lang, "workbook-id-fingerprint"),
        }
    }
}

/// The identity of an assessment as the About sheet shows it. The fingerprint makes sure that a
/// workbook is only read onto the content it was exported from, so an edit made meanwhile is
/// never overwritten.
pub(crate) fn identity(doc: &AssessmentDoc) -> [(IdentityField, String); 5] {
    IdentityField::ALL.map(|field| {
        let value = match field {
            IdentityField::Jurisdiction => doc.jurisdiction.code.clone(),
            IdentityField::Year => doc.year.to_string(),
            IdentityField::FrameworkSet => doc.framework.set.clone(),
            IdentityField::FrameworkVersion => doc.framework.version.to_string(),
            IdentityField::Fingerprint => mgi_model::content_hash(doc),
        };
        (field, value)
    })
}

/// The name of the About sheet in `lang`: the reader looks for it in each language to learn the
/// workbook's.
pub(crate) fn about_sheet(lang: Lang) -> String {
    sheet_name(&tr!(lang, "workbook-sheet-about"))
}

/// The sheets of a workbook of one framework set in one language.
pub(crate) struct Layout<'s> {
    pub lang: Lang,
    /// The first sheet: what the workbook is for and how to fill it in.
    pub about: String,
    /// A sheet per domain of the set, in order.
    pub domains: Vec<(String, &'s Domain)>,
    /// The findings, a row each, after the domain sheets.
    pub findings: String,
    /// The last sheet: the source register.
    pub sources: String,
}

impl<'s> Layout<'s> {
    /// The domain sheets get a short name per domain ("Rights", "Droits"), made acceptable to
    /// Excel and unique in the workbook.
    pub fn new(set: &'s FrameworkSet, lang: Lang) -> Layout<'s> {
        let about = about_sheet(lang);
        let sources = sheet_name(&tr!(lang, "workbook-sheet-sources"));
        let findings = sheet_name(&tr!(lang, "workbook-sheet-findings"));
        let mut taken: Vec<String> = RESERVED_SHEETS
            .iter()
            .copied()
            .chain([about.as_str(), findings.as_str(), sources.as_str()])
            .map(str::to_lowercase)
            .collect();
        let domains = set
            .domains
            .iter()
            .map(|domain| {
                let short = tr!(
                    lang,
                    "workbook-sheet-domain",
                    domain = domain.id.as_str(),
                    number = u32::from(domain.number)
                );
                let name = unique_sheet_name(sheet_name(&short), domain.number, &taken);
                taken.push(name.to_lowercase());
                (name, domain)
            })
            .collect();
        Layout {
            lang,
            about,
            domains,
            findings,
            sources,
        }
    }

    /// Every sheet the reader needs, in workbook order.
    pub fn all_sheets(&self) -> Vec<String> {
        std::iter::once(self.about.clone())
            .chain(self.domains.iter().map(|(name, _)| name.clone()))
            .chain([self.findings.clone(), self.sources.clone()])
            .collect()
    }

    /// The names of the domain sheets, in order: how the Findings sheet names a domain.
    pub fn domain_names(&self) -> Vec<String> {
        self.domains.iter().map(|(name, _)| name.clone()).collect()
    }

    /// The name of the sheet of the domain `id` (the id itself for a domain the set lacks).
    pub fn domain_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.domains
            .iter()
            .find(|(_, domain)| domain.id == id)
            .map_or(id, |(name, _)| name.as_str())
    }

    /// The domain named `text` by its sheet's name or by its id, ignoring case and surrounding
    /// blanks.
    pub fn domain_named(&self, text: &str) -> Option<&'s Domain> {
        let wanted = text.trim().to_lowercase();
        self.domains
            .iter()
            .find(|(name, domain)| name.to_lowercase() == wanted || domain.id == wanted)
            .map(|(_, domain)| *domain)
    }
}

/// `text` as Excel takes a sheet name: without the characters it refuses, not starting or ending
/// with a quote, at most 31 characters.
fn sheet_name(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| !FORBIDDEN_IN_SHEET_NAME.contains(c))
        .collect();
    let name = truncate(kept.trim_matches([' ', '\'']), MAX_SHEET_NAME);
    name.trim_end_matches([' ', '\'']).to_owned()
}

/// `name`, or `name N` (N from the domain number up) when it is taken or empty.
fn unique_sheet_name(name: String, number: u8, taken: &[String]) -> String {
    let free =
        |candidate: &str| !candidate.is_empty() && !taken.contains(&candidate.to_lowercase());
    if free(&name) {
        return name;
    }
    // Distinct numbers give distinct names, so one of these is free.
    (u32::from(number)..)
        .take(taken.len() + 1)
        .map(|n| {
            let suffix = format!(" {n}");
            format!(
                "{}{suffix}",
                truncate(&name, MAX_SHEET_NAME - suffix.len()).trim_end()
            )
            .trim_start()
            .to_owned()
        })
        .find(|candidate| free(candidate))
        .unwrap_or(name)
}

fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

/// A column of a data sheet. The discriminant order of each implementing enum is the column
/// order.
pub(crate) trait Column: Copy + PartialEq + 'static {
    /// Every column, left to right.
    const ALL: &'static [Self];
    fn index(self) -> u16;
    fn header(self, lang: Lang) -> String;
    /// What the column holds, for the About sheet.
    fn help(self, lang: Lang) -> String;
    fn width(self) -> f64;
    /// Whether the analyst fills it in (otherwise it is shown grey and locked).
    fn editable(self) -> bool;
    /// The field of the model the column holds (as named in JSON paths), if any.
    fn field(self) -> Option<&'static str>;
    /// The drop-down list of the column, if it has one.
    fn list(self) -> Option<CodeList>;
    /// The column as named in a cell problem.
    fn named(self) -> SheetColumn;

    /// How many columns there are: the citation columns of a sheet that has them start here.
    fn count() -> u16 {
        Self::ALL.iter().map(|c| c.index() + 1).max().unwrap_or(0)
    }

    /// The column that holds a field of the model.
    fn for_field(field: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.field() == Some(field))
    }
}

/// A column of any kind of data sheet, as a cell problem names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetColumn {
    Question(QuestionColumn),
    Finding(FindingColumn),
    Source(SourceColumn),
    Citation(CitationColumn),
}

impl SheetColumn {
    pub(crate) fn header(self, lang: Lang) -> String {
        match self {
            SheetColumn::Question(column) => column.header(lang),
            SheetColumn::Finding(column) => column.header(lang),
            SheetColumn::Source(column) => column.header(lang),
            SheetColumn::Citation(column) => column.header(lang),
        }
    }
}

/// A column of the citation pairs that follow the columns of a domain sheet and of the Findings
/// sheet, numbered from 1 (see `citation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitationColumn {
    /// The cited source, picked from a drop-down of the source register.
    Source(u16),
    /// Where in the source: an article, a page.
    Pinpoint(u16),
}

impl CitationColumn {
    pub(crate) fn header(self, lang: Lang) -> String {
        match self {
            CitationColumn::Source(number) => {
                tr!(
                    lang,
                    "workbook-col-citation-source",
                    number = u32::from(number)
                )
            }
            CitationColumn::Pinpoint(number) => {
                tr!(lang, "workbook-col-pinpoint", number = u32::from(number))
            }
        }
    }
}

/// The columns of a domain sheet: a row per indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionColumn {
    Indicator,
    Name,
    SubArea,
    Question,
    /// When the answer is present, partial or absent (the indicator's guidance).
    Criteria,
    Answer,
    Narrative,
    Confidence,
    Status,
    Notes,
}

impl Column for QuestionColumn {
    const ALL: &'static [Self] = &[
        Self::Indicator,
        Self::Name,
        Self::SubArea,
        Self::Question,
        Self::Criteria,
        Self::Answer,
        Self::Narrative,
        Self::Confidence,
        Self::Status,
        Self::Notes,
    ];

    fn index(self) -> u16 {
        self as u16
    }

    fn header(self, lang: Lang) -> String {
        match self {
            Self::Indicator => tr!(lang, "workbook-col-indicator"),
            Self::Name => tr!(lang, "workbook-col-name"),
            Self::SubArea => tr!(lang, "workbook-col-subarea"),
            Self::Question => tr!(lang, "workbook-col-question"),
            Self::Criteria => tr!(lang, "workbook-col-criteria"),
            Self::Answer => tr!(lang, "workbook-col-answer"),
            Self::Narrative => tr!(lang, "workbook-col-narrative"),
            Self::Confidence => tr!(lang, "workbook-col-confidence"),
            Self::Status => tr!(lang, "workbook-col-status"),
            Self::Notes => tr!(lang, "workbook-col-notes"),
        }
    }

    fn help(self, lang: Lang) -> String {
        match self {
            Self::Indicator => tr!(lang, "workbook-help-indicator"),
            Self::Name => tr!(lang, "workbook-help-name"),
            Self::SubArea => tr!(lang, "workbook-help-subarea"),
            Self::Question => tr!(lang, "workbook-help-question"),
            Self::Criteria => tr!(lang, "workbook-help-criteria"),
            Self::Answer => tr!(lang, "workbook-help-answer"),
            Self::Narrative => tr!(lang, "workbook-help-narrative"),
            Self::Confidence => tr!(
                lang,
                "workbook-help-confidence",
                choices = CodeList::Confidence.choices(lang)
            ),
            Self::Status => tr!(lang, "workbook-help-status"),
            Self::Notes => tr!(lang, "workbook-help-notes"),
        }
    }

    fn width(self) -> f64 {
        match self {
            Self::Indicator => 30.0,
            Self::Name => 36.0,
            Self::SubArea => 28.0,
            Self::Question => 60.0,
            Self::Criteria => 60.0,
            Self::Answer => 16.0,
            Self::Narrative => 70.0,
            Self::Confidence => 12.0,
            Self::Status => 14.0,
            Self::Notes => 40.0,
        }
    }

    fn editable(self) -> bool {
        !matches!(
            self,
            Self::Indicator | Self::Name | Self::SubArea | Self::Question | Self::Criteria
        )
    }

    fn field(self) -> Option<&'static str> {
        match self {
            Self::Indicator => Some("indicator"),
            Self::Name | Self::SubArea | Self::Question | Self::Criteria => None,
            Self::Answer => Some("value"),
            Self::Narrative => Some("narrative"),
            Self::Confidence => Some("confidence"),
            Self::Status => Some("status"),
            Self::Notes => Some("notes"),
        }
    }

    fn list(self) -> Option<CodeList> {
        match self {
            Self::Answer => Some(CodeList::Answer),
            Self::Confidence => Some(CodeList::Confidence),
            Self::Status => Some(CodeList::Status),
            _ => None,
        }
    }

    fn named(self) -> SheetColumn {
        SheetColumn::Question(self)
    }
}

/// The columns of the Findings sheet: a row per finding. The key and the version are written
/// by the export and locked; the domain of a stored finding is locked too (it cannot change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingColumn {
    Key,
    Domain,
    Kind,
    Text,
    Indicators,
    Footnotes,
    Version,
}

impl Column for FindingColumn {
    const ALL: &'static [Self] = &[
        Self::Key,
        Self::Domain,
        Self::Kind,
        Self::Text,
        Self::Indicators,
        Self::Footnotes,
        Self::Version,
    ];

    fn index(self) -> u16 {
        self as u16
    }

    fn header(self, lang: Lang) -> String {
        match self {
            Self::Key => tr!(lang, "workbook-col-key"),
            Self::Domain => tr!(lang, "workbook-col-domain"),
            Self::Kind => tr!(lang, "workbook-col-finding-kind"),
            Self::Text => tr!(lang, "workbook-col-text"),
            Self::Indicators => tr!(lang, "workbook-col-indicators"),
            Self::Footnotes => tr!(lang, "workbook-col-footnotes"),
            Self::Version => tr!(lang, "workbook-col-version"),
        }
    }

    fn help(self, lang: Lang) -> String {
        match self {
            Self::Key => tr!(lang, "workbook-help-finding-key"),
            Self::Domain => tr!(lang, "workbook-help-domain"),
            Self::Kind => tr!(
                lang,
                "workbook-help-finding-kind",
                choices = CodeList::FindingKind.choices(lang)
            ),
            Self::Text => tr!(lang, "workbook-help-text"),
            Self::Indicators => tr!(lang, "workbook-help-indicators"),
            Self::Footnotes => tr!(lang, "workbook-help-footnotes"),
            Self::Version => tr!(lang, "workbook-help-version"),
        }
    }

    fn width(self) -> f64 {
        match self {
            Self::Key => 24.0,
            Self::Domain => 18.0,
            Self::Kind => 22.0,
            Self::Text => 80.0,
            Self::Indicators => 30.0,
            Self::Footnotes => 50.0,
            Self::Version => 10.0,
        }
    }

    fn editable(self) -> bool {
        !matches!(self, Self::Key | Self::Version)
    }

    fn field(self) -> Option<&'static str> {
        match self {
            Self::Key => Some("key"),
            Self::Domain => Some("domain"),
            Self::Kind => Some("kind"),
            Self::Text => Some("text"),
            Self::Indicators => Some("indicators"),
            Self::Footnotes => Some("footnotes"),
            Self::Version => None,
        }
    }

    fn list(self) -> Option<CodeList> {
        match self {
            Self::Kind => Some(CodeList::FindingKind),
            _ => None,
        }
    }

    fn named(self) -> SheetColumn {
        SheetColumn::Finding(self)
    }
}

/// The columns of the Sources sheet: a row per source of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceColumn {
    Key,
    Issuer,
    Title,
    Year,
    Kind,
    Amended,
    Url,
    Online,
    Language,
    Note,
}

impl Column for SourceColumn {
    const ALL: &'static [Self] = &[
        Self::Key,
        Self::Issuer,
        Self::Title,
        Self::Year,
        Self::Kind,
        Self::Amended,
        Self::Url,
        Self::Online,
        Self::Language,
        Self::Note,
    ];

    fn index(self) -> u16 {
        self as u16
    }

    fn header(self, lang: Lang) -> String {
        match self {
            Self::Key => tr!(lang, "workbook-col-key"),
            Self::Issuer => tr!(lang, "workbook-col-issuer"),
            Self::Title => tr!(lang, "workbook-col-title"),
            Self::Year => tr!(lang, "workbook-col-year"),
            Self::Kind => tr!(lang, "workbook-col-kind"),
            Self::Amended => tr!(lang, "workbook-col-amended"),
            Self::Url => tr!(lang, "workbook-col-url"),
            Self::Online => tr!(lang, "workbook-col-online"),
            Self::Language => tr!(lang, "workbook-col-language"),
            Self::Note => tr!(lang, "workbook-col-note"),
        }
    }

    fn help(self, lang: Lang) -> String {
        match self {
            Self::Key => tr!(lang, "workbook-help-key"),
            Self::Issuer => tr!(lang, "workbook-help-issuer"),
            Self::Title => tr!(lang, "workbook-help-title"),
            Self::Year => tr!(lang, "workbook-help-year"),
            Self::Kind => tr!(lang, "workbook-help-kind"),
            Self::Amended => tr!(lang, "workbook-help-amended"),
            Self::Url => tr!(lang, "workbook-help-url"),
            Self::Online => tr!(
                lang,
                "workbook-help-online",
                yes = Online::Yes.label(lang),
                no = Online::No.label(lang)
            ),
            Self::Language => tr!(lang, "workbook-help-language"),
            Self::Note => tr!(lang, "workbook-help-note"),
        }
    }

    fn width(self) -> f64 {
        match self {
            Self::Key => 30.0,
            Self::Issuer => 30.0,
            Self::Title => 60.0,
            Self::Year | Self::Online | Self::Language => 10.0,
            Self::Kind => 12.0,
            Self::Amended => 16.0,
            Self::Url => 40.0,
            Self::Note => 40.0,
        }
    }

    fn editable(self) -> bool {
        true
    }

    fn field(self) -> Option<&'static str> {
        Some(match self {
            Self::Key => "key",
            Self::Issuer => "issuer",
            Self::Title => "title",
            Self::Year => "year",
            Self::Kind => "kind",
            Self::Amended => "amended",
            Self::Url => "url",
            Self::Online => "online",
            Self::Language => "language",
            Self::Note => "note",
        })
    }

    fn list(self) -> Option<CodeList> {
        match self {
            Self::Kind => Some(CodeList::SourceKind),
            Self::Online => Some(CodeList::Online),
            _ => None,
        }
    }

    fn named(self) -> SheetColumn {
        SheetColumn::Source(self)
    }
}

/// A drop-down list of the workbook: its values are codes, shown by their labels in the
/// workbook's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeList {
    Answer,
    Confidence,
    Status,
    /// Well developed, or with potential for further development.
    FindingKind,
    SourceKind,
    /// Whether a source is online: yes or no.
    Online,
}

impl CodeList {
    /// Every list, in the order the About sheet explains them.
    pub(crate) const ALL: [CodeList; 6] = [
        CodeList::Answer,
        CodeList::Confidence,
        CodeList::Status,
        CodeList::FindingKind,
        CodeList::SourceKind,
        CodeList::Online,
    ];

    /// The list's name in the messages that select on it.
    fn id(self) -> &'static str {
        match self {
            CodeList::Answer => "answer",
            CodeList::Confidence => "confidence",
            CodeList::Status => "status",
            CodeList::FindingKind => "finding-kind",
            CodeList::SourceKind => "kind",
            CodeList::Online => "online",
        }
    }

    /// What a value of the list is, for messages: "an answer", "a status".
    pub(crate) fn what(self, lang: Lang) -> String {
        tr!(lang, "workbook-list-what", list = self.id())
    }

    /// The list's title on the About sheet.
    pub(crate) fn heading(self, lang: Lang) -> String {
        tr!(lang, "workbook-list-heading", list = self.id())
    }

    /// Each value's label and what it means, in the order of the list.
    pub(crate) fn entries(self, lang: Lang) -> Vec<(String, String)> {
        match self {
            CodeList::Answer => entries::<AnswerValue>(lang),
            CodeList::Confidence => entries::<Confidence>(lang),
            CodeList::Status => entries::<AnswerStatus>(lang),
            CodeList::FindingKind => entries::<FindingKind>(lang),
            CodeList::SourceKind => entries::<SourceKind>(lang),
            CodeList::Online => entries::<Online>(lang),
        }
    }

    /// The labels, in the order of the list: the drop-down.
    pub(crate) fn labels(self, lang: Lang) -> Vec<String> {
        self.entries(lang)
            .into_iter()
            .map(|(label, _)| label)
            .collect()
    }

    /// The labels separated by commas, as messages name the choices.
    pub(crate) fn choices(self, lang: Lang) -> String {
        self.labels(lang).join(", ")
    }
}

fn entries<T: Code>(lang: Lang) -> Vec<(String, String)> {
    T::VALUES
        .iter()
        .map(|v| (v.label(lang), v.meaning(lang)))
        .collect()
}

/// A closed list of codes, as offered in a drop-down.
pub(crate) trait Code: Copy + 'static {
    const VALUES: &'static [Self];
    const LIST: CodeList;
    /// The stable code, as the model and machine-readable formats write it.
    fn code(self) -> &'static str;
    /// The label the drop-down shows in `lang` (no commas: Excel splits its lists at commas):
    /// the value's name, as the web pages and the command line give it ([`Localise`]).
    fn label(self, lang: Lang) -> String;
    /// What the value means, for the About sheet.
    fn meaning(self, lang: Lang) -> String;

    /// The value whose label in `lang` or whose code is `text`, ignoring case and surrounding
    /// blanks.
    fn from_label(text: &str, lang: Lang) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        Self::VALUES
            .iter()
            .copied()
            .find(|v| v.code() == wanted || v.label(lang).to_lowercase() == wanted)
    }
}

impl Code for AnswerValue {
    const VALUES: &'static [Self] = AnswerValue::ALL;
    const LIST: CodeList = CodeList::Answer;
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn label(self, lang: Lang) -> String {
        self.localise(lang)
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-answer-meaning", value = self.code())
    }
}

impl Code for Confidence {
    const VALUES: &'static [Self] = Confidence::ALL;
    const LIST: CodeList = CodeList::Confidence;
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn label(self, lang: Lang) -> String {
        self.localise(lang)
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-confidence-meaning", value = self.code())
    }
}

impl Code for AnswerStatus {
    const VALUES: &'static [Self] = AnswerStatus::ALL;
    const LIST: CodeList = CodeList::Status;
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn label(self, lang: Lang) -> String {
        self.localise(lang)
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-status-meaning", value = self.code())
    }
}

impl Code for FindingKind {
    const VALUES: &'static [Self] = FindingKind::ALL;
    const LIST: CodeList = CodeList::FindingKind;
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn label(self, lang: Lang) -> String {
        self.localise(lang)
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-finding-kind-meaning", value = self.code())
    }
}

impl Code for SourceKind {
    const VALUES: &'static [Self] = SourceKind::ALL;
    const LIST: CodeList = CodeList::SourceKind;
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn label(self, lang: Lang) -> String {
        self.localise(lang)
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-kind-meaning", value = self.code())
    }
}

/// The drop-down of the `online` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Online {
    Yes,
    No,
}

impl Code for Online {
    const VALUES: &'static [Self] = &[Online::Yes, Online::No];
    const LIST: CodeList = CodeList::Online;
    fn code(self) -> &'static str {
        match self {
            Online::Yes => "yes",
            Online::No => "no",
        }
    }
    fn label(self, lang: Lang) -> String {
        tr!(lang, "workbook-online", value = self.code())
    }
    fn meaning(self, lang: Lang) -> String {
        tr!(lang, "workbook-online-meaning", value = self.code())
    }
}

#[cfg(test)]
mod tests {
    use mgi_framework::{Level, Text};

    use super::*;

    fn set(ids: &[&str]) -> FrameworkSet {
        FrameworkSet {
            id: "test".to_owned(),
            version: 1.into(),
            level: Level::National,
            title: Text::english("Test"),
            notice: Text::english("Test"),
            domains: (1..)
                .zip(ids)
                .map(|(number, id)| Domain {
                    id: (*id).to_owned(),
                    number,
                    name: Text::english(id),
                    principle: Text::english(id),
                    subareas: Vec::new(),
                })
                .collect(),
        }
    }

    fn domain_names(set: &FrameworkSet, lang: Lang) -> Vec<String> {
        Layout::new(set, lang)
            .domains
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn sheet_names_are_per_language_and_unique() {
        let set = set(&["safe-migration", "rights", "no-such-domain", "rights"]);
        assert_eq!(
            domain_names(&set, Lang::En),
            ["Safe migration", "Rights", "Domain 3", "Rights 4"]
        );
        assert_eq!(
            domain_names(&set, Lang::Fr),
            ["Migration sûre", "Droits", "Domaine 3", "Droits 4"]
        );
        let spanish = Layout::new(&set, Lang::Es);
        assert_eq!(
            spanish.all_sheets().first().map(String::as_str),
            Some("Acerca de")
        );
        assert_eq!(
            spanish.all_sheets().last().map(String::as_str),
            Some("Fuentes")
        );
    }

    #[test]
    fn sheet_names_are_made_acceptable_to_excel() {
        let long = "A very long domain name beyond Excel's limit";
        assert_eq!(sheet_name(long), "A very long domain name beyond");
        assert_eq!(sheet_name("'What?/[x]'"), "Whatx");
        let taken = vec![
            "about".to_owned(),
            "rights".to_owned(),
            sheet_name(long).to_lowercase(),
        ];
        assert_eq!(
            unique_sheet_name("Rights".to_owned(), 2, &taken),
            "Rights 2"
        );
        assert_eq!(unique_sheet_name(String::new(), 7, &taken), "7");
        assert_eq!(
            unique_sheet_name(sheet_name(long), 12, &taken),
            "A very long domain name beyo 12"
        );
        for name in [long, "Rights", ""] {
            let unique = unique_sheet_name(sheet_name(name), 3, &taken);
            assert!(unique.chars().count() <= MAX_SHEET_NAME, "{unique}");
            assert!(!taken.contains(&unique.to_lowercase()), "{unique}");
        }
    }

    #[test]
    fn labels_of_every_list_can_be_read_back_in_every_language() {
        for lang in Lang::ALL {
            for list in CodeList::ALL {
                let labels = list.labels(lang);
                let mut seen: Vec<String> = Vec::new();
                for label in &labels {
                    let lower = label.to_lowercase();
                    assert!(
                        !label.is_empty() && !label.contains(','),
                        "{lang} {list:?}: {label:?} is empty or has a comma"
                    );
                    assert!(!seen.contains(&lower), "{lang} {list:?}: {label:?} twice");
                    seen.push(lower);
                }
                assert!(
                    labels.join(",").encode_utf16().count() <= 255,
                    "{lang} {list:?}: Excel's lists hold 255 characters"
                );
            }
            assert_labels_map_back::<AnswerValue>(lang);
            assert_labels_map_back::<Confidence>(lang);
            assert_labels_map_back::<AnswerStatus>(lang);
            assert_labels_map_back::<FindingKind>(lang);
            assert_labels_map_back::<SourceKind>(lang);
            assert_labels_map_back::<Online>(lang);
        }
    }

    /// Each label and each code gives its own value back, also in capitals.
    fn assert_labels_map_back<T: Code + PartialEq + std::fmt::Debug>(lang: Lang) {
        for &value in T::VALUES {
            for text in [value.label(lang), value.code().to_uppercase()] {
                assert_eq!(T::from_label(&text, lang), Some(value), "{lang}: {text:?}");
            }
        }
        assert_eq!(T::from_label("no such value", lang), None);
    }

    #[test]
    fn french_and_spanish_labels_are_not_the_codes() {
        for lang in [Lang::Fr, Lang::Es] {
            assert_ne!(AnswerValue::NotApplicable.label(lang), "not-applicable");
            assert_ne!(QuestionColumn::Answer.header(lang), "Answer");
        }
        assert_eq!(AnswerValue::NotApplicable.label(Lang::Fr), "sans objet");
        // The drop-down names a value as the pages do; its code is still read back.
        assert_eq!(AnswerValue::NotApplicable.label(Lang::En), "not applicable");
        assert_eq!(
            AnswerValue::from_label("not-applicable", Lang::En),
            Some(AnswerValue::NotApplicable)
        );
    }
}
