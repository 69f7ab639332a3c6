//! The audit log: who changed what, when, old → new. Entries are written and read through the
//! model's vocabulary ([`Entity`], [`Field`]); the database holds their codes.

use chrono::{DateTime, Utc};
use mgi_model::audit::{Entity, Field};

use crate::db::{Conn, params};
use crate::{Store, StoreError};

/// One change of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// Who made the change (a user name).
    pub actor: String,
    /// The display name of that account; the user name when no account has it.
    pub actor_name: String,
    pub entity: Entity,
    /// Which record of its kind (an indicator, a finding's key…); empty for the assessment.
    pub entity_key: String,
    pub field: Field,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// An entry as stored.
#[derive(sqlx::FromRow)]
struct AuditRow {
    id: i64,
    at: String,
    actor: String,
    actor_name: String,
    entity: String,
    entity_key: String,
    field: String,
    old_value: Option<String>,
    new_value: Option<String>,
}

impl AuditRow {
    /// The entry, or the store's damage error naming the row when its time, kind of record or
    /// field is not one mgi writes (only a hand edit of the database can make one).
    fn into_entry(self) -> Result<AuditEntry, StoreError> {
        let id = self.id;
        let damaged = |what: &str, value: &str| {
            StoreError::Corrupt(format!("audit row {id}: unknown {what} {value:?}"))
        };
        Ok(AuditEntry {
            at: crate::clock::read(&self.at).ok_or_else(|| damaged("time", &self.at))?,
            entity: Entity::parse(&self.entity).ok_or_else(|| damaged("entity", &self.entity))?,
            field: Field::parse(&self.field).ok_or_else(|| damaged("field", &self.field))?,
            id,
            actor: self.actor,
            actor_name: self.actor_name,
            entity_key: self.entity_key,
            old_value: self.old_value,
            new_value: self.new_value,
        })
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn record(
    c: &mut Conn<'_>,
    actor: &str,
    jurisdiction: &str,
    year: i32,
    entity: Entity,
    key: &str,
    field: Field,
    old: Option<String>,
    new: Option<String>,
) -> Result<(), StoreError> {
    let at = crate::clock::stamp(crate::clock::now());
    c.execute(
        "INSERT INTO audit (at, actor, jurisdiction, year, entity, entity_key, field, old_value, new_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &params![at, actor, jurisdiction, year, entity.as_str(), key, field.as_str(), old, new],
    )
    .await?;
    Ok(())
}

impl Store {
    /// The audit log of one assessment, oldest first. A row the model cannot read is an error
    /// naming it ([`StoreError::Corrupt`]), never a row left out.
    pub async fn audit_log(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut tx = self.db.read().await?;
        let rows: Vec<AuditRow> = tx
            .conn()
            .fetch_all(
                "SELECT a.id, a.at, a.actor, COALESCE(u.display_name, a.actor) AS actor_name,
                        a.entity, a.entity_key, a.field, a.old_value, a.new_value
                 FROM audit a LEFT JOIN users u ON u.username = a.actor
                 WHERE a.jurisdiction = $1 AND a.year = $2 ORDER BY a.id",
                &params![jurisdiction, year],
            )
            .await?;
        rows.into_iter().map(AuditRow::into_entry).collect()
    }
}
