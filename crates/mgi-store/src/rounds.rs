//! Rounds of one jurisdiction: starting the next from a stored one, the published rounds, and
//! the analysts' notes on the change log between two rounds.

use mgi_model::Problem;
use mgi_model::audit::{Entity, Field};
use mgi_model::rounds::{CarryReport, next_round};

use crate::clock::{now, stamp};
use crate::db::params;
use crate::import::ImportMode;
use crate::rows::VersionRow;
use crate::{PartKind, Record, Store, StoreError, audit};

/// An analyst's note on one line of the change log.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RoundNote {
    pub indicator: String,
    pub note: String,
    pub author: String,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub version: i64,
}

/// One line of the change log between two rounds: an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeLogLine<'a> {
    pub jurisdiction: &'a str,
    pub from: i32,
    pub to: i32,
    pub indicator: &'a str,
}

#[derive(sqlx::FromRow)]
struct YearRow {
    year: i64,
}

/// Longest note accepted.
pub const MAX_NOTE: usize = 10_000;

impl Store {
    /// Start round `year` of `jurisdiction` from its stored round `from`: the evidence carried
    /// over through the crosswalks, every answer to re-verify (see [`next_round`]).
    pub async fn new_round(
        &self,
        jurisdiction: &str,
        from: i32,
        year: i32,
        actor: &str,
    ) -> Result<CarryReport, StoreError> {
        let previous = self.export_assessment(jurisdiction, from).await?;
        let (doc, report) = next_round(&previous, &self.framework, year)
            .map_err(|e| StoreError::invalid("year", e.into()))?;
        self.import_assessment(&doc, actor, ImportMode::New).await?;
        Ok(report)
    }

    /// The years of a jurisdiction's published rounds, oldest first.
    pub async fn published_years(&self, jurisdiction: &str) -> Result<Vec<i32>, StoreError> {
        let mut tx = self.db.read().await?;
        let rows: Vec<YearRow> = tx
            .conn()
            .fetch_all(
                "SELECT year FROM published_rounds WHERE jurisdiction = $1 ORDER BY year",
                &params![jurisdiction],
            )
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| i32::try_from(r.year).ok())
            .collect())
    }

    /// The notes on the change log from round `from` to round `to`.
    pub async fn round_notes(
        &self,
        jurisdiction: &str,
        from: i32,
        to: i32,
    ) -> Result<Vec<RoundNote>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT indicator, note, author, updated_at, version FROM round_notes
                 WHERE jurisdiction = $1 AND from_year = $2 AND to_year = $3 ORDER BY indicator",
                &params![jurisdiction, from, to],
            )
            .await
    }

    /// Write the note on one line of a change log, based on the version read (0 for a new
    /// note). A stale version is a conflict and writes nothing.
    pub async fn save_round_note(
        &self,
        line: &ChangeLogLine<'_>,
        note: &str,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let ChangeLogLine {
            jurisdiction,
            from,
            to,
            indicator,
        } = *line;
        if note.len() > MAX_NOTE {
            return Err(StoreError::invalid(
                "note",
                Problem::TooLong {
                    chars: note.chars().count(),
                    max: MAX_NOTE,
                },
            ));
        }
        if self.framework.indicator(indicator).is_none() {
            return Err(StoreError::invalid(
                "indicator",
                Problem::UnknownIndicator {
                    id: indicator.to_owned(),
                    set: None,
                },
            ));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let key = params![jurisdiction, from, to, indicator];
        let at = stamp(now());
        let saved: Option<VersionRow> = if based_on == 0 {
            c.fetch_optional(
                "INSERT INTO round_notes (jurisdiction, from_year, to_year, indicator, note, author, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (jurisdiction, from_year, to_year, indicator) DO NOTHING RETURNING version",
                &params![jurisdiction, from, to, indicator, note, actor, at.as_str()],
            )
            .await?
        } else {
            c.fetch_optional(
                "UPDATE round_notes SET note = $5, author = $6, updated_at = $7, version = version + 1
                 WHERE jurisdiction = $1 AND from_year = $2 AND to_year = $3 AND indicator = $4 AND version = $8
                 RETURNING version",
                &params![jurisdiction, from, to, indicator, note, actor, at.as_str(), based_on],
            )
            .await?
        };
        let Some(saved) = saved else {
            let current: Option<VersionRow> = c
                .fetch_optional(
                    "SELECT version FROM round_notes
                     WHERE jurisdiction = $1 AND from_year = $2 AND to_year = $3 AND indicator = $4",
                    &key,
                )
                .await?;
            return Err(match current {
                Some(row) => StoreError::Conflict {
                    what: Record::part(PartKind::Note, indicator, jurisdiction, to),
                    expected: based_on,
                    current: row.version,
                },
                None => {
                    StoreError::NotFound(Record::part(PartKind::Note, indicator, jurisdiction, to))
                }
            });
        };
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            to,
            Entity::RoundNote,
            indicator,
            Field::Note,
            None,
            Some(note.to_owned()),
        )
        .await?;
        tx.commit().await?;
        Ok(saved.version)
    }
}
