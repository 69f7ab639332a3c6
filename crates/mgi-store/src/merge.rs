//! Two entries of the source register that name the same document, made one: every citation of
//! the one removed (answers, findings, context figures) moves to the one kept, in one
//! transaction, and the register loses the duplicate.

use std::collections::BTreeMap;

use mgi_model::audit::{Entity, Field};
use mgi_model::{Citation, Problem, Stage};

use crate::db::{Conn, params};
use crate::export::find_assessment;
use crate::rows::{AssessmentRow, CitationRow, decode};
use crate::{PartKind, Record, Refusal, Store, StoreError, audit};

/// What a merge of two sources changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeOutcome {
    /// Citations of answers and findings that named the removed source and now name the kept
    /// one, the `duplicates` among them included.
    pub citations: u64,
    /// Of those, the ones that would have repeated a citation of the kept source with the same
    /// pinpoint in the same answer or finding: folded into it.
    pub duplicates: u64,
    /// Context figures whose source was the removed one.
    pub figures: u64,
}

impl MergeOutcome {
    /// Every reference to the removed source that now names the kept one.
    pub fn moved(&self) -> u64 {
        self.citations + self.figures
    }
}

#[derive(sqlx::FromRow)]
struct Position {
    position: i64,
}

#[derive(sqlx::FromRow)]
struct KeyCount {
    source_key: String,
    n: i64,
}

/// Refused unless the assessment's content may be changed at its stage.
pub(crate) fn check_editable(a: &AssessmentRow) -> Result<(), StoreError> {
    let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
    if stage.allows_edits() {
        Ok(())
    } else {
        Err(Refusal::EditNotNow {
            jurisdiction: a.code.clone(),
            year: a.year_i32()?,
            stage,
        }
        .into())
    }
}

/// The position of a source in the register, or `NotFound` naming it.
async fn position_of(c: &mut Conn<'_>, a: &AssessmentRow, key: &str) -> Result<i64, StoreError> {
    let row: Option<Position> = c
        .fetch_optional(
            "SELECT position FROM sources WHERE assessment_id = $1 AND key = $2",
            &params![a.id, key],
        )
        .await?;
    match row {
        Some(p) => Ok(p.position),
        None => Err(StoreError::NotFound(Record::part(
            PartKind::Source,
            key,
            &a.code,
            a.year_i32()?,
        ))),
    }
}

