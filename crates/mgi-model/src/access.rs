//! Who may do what. One function, [`Principal::can`], answers for every route of the web
//! application and every write of the API; the server asks it before it reads or writes, and
//! anything a principal may not [`Action::Read`] is answered as if it did not exist.

use serde::{Deserialize, Serialize};

use crate::Stage;

/// The roles of the MGI process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Runs the instance: accounts, publication.
    Admin,
    /// Researches and writes assessments.
    Analyst,
    /// Reviews drafts inside the team: comments, never edits.
    Reviewer,
    /// The government's counterpart for its jurisdictions: reads, comments, approves.
    FocalPoint,
    /// A consultation participant on one assessment: reads the shared draft and comments.
    Commenter,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Analyst,
        Role::Reviewer,
        Role::FocalPoint,
        Role::Commenter,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
            Role::Reviewer => "reviewer",
            Role::FocalPoint => "focal-point",
            Role::Commenter => "commenter",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// How the interface names the role.
    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Analyst => "Analyst",
            Role::Reviewer => "Reviewer",
            Role::FocalPoint => "Government focal point",
            Role::Commenter => "Consultation participant",
        }
    }

    /// Members of the assessment team see internal comments and the audit log.
    pub fn is_team(self) -> bool {
        matches!(self, Role::Admin | Role::Analyst | Role::Reviewer)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A signed-in user as the access rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub username: String,
    pub role: Role,
    /// The jurisdictions a focal point answers for (empty for other roles).
    pub jurisdictions: Vec<String>,
    /// The one assessment a commenter was invited to, as (jurisdiction, year).
    pub assessment: Option<(String, i32)>,
}

/// An assessment as the access rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject<'a> {
    pub jurisdiction: &'a str,
    pub year: i32,
    pub stage: Stage,
}

/// What a principal may try on an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the working draft (the workspace, the draft profile, its comments).
    Read,
    /// Change answers, findings, summaries, sources, context.
    Edit,
    /// Write a comment.
    Comment,
    /// Read comments marked internal.
    ReadInternal,
    /// Accept, decline or resolve comments.
    Moderate,
    /// Create links that invite participants to comment.
    Share,
    /// Approve the content as read (government validation).
    Approve,
    /// Move the assessment from its stage to another.
    Move(Stage),
    /// Read the audit log.
    ReadAudit,
    /// Start the next round of the jurisdiction from this assessment.
    StartRound,
    /// Annotate the change log between this round and another.
    Annotate,
}

impl Principal {
    fn owns(&self, s: &Subject<'_>) -> bool {
        match self.role {
            Role::Admin | Role::Analyst | Role::Reviewer => true,
            Role::FocalPoint => self.jurisdictions.iter().any(|j| j == s.jurisdiction),
            Role::Commenter => self
                .assessment
                .as_ref()
                .is_some_and(|(j, y)| j == s.jurisdiction && *y == s.year),
        }
    }

    /// Whether this principal may do `action` on the assessment `s`.
    pub fn can(&self, action: Action, s: &Subject<'_>) -> bool {
        if !self.owns(s) {
            return false;
        }
        let shared = s.stage.is_shared();
        match (self.role, action) {
            // A commenter exists for the shared draft only.
            (Role::Commenter, Action::Read | Action::Comment) => shared,
            (Role::Commenter, _) => false,
            (_, Action::Read) => true,
            (Role::Admin | Role::Analyst, Action::Edit) => s.stage.allows_edits(),
            (_, Action::Edit) => false,
            (_, Action::Comment) => s.stage != Stage::Published,
            (role, Action::ReadInternal | Action::ReadAudit) => role.is_team(),
            (Role::Admin | Role::Analyst, Action::Moderate | Action::Share) => true,
            (_, Action::Moderate | Action::Share) => false,
            (Role::Admin | Role::Analyst, Action::StartRound | Action::Annotate) => true,
            (_, Action::StartRound | Action::Annotate) => false,
            (Role::FocalPoint, Action::Approve) => matches!(
                s.stage,
                Stage::Consultation | Stage::Validated | Stage::Correction
            ),
            (_, Action::Approve) => false,
            (role, Action::Move(to)) => s.stage.next().contains(&to) && may_move(role, s.stage, to),
        }
    }
}

