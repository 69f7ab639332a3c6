//! Full-text search over what is published: findings, summaries, answers' narratives and
//! sources of the latest publication of each assessment. The index is written in the same
//! transaction as the publication, so every instance sees it at once. The one place besides
//! `db` with SQL per backend: SQLite's FTS5 (diacritics folded) and PostgreSQL's `tsvector` (stored, GIN-indexed).

use mgi_i18n::{Lang, Localise, tr};
use mgi_model::{AssessmentDoc, TextRef};

use crate::db::{Conn, Db, params};
use crate::{Store, StoreError};

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
    #[sqlx(try_from = "crate::rows::Coded<PassageKind>")]
    pub kind: PassageKind,
    /// The finding key, domain, indicator or source key.
    pub ref_key: String,
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
    let mut rows: Vec<[crate::db::Param; 5]> = Vec::new();
    let mut add = |kind: PassageKind, key: &str, lang: &str, text: String| {
        if !text.trim().is_empty() {
            rows.push(params![id, kind.as_str(), key, lang, text]);
        }
    };
    let own = doc.language.as_str();
    for f in &doc.findings {
        add(PassageKind::Finding, &f.key, own, f.text.clone());
    }
    for s in &doc.summaries {
        add(PassageKind::Summary, &s.domain, own, s.text.clone());
    }
    for a in &doc.answers {
        add(PassageKind::Answer, &a.indicator, own, a.narrative.clone());
    }
    for s in &doc.sources {
        add(
            PassageKind::Source,
            &s.key,
            own,
            format!("{}. {}", s.issuer, s.title),
        );
    }
    for t in &doc.translations {
        let Ok(target) = t.target.parse::<TextRef>() else {
            continue;
        };
        if doc.current_translation(&target, &t.lang).is_none() {
            continue;
        }
        match &target {
            TextRef::Finding(k) => add(PassageKind::Finding, k, &t.lang, t.text.clone()),
            TextRef::Summary(d) => add(PassageKind::Summary, d, &t.lang, t.text.clone()),
            TextRef::Answer(i) => add(PassageKind::Answer, i, &t.lang, t.text.clone()),
            TextRef::SourceTitle(k) => {
                if let Some(s) = doc.source(k) {
                    add(
                        PassageKind::Source,
                        k,
                        &t.lang,
                        format!("{}. {}", s.issuer, t.text),
                    );
                }
            }
            _ => {}
        }
    }
    c.insert_rows(
        "search_entries",
        &["assessment_id", "kind", "ref", "lang", "text"],
        rows,
    )
    .await
}

/// The words of a query as an FTS5 expression: each word a quoted term, all required.
fn fts5_query(q: &str) -> String {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store {
    /// Published texts, in any language they are published in, matching every word of
    /// `query` (see [`prefer_language`] for one hit per passage), by jurisdiction, year and kind (never by
    /// anything that could read as a ranking of jurisdictions). Of a query matching more than
    /// [`SEARCH_SCAN`] passages, the most recently indexed ones are ordered.
    pub async fn search(&self, query: &str) -> Result<Vec<SearchHit>, StoreError> {
        let select =
            "SELECT a.jurisdiction, j.name, a.year, e.kind, e.ref AS ref_key, e.text, e.lang
             FROM search_entries e JOIN assessments a ON a.id = e.assessment_id
             JOIN jurisdictions j ON j.code = a.jurisdiction";
        let order = "ORDER BY j.name, a.year, e.kind, e.ref, e.lang LIMIT $2";
        let (sql, q) = match self.db {
            Db::Sqlite(_) => (
                format!(
                    "{select} JOIN (SELECT rowid FROM search_fts WHERE search_fts MATCH $1 ORDER BY rowid DESC LIMIT $3) f
                     ON f.rowid = e.id {order}"
                ),
                fts5_query(query),
            ),
            Db::Pg(_) => (
                format!(
                    "{select} WHERE e.id IN (SELECT s.id FROM search_entries s
                         WHERE s.tsv @@ plainto_tsquery('simple', $1) ORDER BY s.id DESC LIMIT $3) {order}"
                ),
                query.to_owned(),
            ),
        };
        if q.trim().is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(sql, &params![q, SEARCH_LIMIT, SEARCH_SCAN])
            .await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn fts5_queries_quote_every_word_and_drop_operators() {
        assert_eq!(
            super::fts5_query("labour \"migration\" OR-"),
            "\"labour\" \"migration\" \"OR\""
        );
        assert_eq!(super::fts5_query("  ;--  "), "");
    }
}
