//! Applying a questionnaire workbook read back onto a stored assessment: every changed or new
//! source and answer saved in one transaction, and only if the assessment is still exactly the
//! content the workbook was exported from.

use mgi_model::{AssessmentDoc, Stage, content_hash};

use crate::db::params;
use crate::edit::{AnswerEdit, Target};
use crate::evidence::write_source;
use crate::export::{find_assessment, read_doc};
use crate::rows::{VersionRow, decode};
use crate::{Store, StoreError};

/// What applying a workbook changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkbookChanges {
    pub answers: Vec<String>,
    pub sources: Vec<String>,
}

impl Store {
    /// Save the answers and sources of `doc` (a workbook read onto the stored assessment) that
    /// differ from the stored ones. `read_hash` is the content hash of the stored assessment the
    /// workbook was read onto: if anyone saved since, nothing is written
    /// (`StoreError::ContentChanged`). Refused for published and validated rounds.
    pub async fn apply_workbook(
        &self,
        doc: &AssessmentDoc,
        read_hash: &str,
        actor: &str,
    ) -> Result<WorkbookChanges, StoreError> {
        let (jurisdiction, year) = (doc.jurisdiction.code.as_str(), doc.year);
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
        if !stage.allows_edits() {
            return Err(crate::error::Refusal::RoundClosed {
                jurisdiction: jurisdiction.to_owned(),
                year,
                stage,
            }
            .into());
        }
        let stored = read_doc(&mut c, a.clone()).await?;
        if content_hash(&stored) != read_hash {
            return Err(StoreError::ContentChanged(format!(
                "assessment {jurisdiction} {year}"
            )));
        }
        let mut changes = WorkbookChanges::default();
        for s in &doc.sources {
            let before = stored.source(&s.key);
            if before == Some(s) {
                continue;
            }
            let version: Option<VersionRow> = c
                .fetch_optional(
                    "SELECT version FROM sources WHERE assessment_id = $1 AND key = $2",
                    &params![a.id, &s.key],
                )
                .await?;
            write_source(&mut c, &a, s, version.map_or(0, |v| v.version), actor).await?;
            changes.sources.push(s.key.clone());
        }
        let t = Target {
            jurisdiction,
            year,
            actor,
        };
        for answer in &doc.answers {
            if stored.answer(&answer.indicator) == Some(answer) {
                continue;
            }
            let version: Option<VersionRow> = c
                .fetch_optional(
                    "SELECT version FROM answers WHERE assessment_id = $1 AND indicator = $2",
                    &params![a.id, &answer.indicator],
                )
                .await?;
            let edit = AnswerEdit {
                value: answer.value,
                narrative: answer.narrative.clone(),
                status: answer.status,
                confidence: answer.confidence,
                notes: answer.notes.clone(),
                citations: answer.citations.clone(),
            };
            self.write_answer(
                &mut c,
                &t,
                &a,
                &answer.indicator,
                &edit,
                version.map_or(0, |v| v.version),
            )
            .await?;
            changes.answers.push(answer.indicator.clone());
        }
        tx.commit().await?;
        Ok(changes)
    }
}
