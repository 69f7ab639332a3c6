//! Applying a questionnaire workbook read back onto a stored assessment: every changed or new
//! source, answer and finding saved in one transaction, and only if the assessment is still
//! exactly the content the workbook was exported from. A finding is saved on top of the version
//! the workbook was read against.

use std::collections::BTreeMap;

use mgi_model::{AssessmentDoc, Stage, content_hash};

use crate::db::params;
use crate::edit::{AnswerEdit, Target};
use crate::evidence::write_source;
use crate::export::{find_assessment, read_doc};
use crate::findings::FindingEdit;
use crate::rows::{KeyVersion, VersionRow, decode};
use crate::{Store, StoreError};

/// The stored assessment a workbook is written from or read onto: the document and the version
/// of each of its findings (by key), read together in one transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkbookBase {
    pub doc: AssessmentDoc,
    pub finding_versions: BTreeMap<String, i64>,
}

/// What applying a workbook changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkbookChanges {
    pub answers: Vec<String>,
    pub sources: Vec<String>,
    /// The findings saved, then those added, by key.
    pub findings: Vec<String>,
}

impl Store {
    /// The stored assessment with the versions of its findings, for a workbook.
    pub async fn workbook_base(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<WorkbookBase, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let versions: Vec<KeyVersion> = c
            .fetch_all(
                "SELECT key, version FROM findings WHERE assessment_id = $1",
                &params![a.id],
            )
            .await?;
        Ok(WorkbookBase {
            doc: read_doc(&mut c, a).await?,
            finding_versions: versions.into_iter().map(|r| (r.key, r.version)).collect(),
        })
    }

    /// Save the sources, answers and findings of `doc` (a workbook read onto `base`) that differ
    /// from the stored ones. If anyone saved since `base` was read, nothing is written
    /// (`StoreError::ContentChanged`). A finding whose key `base` has is saved on top of its
    /// version there; any other is added to its domain (its key in `doc` is the one it would get,
    /// the store gives it its own). Refused for published and validated rounds.
    pub async fn apply_workbook(
        &self,
        doc: &AssessmentDoc,
        base: &WorkbookBase,
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
        if content_hash(&stored) != content_hash(&base.doc) {
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
            self.write_answer(
                &mut c,
                &t,
                &a,
                &answer.indicator,
                &AnswerEdit::of(answer),
                version.map_or(0, |v| v.version),
            )
            .await?;
            changes.answers.push(answer.indicator.clone());
        }
        let (known, new): (Vec<_>, Vec<_>) = doc
            .findings
            .iter()
            .partition(|f| base.finding_versions.contains_key(&f.key));
        for f in known {
            if stored.finding(&f.key) == Some(f) {
                continue;
            }
            let version = base.finding_versions.get(&f.key).copied().unwrap_or(0);
            self.write_finding(&mut c, &t, &a, &f.key, &FindingEdit::of(f), version)
                .await?;
            changes.findings.push(f.key.clone());
        }
        for f in new {
            let key = self
                .insert_finding(&mut c, &t, &a, &f.domain, &FindingEdit::of(f))
                .await?;
            changes.findings.push(key);
        }
        tx.commit().await?;
        Ok(changes)
    }
}
