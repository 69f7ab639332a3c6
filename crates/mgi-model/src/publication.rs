//! What the public reads of an assessment, and the fingerprint a government approves.

use sha2::{Digest, Sha256};

use crate::{AssessmentDoc, Stage};

/// The assessment as the public may read it: no private research notes, no comments.
pub fn public_view(mut doc: AssessmentDoc) -> AssessmentDoc {
    for a in &mut doc.answers {
        a.notes.clear();
    }
    doc.comments.clear();
    // Priorities are the government's to publish, by a consent not yet recorded: none is public.
    doc.priorities.clear();
    doc
}

/// The fingerprint of the content a reader sees: SHA-256 (hex) of the public view, with the stage
/// left out (moving an approved draft to publication does not change what was approved). An
/// approval records it; a later change of any published text changes it and makes the approval
/// stale.
pub fn content_hash(doc: &AssessmentDoc) -> String {
    let mut view = public_view(doc.clone());
    view.stage = Stage::Launched;
    let json = serde_json::to_vec(&view).unwrap_or_default();
    let digest = Sha256::digest(&json);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Answer, AnswerStatus, AnswerValue, FrameworkRef, Jurisdiction, JurisdictionKind};

    fn doc() -> AssessmentDoc {
        let j = Jurisdiction::with_m49("MNG", JurisdictionKind::Country, None);
        let mut d = AssessmentDoc::new(
            j,
            2023,
            FrameworkRef {
                set: "mgi-national".into(),
                version: 1.into(),
            },
        );
        d.answers.push(Answer {
            indicator: "1.1.1".into(),
            value: AnswerValue::Present,
            narrative: "The Constitution guarantees it.".into(),
            status: AnswerStatus::Reviewed,
            confidence: None,
            notes: "call the ministry".into(),
            citations: Vec::new(),
        });
        d
    }

    #[test]
    fn notes_and_stage_do_not_change_the_hash_but_narratives_do() {
        let base = doc();
        let h = content_hash(&base);
        assert_eq!(h.len(), 64);
        let mut notes = base.clone();
        notes.answers[0].notes = "other private note".into();
        notes.stage = Stage::Validated;
        assert_eq!(content_hash(&notes), h);
        let mut text = base.clone();
        text.answers[0].narrative.push_str(" Since 1992.");
        assert_ne!(content_hash(&text), h);
    }

    #[test]
    fn the_public_view_drops_notes_and_comments() {
        let v = public_view(doc());
        assert!(v.answers[0].notes.is_empty());
        assert_eq!(v.answers[0].narrative, "The Constitution guarantees it.");
    }
}
