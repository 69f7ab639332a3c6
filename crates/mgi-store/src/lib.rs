//! Storage of mgi: SQLite (embedded, the default) and PostgreSQL behind one interface.
//!
//! [`Store`] is the interface; [`db`] (and `search`, for full-text matching) are the only modules
//! that know two backends exist. Each aggregate has its module (`import`, `export`, `edit`,
//! `comments`, `publish`, `accounts`, `audit`, `merge`); every multi-row change runs in one
//! transaction, and every editable record carries a version that a save must match.

mod accounts;
mod audit;
mod backup;
mod clock;
mod comments;
mod consultations;
mod context;
mod context_import;
mod db;
mod edit;
mod error;
mod evidence;
mod export;
mod findings;
mod import;
mod localised;
mod merge;
mod migrate;
mod portal_index;
mod priorities;
mod publish;
mod record;
mod rounds;
mod rows;
mod search;
mod tokens;
mod translations;
mod workbook;

use mgi_framework::Framework;
use mgi_model::{JurisdictionKind, Stage};

pub use accounts::{
    LinkState, MAX_CLIENT_FAILURES, MAX_FAILURES, MAX_GUESTS, MAX_STORED_FAILURES, NewUser,
    SESSION_HOURS, Session, ShareLinkInfo, SignInError, THROTTLE_MINUTES, client_key, is_user_name,
    password_checks, random_token,
};
pub use audit::AuditEntry;
pub use clock::stamp;
pub use comments::NewComment;
pub use context_import::ContextImport;
pub use db::{Db, Schema};
pub use edit::{AnswerEdit, Versioned};
pub use error::{Refusal, StoreError};
pub use findings::{FindingEdit, Review, Shift};
pub use import::ImportMode;
pub use localised::{NotDone, record_text, store_error_text};
pub use merge::MergeOutcome;
pub use portal_index::{
    Among, ExploreEntry, ExploreFilter, ExplorePage, IndicatorAnswer, LatestAnswers,
    PrintedCitation, PublishedText, SdgRow, SdgView,
};
pub use publish::{
    Approval, ApprovalState, CommentsSeen, MAX_OVERRIDE, Publication, PublicationStamp,
    PublishedChange, PublishedEntry, RecentPublication, Revision,
};
pub use record::{PartKind, Record};
pub use rounds::{ChangeLogLine, MAX_NOTE, RoundNote};
pub use search::{
    MAX_QUERY, PassageKind, SEARCH_LIMIT, SearchHit, SearchQuery, WordsFound, prefer_language,
    words,
};
pub use tokens::{MAX_TOKEN_DAYS, TOKEN_PREFIX, TokenInfo};
pub use translations::{TranslationEdit, VersionedTranslation};
pub use workbook::{WorkbookBase, WorkbookChanges};

/// The store: a database and the framework its assessments are checked against.
#[derive(Clone)]
pub struct Store {
    db: Db,
    framework: std::sync::Arc<Framework>,
}

/// One line of the assessment list.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AssessmentSummary {
    pub jurisdiction: String,
    pub name: String,
    #[sqlx(try_from = "rows::Coded<JurisdictionKind>")]
    pub kind: JurisdictionKind,
    pub region: String,
    pub year: i64,
    pub framework_set: String,
    #[sqlx(try_from = "rows::VersionCode")]
    pub framework_version: mgi_framework::Version,
    #[sqlx(try_from = "rows::Coded<Stage>")]
    pub stage: Stage,
    pub version: i64,
}

const SUMMARY_SELECT: &str = "SELECT a.jurisdiction, j.name, j.kind, j.region, a.year,
        a.framework_set, a.framework_version, a.stage, a.version
     FROM assessments a JOIN jurisdictions j ON j.code = a.jurisdiction";

impl Store {
    /// Open a database by URL (see [`Db::connect`]) and bring its schema up to date.
    pub async fn open(url: &str, framework: Framework) -> Result<Store, StoreError> {
        let db = Db::connect(url).await?;
        Store::with_db(db, framework).await
    }

    pub async fn with_db(db: Db, framework: Framework) -> Result<Store, StoreError> {
        db.migrate().await?;
        let store = Store {
            db,
            framework: std::sync::Arc::new(framework),
        };
        portal_index::backfill(&store).await?;
        search::backfill(&store).await?;
        Ok(store)
    }

    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    pub fn backend(&self) -> &'static str {
        self.db.backend()
    }

    /// This instance's database connections: (open, idle).
    pub fn pool_connections(&self) -> (u32, usize) {
        self.db.pool_connections()
    }

    /// Whether the database answers and its schema is this build's (see [`Schema`]).
    pub async fn schema_state(&self) -> Result<Schema, StoreError> {
        self.db.schema().await
    }

    pub async fn close(&self) {
        self.db.close().await;
    }

    pub async fn list_assessments(&self) -> Result<Vec<AssessmentSummary>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                format!("{SUMMARY_SELECT} ORDER BY j.region, j.name, a.year"),
                &[],
            )
            .await
    }

    /// One line of the assessment list, or `NotFound`.
    pub async fn assessment_summary(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<AssessmentSummary, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_optional(
                format!("{SUMMARY_SELECT} WHERE a.jurisdiction = $1 AND a.year = $2"),
                &db::params![jurisdiction, year],
            )
            .await?
            .ok_or_else(|| StoreError::NotFound(Record::assessment(jurisdiction, year)))
    }

    /// Refresh the query planner's statistics of every table (`ANALYZE`), as an operator does
    /// after a bulk load (PostgreSQL's autovacuum would, a minute or so later).
    pub async fn analyze(&self) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await?;
        tx.conn().execute("ANALYZE", &[]).await?;
        tx.commit().await
    }

    /// Counts of rows per table, for reports and benchmarks.
    pub async fn row_counts(&self) -> Result<Vec<(&'static str, i64)>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut out = Vec::new();
        for table in rows::TABLES {
            let n: rows::Count = tx
                .conn()
                .fetch_optional(format!("SELECT COUNT(*) AS n FROM {table}"), &[])
                .await?
                .unwrap_or_default();
            out.push((table, n.n));
        }
        Ok(out)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct SchemaColumn {
    pub table_name: String,
    pub column_name: String,
}

impl Store {
    /// Every (table, column) of the schema, sorted: the two backends' migrations must agree.
    pub async fn schema(&self) -> Result<Vec<SchemaColumn>, StoreError> {
        let mut tx = self.db.read().await?;
        let sql = match self.db {
            Db::Sqlite(_) => {
                "SELECT m.name AS table_name, p.name AS column_name
                 FROM sqlite_master m JOIN pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'
                   AND m.name NOT LIKE 'search_fts%'"
            }
            Db::Pg(_) => {
                "SELECT table_name::text AS table_name, column_name::text AS column_name
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'
                   AND is_generated = 'NEVER'"
            }
        };
        let mut columns: Vec<SchemaColumn> = tx.conn().fetch_all(sql, &[]).await?;
        columns.sort();
        Ok(columns)
    }
}
