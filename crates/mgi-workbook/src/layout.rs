//! The shape of the questionnaire workbook, defined once for the writer and the reader: sheet
//! names, columns with their headers and drop-down lists, the identity block of the About sheet,
//! the code lists and what each code means, and the limits the reader enforces.

use std::ops::RangeInclusive;

use mgi_framework::{Domain, FrameworkSet};
use mgi_model::{AnswerStatus, AnswerValue, AssessmentDoc, Confidence, SourceKind};

/// The first sheet: what the workbook is for and how to fill it in.
pub(crate) const ABOUT_SHEET: &str = "About";
/// The last sheet: the source register.
pub(crate) const SOURCES_SHEET: &str = "Sources";
/// Names Excel keeps for itself or that this layout already uses (compared case-insensitively).
const RESERVED_SHEETS: [&str; 3] = [ABOUT_SHEET, SOURCES_SHEET, "History"];
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
/// The years a source may carry (issue and amendments).
pub(crate) const YEARS: RangeInclusive<i32> = 1000..=2100;
/// The header row of every data sheet; data starts on the row after it.
pub(crate) const HEADER_ROW: u32 = 0;

/// The drop-down values of the `online` column.
pub(crate) const YES: &str = "yes";
pub(crate) const NO: &str = "no";

/// The About sheet's columns: labels, and the values or texts they introduce.
pub(crate) const ABOUT_LABEL_COL: u16 = 0;
pub(crate) const ABOUT_VALUE_COL: u16 = 1;
/// The About sheet's identity block (see [`identity`]) starts on this row. The reader checks
/// these values against the stored assessment.
pub(crate) const IDENTITY_ROW: u32 = 2;

/// The label of the content fingerprint in the identity block.
pub(crate) const FINGERPRINT: &str = "Content fingerprint";

/// The identity of an assessment as the About sheet shows it: (label, value). The last item is
/// the SHA-256 of the content as exported ([`mgi_model::content_hash`]): a workbook is only read
/// onto the content it was exported from, so an edit made meanwhile is never overwritten.
pub(crate) fn identity(doc: &AssessmentDoc) -> [(&'static str, String); 5] {
    [
        ("Jurisdiction code", doc.jurisdiction.code.clone()),
        ("Round year", doc.year.to_string()),
        ("Framework set", doc.framework.set.clone()),
        ("Framework version", doc.framework.version.to_string()),
        (FINGERPRINT, mgi_model::content_hash(doc)),
    ]
}

/// The sheet of each domain of `set`, in order: a short name from the domain ID ("Rights",
/// "Safe migration"), made acceptable to Excel and unique in the workbook.
pub(crate) fn domain_sheets(set: &FrameworkSet) -> Vec<(String, &Domain)> {
    let mut taken: Vec<String> = RESERVED_SHEETS.iter().map(|s| s.to_lowercase()).collect();
    set.domains
        .iter()
        .map(|domain| {
            let name = unique_sheet_name(short_sheet_name(domain), domain.number, &taken);
            taken.push(name.to_lowercase());
            (name, domain)
        })
        .collect()
}

/// Every sheet the reader needs, in workbook order.
pub(crate) fn all_sheets(set: &FrameworkSet) -> Vec<String> {
    std::iter::once(ABOUT_SHEET.to_owned())
        .chain(domain_sheets(set).into_iter().map(|(name, _)| name))
        .chain(std::iter::once(SOURCES_SHEET.to_owned()))
        .collect()
}

fn short_sheet_name(domain: &Domain) -> String {
    let words: String = domain
        .id
        .chars()
        .filter(|c| !FORBIDDEN_IN_SHEET_NAME.contains(c))
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let mut chars = words.trim_matches([' ', '\'']).chars();
    let name: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => format!("Domain {}", domain.number),
    };
    truncate(&name, MAX_SHEET_NAME)
}

/// `name`, or `name N` (N from the domain number up) when it is taken.
fn unique_sheet_name(name: String, number: u8, taken: &[String]) -> String {
    let free = |candidate: &str| !taken.contains(&candidate.to_lowercase());
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
    fn header(self) -> &'static str;
    /// What the column holds, for the About sheet.
    fn help(self) -> &'static str;
    fn width(self) -> f64;
    /// Whether the analyst fills it in (otherwise it is shown grey and locked).
    fn editable(self) -> bool;
    /// The field of the model the column holds (as named in JSON paths), if any.
    fn field(self) -> Option<&'static str>;
    /// The drop-down values, if the column has a list.
    fn choices(self) -> Option<Vec<&'static str>>;

    /// The column that holds a field of the model.
    fn for_field(field: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.field() == Some(field))
    }
}