impl Store {
    /// How many times each source of the register is cited (by answers, findings and context
    /// figures); sources cited nowhere are not listed.
    pub async fn source_uses(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<BTreeMap<String, u64>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<KeyCount> = c
            .fetch_all(
                "SELECT source_key, COUNT(*) AS n FROM (
                     SELECT source_key FROM citations WHERE assessment_id = $1
                     UNION ALL
                     SELECT source_key FROM context_figures WHERE assessment_id = $1
                 ) uses GROUP BY source_key",
                &params![a.id],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.source_key, u64::try_from(r.n).unwrap_or_default()))
            .collect())
    }

    /// Merge the source `drop` into `keep`: every citation of `drop` (by answers, findings and
    /// context figures) names `keep` instead, an answer or finding that would then cite `keep`
    /// twice with the same pinpoint keeps one of them, and `drop` leaves the register (with its
    /// translated titles). One transaction; the audit log records it on `drop` in one line.
    ///
    /// Refused when `keep` and `drop` are the same, when either is not in the register
    /// (`NotFound` naming it), and at stages where the content may not change.
    pub async fn merge_sources(
        &self,
        jurisdiction: &str,
        year: i32,
        keep: &str,
        drop: &str,
        actor: &str,
    ) -> Result<MergeOutcome, StoreError> {
        if keep == drop {
            return Err(StoreError::invalid(
                "into",
                Problem::MergeIntoItself(drop.to_owned()),
            ));
        }
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        check_editable(&a)?;
        let dropped_at = position_of(&mut c, &a, drop).await?;
        position_of(&mut c, &a, keep).await?;

        // Answers and findings: each owner's list rewritten, in its order, with `drop` named
        // `keep` and the second of two equal citations left out.
        let cited: Vec<CitationRow> = c
            .fetch_all(
                "SELECT owner_kind, owner_key, source_key, pinpoint FROM citations
                 WHERE assessment_id = $1 AND (owner_kind, owner_key) IN (
                     SELECT owner_kind, owner_key FROM citations
                     WHERE assessment_id = $1 AND source_key = $2)
                 ORDER BY owner_kind, owner_key, position",
                &params![a.id, drop],
            )
            .await?;
        let mut owners: BTreeMap<(String, String), Vec<(Citation, bool)>> = BTreeMap::new();
        let mut outcome = MergeOutcome::default();
        for row in cited {
            let list = owners.entry((row.owner_kind, row.owner_key)).or_default();
            let moved = row.source_key == drop;
            let citation = Citation {
                source: if moved {
                    keep.to_owned()
                } else {
                    row.source_key
                },
                pinpoint: row.pinpoint,
            };
            if moved {
                outcome.citations += 1;
            }
            // A citation the merge made equal to another is folded into the first of the two;
            // repetitions that were there before the merge are not the merge's to remove.
            let repeats = list
                .iter()
                .any(|(earlier, was_moved)| *earlier == citation && (moved || *was_moved));
            if repeats {
                outcome.duplicates += 1;
            } else {
                list.push((citation, moved));
            }
        }
        for (kind, owner) in owners.keys() {
            c.execute(
                "DELETE FROM citations WHERE assessment_id = $1 AND owner_kind = $2 AND owner_key = $3",
                &params![a.id, kind, owner],
            )
            .await?;
            let bump = match kind.as_str() {
                "answer" => {
                    "UPDATE answers SET version = version + 1
                     WHERE assessment_id = $1 AND indicator = $2"
                }
                _ => {
                    "UPDATE findings SET version = version + 1
                     WHERE assessment_id = $1 AND key = $2"
                }
            };
            c.execute(bump, &params![a.id, owner]).await?;
        }
        crate::evidence::insert_citations(
            &mut c,
            a.id,
            owners
                .iter()
                .flat_map(|((kind, owner), list)| {
                    list.iter()
                        .map(|(cit, _)| (kind.as_str(), owner.as_str(), cit))
                })
                .collect(),
        )
        .await?;

        outcome.figures = c
            .execute(
                "UPDATE context_figures SET source_key = $1, version = version + 1
                 WHERE assessment_id = $2 AND source_key = $3",
                &params![keep, a.id, drop],
            )
            .await?;

        // Progress notes of priorities cite inside their record: the same move, the same fold.
        let before = crate::priorities::read_all(&mut c, a.id).await?;
        let mut after = before.clone();
        for note in after.iter_mut().flat_map(|p| p.progress.iter_mut()) {
            let mut cited: Vec<mgi_model::Citation> = Vec::new();
            for mut cit in std::mem::take(&mut note.citations) {
                if cit.source == drop {
                    cit.source = keep.to_owned();
                    outcome.citations += 1;
                }
                if cited.contains(&cit) {
                    outcome.duplicates += 1;
                } else {
                    cited.push(cit);
                }
            }
            note.citations = cited;
        }
        crate::priorities::replace(&mut c, a.id, &before, &after).await?;

        // The translations of the removed source's title translate nothing any more.
        c.execute(
            "DELETE FROM translations WHERE assessment_id = $1 AND target = $2",
            &params![
                a.id,
                mgi_model::TextRef::SourceTitle(drop.to_owned()).to_string()
            ],
        )
        .await?;
        c.execute(
            "DELETE FROM sources WHERE assessment_id = $1 AND key = $2",
            &params![a.id, drop],
        )
        .await?;
        // The register stays numbered 0, 1, 2…: a source added later takes the next position.
        c.execute(
            "UPDATE sources SET position = position - 1 WHERE assessment_id = $1 AND position > $2",
            &params![a.id, dropped_at],
        )
        .await?;
        audit::record(
            &mut c,
            t.actor,
            t.jurisdiction,
            t.year,
            Entity::Source,
            drop,
            Field::MergedInto,
            Some(outcome.moved().to_string()),
            Some(keep.to_owned()),
        )
        .await?;
        tx.commit().await?;
        Ok(outcome)
    }
}
