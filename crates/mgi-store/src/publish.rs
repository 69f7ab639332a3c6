//! Validation and publication. A focal point approves the content it read, identified by its
//! hash ([`mgi_model::content_hash`]); publication needs an approval of exactly the current
//! content and nothing left that blocks it ([`mgi_model::readiness`]) — or an administrator's
//! written reason to publish anyway, kept with the revision and in the audit log —, and freezes
//! a snapshot of the public view that the portal serves until a correction publishes the next
//! revision with a public change note.

use mgi_model::audit::{Entity, Field};
use mgi_model::readiness::{ApprovalStatus, Facts, Gate, Readiness, readiness};
use mgi_model::{AssessmentDoc, Problem, Stage, Visibility, content_hash, public_view};

use crate::clock::{now, stamp};
use crate::db::{Conn, params};
use crate::export::{find_assessment, read_doc};
use crate::rows::{AssessmentRow, Count, VersionRow, decode};
use crate::{Record, Store, StoreError, audit, portal_index, search};

/// A recorded approval.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Approval {
    pub content_hash: String,
    pub approved_by: String,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub approved_at: chrono::DateTime<chrono::Utc>,
}

/// Where an assessment stands with its validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalState {
    /// The hash of the content as it is now.
    pub current: String,
    /// The latest approval, if any.
    pub latest: Option<Approval>,
}

impl ApprovalState {
    /// An approval of exactly the current content.
    pub fn is_fresh(&self) -> bool {
        self.latest
            .as_ref()
            .is_some_and(|a| a.content_hash == self.current)
    }

    /// Approved once, changed since.
    pub fn is_stale(&self) -> bool {
        self.latest.is_some() && !self.is_fresh()
    }

    /// The state as the readiness checks see it.
    pub fn status(&self) -> ApprovalStatus {
        match &self.latest {
            None => ApprovalStatus::None,
            Some(_) if self.is_fresh() => ApprovalStatus::Fresh,
            Some(_) => ApprovalStatus::Stale,
        }
    }
}

/// The longest reason an administrator gives to publish despite what is not ready.
pub const MAX_OVERRIDE: usize = 500;

/// Which comments count in a readiness check: every one for the team, those the government
/// sees for others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentsSeen {
    All,
    Government,
}

/// What is not ready in `doc` (its own comments, filtered by who looks) with `approval`.
pub(crate) fn readiness_of(
    framework: &mgi_framework::Framework,
    doc: &AssessmentDoc,
    seen: CommentsSeen,
    approval: ApprovalStatus,
) -> Readiness {
    let indicators: Vec<&str> = framework
        .set(&doc.framework.set, doc.framework.version)
        .map(|set| set.indicator_ids().collect())
        .unwrap_or_default();
    let comments: Vec<mgi_model::Comment> = doc
        .comments
        .iter()
        .filter(|c| seen == CommentsSeen::All || c.visibility == Visibility::Government)
        .cloned()
        .collect();
    let languages = mgi_model::readiness::translated_languages(doc);
    readiness(&Facts {
        doc,
        indicators: &indicators,
        comments: &comments,
        languages: &languages,
        approval,
    })
}

/// One revision of a publication, without its snapshot.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Revision {
    pub revision: i64,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub published_at: chrono::DateTime<chrono::Utc>,
    pub published_by: String,
    pub change_note: String,
    /// The administrator's reason to publish despite what was not ready, if it was needed.
    pub override_reason: Option<String>,
}

/// See [`Store::publication_stamp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicationStamp {
    pub revision: i64,
    pub rounds: i64,
}

#[derive(sqlx::FromRow)]
struct StampRow {
    revision: Option<i64>,
    rounds: i64,
}

/// A published round as the home page lists the latest publications: when its latest
/// revision was published.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RecentPublication {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub published_at: chrono::DateTime<chrono::Utc>,
}

/// The latest publication of an assessment: the frozen document and every revision's note.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    pub doc: AssessmentDoc,
    pub revision: i64,
    pub revisions: Vec<Revision>,
}

/// One published assessment in the portal's lists: the latest revision of each.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PublishedEntry {
    pub assessment_id: i64,
    pub jurisdiction: String,
    pub name: String,
    #[sqlx(try_from = "crate::rows::Coded<mgi_model::JurisdictionKind>")]
    pub kind: mgi_model::JurisdictionKind,
    pub region: String,
    pub year: i64,
    pub revision: i64,
}

