//! Full-text search over what is published: findings, summaries, answers' narratives and
//! sources of the latest publication of each assessment, in the assessment's language and in
//! its translations. The index is written in the same transaction as the publication, so every
//! instance sees it at once. Words are matched by their stems, their beginnings and their
//! British or American spelling ([`terms`], [`spelling`]); the store writes each passage's
//! terms, and the backends only look them up: SQLite with FTS5, PostgreSQL with a stored
//! `tsvector` (GIN-indexed). The one place besides `db` with SQL per backend.

mod spelling;
mod terms;

use mgi_i18n::{Lang, Localise, tr};
use mgi_model::{AssessmentDoc, Problem, TextRef};

use crate::db::{Conn, Db, params};
use crate::{Store, StoreError};

pub use terms::{SearchQuery, WordsFound, words};

/// What kind of published text a passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PassageKind {
    Finding,
    Summary,
    Answer,
    Source,
}

impl PassageKind {
    pub const ALL: [PassageKind; 4] = [
        PassageKind::Finding,
        PassageKind::Summary,
        PassageKind::Answer,
        PassageKind::Source,
    ];

    /// The code the index stores.
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Finding => "finding",
            PassageKind::Summary => "summary",
            PassageKind::Answer => "answer",
            PassageKind::Source => "source",
        }
    }

    pub fn parse(code: &str) -> Option<PassageKind> {
        PassageKind::ALL.into_iter().find(|k| k.as_str() == code)
    }
}

impl Localise for PassageKind {
    fn localise(&self, lang: Lang) -> String {
        match self {
            PassageKind::Finding => tr!(lang, "portal-search-kind-finding"),
            PassageKind::Summary => tr!(lang, "portal-search-kind-summary"),
            PassageKind::Answer => tr!(lang, "portal-search-kind-answer"),
            PassageKind::Source => tr!(lang, "portal-search-kind-source"),
        }
    }
}

/// One match.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SearchHit {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    /// The framework set of the round, whose domains place its indicators.
    pub framework_set: String,
    #[sqlx(try_from = "crate::rows::VersionCode")]
    pub framework_version: mgi_framework::Version,
    #[sqlx(try_from = "crate::rows::Coded<PassageKind>")]
    pub kind: PassageKind,
    /// The finding key, domain, indicator or source key.
    pub ref_key: String,
    /// The domain a finding or a summary is about; empty for an answer or a source.
    pub domain: String,
    pub text: String,
    /// The language of `text`: the assessment's own, or a translation's.
    pub lang: String,
}

/// One hit per passage: where a passage matched in several languages, the one in `lang`, else
/// the first found (hits come ordered by jurisdiction, year, kind and key).
pub fn prefer_language(hits: Vec<SearchHit>, lang: &str) -> Vec<SearchHit> {
    let mut out: Vec<SearchHit> = Vec::with_capacity(hits.len());
    for hit in hits {
        let same = |h: &SearchHit| {
            (&h.jurisdiction, h.year, &h.kind, &h.ref_key)
                == (&hit.jurisdiction, hit.year, &hit.kind, &hit.ref_key)
        };
        match out.iter_mut().find(|h| same(h)) {
            Some(kept) if kept.lang != lang && hit.lang == lang => *kept = hit,
            Some(_) => {}
            None => out.push(hit),
        }
    }
    out
}

/// At most this many hits are returned.
pub const SEARCH_LIMIT: i64 = 200;
/// At most this many matching passages are read, the most recently published first, before
/// they are put in order: a word found in every profile costs the same as a rarer one.
pub const SEARCH_SCAN: i64 = 2000;
/// The longest query, in characters.
pub const MAX_QUERY: usize = 200;