/// The roles that may move an assessment from `from` to `to` (none when the workflow does not
/// allow the move): what [`Principal::can`] answers for [`Action::Move`], for those who own the
/// assessment.
pub fn movers(from: Stage, to: Stage) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|&r| r != Role::Commenter && from.next().contains(&to) && may_move(r, from, to))
        .collect()
}

/// Who moves which stage. Validation happens by approval (a focal point's), publication by an
/// administrator; the team moves the rest.
fn may_move(role: Role, from: Stage, to: Stage) -> bool {
    match (from, to) {
        (Stage::Consultation, Stage::Validated) => role == Role::FocalPoint,
        (_, Stage::Published) => role == Role::Admin,
        _ => matches!(role, Role::Admin | Role::Analyst),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(role: Role) -> Principal {
        Principal {
            username: role.as_str().into(),
            role,
            jurisdictions: vec!["MNG".into()],
            assessment: Some(("MNG".into(), 2023)),
        }
    }

    fn subject(jurisdiction: &str, stage: Stage) -> Subject<'_> {
        Subject {
            jurisdiction,
            year: 2023,
            stage,
        }
    }

    #[test]
    fn focal_points_see_their_own_jurisdiction_only() {
        let fp = principal(Role::FocalPoint);
        assert!(fp.can(Action::Read, &subject("MNG", Stage::DataCollection)));
        assert!(!fp.can(Action::Read, &subject("KAZ", Stage::DataCollection)));
        assert!(!fp.can(Action::Edit, &subject("MNG", Stage::DataCollection)));
        assert!(fp.can(Action::Approve, &subject("MNG", Stage::Consultation)));
        assert!(!fp.can(Action::Approve, &subject("MNG", Stage::DataCollection)));
        assert!(!fp.can(Action::ReadInternal, &subject("MNG", Stage::Consultation)));
    }

    #[test]
    fn commenters_see_the_shared_draft_and_nothing_else() {
        let c = principal(Role::Commenter);
        assert!(c.can(Action::Read, &subject("MNG", Stage::Consultation)));
        assert!(c.can(Action::Comment, &subject("MNG", Stage::DraftShared)));
        assert!(!c.can(Action::Read, &subject("MNG", Stage::DataCollection)));
        assert!(!c.can(Action::Read, &subject("MNG", Stage::Validated)));
        let mut other_year = subject("MNG", Stage::Consultation);
        other_year.year = 2019;
        assert!(!c.can(Action::Read, &other_year));
        assert!(!c.can(Action::Edit, &subject("MNG", Stage::Consultation)));
    }

    #[test]
    fn stages_move_by_role() {
        let analyst = principal(Role::Analyst);
        let admin = principal(Role::Admin);
        let fp = principal(Role::FocalPoint);
        let draft = subject("MNG", Stage::DataCollection);
        assert!(analyst.can(Action::Move(Stage::DraftShared), &draft));
        assert!(!analyst.can(Action::Move(Stage::Published), &draft));
        assert!(!fp.can(Action::Move(Stage::DraftShared), &draft));
        let consult = subject("MNG", Stage::Consultation);
        assert!(fp.can(Action::Move(Stage::Validated), &consult));
        assert!(!analyst.can(Action::Move(Stage::Validated), &consult));
        let validated = subject("MNG", Stage::Validated);
        assert!(admin.can(Action::Move(Stage::Published), &validated));
        assert!(!analyst.can(Action::Move(Stage::Published), &validated));
        assert!(!principal(Role::Reviewer).can(Action::Move(Stage::DraftShared), &draft));
    }

    #[test]
    fn the_movers_are_those_who_may_move() {
        for from in Stage::ALL {
            for to in Stage::ALL {
                let s = subject("MNG", from);
                let movers = movers(from, to);
                for role in Role::ALL {
                    assert_eq!(
                        movers.contains(&role),
                        principal(role).can(Action::Move(to), &s),
                        "{role} from {from} to {to}"
                    );
                }
            }
        }
        assert_eq!(
            movers(Stage::Consultation, Stage::Validated),
            [Role::FocalPoint]
        );
    }

    #[test]
    fn published_content_is_frozen_until_a_correction() {
        let analyst = principal(Role::Analyst);
        assert!(!analyst.can(Action::Edit, &subject("MNG", Stage::Published)));
        assert!(analyst.can(
            Action::Move(Stage::Correction),
            &subject("MNG", Stage::Published)
        ));
        assert!(analyst.can(Action::Edit, &subject("MNG", Stage::Correction)));
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