/// A revision as the public feed lists it: which profile, which revision, when, and its note
/// (never who published it).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PublishedChange {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    pub revision: i64,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub published_at: chrono::DateTime<chrono::Utc>,
    pub change_note: String,
}

#[derive(sqlx::FromRow)]
struct SnapshotRow {
    snapshot: String,
}

async fn latest_approval(c: &mut Conn<'_>, id: i64) -> Result<Option<Approval>, StoreError> {
    c.fetch_optional(
        "SELECT content_hash, approved_by, approved_at FROM approvals
         WHERE assessment_id = $1 ORDER BY id DESC LIMIT 1",
        &params![id],
    )
    .await
}

async fn revisions(c: &mut Conn<'_>, id: i64) -> Result<Vec<Revision>, StoreError> {
    c.fetch_all(
        "SELECT revision, published_at, published_by, change_note, override_reason
         FROM publications WHERE assessment_id = $1 ORDER BY revision",
        &params![id],
    )
    .await
}

/// An override's reason: one line, not empty, at most [`MAX_OVERRIDE`] characters.
fn check_override(reason: &str) -> Result<(), StoreError> {
    const FIELD: &str = "override_reason";
    if reason.is_empty() {
        return Err(StoreError::invalid(FIELD, Problem::Empty));
    }
    mgi_model::rules::line(reason).map_err(|p| StoreError::invalid(FIELD, p))?;
    let chars = reason.chars().count();
    if chars > MAX_OVERRIDE {
        return Err(StoreError::invalid(
            FIELD,
            Problem::TooLong {
                chars,
                max: MAX_OVERRIDE,
            },
        ));
    }
    Ok(())
}

/// Move the stage inside a transaction that already checked the rules.
async fn move_stage(
    c: &mut Conn<'_>,
    a: &AssessmentRow,
    to: Stage,
    actor: &str,
) -> Result<(), StoreError> {
    let saved: Option<VersionRow> = c
        .fetch_optional(
            "UPDATE assessments SET stage = $1, version = version + 1, updated_at = $2
             WHERE id = $3 RETURNING version",
            &params![to.as_str(), stamp(now()), a.id],
        )
        .await?;
    let year = a.year_i32()?;
    saved.ok_or_else(|| StoreError::NotFound(Record::assessment(&a.code, year)))?;
    crate::accounts::end_sharing(c, a.id, to).await?;
    audit::record(
        c,
        actor,
        &a.code,
        a.year_i32()?,
        Entity::Assessment,
        "",
        Field::Stage,
        Some(a.stage.clone()),
        Some(to.as_str().to_owned()),
    )
    .await
}

/// Freeze the public view of `doc` as the next revision, and index it for search.
pub(crate) async fn write_publication(
    c: &mut Conn<'_>,
    id: i64,
    doc: &AssessmentDoc,
    note: &str,
    override_reason: Option<&str>,
    actor: &str,
) -> Result<i64, StoreError> {
    let last: Count = c
        .fetch_optional(
            "SELECT COALESCE(MAX(revision), 0) AS n FROM publications WHERE assessment_id = $1",
            &params![id],
        )
        .await?
        .unwrap_or_default();
    let revision = last.n + 1;
    let mut snapshot = public_view(doc.clone());
    snapshot.stage = Stage::Published;
    c.execute(
        "INSERT INTO publications (assessment_id, revision, published_at, published_by, change_note, content_hash, snapshot, override_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &params![id, revision, stamp(now()), actor, note, content_hash(doc), snapshot.to_json(), override_reason],
    )
    .await?;
    search::index(c, id, &snapshot).await?;
    portal_index::index(c, id, &snapshot, revision).await?;
    Ok(revision)
}

impl Store {
    /// The approval state of an assessment.
    pub async fn approval_state(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<ApprovalState, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let id = a.id;
        let doc = read_doc(&mut c, a).await?;
        Ok(ApprovalState {
            current: content_hash(&doc),
            latest: latest_approval(&mut c, id).await?,
        })
    }

    /// The latest approval of an assessment, if any (with the document already at hand,
    /// `ApprovalState { current: content_hash(&doc), latest }` costs no second read of it).
    pub async fn latest_approval(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Option<Approval>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        latest_approval(&mut c, a.id).await
    }

