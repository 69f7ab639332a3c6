//! Edits of single records. Each save names the version it was based on; a save based on a
//! stale version is refused as a conflict and nothing is written. Every changed field is audited.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{Answer, AnswerStatus, AnswerValue, Citation, Confidence, Problem, Stage};

use crate::db::{Conn, Param, Row, Tx, params};
use crate::evidence::owner_citations;
use crate::export::find_assessment;
use crate::findings::cited;
use crate::rows::{AnswerRow, AssessmentRow, SummaryRow, VersionRow, decode};
use crate::{PartKind, Record, Store, StoreError, audit};

/// A record with the version a later save must quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Versioned<T> {
    pub value: T,
    pub version: i64,
}

/// The editable fields of an answer, with its evidence (citations of the source register).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerEdit {
    pub value: AnswerValue,
    pub narrative: String,
    pub status: AnswerStatus,
    pub confidence: Option<Confidence>,
    pub notes: String,
    pub citations: Vec<Citation>,
}

impl AnswerEdit {
    /// The edit that writes `answer` as it stands.
    pub fn of(answer: &Answer) -> AnswerEdit {
        AnswerEdit {
            value: answer.value,
            narrative: answer.narrative.clone(),
            status: answer.status,
            confidence: answer.confidence,
            notes: answer.notes.clone(),
            citations: answer.citations.clone(),
        }
    }
}

/// Whose, where: the assessment a record belongs to.
pub(crate) struct Target<'a> {
    pub(crate) jurisdiction: &'a str,
    pub(crate) year: i32,
    pub(crate) actor: &'a str,
}

impl Target<'_> {
    /// Audit each field whose value changed.
    pub(crate) async fn audit_changes(
        &self,
        c: &mut Conn<'_>,
        entity: Entity,
        key: &str,
        changes: &[(Field, String, String)],
    ) -> Result<(), StoreError> {
        for (field, old, new) in changes.iter().filter(|(_, o, n)| o != n) {
            audit::record(
                c,
                self.actor,
                self.jurisdiction,
                self.year,
                entity,
                key,
                *field,
                Some(old.clone()),
                Some(new.clone()),
            )
            .await?;
        }
        Ok(())
    }
}

/// After an update matched no row: a conflict when the record exists at another version.
pub(crate) async fn refused(
    c: &mut Conn<'_>,
    select_version: &'static str,
    params: &[Param],
    what: Record,
    expected: i64,
) -> StoreError {
    match c.fetch_optional::<VersionRow>(select_version, params).await {
        Ok(Some(row)) => StoreError::Conflict {
            what,
            expected,
            current: row.version,
        },
        Ok(None) => StoreError::NotFound(what),
        Err(e) => e,
    }
}

const ANSWER_BY_KEY: &str = "SELECT indicator, value, narrative, status, confidence, notes, version
     FROM answers WHERE assessment_id = $1 AND indicator = $2";

/// One record of an assessment by its key (`sql` takes the assessment id and the key), or
/// `NotFound` naming it.
async fn record<T: Row>(
    c: &mut Conn<'_>,
    jurisdiction: &str,
    year: i32,
    sql: &'static str,
    key: &str,
    what: PartKind,
) -> Result<T, StoreError> {
    let a = find_assessment(c, jurisdiction, year).await?;
    c.fetch_optional(sql, &params![a.id, key])
        .await?
        .ok_or_else(|| StoreError::NotFound(Record::part(what, key, jurisdiction, year)))
}

