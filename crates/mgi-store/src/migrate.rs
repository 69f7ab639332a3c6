//! A round moved, in place, to a newer version of its framework set through the crosswalks
//! ([`mgi_model::rounds::migrate`]). Only what the new version changes is written: the records
//! it drops are deleted, those it adds or feeds from several old ones are written by the
//! editors' own writers, findings whose indicators change are saved on top of their versions,
//! and the whole is one transaction, refused once the round's content is closed (validated,
//! published) and audited as a change of the round's framework version.

use mgi_framework::Version;
use mgi_model::audit::{Entity, Field};
use mgi_model::rounds::{CarryReport, migrate};
use mgi_model::{AssessmentDoc, TextRef, validate};

use crate::db::{Conn, Param, params};
use crate::edit::{AnswerEdit, Target};
use crate::evidence::replace_citations;
use crate::export::{find_assessment, read_doc};
use crate::findings::FindingEdit;
use crate::merge::check_editable;
use crate::rows::{AssessmentRow, VersionRow, anchor_parts};
use crate::{Store, StoreError, audit};

impl Store {
    /// Move round `year` of `jurisdiction` to version `to` of its framework set. What the
    /// crosswalks did (answers kept, retired, new indicators left unanswered, merged answers
    /// that disagreed) is returned for the analyst.
    pub async fn migrate_framework(
        &self,
        jurisdiction: &str,
        year: i32,
        to: Version,
        actor: &str,
    ) -> Result<CarryReport, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        check_editable(&a)?;
        let before = read_doc(&mut c, a.clone()).await?;
        let (after, report) = migrate(&before, &self.framework, to)
            .map_err(|e| StoreError::invalid("version", e.into()))?;
        let problems = validate(&after, &self.framework);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        c.execute(
            "UPDATE assessments SET framework_version = $1, version = version + 1, updated_at = $2
             WHERE id = $3",
            &params![to.code(), crate::clock::stamp(crate::clock::now()), a.id],
        )
        .await?;
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Assessment,
            "",
            Field::Framework,
            Some(a.set_name()),
            Some(
                mgi_framework::SetKey {
                    set: a.framework_set.clone(),
                    version: to,
                }
                .to_string(),
            ),
        )
        .await?;
        // Re-read: the writers below check records against the version now in force.
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        self.write_answers(&mut c, &t, &a, &before, &after).await?;
        self.write_findings(&mut c, &t, &a, &before, &after).await?;
        write_the_rest(&mut c, &a, &before, &after).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Answers the new version drops are deleted with their evidence and translations; those
    /// it adds, or feeds from several old ones, are written on top of what is stored.
    async fn write_answers(
        &self,
        c: &mut Conn<'_>,
        t: &Target<'_>,
        a: &AssessmentRow,
        before: &AssessmentDoc,
        after: &AssessmentDoc,
    ) -> Result<(), StoreError> {
        for old in &before.answers {
            if after.answer(&old.indicator).is_some() {
                continue;
            }
            replace_citations(c, a.id, "answer", &old.indicator, &[]).await?;
            let target = TextRef::Answer(old.indicator.clone()).to_string();
            c.execute(
                "DELETE FROM translations WHERE assessment_id = $1 AND target = $2",
                &params![a.id, target.as_str()],
            )
            .await?;
            c.execute(
                "DELETE FROM answers WHERE assessment_id = $1 AND indicator = $2",
                &params![a.id, &old.indicator],
            )
            .await?;
            t.audit_changes(
                c,
                Entity::Answer,
                &old.indicator,
                &[(Field::Value, old.value.as_str().to_owned(), String::new())],
            )
            .await?;
        }
        for new in &after.answers {
            if before.answer(&new.indicator) == Some(new) {
                continue;
            }
            let version: Option<VersionRow> = c
                .fetch_optional(
                    "SELECT version FROM answers WHERE assessment_id = $1 AND indicator = $2",
                    &params![a.id, &new.indicator],
                )
                .await?;
            self.write_answer(
                c,
                t,
                a,
                &new.indicator,
                &AnswerEdit::of(new),
                version.map_or(0, |v| v.version),
            )
            .await?;
        }
        Ok(())
    }

    /// Findings whose indicators change are saved on top of their versions; a finding of a
    /// domain the new version no longer has is deleted (its text stays in the audit log).
    async fn write_findings(
        &self,
        c: &mut Conn<'_>,
        t: &Target<'_>,
        a: &AssessmentRow,
        before: &AssessmentDoc,
        after: &AssessmentDoc,
    ) -> Result<(), StoreError> {
        for old in &before.findings {
            let version: Option<VersionRow> = c
                .fetch_optional(
                    "SELECT version FROM findings WHERE assessment_id = $1 AND key = $2",
                    &params![a.id, &old.key],
                )
                .await?;
            let version = version.map_or(0, |v| v.version);
            match after.finding(&old.key) {
                Some(new) if new == old => {}
                Some(new) => {
                    self.write_finding(c, t, a, &old.key, &FindingEdit::of(new), version)
                        .await?;
                }
                None => {
                    replace_citations(c, a.id, "finding", &old.key, &[]).await?;
                    c.execute(
                        "DELETE FROM findings WHERE assessment_id = $1 AND key = $2",
                        &params![a.id, &old.key],
                    )
                    .await?;
                    let text = (Field::Text, old.text.clone(), String::new());
                    t.audit_changes(c, Entity::Finding, &old.key, &[text])
                        .await?;
                }
            }
        }
        Ok(())
    }
}