    /// Record `actor`'s approval of the content it read (`read_hash`). Refused when the content
    /// changed since it was read. In consultation, the approval validates the assessment.
    pub async fn approve(
        &self,
        jurisdiction: &str,
        year: i32,
        read_hash: &str,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
        if !matches!(
            stage,
            Stage::Consultation | Stage::Validated | Stage::Correction
        ) {
            return Err(crate::error::Refusal::ApprovalNotNow {
                jurisdiction: jurisdiction.to_owned(),
                year,
                stage,
            }
            .into());
        }
        let doc = read_doc(&mut c, a.clone()).await?;
        let current = content_hash(&doc);
        if current != read_hash {
            return Err(StoreError::ContentChanged(format!(
                "assessment {jurisdiction} {year}"
            )));
        }
        c.execute(
            "INSERT INTO approvals (assessment_id, content_hash, approved_by, approved_at) VALUES ($1, $2, $3, $4)",
            &params![a.id, &current, actor, stamp(now())],
        )
        .await?;
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Assessment,
            "",
            Field::Approval,
            None,
            Some(current),
        )
        .await?;
        if stage == Stage::Consultation {
            move_stage(&mut c, &a, Stage::Validated, actor).await?;
        }
        tx.commit().await
    }

    /// What is not ready in an assessment, its comments counted as `seen` ([`readiness_of`]).
    pub async fn readiness(
        &self,
        jurisdiction: &str,
        year: i32,
        seen: CommentsSeen,
    ) -> Result<Readiness, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let id = a.id;
        let doc = read_doc(&mut c, a).await?;
        let approval = ApprovalState {
            current: content_hash(&doc),
            latest: latest_approval(&mut c, id).await?,
        };
        Ok(readiness_of(&self.framework, &doc, seen, approval.status()))
    }

    /// Publish a validated assessment, or a corrected one (which needs a public change note).
    /// Refused unless the latest approval is of exactly the current content, and while anything
    /// blocks publication ([`Gate::Publish`]) unless `override_reason` says why to publish
    /// anyway (an administrator's: only they publish); the reason is kept with the revision and
    /// audited with what it overrode. A reason given when nothing blocks is not recorded.
    /// Returns the revision published.
    pub async fn publish(
        &self,
        jurisdiction: &str,
        year: i32,
        note: &str,
        override_reason: Option<&str>,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let override_reason = override_reason.map(str::trim);
        if let Some(reason) = override_reason {
            check_override(reason)?;
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
        stage.check_transition(Stage::Published)?;
        let note = note.trim();
        if stage == Stage::Correction && note.is_empty() {
            return Err(crate::error::Refusal::CorrectionWithoutNote.into());
        }
        let doc = read_doc(&mut c, a.clone()).await?;
        let approved = latest_approval(&mut c, a.id).await?;
        if approved.is_none_or(|ap| ap.content_hash != content_hash(&doc)) {
            return Err(crate::error::Refusal::NotApproved {
                jurisdiction: jurisdiction.to_owned(),
                year,
            }
            .into());
        }
        let ready = readiness_of(
            &self.framework,
            &doc,
            CommentsSeen::All,
            ApprovalStatus::Fresh,
        );
        let blockers: Vec<(mgi_model::readiness::Gap, usize)> = ready
            .blockers(Gate::Publish)
            .into_iter()
            .map(|g| (g.gap.clone(), g.count()))
            .collect();
        let overridden = match (blockers.is_empty(), override_reason) {
            (true, _) => None,
            (false, Some(reason)) => Some(reason),
            (false, None) => {
                return Err(crate::error::Refusal::NotReady {
                    jurisdiction: jurisdiction.to_owned(),
                    year,
                    blockers,
                }
                .into());
            }
        };
        // The note as written (a first publication may have none: the page names it then).
        let revision = write_publication(&mut c, a.id, &doc, note, overridden, actor).await?;
        if !note.is_empty() {
            audit::record(
                &mut c,
                actor,
                jurisdiction,
                year,
                Entity::Assessment,
                "",
                Field::Note,
                None,
                Some(note.to_owned()),
            )
            .await?;
        }
        if let Some(reason) = overridden {
            let what: Vec<String> = blockers
                .iter()
                .map(|(gap, n)| format!("{}: {n}", gap.code()))
                .collect();
            audit::record(
                &mut c,
                actor,
                jurisdiction,
                year,
                Entity::Assessment,
                "",
                Field::Override,
                Some(what.join(", ")),
                Some(reason.to_owned()),
            )
            .await?;
        }
        move_stage(&mut c, &a, Stage::Published, actor).await?;
        tx.commit().await?;
        Ok(revision)
    }

    /// Every revision published of an assessment, oldest first (empty when never published).
    pub async fn revisions(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<Revision>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        revisions(&mut c, a.id).await
    }

    /// The latest publication of an assessment, or `NotFound` when it was never published.
    pub async fn publication(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Publication, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let revisions = revisions(&mut c, a.id).await?;
        let Some(last) = revisions.last().map(|r| r.revision) else {
            return Err(StoreError::NotFound(Record::Publication {
                jurisdiction: jurisdiction.to_owned(),
                year,
            }));
        };
        let row: SnapshotRow = c
            .fetch_optional(
                "SELECT snapshot FROM publications WHERE assessment_id = $1 AND revision = $2",
                &params![a.id, last],
            )
            .await?
            .ok_or_else(|| {
                StoreError::NotFound(Record::Publication {
                    jurisdiction: jurisdiction.to_owned(),
                    year,
                })
            })?;
        let doc: AssessmentDoc = serde_json::from_str(&row.snapshot).map_err(|e| {
            StoreError::Corrupt(format!(
                "publications.snapshot of {jurisdiction} {year}: {e}"
            ))
        })?;
        Ok(Publication {
            doc,
            revision: last,
            revisions,
        })
    }

    /// What a rendered page of the publication of `jurisdiction` `year` depends on: its latest
    /// revision, and how many rounds of the jurisdiction are published (its page links them);
    /// `None` when that round is not published.
    pub async fn publication_stamp(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Option<PublicationStamp>, StoreError> {
        let mut tx = self.db.read().await?;
        let row: Option<StampRow> = tx
            .conn()
            .fetch_optional(
                "SELECT MAX(CASE WHEN a.year = $2 THEN p.revision END) AS revision,
                        COUNT(DISTINCT a.year) AS rounds
                 FROM publications p JOIN assessments a ON a.id = p.assessment_id
                 WHERE a.jurisdiction = $1",
                &params![jurisdiction, year],
            )
            .await?;
        Ok(row.and_then(|r| {
            r.revision.map(|revision| PublicationStamp {
                revision,
                rounds: r.rounds,
            })
        }))
    }

    /// The `limit` revisions published last (first publications and corrections alike), the
    /// newest first.
    pub async fn recent_changes(&self, limit: i64) -> Result<Vec<PublishedChange>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT a.jurisdiction, j.name, a.year, p.revision, p.published_at, p.change_note
                 FROM publications p JOIN assessments a ON a.id = p.assessment_id
                 JOIN jurisdictions j ON j.code = a.jurisdiction
                 ORDER BY p.published_at DESC, a.jurisdiction, a.year, p.revision DESC LIMIT $1",
                &params![limit],
            )
            .await
    }

    /// Every published assessment at its latest revision, by region, name and year.
    pub async fn published(&self) -> Result<Vec<PublishedEntry>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT a.id AS assessment_id, a.jurisdiction, j.name, j.kind, j.region, a.year,
                        MAX(p.revision) AS revision
                 FROM publications p JOIN assessments a ON a.id = p.assessment_id
                 JOIN jurisdictions j ON j.code = a.jurisdiction
                 GROUP BY a.id, a.jurisdiction, j.name, j.kind, j.region, a.year
                 ORDER BY j.region, j.name, a.year",
                &[],
            )
            .await
    }

    /// The `limit` published rounds whose latest revision is the most recent, newest first
    /// (a correction counts as published when it was).
    pub async fn recent_publications(
        &self,
        limit: i64,
    ) -> Result<Vec<RecentPublication>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT a.jurisdiction, j.name, a.year, MAX(p.published_at) AS published_at
                 FROM publications p JOIN assessments a ON a.id = p.assessment_id
                 JOIN jurisdictions j ON j.code = a.jurisdiction
                 GROUP BY a.id, a.jurisdiction, j.name, a.year
                 ORDER BY published_at DESC, j.name, a.year LIMIT $1",
                &params![limit],
            )
            .await
    }
}
