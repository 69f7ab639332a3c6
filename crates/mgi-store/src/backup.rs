//! A consistent copy of an SQLite database while it serves: `VACUUM INTO` reads one snapshot
//! and, in WAL mode, writers go on meanwhile. PostgreSQL is copied with its own tools
//! (`pg_dump`, `pg_restore`), which the CLI runs.

use crate::db::Db;
use crate::{Store, StoreError};

impl Store {
    /// Write a consistent copy of this SQLite database to `path`, which must not exist.
    pub async fn backup_sqlite(&self, path: &std::path::Path) -> Result<(), StoreError> {
        let Db::Sqlite(pool) = &self.db else {
            return Err(StoreError::Config(
                "an SQLite backup of a PostgreSQL database: use pg_dump".into(),
            ));
        };
        if path.exists() {
            return Err(StoreError::AlreadyExists(crate::Record::File(
                path.display().to_string(),
            )));
        }
        // VACUUM cannot run inside a transaction: one statement on a pooled connection.
        sqlx::query("VACUUM INTO $1")
            .bind(path.display().to_string())
            .execute(pool)
            .await?;
        Ok(())
    }
}