/// The columns of a domain sheet: a row per indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuestionColumn {
    Indicator,
    SubArea,
    Question,
    Answer,
    Narrative,
    Sources,
    Confidence,
    Status,
    Notes,
}

impl Column for QuestionColumn {
    const ALL: &'static [Self] = &[
        Self::Indicator,
        Self::SubArea,
        Self::Question,
        Self::Answer,
        Self::Narrative,
        Self::Sources,
        Self::Confidence,
        Self::Status,
        Self::Notes,
    ];

    fn index(self) -> u16 {
        self as u16
    }

    fn header(self) -> &'static str {
        match self {
            Self::Indicator => "Indicator ID",
            Self::SubArea => "Sub-area",
            Self::Question => "Question",
            Self::Answer => "Answer",
            Self::Narrative => "Narrative",
            Self::Sources => "Sources",
            Self::Confidence => "Confidence",
            Self::Status => "Status",
            Self::Notes => "Research notes",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Indicator => "The indicator's ID: the key of the row. Do not change it.",
            Self::SubArea => "The sub-area of the domain (for reading; changes are ignored).",
            Self::Question => "The indicator's question (for reading; changes are ignored).",
            Self::Answer => "One of the answer codes below (drop-down).",
            Self::Narrative => "What the evidence shows, in full sentences (published).",
            Self::Sources => {
                "Citations, one per line: a source key from the Sources sheet, optionally \
                 followed by ':' and a pinpoint (e.g. 'law-migration: Article 9.1'). A ';' \
                 followed by a source key also starts a new citation; any other ';' stays \
                 in the pinpoint."
            }
            Self::Confidence => "How sure the answer is: low, medium or high (or empty).",
            Self::Status => "Where the answer stands (drop-down); empty means draft.",
            Self::Notes => "Private research notes: never published.",
        }
    }

    fn width(self) -> f64 {
        match self {
            Self::Indicator => 30.0,
            Self::SubArea => 28.0,
            Self::Question => 60.0,
            Self::Answer => 16.0,
            Self::Narrative => 70.0,
            Self::Sources => 40.0,
            Self::Confidence => 12.0,
            Self::Status => 14.0,
            Self::Notes => 40.0,
        }
    }

    fn editable(self) -> bool {
        !matches!(self, Self::Indicator | Self::SubArea | Self::Question)
    }

    fn field(self) -> Option<&'static str> {
        match self {
            Self::Indicator => Some("indicator"),
            Self::SubArea | Self::Question => None,
            Self::Answer => Some("value"),
            Self::Narrative => Some("narrative"),
            Self::Sources => Some("citations"),
            Self::Confidence => Some("confidence"),
            Self::Status => Some("status"),
            Self::Notes => Some("notes"),
        }
    }

    fn choices(self) -> Option<Vec<&'static str>> {
        match self {
            Self::Answer => Some(codes::<AnswerValue>()),
            Self::Confidence => Some(codes::<Confidence>()),
            Self::Status => Some(codes::<AnswerStatus>()),
            _ => None,
        }
    }
}

/// The columns of the Sources sheet: a row per source of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceColumn {
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

    fn header(self) -> &'static str {
        match self {
            Self::Key => "Key",
            Self::Issuer => "Issuer",
            Self::Title => "Title",
            Self::Year => "Year",
            Self::Kind => "Kind",
            Self::Amended => "Amended (years)",
            Self::Url => "URL",
            Self::Online => "Online",
            Self::Language => "Language",
            Self::Note => "Note",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Key => {
                "The source's key, cited in the Sources column of the domain sheets: \
                 lower-case letters, digits and '-', unique. A new key is a new source."
            }
            Self::Issuer => "Who issued it (required).",
            Self::Title => "The title (required).",
            Self::Year => "Year of issue; empty when undated.",
            Self::Kind => "One of the source kinds below (drop-down).",
            Self::Amended => {
                "Years of amendments, oldest first, separated by ',' (e.g. 2015, 2021)."
            }
            Self::Url => "Where it can be read online, if anywhere.",
            Self::Online => "yes or no: whether it is available online; empty means yes.",
            Self::Language => "Language code of the source (BCP 47, e.g. mn, en).",
            Self::Note => "What the bibliography adds after the title (place, date, report type).",
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

    fn choices(self) -> Option<Vec<&'static str>> {
        match self {
            Self::Kind => Some(codes::<SourceKind>()),
            Self::Online => Some(vec![YES, NO]),
            _ => None,
        }
    }
}