/// Conventions, summaries, translations and comments as the new version has them: those it
/// drops deleted, conventions moved to their new indicators, comments anchored anew.
async fn write_the_rest(
    c: &mut Conn<'_>,
    a: &AssessmentRow,
    before: &AssessmentDoc,
    after: &AssessmentDoc,
) -> Result<(), StoreError> {
    let gone = |kept: bool, sql: &'static str, key: Vec<Param>| (!kept).then_some((sql, key));
    let deletions = before
        .conventions
        .iter()
        .filter_map(|v| {
            gone(
                after.conventions.contains(v),
                "DELETE FROM conventions WHERE assessment_id = $1 AND indicator = $2",
                vec![a.id.into(), v.indicator.as_str().into()],
            )
        })
        .chain(before.summaries.iter().filter_map(|s| {
            gone(
                after.summaries.contains(s),
                "DELETE FROM summaries WHERE assessment_id = $1 AND domain = $2",
                vec![a.id.into(), s.domain.as_str().into()],
            )
        }))
        .chain(before.translations.iter().filter_map(|t| {
            gone(
                after.translations.contains(t),
                "DELETE FROM translations WHERE assessment_id = $1 AND target = $2 AND lang = $3",
                vec![
                    a.id.into(),
                    t.target.as_str().into(),
                    t.lang.as_str().into(),
                ],
            )
        }))
        .collect::<Vec<_>>();
    for (sql, key) in deletions {
        c.execute(sql, &key).await?;
    }
    for new in &after.conventions {
        if !before.conventions.contains(new) {
            c.execute(
                "INSERT INTO conventions (assessment_id, indicator, position, name, ratified, year)
                 VALUES ($1, $2, (SELECT COUNT(*) FROM conventions WHERE assessment_id = $1), $3, $4, $5)",
                &params![a.id, &new.indicator, &new.name, new.ratified, new.year],
            )
            .await?;
        }
    }
    crate::priorities::replace(c, a.id, &before.priorities, &after.priorities).await?;
    for (old, new) in before.comments.iter().zip(&after.comments) {
        if old.anchor != new.anchor {
            let (kind, reference) = anchor_parts(&new.anchor);
            c.execute(
                "UPDATE comments SET anchor_kind = $1, anchor_ref = $2
                 WHERE assessment_id = $3 AND key = $4",
                &params![kind, reference, a.id, &new.key],
            )
            .await?;
        }
    }
    Ok(())
}
