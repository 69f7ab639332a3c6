//! The findings of an assessment: added to a domain, edited with their evidence (citations of
//! the register, footnotes) on top of a version, moved up or down among the findings of their
//! domain and kind, deleted, and the importer's indicator suggestions accepted or dismissed one
//! at a time. Every change is audited in the transaction that makes it.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{Citation, Finding, FindingKind, Problem, Suggestion};

use crate::db::{Conn, params};
use crate::edit::{Target, Versioned, refused};
use crate::evidence::{check_citations, owner_citations, replace_citations};
use crate::export::find_assessment;
use crate::rows::{AssessmentRow, FindingRow, KeyRow, VersionRow, decode, json_list, to_json};
use crate::{PartKind, Record, Store, StoreError, audit};

/// What an analyst edits of a finding: its kind, its text (Markdown), the indicators it speaks
/// to (the main one first), its citations in order, and its footnotes in order.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingEdit {
    pub kind: FindingKind,
    pub text: String,
    pub indicators: Vec<String>,
    pub citations: Vec<Citation>,
    pub footnotes: Vec<String>,
}

impl FindingEdit {
    pub fn of(f: &Finding) -> FindingEdit {
        FindingEdit {
            kind: f.kind,
            text: f.text.clone(),
            indicators: f.indicators.clone(),
            citations: f.citations.clone(),
            footnotes: f.footnotes.clone(),
        }
    }
}

/// Which way a finding moves among the findings of its domain and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Up,
    Down,
}

/// What the analyst does with an indicator the importer suggested for a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// The indicator becomes one of the finding's (after those it has).
    Accept,
    /// The suggestion is dropped.
    Dismiss,
}

const FINDING_BY_KEY: &str =
    "SELECT key, domain, kind, text, indicators, footnotes, suggested, version, position
     FROM findings WHERE assessment_id = $1 AND key = $2";
const FINDING_VERSION: &str = "SELECT version FROM findings WHERE assessment_id = $1 AND key = $2";

/// The finding `key` as stored, with its citations, or `NotFound`.
async fn read(
    c: &mut Conn<'_>,
    a: &AssessmentRow,
    key: &str,
) -> Result<Versioned<(Finding, i64)>, StoreError> {
    let row: FindingRow = c
        .fetch_optional(FINDING_BY_KEY, &params![a.id, key])
        .await?
        .ok_or_else(|| {
            StoreError::NotFound(Record::part(
                PartKind::Finding,
                key,
                &a.code,
                a.year_i32().unwrap_or_default(),
            ))
        })?;
    let citations = owner_citations(c, a.id, "finding", key).await?;
    Ok(Versioned {
        version: row.version,
        value: (
            Finding {
                kind: decode(&row.kind, FindingKind::parse, "findings.kind")?,
                indicators: json_list(&row.indicators, "findings.indicators")?,
                footnotes: json_list(&row.footnotes, "findings.footnotes")?,
                suggested: json_list(&row.suggested, "findings.suggested")?,
                key: row.key,
                domain: row.domain,
                text: row.text,
                citations,
            },
            row.position,
        ),
    })
}

/// The rules of a finding's fields, every problem at once at its place in the edit (`text`,
/// `indicators[1]`, `citations[0].pinpoint`, `citations[1].source` for a source the register
/// lacks, `footnotes[2]`).
async fn check(
    store: &Store,
    c: &mut Conn<'_>,
    a: &AssessmentRow,
    edit: &FindingEdit,
) -> Result<(), StoreError> {
    let mut checks = Checks::new();
    if edit.text.trim().is_empty() {
        checks.push("text", Problem::Empty);
    }
    checks.text("text", &edit.text);
    check_indicators(store, a, "indicators", &edit.indicators, &mut checks);
    checks.citations("", &edit.citations);
    let mut problems = checks.into_problems();
    match check_citations(c, a.id, &edit.citations).await {
        Err(StoreError::Invalid(unknown)) => problems.extend(unknown),
        other => other?,
    }
    let mut notes = Checks::new();
    for (n, note) in edit.footnotes.iter().enumerate() {
        if note.trim().is_empty() {
            notes.push(format!("footnotes[{n}]"), Problem::Empty);
        }
        notes.text(format!("footnotes[{n}]"), note);
    }
    problems.extend(notes.into_problems());
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(problems))
    }
}

/// Every indicator of `indicators` that the assessment's framework set lacks, at
/// `<path>[n]` (or at `path` itself for a single indicator).
pub(crate) fn check_indicators(
    store: &Store,
    a: &AssessmentRow,
    path: &str,
    indicators: &[String],
    checks: &mut Checks,
) {
    let set = store.framework.set(&a.framework_set, a.framework_version);
    for (n, i) in indicators.iter().enumerate() {
        if set.is_none_or(|s| !s.contains(i)) {
            let problem = Problem::UnknownIndicator {
                id: i.clone(),
                set: Some(a.set_name()),
            };
            let at = if indicators.len() == 1 {
                path.to_owned()
            } else {
                format!("{path}[{n}]")
            };
            checks.push(at, problem);
        }
    }
}