/// Replace the index entries of assessment `id` by the texts of `doc`.
pub(crate) async fn index(
    c: &mut Conn<'_>,
    id: i64,
    doc: &AssessmentDoc,
) -> Result<(), StoreError> {
    c.execute(
        "DELETE FROM search_entries WHERE assessment_id = $1",
        &params![id],
    )
    .await?;
    let mut rows: Vec<[crate::db::Param; 7]> = Vec::new();
    let mut add = |kind: PassageKind, key: &str, domain: &str, lang: &str, text: String| {
        if !text.trim().is_empty() {
            let terms = terms::terms(lang, &text);
            rows.push(params![id, kind.as_str(), key, domain, lang, text, terms]);
        }
    };
    let own = doc.language.as_str();
    let finding_domain = |key: &str| {
        doc.findings
            .iter()
            .find(|f| f.key == key)
            .map_or("", |f| f.domain.as_str())
    };
    // (kind, key, domain, text) of each passage in the assessment's own language.
    let own_passages = doc
        .findings
        .iter()
        .map(|f| {
            (
                PassageKind::Finding,
                &f.key,
                f.domain.as_str(),
                f.text.clone(),
            )
        })
        .chain(doc.summaries.iter().map(|s| {
            let d = s.domain.as_str();
            (PassageKind::Summary, &s.domain, d, s.text.clone())
        }))
        .chain(
            doc.answers
                .iter()
                .map(|a| (PassageKind::Answer, &a.indicator, "", a.narrative.clone())),
        )
        .chain(doc.sources.iter().map(|s| {
            let text = format!("{}. {}", s.issuer, s.title);
            (PassageKind::Source, &s.key, "", text)
        }));
    for (kind, key, domain, text) in own_passages {
        add(kind, key, domain, own, text);
    }
    for t in &doc.translations {
        let Ok(target) = t.target.parse::<TextRef>() else {
            continue;
        };
        if doc.current_translation(&target, &t.lang).is_none() {
            continue;
        }
        let text = t.text.clone();
        match &target {
            TextRef::Finding(k) => add(PassageKind::Finding, k, finding_domain(k), &t.lang, text),
            TextRef::Summary(d) => add(PassageKind::Summary, d, d, &t.lang, text),
            TextRef::Answer(i) => add(PassageKind::Answer, i, "", &t.lang, text),
            TextRef::SourceTitle(k) => {
                if let Some(s) = doc.source(k) {
                    add(
                        PassageKind::Source,
                        k,
                        "",
                        &t.lang,
                        format!("{}. {}", s.issuer, text),
                    );
                }
            }
            _ => {}
        }
    }
    c.insert_rows(
        "search_entries",
        &[
            "assessment_id",
            "kind",
            "ref",
            "domain",
            "lang",
            "text",
            "terms",
        ],
        rows,
    )
    .await
}

#[derive(sqlx::FromRow)]
struct Missing {
    assessment_id: i64,
}

#[derive(sqlx::FromRow)]
struct Snapshot {
    snapshot: String,
}

/// Index the latest publication of every assessment that has none in the index: a database
/// whose index a migration emptied (to rebuild it with new terms) or that predates it. Nothing
/// to do, and one query, when every publication is indexed. On PostgreSQL, instances that start
/// together take turns (the table is locked against writers), so none indexes twice.
pub(crate) async fn backfill(store: &Store) -> Result<usize, StoreError> {
    let missing = "FROM publications p WHERE p.revision = (SELECT MAX(q.revision) FROM publications q WHERE q.assessment_id = p.assessment_id)
         AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.assessment_id = p.assessment_id)";
    let select = format!("SELECT p.assessment_id {missing}");
    let mut tx = store.db.begin().await?;
    let mut c = tx.conn();
    let mut ids: Vec<Missing> = c.fetch_all(select.clone(), &[]).await?;
    if ids.is_empty() {
        return Ok(0);
    }
    if let Db::Pg(_) = store.db {
        c.execute("LOCK TABLE search_entries IN SHARE ROW EXCLUSIVE MODE", &[])
            .await?;
        // What another instance indexed while this one waited is done.
        ids = c.fetch_all(select, &[]).await?;
    }
    // One snapshot in memory at a time: a database of thousands of profiles is rebuilt whole.
    for m in &ids {
        let latest: Option<Snapshot> = c
            .fetch_optional(
                "SELECT snapshot FROM publications WHERE assessment_id = $1 ORDER BY revision DESC LIMIT 1",
                &params![m.assessment_id],
            )
            .await?;
        let Some(latest) = latest else { continue };
        let doc = AssessmentDoc::from_json(&latest.snapshot, store.framework()).map_err(|e| {
            StoreError::Corrupt(format!(
                "publication of assessment {}: {e}",
                m.assessment_id
            ))
        })?;
        index(&mut c, m.assessment_id, &doc).await?;
    }
    tx.commit().await?;
    Ok(ids.len())
}

