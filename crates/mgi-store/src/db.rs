//! The one place that knows there are two backends. Every query of the store is written once,
//! in the SQL both SQLite and PostgreSQL accept (`$N` parameters, `RETURNING`, `ON CONFLICT`), and
//! run through [`Conn`], which binds [`Param`] values on whichever backend is open.

use std::borrow::Cow;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use mgi_model::Problem;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, FromRow, PgConnection, PgPool, SqliteConnection, SqlitePool};

use crate::StoreError;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static PG_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// Where a database's schema stands against this build's migrations (by their numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    Current,
    /// Migrations of this build not applied yet (started before an upgrade finished).
    Behind {
        applied: i64,
        expected: i64,
    },
    /// Migrated by a newer build (an instance left on the old version).
    Ahead {
        applied: i64,
        expected: i64,
    },
}

/// A value bound to a `$N` parameter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Param {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Bool(bool),
}

impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Int(Some(v))
    }
}
impl From<Option<i64>> for Param {
    fn from(v: Option<i64>) -> Self {
        Param::Int(v)
    }
}
impl From<i32> for Param {
    fn from(v: i32) -> Self {
        Param::Int(Some(i64::from(v)))
    }
}
impl From<Option<i32>> for Param {
    fn from(v: Option<i32>) -> Self {
        Param::Int(v.map(i64::from))
    }
}
impl From<Option<u32>> for Param {
    fn from(v: Option<u32>) -> Self {
        Param::Int(v.map(i64::from))
    }
}
impl From<f64> for Param {
    fn from(v: f64) -> Self {
        Param::Real(Some(v))
    }
}
impl From<bool> for Param {
    fn from(v: bool) -> Self {
        Param::Bool(v)
    }
}
impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Text(Some(v.to_owned()))
    }
}
impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Text(Some(v))
    }
}
impl From<&String> for Param {
    fn from(v: &String) -> Self {
        Param::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Param {
    fn from(v: Option<String>) -> Self {
        Param::Text(v)
    }
}
impl From<Option<&str>> for Param {
    fn from(v: Option<&str>) -> Self {
        Param::Text(v.map(str::to_owned))
    }
}

/// `params![a, b, c]` → `[Param; 3]`.
macro_rules! params {
    ($($v:expr),* $(,)?) => { [$($crate::db::Param::from($v)),*] };
}
pub(crate) use params;

/// SQL text written by this crate: literals, or built by this crate from literals. User data only
/// ever travels as parameters.
pub(crate) type Sql = Cow<'static, str>;

macro_rules! bind_all {
    ($q:expr, $params:expr) => {{
        let mut q = $q;
        for p in $params {
            q = match p {
                Param::Int(v) => q.bind(*v),
                Param::Real(v) => q.bind(*v),
                Param::Text(v) => q.bind(v.clone()),
                Param::Bool(v) => q.bind(*v),
            };
        }
        q
    }};
}

/// A row type decodable on both backends (`#[derive(sqlx::FromRow)]` gives this).
pub(crate) trait Row:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{}

/// A connection (or transaction) of either backend.
pub(crate) enum Conn<'a> {
    Sqlite(&'a mut SqliteConnection),
    Pg(&'a mut PgConnection),
}

/// Refuse a text holding U+0000 on every backend alike: PostgreSQL cannot store it in `text`,
/// and SQLite would keep what PostgreSQL refuses.
fn check_params(params: &[Param]) -> Result<(), StoreError> {
    let nul = params
        .iter()
        .any(|p| matches!(p, Param::Text(Some(t)) if t.contains('\0')));
    if nul {
        return Err(StoreError::invalid("text", Problem::NulCharacter));
    }
    Ok(())
}

impl Conn<'_> {
    pub(crate) async fn execute(
        &mut self,
        sql: impl Into<Sql>,
        params: &[Param],
    ) -> Result<u64, StoreError> {
        check_params(params)?;
        let sql = AssertSqlSafe(sql.into());
        Ok(match self {
            Conn::Sqlite(c) => bind_all!(sqlx::query(sql), params)
                .execute(&mut **c)
                .await?
                .rows_affected(),
            Conn::Pg(c) => bind_all!(sqlx::query(sql), params)
                .execute(&mut **c)
                .await?
                .rows_affected(),
        })
    }

    pub(crate) async fn fetch_all<T: Row>(
        &mut self,
        sql: impl Into<Sql>,
        params: &[Param],
    ) -> Result<Vec<T>, StoreError> {
        check_params(params)?;
        let sql = AssertSqlSafe(sql.into());
        Ok(match self {
            Conn::Sqlite(c) => {
                bind_all!(sqlx::query_as::<_, T>(sql), params)
                    .fetch_all(&mut **c)
                    .await?
            }
            Conn::Pg(c) => {
                bind_all!(sqlx::query_as::<_, T>(sql), params)
                    .fetch_all(&mut **c)
                    .await?
            }
        })
    }

    pub(crate) async fn fetch_optional<T: Row>(
        &mut self,
        sql: impl Into<Sql>,
        params: &[Param],
    ) -> Result<Option<T>, StoreError> {
        check_params(params)?;
        let sql = AssertSqlSafe(sql.into());
        Ok(match self {
            Conn::Sqlite(c) => {
                bind_all!(sqlx::query_as::<_, T>(sql), params)
                    .fetch_optional(&mut **c)
                    .await?
            }
            Conn::Pg(c) => {
                bind_all!(sqlx::query_as::<_, T>(sql), params)
                    .fetch_optional(&mut **c)
                    .await?
            }
        })
    }

    /// Insert many rows of `columns` into `table`, in statements of at most ~30 000 parameters.
    pub(crate) async fn insert_rows<R: Into<Vec<Param>>>(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: Vec<R>,
    ) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let per_statement = (30_000 / columns.len()).max(1);
        let mut rows = rows.into_iter().map(Into::into).peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Param>> = rows.by_ref().take(per_statement).collect();
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (i, row) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for j in 0..row.len() {
                    n += 1;
                    if j > 0 {
                        sql.push_str(", ");
                    }
                    sql.push('$');
                    sql.push_str(&n.to_string());
                }
                sql.push(')');
            }
            let params: Vec<Param> = chunk.into_iter().flatten().collect();
            self.execute(sql, &params).await?;
        }
        Ok(())
    }
}

