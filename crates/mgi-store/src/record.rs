//! What a store error names: a record of an assessment, an account, a file. Typed, so that each
//! reader writes it in its own language; `Display` is the English used in logs.

use std::fmt;

/// A kind of record inside an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Answer,
    Finding,
    Summary,
    Source,
    Comment,
    /// A context figure, by its position.
    Figure,
    Convention,
    /// A translation, keyed `lang:target`.
    Translation,
    /// The change-log note on an indicator between two rounds, keyed by the indicator.
    Note,
}

impl PartKind {
    /// The kind's code: `answer`, `finding`, …, as messages select on it.
    pub fn code(self) -> &'static str {
        match self {
            PartKind::Answer => "answer",
            PartKind::Finding => "finding",
            PartKind::Summary => "summary",
            PartKind::Source => "source",
            PartKind::Comment => "comment",
            PartKind::Figure => "figure",
            PartKind::Convention => "convention",
            PartKind::Translation => "translation",
            PartKind::Note => "note",
        }
    }
}

/// What a store error is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Assessment {
        jurisdiction: String,
        year: i32,
    },
    /// A record of an assessment, by its key.
    Part {
        kind: PartKind,
        key: String,
        jurisdiction: String,
        year: i32,
    },
    /// The publication of an assessment.
    Publication {
        jurisdiction: String,
        year: i32,
    },
    /// Every published round of a jurisdiction.
    PublishedRounds {
        jurisdiction: String,
    },
    User(String),
    /// A file (a backup's target).
    File(String),
}

impl Record {
    pub fn assessment(jurisdiction: &str, year: i32) -> Record {
        Record::Assessment {
            jurisdiction: jurisdiction.to_owned(),
            year,
        }
    }

    /// Record `key` of kind `kind` in the assessment of `jurisdiction` and `year`.
    pub fn part(kind: PartKind, key: impl Into<String>, jurisdiction: &str, year: i32) -> Record {
        Record::Part {
            kind,
            key: key.into(),
            jurisdiction: jurisdiction.to_owned(),
            year,
        }
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Assessment { jurisdiction, year } => {
                write!(f, "assessment {jurisdiction} {year}")
            }
            Record::PublishedRounds { jurisdiction } => {
                write!(f, "published rounds of {jurisdiction}")
            }
            Record::Publication { jurisdiction, year } => {
                write!(f, "publication of {jurisdiction} {year}")
            }
            Record::Part {
                kind,
                key,
                jurisdiction,
                year,
            } => write!(f, "{} {key} of {jurisdiction} {year}", kind.code()),
            Record::User(name) => write!(f, "user {name}"),
            Record::File(path) => f.write_str(path),
        }
    }
}