/// Citations as the audit log shows them: `key (pinpoint); key`.
pub(crate) fn cited(citations: &[Citation]) -> String {
    citations
        .iter()
        .map(|c| match &c.pinpoint {
            Some(p) => format!("{} ({p})", c.source),
            None => c.source.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The fields of a finding as the audit log shows them.
fn described(kind: FindingKind, e: &FindingEdit) -> [(Field, String); 5] {
    [
        (Field::Kind, kind.as_str().to_owned()),
        (Field::Text, e.text.clone()),
        (Field::Indicators, e.indicators.join(", ")),
        (Field::Citations, cited(&e.citations)),
        (Field::Footnotes, e.footnotes.join(" | ")),
    ]
}

fn suggested_ids(s: &[Suggestion]) -> String {
    s.iter()
        .map(|s| s.indicator.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// One finding with its citations and version.
    pub async fn finding(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
    ) -> Result<Versioned<Finding>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let f = read(&mut c, &a, key).await?;
        Ok(Versioned {
            value: f.value.0,
            version: f.version,
        })
    }

    /// Add a finding to a domain, after the others; returns its key (`<domain>-wd-<n>` or
    /// `<domain>-pot-<n>`).
    pub async fn add_finding(
        &self,
        jurisdiction: &str,
        year: i32,
        domain: &str,
        edit: &FindingEdit,
        actor: &str,
    ) -> Result<String, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let key = self
            .insert_finding(&mut tx.conn(), &t, &a, domain, edit)
            .await?;
        tx.commit().await?;
        Ok(key)
    }

    /// [`Store::add_finding`] inside a transaction the caller commits.
    pub(crate) async fn insert_finding(
        &self,
        c: &mut Conn<'_>,
        t: &Target<'_>,
        a: &AssessmentRow,
        domain: &str,
        edit: &FindingEdit,
    ) -> Result<String, StoreError> {
        if self.set_of(a).is_none_or(|s| s.domain(domain).is_none()) {
            let problem = Problem::UnknownDomain {
                domain: domain.to_owned(),
                set: a.set_name(),
            };
            return Err(StoreError::invalid("domain", problem));
        }
        check(self, c, a, edit).await?;
        let keys: Vec<KeyRow> = c
            .fetch_all(
                "SELECT key FROM findings WHERE assessment_id = $1",
                &params![a.id],
            )
            .await?;
        let key = Finding::new_key(domain, edit.kind, |k| keys.iter().any(|r| r.key == k));
        c.execute(
            "INSERT INTO findings (assessment_id, key, position, domain, kind, text, indicators, footnotes, suggested)
             VALUES ($1, $2, (SELECT COALESCE(MAX(position), -1) + 1 FROM findings WHERE assessment_id = $1),
                     $3, $4, $5, $6, $7, '[]')",
            &params![a.id, &key, domain, edit.kind.as_str(), edit.text.trim(), to_json(&edit.indicators), to_json(&edit.footnotes)],
        )
        .await?;
        replace_citations(c, a.id, "finding", &key, &edit.citations).await?;
        let blank = FindingEdit {
            text: String::new(),
            indicators: Vec::new(),
            citations: Vec::new(),
            footnotes: Vec::new(),
            ..edit.clone()
        };
        let mut changes: Vec<(Field, String, String)> = described(edit.kind, &blank)
            .into_iter()
            .zip(described(edit.kind, edit))
            .map(|((field, old), (_, new))| (field, old, new))
            .collect();
        changes.retain(|(field, ..)| *field != Field::Kind);
        t.audit_changes(c, Entity::Finding, &key, &changes).await?;
        Ok(key)
    }

    /// Save a finding's kind, text, indicators, citations and footnotes, based on version
    /// `based_on`. Returns the new version.
    pub async fn save_finding(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
        edit: &FindingEdit,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let version = self
            .write_finding(&mut tx.conn(), &t, &a, key, edit, based_on)
            .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// [`Store::save_finding`] inside a transaction the caller commits.
    pub(crate) async fn write_finding(
        &self,
        c: &mut Conn<'_>,
        t: &Target<'_>,
        a: &AssessmentRow,
        key: &str,
        edit: &FindingEdit,
        based_on: i64,
    ) -> Result<i64, StoreError> {
        check(self, c, a, edit).await?;
        // The old values are read in the transaction that replaces them, so the audit names
        // exactly what was overwritten.
        let old = read(c, a, key).await?.value.0;
        let saved: Option<VersionRow> = c
            .fetch_optional(
                "UPDATE findings SET kind = $1, text = $2, indicators = $3, footnotes = $4, version = version + 1
                 WHERE assessment_id = $5 AND key = $6 AND version = $7 RETURNING version",
                &params![edit.kind.as_str(), edit.text.trim(), to_json(&edit.indicators), to_json(&edit.footnotes), a.id, key, based_on],
            )
            .await?;
        let Some(saved) = saved else {
            let what = Record::part(PartKind::Finding, key, t.jurisdiction, t.year);
            return Err(refused(c, FINDING_VERSION, &params![a.id, key], what, based_on).await);
        };
        replace_citations(c, a.id, "finding", key, &edit.citations).await?;
        let changes: Vec<(Field, String, String)> = described(old.kind, &FindingEdit::of(&old))
            .into_iter()
            .zip(described(edit.kind, edit))
            .map(|((field, old), (_, new))| (field, old, new))
            .collect();
        t.audit_changes(c, Entity::Finding, key, &changes).await?;
        Ok(saved.version)
    }

    /// Delete a finding and its citations, based on version `based_on`. Its text stays in the
    /// audit log; comments anchored to it are kept.
    pub async fn delete_finding(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
        based_on: i64,
        actor: &str,
    ) -> Result<(), StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let old = read(&mut c, &a, key).await?;
        if old.version != based_on {
            return Err(StoreError::Conflict {
                what: Record::part(PartKind::Finding, key, jurisdiction, year),
                expected: based_on,
                current: old.version,
            });
        }
        replace_citations(&mut c, a.id, "finding", key, &[]).await?;
        c.execute(
            "DELETE FROM findings WHERE assessment_id = $1 AND key = $2",
            &params![a.id, key],
        )
        .await?;
        audit::record(
            &mut c,
            t.actor,
            jurisdiction,
            year,
            Entity::Finding,
            key,
            Field::Text,
            Some(old.value.0.text),
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Move a finding one place up or down among the findings of its domain and kind (the
    /// order the profile prints them in). Returns false when it is already first (or last).
    pub async fn move_finding(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
        shift: Shift,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let (f, position) = read(&mut c, &a, key).await?.value;
        let sql = match shift {
            Shift::Up => {
                "SELECT key, position FROM findings WHERE assessment_id = $1 AND domain = $2 AND kind = $3
                 AND position < $4 ORDER BY position DESC LIMIT 1"
            }
            Shift::Down => {
                "SELECT key, position FROM findings WHERE assessment_id = $1 AND domain = $2 AND kind = $3
                 AND position > $4 ORDER BY position LIMIT 1"
            }
        };
        let Some(other): Option<Neighbour> = c
            .fetch_optional(sql, &params![a.id, &f.domain, f.kind.as_str(), position])
            .await?
        else {
            return Ok(false);
        };
        let swap = "UPDATE findings SET position = $1 WHERE assessment_id = $2 AND key = $3";
        c.execute(swap, &params![other.position, a.id, key]).await?;
        c.execute(swap, &params![position, a.id, &other.key])
            .await?;
        let changes = [(
            Field::Position,
            position.to_string(),
            other.position.to_string(),
        )];
        t.audit_changes(&mut c, Entity::Finding, key, &changes)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Accept or dismiss the indicator `indicator` suggested for a finding, based on version
    /// `based_on`. Returns the new version.
    #[allow(clippy::too_many_arguments)]
    pub async fn review_suggestion(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
        indicator: &str,
        review: Review,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let f = read(&mut c, &a, key).await?.value.0;
        if !f.suggested.iter().any(|s| s.indicator == indicator) {
            return Err(StoreError::invalid(
                "indicator",
                Problem::UnknownIndicator {
                    id: indicator.to_owned(),
                    set: None,
                },
            ));
        }
        let suggested: Vec<Suggestion> = f
            .suggested
            .iter()
            .filter(|s| s.indicator != indicator)
            .cloned()
            .collect();
        let mut indicators = f.indicators.clone();
        if review == Review::Accept && !indicators.iter().any(|i| i == indicator) {
            let mut checks = Checks::new();
            let one = [indicator.to_owned()];
            check_indicators(self, &a, "indicator", &one, &mut checks);
            StoreError::rules(checks)?;
            indicators.push(indicator.to_owned());
        }
        let saved: Option<VersionRow> = c
            .fetch_optional(
                "UPDATE findings SET indicators = $1, suggested = $2, version = version + 1
                 WHERE assessment_id = $3 AND key = $4 AND version = $5 RETURNING version",
                &params![
                    to_json(&indicators),
                    to_json(&suggested),
                    a.id,
                    key,
                    based_on
                ],
            )
            .await?;
        let Some(saved) = saved else {
            let what = Record::part(PartKind::Finding, key, jurisdiction, year);
            return Err(
                refused(&mut c, FINDING_VERSION, &params![a.id, key], what, based_on).await,
            );
        };
        let changes = [
            (
                Field::Suggestions,
                suggested_ids(&f.suggested),
                suggested_ids(&suggested),
            ),
            (
                Field::Indicators,
                f.indicators.join(", "),
                indicators.join(", "),
            ),
        ];
        t.audit_changes(&mut c, Entity::Finding, key, &changes)
            .await?;
        tx.commit().await?;
        Ok(saved.version)
    }
}

#[derive(Debug, sqlx::FromRow)]
struct Neighbour {
    key: String,
    position: i64,
}
