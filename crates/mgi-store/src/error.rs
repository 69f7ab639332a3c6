use crate::Record;
use mgi_model::readiness::Gap;
use mgi_model::{DocError, Problem, Stage, TransitionError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found: {0}")]
    NotFound(Record),
    /// A save based on a stale version: nothing was written.
    #[error(
        "conflict: {what} was changed by someone else (you edited version {expected}, it is now at version {current}); nothing was saved"
    )]
    Conflict {
        what: Record,
        expected: i64,
        current: i64,
    },
    #[error("{0} already exists (use replace to overwrite it)")]
    AlreadyExists(Record),
    #[error("{} problem(s):\n{}", .0.len(), .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<DocError>),
    /// The workflow does not allow it now ([`Refusal`] says why).
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// An approval of content that changed after it was read.
    #[error("{0} changed since you read it: read it again before approving")]
    ContentChanged(String),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error("configuration: {0}")]
    Config(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Why the workflow refuses a change, with what the interfaces need to say it in their
/// language. `Display` is English, for logs and the API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// An approval asked at a stage where the government does not approve.
    #[error(
        "assessment {jurisdiction} {year} is at stage {stage}; approval happens in consultation, validation or correction"
    )]
    ApprovalNotNow {
        jurisdiction: String,
        year: i32,
        stage: Stage,
    },
    /// A correction published without the public note that says what changed.
    #[error("a correction is published with a public change note saying what changed")]
    CorrectionWithoutNote,
    /// A publication of content that the latest approval does not cover.
    #[error(
        "assessment {jurisdiction} {year} has no approval of its current content: the focal point must approve it (again) before publication"
    )]
    NotApproved { jurisdiction: String, year: i32 },
    /// A publication while something blocks it (`mgi_model::readiness`), without an
    /// administrator's reason to publish anyway: each blocking gap with how many records it
    /// concerns.
    #[error(
        "assessment {jurisdiction} {year} is not ready for publication: {}; fix them, or publish anyway with a written reason (an override)",
        english(blockers)
    )]
    NotReady {
        jurisdiction: String,
        year: i32,
        blockers: Vec<(Gap, usize)>,
    },
    /// A workbook applied to a round that is no longer in preparation.
    #[error(
        "assessment {jurisdiction} {year} is {stage}: a workbook can only fill a round in preparation"
    )]
    RoundClosed {
        jurisdiction: String,
        year: i32,
        stage: Stage,
    },
    /// A share link asked for while the draft is not shared (links are made in the stages draft
    /// shared and consultation only).
    #[error(
        "assessment {jurisdiction} {year} is at stage {stage}: links for consultation participants are made only while the draft is shared (draft-shared, consultation)"
    )]
    ShareNotNow {
        jurisdiction: String,
        year: i32,
        stage: Stage,
    },
    /// A change of content at a stage that does not allow one (validated, published): see
    /// [`mgi_model::Stage::allows_edits`].
    #[error(
        "assessment {jurisdiction} {year} is at stage {stage}: its content cannot be changed at this stage"
    )]
    EditNotNow {
        jurisdiction: String,
        year: i32,
        stage: Stage,
    },
    /// A share link that has admitted as many participants as a link may.
    #[error("this link has admitted its {max} participants: ask whoever sent it for a new link")]
    LinkFull { max: i64 },
}

/// The gaps in English, for `Display`.
fn english(gaps: &[(Gap, usize)]) -> String {
    gaps.iter()
        .map(|(gap, n)| gap.text(mgi_i18n::Lang::En, *n))
        .collect::<Vec<_>>()
        .join("; ")
}

impl StoreError {
    /// One field that cannot be accepted, named by its path.
    pub(crate) fn invalid(path: &str, problem: Problem) -> StoreError {
        StoreError::Invalid(vec![DocError::new(path, problem)])
    }

    /// `Ok` when the rules of `checks` found nothing, else every problem at once.
    pub(crate) fn rules(checks: mgi_model::rules::Checks) -> Result<(), StoreError> {
        checks.result().map_err(StoreError::Invalid)
    }
}