/// A closed list of codes of the model, as offered in a drop-down.
pub(crate) trait Code: Copy + 'static {
    const VALUES: &'static [Self];
    /// What a value is, for messages: "an answer", "a status".
    const WHAT: &'static str;
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self>;
    /// What the code means, for the About sheet.
    fn meaning(self) -> &'static str;
}

/// The codes of `T`, in the order of its scale.
pub(crate) fn codes<T: Code>() -> Vec<&'static str> {
    T::VALUES.iter().map(|v| v.code()).collect()
}

impl Code for AnswerValue {
    const VALUES: &'static [Self] = AnswerValue::ALL;
    const WHAT: &'static str = "an answer";
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn from_code(code: &str) -> Option<Self> {
        AnswerValue::parse(code)
    }
    fn meaning(self) -> &'static str {
        match self {
            AnswerValue::Present => "What the indicator asks for is in place in law or practice.",
            AnswerValue::Partial => {
                "It is in place only in part: for some groups, in some places, or in law but \
                 not in practice."
            }
            AnswerValue::Absent => "It is not in place.",
            AnswerValue::NotApplicable => "The question does not apply to this jurisdiction.",
            AnswerValue::Unknown => "Researched, but the evidence found does not settle it.",
        }
    }
}

impl Code for Confidence {
    const VALUES: &'static [Self] = Confidence::ALL;
    const WHAT: &'static str = "a confidence";
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn from_code(code: &str) -> Option<Self> {
        Confidence::parse(code)
    }
    fn meaning(self) -> &'static str {
        match self {
            Confidence::Low => "Indirect or dated evidence; the answer may change.",
            Confidence::Medium => "Good evidence with gaps.",
            Confidence::High => "Primary sources settle it (the law, official data).",
        }
    }
}

impl Code for AnswerStatus {
    const VALUES: &'static [Self] = AnswerStatus::ALL;
    const WHAT: &'static str = "a status";
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn from_code(code: &str) -> Option<Self> {
        AnswerStatus::parse(code)
    }
    fn meaning(self) -> &'static str {
        match self {
            AnswerStatus::NotStarted => "Not worked on yet.",
            AnswerStatus::Draft => "Being written.",
            AnswerStatus::Complete => "Written, waiting for review.",
            AnswerStatus::Reviewed => "Checked by a reviewer.",
            AnswerStatus::CarriedOver => "Copied from an earlier round and not yet checked again.",
        }
    }
}

impl Code for SourceKind {
    const VALUES: &'static [Self] = SourceKind::ALL;
    const WHAT: &'static str = "a source kind";
    fn code(self) -> &'static str {
        self.as_str()
    }
    fn from_code(code: &str) -> Option<Self> {
        SourceKind::parse(code)
    }
    fn meaning(self) -> &'static str {
        match self {
            SourceKind::Law => "A law, code or constitution.",
            SourceKind::Regulation => "A decree, resolution, rule or procedure under a law.",
            SourceKind::Policy => "A policy, strategy, plan or programme.",
            SourceKind::Agreement => "A bilateral or multilateral agreement or convention.",
            SourceKind::Report => "A report, study or review.",
            SourceKind::Data => "A statistical table or data set.",
            SourceKind::Web => "A web page.",
            SourceKind::Other => "Anything else.",
        }
    }
}

#[cfg(test)]
mod tests {
    use mgi_framework::{Level, Text};

    use super::*;

    fn set(ids: &[&str]) -> FrameworkSet {
        FrameworkSet {
            id: "test".to_owned(),
            version: 1,
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

    #[test]
    fn sheet_names_are_short_valid_and_unique() {
        let long = "a-very-long-domain-identifier-beyond-excel-limits";
        let set = set(&[
            "safe-migration",
            "sources",
            "what?/[x]",
            long,
            "Rights",
            "rights",
            "'",
        ]);
        let names: Vec<String> = domain_sheets(&set).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            [
                "Safe migration",
                "Sources 2",
                "Whatx",
                "A very long domain identifier b",
                "Rights",
                "Rights 6",
                "Domain 7"
            ]
        );
        assert!(names.iter().all(|n| n.chars().count() <= MAX_SHEET_NAME));
        assert_eq!(
            all_sheets(&set).first().map(String::as_str),
            Some(ABOUT_SHEET)
        );
        assert_eq!(
            all_sheets(&set).last().map(String::as_str),
            Some(SOURCES_SHEET)
        );
    }
}