/// A transaction of either backend; dropped without [`Tx::commit`] it rolls back.
pub(crate) enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Pg(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(t) => Conn::Sqlite(&mut *t),
            Tx::Pg(t) => Conn::Pg(&mut *t),
        }
    }

    pub(crate) async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Pg(t) => t.commit().await?,
        }
        Ok(())
    }
}

/// The database: an SQLite file or a PostgreSQL server.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

impl Db {
    /// `postgres://…` or `postgresql://…` opens PostgreSQL; `sqlite://PATH` or a plain path opens
    /// (and creates) an SQLite file.
    pub async fn connect(url: &str) -> Result<Db, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)
                .map_err(|e| StoreError::Config(format!("database URL: {e}")))?;
            Db::connect_pg(options).await
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            Db::connect_sqlite(Path::new(path)).await
        }
    }

    pub async fn connect_pg(options: PgConnectOptions) -> Result<Db, StoreError> {
        // Plan every statement with its parameters: a generic plan cannot tell a word found in
        // every profile from a rare one, and search needs different plans for the two.
        let options = options.options([("plan_cache_mode", "force_custom_plan")]);
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db::Pg(pool))
    }

    async fn connect_sqlite(path: &Path) -> Result<Db, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Config(format!("cannot create data folder {}: {e}", dir.display()))
            })?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(Db::Sqlite(pool))
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Pg(_) => "postgres",
        }
    }

    /// The pool's connections: (open, idle).
    pub fn pool_connections(&self) -> (u32, usize) {
        match self {
            Db::Sqlite(p) => (p.size(), p.num_idle()),
            Db::Pg(p) => (p.size(), p.num_idle()),
        }
    }

    /// Bring the schema up to date (the migrations of the backend in use).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Db::Pg(p) => PG_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// How the database's schema compares with the migrations this build carries; an error
    /// when the database does not answer.
    pub async fn schema(&self) -> Result<Schema, StoreError> {
        const APPLIED: &str = "SELECT MAX(version) FROM _sqlx_migrations WHERE success";
        let (applied, migrator): (Option<i64>, &Migrator) = match self {
            Db::Sqlite(p) => (
                sqlx::query_scalar(APPLIED).fetch_one(p).await?,
                &SQLITE_MIGRATIONS,
            ),
            Db::Pg(p) => (
                sqlx::query_scalar(APPLIED).fetch_one(p).await?,
                &PG_MIGRATIONS,
            ),
        };
        let expected = migrator.iter().map(|m| m.version).max().unwrap_or_default();
        let applied = applied.unwrap_or_default();
        Ok(match applied.cmp(&expected) {
            std::cmp::Ordering::Equal => Schema::Current,
            std::cmp::Ordering::Less => Schema::Behind { applied, expected },
            std::cmp::Ordering::Greater => Schema::Ahead { applied, expected },
        })
    }

    /// Begin a write transaction. SQLite takes the write lock at once (`BEGIN IMMEDIATE`), so
    /// two writers queue instead of failing half-way.
    pub(crate) async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Pg(p) => Tx::Pg(p.begin().await?),
        })
    }

    /// A read-only view: a transaction that is never committed, so reads see one snapshot.
    pub(crate) async fn read(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin().await?),
            Db::Pg(p) => Tx::Pg(
                p.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .await?,
            ),
        })
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Pg(p) => p.close().await,
        }
    }
}
