//! The names people read for the model's values, in each language ([`Localise`]): one place
//! for the web pages, the command line, the workbook and the store's messages.

use mgi_i18n::{Lang, Localise, tr};

use crate::access::Role;
use crate::diff::Change;
use crate::{
    AnswerStatus, AnswerValue, CommentState, Confidence, FindingKind, Sex, SourceKind, Stage,
    TextStatus, Visibility,
};

impl Localise for Stage {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-stage", stage = self.as_str())
    }
}

impl Localise for AnswerStatus {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-status", status = self.as_str())
    }
}

impl Localise for crate::progress::TaskStatus {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "tasks-status", status = self.as_str())
    }
}

impl Localise for Confidence {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-confidence", confidence = self.as_str())
    }
}

impl Localise for SourceKind {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-source-kind", kind = self.as_str())
    }
}

impl Localise for Sex {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-sex", sex = self.as_str())
    }
}

impl Localise for CommentState {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-comment-state", state = self.as_str())
    }
}

impl Localise for Visibility {
    fn localise(&self, lang: Lang) -> String {
        match self {
            Visibility::Government => tr!(lang, "work-visibility-government"),
            Visibility::Internal => tr!(lang, "work-visibility-internal"),
        }
    }
}

impl Localise for TextStatus {
    fn localise(&self, lang: Lang) -> String {
        tr!(lang, "work-translations-status", status = self.as_str())
    }
}

impl Localise for Role {
    fn localise(&self, lang: Lang) -> String {
        match self {
            Role::Admin => tr!(lang, "web-role-admin"),
            Role::Analyst => tr!(lang, "web-role-analyst"),
            Role::Reviewer => tr!(lang, "web-role-reviewer"),
            Role::FocalPoint => tr!(lang, "web-role-focal-point"),
            Role::Commenter => tr!(lang, "web-role-commenter"),
        }
    }
}

impl Localise for AnswerValue {
    fn localise(&self, lang: Lang) -> String {
        match self {
            AnswerValue::Present => tr!(lang, "portal-value-present"),
            AnswerValue::Partial => tr!(lang, "portal-value-partial"),
            AnswerValue::Absent => tr!(lang, "portal-value-absent"),
            AnswerValue::NotApplicable => tr!(lang, "portal-value-not-applicable"),
            AnswerValue::Unknown => tr!(lang, "portal-value-unknown"),
        }
    }
}

impl Localise for FindingKind {
    fn localise(&self, lang: Lang) -> String {
        match self {
            FindingKind::WellDeveloped => tr!(lang, "portal-kind-well-developed"),
            FindingKind::Potential => tr!(lang, "portal-kind-potential"),
        }
    }
}

impl Localise for Change {
    fn localise(&self, lang: Lang) -> String {
        match self {
            Change::New => tr!(lang, "portal-change-new"),
            Change::Strengthened => tr!(lang, "portal-change-strengthened"),
            Change::Unchanged => tr!(lang, "portal-change-unchanged"),
            Change::Weakened => tr!(lang, "portal-change-weakened"),
            Change::Retired => tr!(lang, "portal-change-retired"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value has a name of its own in every language: no `[key]` of a missing message,
    /// no two values of one type named alike.
    fn all_named<T: Localise>(values: &[T]) {
        for lang in Lang::ALL {
            let names: Vec<String> = values.iter().map(|v| v.localise(lang)).collect();
            for name in &names {
                assert!(!name.is_empty() && !name.starts_with('['), "{lang}: {name}");
            }
            let mut unique = names.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{lang}: {names:?}");
        }
    }

    #[test]
    fn every_value_has_its_own_name_in_every_language() {
        all_named(&Stage::ALL);
        all_named(AnswerStatus::ALL);
        all_named(Confidence::ALL);
        all_named(SourceKind::ALL);
        all_named(Sex::ALL);
        all_named(CommentState::ALL);
        all_named(&Role::ALL);
        all_named(Visibility::ALL);
        all_named(FindingKind::ALL);
        all_named(AnswerValue::ALL);
        all_named(&Change::ALL);
        all_named(&TextStatus::ALL);
        all_named(&crate::progress::TaskStatus::ALL);
    }

    #[test]
    fn stages_are_named_in_each_language() {
        assert_eq!(Stage::DraftShared.localise(Lang::En), "draft shared");
        assert_ne!(
            Stage::DraftShared.localise(Lang::Fr),
            Stage::DraftShared.localise(Lang::En)
        );
        assert_eq!(
            Role::FocalPoint.localise(Lang::En),
            "Government focal point"
        );
    }
}
