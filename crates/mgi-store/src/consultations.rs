//! The record of consultation events, which the profile's annex reports.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{ConsultationEvent, Problem};

use crate::db::{Param, params};
use crate::export::find_assessment;
use crate::rows::{KeyRow, to_json};
use crate::{Store, StoreError, audit};

pub(crate) const COLUMNS: [&str; 13] = [
    "assessment_id",
    "key",
    "position",
    "title",
    "start_date",
    "end_date",
    "place",
    "participants",
    "more_than",
    "description",
    "key_findings",
    "recommendations",
    "footnotes",
];

/// The stored row of one event of assessment `id` at `position`.
pub(crate) fn row(id: i64, position: i64, e: &ConsultationEvent) -> [Param; 13] {
    params![
        id,
        &e.key,
        position,
        &e.title,
        e.start.to_string(),
        e.end.to_string(),
        &e.place,
        e.participants,
        e.participants_more_than,
        &e.description,
        to_json(&e.key_findings),
        to_json(&e.recommendations),
        to_json(&e.footnotes)
    ]
}

impl Store {
    /// Record a consultation event (its key is given here: `e1`, `e2`, …). Returns the key.
    pub async fn add_consultation(
        &self,
        jurisdiction: &str,
        year: i32,
        event: &ConsultationEvent,
        actor: &str,
    ) -> Result<String, StoreError> {
        let mut checks = Checks::new();
        for (field, value) in [("title", &event.title), ("place", &event.place)] {
            if value.trim().is_empty() {
                checks.push(field, Problem::Empty);
            }
        }
        if event.end < event.start {
            let order = Problem::EndsBeforeStart {
                start: event.start,
                end: event.end,
            };
            checks.push("end", order);
        }
        checks.line("title", &event.title);
        checks.line("place", &event.place);
        checks.text("description", &event.description);
        checks.texts("key_findings", &event.key_findings);
        checks.texts("recommendations", &event.recommendations);
        checks.texts("footnotes", &event.footnotes);
        StoreError::rules(checks)?;
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let keys: Vec<KeyRow> = c
            .fetch_all(
                "SELECT key FROM consultations WHERE assessment_id = $1",
                &params![a.id],
            )
            .await?;
        let taken = |k: &str| keys.iter().any(|r| r.key == k);
        let position = i64::try_from(keys.len()).unwrap_or(i64::MAX);
        let mut event = event.clone();
        event.key = (position + 1..)
            .map(|n| format!("e{n}"))
            .find(|k| !taken(k))
            .unwrap_or_default();
        c.insert_rows("consultations", &COLUMNS, vec![row(a.id, position, &event)])
            .await?;
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Consultation,
            &event.key,
            Field::Title,
            None,
            Some(event.title.clone()),
        )
        .await?;
        tx.commit().await?;
        Ok(event.key)
    }
}
