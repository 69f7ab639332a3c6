use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where an assessment stands in the MGI process.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Launched,
    DataCollection,
    DraftShared,
    Consultation,
    Validated,
    Published,
    /// A published assessment being corrected; the published revision stays public meanwhile.
    Correction,
}

/// A stage change the workflow does not allow. `Display` is English (logs, the API); the
/// interfaces name the stages in their language from the fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransitionError {
    pub from: Stage,
    pub to: Stage,
}

impl TransitionError {
    /// The stages the assessment may move to instead.
    pub fn allowed(&self) -> &'static [Stage] {
        self.from.next()
    }
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let allowed: Vec<&str> = self.allowed().iter().map(|s| s.as_str()).collect();
        write!(
            f,
            "an assessment cannot move from {from} to {to}; from {from} it may move to: {}",
            allowed.join(", "),
            from = self.from,
            to = self.to
        )
    }
}

impl std::error::Error for TransitionError {}

impl Stage {
    /// The stages in which the draft is shared with the government and consultation
    /// participants (draft shared, consultation): when share links may be made and admit.
    pub fn is_shared(self) -> bool {
        matches!(self, Stage::DraftShared | Stage::Consultation)
    }

    /// Whether the content may be changed (by the team) at this stage: not once the government
    /// has validated it, nor while it is published (a correction reopens it).
    pub fn allows_edits(self) -> bool {
        !matches!(self, Stage::Validated | Stage::Published)
    }

    pub const ALL: [Stage; 7] = [
        Stage::Launched,
        Stage::DataCollection,
        Stage::DraftShared,
        Stage::Consultation,
        Stage::Validated,
        Stage::Published,
        Stage::Correction,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Launched => "launched",
            Stage::DataCollection => "data-collection",
            Stage::DraftShared => "draft-shared",
            Stage::Consultation => "consultation",
            Stage::Validated => "validated",
            Stage::Published => "published",
            Stage::Correction => "correction",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The stages this one may move to. Forward one step, back to data collection from the
    /// draft and consultation stages (a draft sent back for rework), and corrections after
    /// publication.
    pub fn next(self) -> &'static [Stage] {
        match self {
            Stage::Launched => &[Stage::DataCollection],
            Stage::DataCollection => &[Stage::DraftShared],
            Stage::DraftShared => &[Stage::Consultation, Stage::DataCollection],
            Stage::Consultation => &[Stage::Validated, Stage::DataCollection],
            Stage::Validated => &[Stage::Published, Stage::Consultation],
            Stage::Published => &[Stage::Correction],
            Stage::Correction => &[Stage::Published],
        }
    }

    pub fn check_transition(self, to: Stage) -> Result<(), TransitionError> {
        if self.next().contains(&to) {
            Ok(())
        } else {
            Err(TransitionError { from: self, to })
        }
    }

    /// Whether the public may see this assessment (a correction keeps the last publication).
    pub fn is_public(self) -> bool {
        matches!(self, Stage::Published | Stage::Correction)
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_steps_are_allowed_and_skips_are_not() {
        assert!(
            Stage::Launched
                .check_transition(Stage::DataCollection)
                .is_ok()
        );
        assert!(Stage::Validated.check_transition(Stage::Published).is_ok());
        let err = Stage::DataCollection
            .check_transition(Stage::Published)
            .expect_err("cannot skip consultation and validation");
        assert_eq!(
            err.to_string(),
            "an assessment cannot move from data-collection to published; from data-collection it may move to: draft-shared"
        );
    }

    #[test]
    fn corrections_go_back_to_published() {
        assert!(Stage::Published.check_transition(Stage::Correction).is_ok());
        assert!(Stage::Correction.check_transition(Stage::Published).is_ok());
        assert!(
            Stage::Published
                .check_transition(Stage::DataCollection)
                .is_err()
        );
    }

    #[test]
    fn names_round_trip() {
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
            let json = serde_json::to_string(&s).expect("serialize");
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        assert_eq!(Stage::parse("done"), None);
    }
}
