//! The audit log: who changed what, when, old → new.

use crate::db::{Conn, params};
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_key: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn record(
    c: &mut Conn<'_>,
    actor: &str,
    jurisdiction: &str,
    year: i32,
    entity: &str,
    key: &str,
    field: &str,
    old: Option<String>,
    new: Option<String>,
) -> Result<(), StoreError> {
    let at = crate::clock::stamp(crate::clock::now());
    c.execute(
        "INSERT INTO audit (at, actor, jurisdiction, year, entity, entity_key, field, old_value, new_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &params![at, actor, jurisdiction, year, entity, key, field, old, new],
    )
    .await?;
    Ok(())
}

impl Store {
    /// The audit log of one assessment, oldest first.
    pub async fn audit_log(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT id, at, actor, entity, entity_key, field, old_value, new_value
                 FROM audit WHERE jurisdiction = $1 AND year = $2 ORDER BY id",
                &params![jurisdiction, year],
            )
            .await
    }
}