impl Store {
    /// A write transaction on one assessment, for `actor`'s edit.
    pub(crate) async fn edit_on<'a>(
        &self,
        jurisdiction: &'a str,
        year: i32,
        actor: &'a str,
    ) -> Result<(Target<'a>, Tx, AssessmentRow), StoreError> {
        let mut tx = self.db.begin().await?;
        let a = find_assessment(&mut tx.conn(), jurisdiction, year).await?;
        Ok((
            Target {
                jurisdiction,
                year,
                actor,
            },
            tx,
            a,
        ))
    }

    /// The framework set an assessment is pinned to.
    pub(crate) fn set_of(&self, a: &AssessmentRow) -> Option<&mgi_framework::FrameworkSet> {
        self.framework.set(&a.framework_set, a.framework_version)
    }

    /// One answer with its version (citations not included).
    pub async fn answer(
        &self,
        jurisdiction: &str,
        year: i32,
        indicator: &str,
    ) -> Result<Versioned<Answer>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let row: AnswerRow = record(
            &mut c,
            jurisdiction,
            year,
            ANSWER_BY_KEY,
            indicator,
            PartKind::Answer,
        )
        .await?;
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let citations = owner_citations(&mut c, a.id, "answer", indicator).await?;
        let version = row.version;
        Ok(Versioned {
            value: row.into_answer(citations)?,
            version,
        })
    }

    /// Save an answer. `based_on` is the version the editor started from; 0 creates the answer.
    /// Returns the new version.
    pub async fn save_answer(
        &self,
        jurisdiction: &str,
        year: i32,
        indicator: &str,
        edit: &AnswerEdit,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let version = self
            .write_answer(&mut tx.conn(), &t, &a, indicator, edit, based_on)
            .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// [`Store::save_answer`] inside a transaction the caller commits.
    pub(crate) async fn write_answer(
        &self,
        c: &mut Conn<'_>,
        t: &Target<'_>,
        a: &AssessmentRow,
        indicator: &str,
        edit: &AnswerEdit,
        based_on: i64,
    ) -> Result<i64, StoreError> {
        let (jurisdiction, year) = (t.jurisdiction, t.year);
        let mut checks = Checks::new();
        checks.text("narrative", &edit.narrative);
        checks.text("notes", &edit.notes);
        checks.citations("", &edit.citations);
        StoreError::rules(checks)?;
        let in_set = self.set_of(a).is_some_and(|s| s.contains(indicator));
        if !in_set {
            return Err(StoreError::invalid(
                "indicator",
                Problem::UnknownIndicator {
                    id: indicator.to_owned(),
                    set: Some(a.set_name()),
                },
            ));
        }
        let what = Record::part(PartKind::Answer, indicator, jurisdiction, year);
        let key = params![a.id, indicator];
        let select_version =
            "SELECT version FROM answers WHERE assessment_id = $1 AND indicator = $2";
        let old: Option<AnswerRow> = c.fetch_optional(ANSWER_BY_KEY, &key).await?;
        let confidence = edit.confidence.map(|c| c.as_str());
        let saved: Option<VersionRow> = if based_on == 0 {
            c.fetch_optional(
                "INSERT INTO answers (assessment_id, indicator, position, value, narrative, status, confidence, notes)
                 VALUES ($1, $2, (SELECT COUNT(*) FROM answers WHERE assessment_id = $1), $3, $4, $5, $6, $7)
                 ON CONFLICT (assessment_id, indicator) DO NOTHING RETURNING version",
                &params![a.id, indicator, edit.value.as_str(), &edit.narrative, edit.status.as_str(), confidence, &edit.notes],
            )
            .await?
        } else {
            c.fetch_optional(
                "UPDATE answers SET value = $1, narrative = $2, status = $3, confidence = $4, notes = $5,
                        version = version + 1
                 WHERE assessment_id = $6 AND indicator = $7 AND version = $8 RETURNING version",
                &params![edit.value.as_str(), &edit.narrative, edit.status.as_str(), confidence, &edit.notes, a.id, indicator, based_on],
            )
            .await?
        };
        let Some(saved) = saved else {
            return Err(refused(c, select_version, &key, what, based_on).await);
        };
        let old_citations = owner_citations(c, a.id, "answer", indicator).await?;
        crate::evidence::replace_citations(c, a.id, "answer", indicator, &edit.citations).await?;
        let (ov, on, os, oc, onotes) = match &old {
            Some(o) => (
                o.value.clone(),
                o.narrative.clone(),
                o.status.clone(),
                o.confidence.clone().unwrap_or_default(),
                o.notes.clone(),
            ),
            None => Default::default(),
        };
        t.audit_changes(
            c,
            Entity::Answer,
            indicator,
            &[
                (Field::Value, ov, edit.value.as_str().to_owned()),
                (Field::Narrative, on, edit.narrative.clone()),
                (Field::Status, os, edit.status.as_str().to_owned()),
                (
                    Field::Confidence,
                    oc,
                    confidence.unwrap_or_default().to_owned(),
                ),
                (Field::Notes, onotes, edit.notes.clone()),
                (
                    Field::Citations,
                    cited(&old_citations),
                    cited(&edit.citations),
                ),
            ],
        )
        .await?;
        Ok(saved.version)
    }

    /// Move an assessment to another stage, if the workflow allows it, based on version `based_on`.
    pub async fn set_stage(
        &self,
        jurisdiction: &str,
        year: i32,
        to: Stage,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let from = decode(&a.stage, Stage::parse, "assessments.stage")?;
        if a.version != based_on {
            return Err(StoreError::Conflict {
                what: Record::assessment(jurisdiction, year),
                expected: based_on,
                current: a.version,
            });
        }
        from.check_transition(to)?;
        let stamp = crate::clock::stamp(crate::clock::now());
        let saved: Option<VersionRow> = c
            .fetch_optional(
                "UPDATE assessments SET stage = $1, version = version + 1, updated_at = $2
                 WHERE id = $3 AND version = $4 RETURNING version",
                &params![to.as_str(), stamp, a.id, based_on],
            )
            .await?;
        let Some(saved) = saved else {
            let what = Record::assessment(jurisdiction, year);
            return Err(refused(
                &mut c,
                "SELECT version FROM assessments WHERE id = $1",
                &params![a.id],
                what,
                based_on,
            )
            .await);
        };
        crate::accounts::end_sharing(&mut c, a.id, to).await?;
        t.audit_changes(
            &mut c,
            Entity::Assessment,
            "",
            &[(
                Field::Stage,
                from.as_str().to_owned(),
                to.as_str().to_owned(),
            )],
        )
        .await?;
        tx.commit().await?;
        Ok(saved.version)
    }

    /// The current version of an assessment record (what a stage change must quote).
    pub async fn assessment_version(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<i64, StoreError> {
        let mut tx = self.db.read().await?;
        Ok(find_assessment(&mut tx.conn(), jurisdiction, year)
            .await?
            .version)
    }
}

#[derive(sqlx::FromRow)]
struct SummaryVersion {
    text: String,
    version: i64,
}

impl Store {
    /// The summary of a domain with its version, or `None` when it has not been written.
    pub async fn summary(
        &self,
        jurisdiction: &str,
        year: i32,
        domain: &str,
    ) -> Result<Option<Versioned<String>>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let row: Option<SummaryVersion> = c
            .fetch_optional(
                "SELECT text, version FROM summaries WHERE assessment_id = $1 AND domain = $2",
                &params![a.id, domain],
            )
            .await?;
        Ok(row.map(|r| Versioned {
            value: r.text,
            version: r.version,
        }))
    }

    /// Save the summary of a domain, based on version `based_on` (0 creates it). Returns the
    /// new version.
    pub async fn save_summary(
        &self,
        jurisdiction: &str,
        year: i32,
        domain: &str,
        text: &str,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let mut checks = Checks::new();
        checks.text("text", text);
        StoreError::rules(checks)?;
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let known = self.set_of(&a).is_some_and(|s| s.domain(domain).is_some());
        if !known {
            return Err(StoreError::invalid(
                "domain",
                Problem::UnknownDomain {
                    domain: domain.to_owned(),
                    set: a.set_name(),
                },
            ));
        }
        let key = params![a.id, domain];
        let old: Option<SummaryRow> = c
            .fetch_optional(
                "SELECT domain, text FROM summaries WHERE assessment_id = $1 AND domain = $2",
                &key,
            )
            .await?;
        let saved: Option<VersionRow> = if based_on == 0 {
            c.fetch_optional(
                "INSERT INTO summaries (assessment_id, domain, position, text)
                 VALUES ($1, $2, (SELECT COUNT(*) FROM summaries WHERE assessment_id = $1), $3)
                 ON CONFLICT (assessment_id, domain) DO NOTHING RETURNING version",
                &params![a.id, domain, text],
            )
            .await?
        } else {
            c.fetch_optional(
                "UPDATE summaries SET text = $1, version = version + 1
                 WHERE assessment_id = $2 AND domain = $3 AND version = $4 RETURNING version",
                &params![text, a.id, domain, based_on],
            )
            .await?
        };
        let Some(saved) = saved else {
            let what = Record::part(PartKind::Summary, domain, jurisdiction, year);
            let select = "SELECT version FROM summaries WHERE assessment_id = $1 AND domain = $2";
            return Err(refused(&mut c, select, &key, what, based_on).await);
        };
        let old_text = old.map(|o| o.text).unwrap_or_default();
        t.audit_changes(
            &mut c,
            Entity::Summary,
            domain,
            &[(Field::Text, old_text, text.to_owned())],
        )
        .await?;
        tx.commit().await?;
        Ok(saved.version)
    }
}