impl Store {
    /// Published texts, in any language they are published in, matching every word of
    /// `query` (see [`SearchQuery`]), by jurisdiction, year and kind (never by anything that
    /// could read as a ranking of jurisdictions). Of a query matching more than [`SEARCH_SCAN`]
    /// passages, the most recently indexed ones are ordered. A query longer than
    /// [`MAX_QUERY`] characters is refused.
    pub async fn search(&self, query: &str) -> Result<Vec<SearchHit>, StoreError> {
        self.find(query, None).await
    }

    /// The passages [`Store::search`] finds, one hit per passage, each in `lang` when the
    /// passage is published in it (a French reader's English words find the English text and
    /// read its French translation), else in the language it matched in.
    pub async fn search_in(&self, query: &str, lang: &str) -> Result<Vec<SearchHit>, StoreError> {
        Ok(prefer_language(self.find(query, Some(lang)).await?, lang))
    }

    async fn find(&self, query: &str, lang: Option<&str>) -> Result<Vec<SearchHit>, StoreError> {
        if query.chars().nth(MAX_QUERY).is_some() {
            let chars = query.chars().count();
            let problem = Problem::TooLong {
                chars,
                max: MAX_QUERY,
            };
            return Err(StoreError::invalid("q", problem));
        }
        let q = SearchQuery::new(query);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        // $1 the most hits, $2 the most passages read, $3 the reader's language (none: ''),
        // then the query: the passages matched, the most recently indexed first.
        let mut params = params![SEARCH_LIMIT, SEARCH_SCAN, lang.unwrap_or_default()].to_vec();
        let matched = match self.db {
            Db::Sqlite(_) => {
                params.push(q.fts5().into());
                "SELECT rowid AS id FROM search_fts WHERE search_fts MATCH $4 ORDER BY rowid DESC LIMIT $2"
            }
            Db::Pg(_) => {
                params.push(q.tsquery().into());
                "SELECT s.id FROM search_entries s WHERE s.tsv @@ $4::tsquery ORDER BY s.id DESC LIMIT $2"
            }
        };
        // The first hits in order (h), then each in the reader's language where it is
        // published in it (t), else as matched.
        let sql = format!(
            "SELECT h.jurisdiction, h.name, h.year, h.framework_set, h.framework_version,
                    h.kind, h.ref_key, h.domain,
                    COALESCE(t.text, h.text) AS text, COALESCE(t.lang, h.lang) AS lang
             FROM (SELECT e.assessment_id, a.jurisdiction, j.name, a.year, a.framework_set,
                          a.framework_version, e.kind, e.ref AS ref_key, e.domain, e.text, e.lang
                   FROM ({matched}) f JOIN search_entries e ON e.id = f.id
                   JOIN assessments a ON a.id = e.assessment_id
                   JOIN jurisdictions j ON j.code = a.jurisdiction
                   ORDER BY j.name, a.year, e.kind, e.ref, e.lang LIMIT $1) h
             LEFT JOIN search_entries t ON t.assessment_id = h.assessment_id
                 AND t.kind = h.kind AND t.ref = h.ref_key AND t.lang = $3
             ORDER BY h.name, h.year, h.kind, h.ref_key, h.lang"
        );
        let mut tx = self.db.read().await?;
        if let Db::Pg(_) = self.db {
            // At most SEARCH_SCAN rows are read: starting parallel workers costs more than
            // it saves, which the planner's estimate of many alternative terms cannot tell.
            tx.conn()
                .execute("SET LOCAL max_parallel_workers_per_gather = 0", &[])
                .await?;
        }
        tx.conn().fetch_all(sql, &params).await
    }
}
