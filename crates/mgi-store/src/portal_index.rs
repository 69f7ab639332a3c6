//! The portal index: the latest revision of each published assessment, flattened into rows the
//! explorer and the aggregate views query directly (answers by indicator, findings by indicator,
//! the latest published round of each jurisdiction). Written with the publication, in the same
//! transaction, like the search index; rebuilt from the snapshots when a database predates it.

use std::collections::BTreeMap;

use mgi_framework::Level;
use mgi_model::aggregate::{
    AnswerTally, GcmView, SDG_INDICATIVE, SdgDomainReading, gcm_view, sdg_readings,
};
use mgi_model::{AnswerValue, AssessmentDoc, Citation, FindingKind, JurisdictionKind, TextRef};
use serde::{Deserialize, Serialize};

use crate::db::{Conn, Param, params};
use crate::rows::{Count, decode, from_json, json_list, to_json};
use crate::{Store, StoreError};

/// A citation as the portal prints it, resolved against the source register at publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintedCitation {
    pub issuer: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinpoint: Option<String>,
}

fn printed(doc: &AssessmentDoc, citations: &[Citation]) -> String {
    let list: Vec<PrintedCitation> = citations
        .iter()
        .filter_map(|c| {
            let s = doc.source(&c.source)?;
            Some(PrintedCitation {
                issuer: s.issuer.clone(),
                title: s.title.clone(),
                year: s.year,
                pinpoint: c.pinpoint.clone(),
            })
        })
        .collect();
    to_json(&list)
}

/// A published text as written, in the assessment's language, with its current translations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedText {
    pub text: String,
    pub language: String,
    pub translations: BTreeMap<String, String>,
}

impl PublishedText {
    /// The text for a reader of `lang` and the language it is in: the translation when there is
    /// a current one, else the original.
    pub fn in_lang(&self, lang: &str) -> (&str, &str) {
        match self.translations.get_key_value(lang) {
            Some((l, t)) if lang != self.language => (t, l),
            _ => (&self.text, &self.language),
        }
    }
}

/// The current translations of `target` in `doc`, by language, as the index stores them.
fn translations(doc: &AssessmentDoc, target: &TextRef) -> String {
    let name = target.to_string();
    let original = doc.original(target).unwrap_or_default();
    let map: BTreeMap<&str, &str> = doc
        .translations
        .iter()
        .filter(|t| t.target == name && t.is_current(original))
        .map(|t| (t.lang.as_str(), t.text.as_str()))
        .collect();
    to_json(&map)
}

/// Replace the index rows of assessment `id` by the published `doc` at `revision`, and mark the
/// latest published round of its jurisdiction.
pub(crate) async fn index(
    c: &mut Conn<'_>,
    id: i64,
    doc: &AssessmentDoc,
    revision: i64,
) -> Result<(), StoreError> {
    for table in [
        "published_answers",
        "published_findings",
        "published_rounds",
    ] {
        c.execute(
            format!("DELETE FROM {table} WHERE assessment_id = $1"),
            &params![id],
        )
        .await?;
    }
    let j = &doc.jurisdiction;
    c.execute(
        "INSERT INTO published_rounds (assessment_id, jurisdiction, kind, region, year, revision, latest, language)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7)",
        &params![id, j.code.as_str(), j.kind.as_str(), j.region.as_str(), i64::from(doc.year), revision, doc.language.as_str()],
    )
    .await?;
    c.execute(
        "UPDATE published_rounds SET latest = CASE WHEN year =
             (SELECT MAX(p.year) FROM published_rounds p WHERE p.jurisdiction = $1) THEN 1 ELSE 0 END
         WHERE jurisdiction = $1",
        &params![j.code.as_str()],
    )
    .await?;
    let answers: Vec<[Param; 9]> = doc
        .answers
        .iter()
        .map(|a| {
            params![
                id,
                a.indicator.as_str(),
                a.value.as_str(),
                a.narrative.as_str(),
                printed(doc, &a.citations),
                0i64,
                j.kind.as_str(),
                j.region.as_str(),
                translations(doc, &TextRef::Answer(a.indicator.clone()))
            ]
        })
        .collect();
    c.insert_rows(
        "published_answers",
        &[
            "assessment_id",
            "indicator",
            "value",
            "narrative",
            "citations",
            "latest",
            "kind",
            "region",
            "translations",
        ],
        answers,
    )
    .await?;
    c.execute(
        "UPDATE published_answers SET latest =
             (SELECT r.latest FROM published_rounds r WHERE r.assessment_id = published_answers.assessment_id)
         WHERE assessment_id IN (SELECT assessment_id FROM published_rounds WHERE jurisdiction = $1)",
        &params![j.code.as_str()],
    )
    .await?;
    let mut findings: Vec<[Param; 7]> = Vec::new();
    for f in &doc.findings {
        let cited = printed(doc, &f.citations);
        let translated = translations(doc, &TextRef::Finding(f.key.clone()));
        let mut seen: Vec<&str> = Vec::new();
        for i in &f.indicators {
            if seen.contains(&i.as_str()) {
                continue;
            }
            seen.push(i);
            findings.push(params![
                id,
                f.key.as_str(),
                i.as_str(),
                f.kind.as_str(),
                f.text.as_str(),
                cited.clone(),
                translated.clone()
            ]);
        }
    }
    c.insert_rows(
        "published_findings",
        &[
            "assessment_id",
            "finding_key",
            "indicator",
            "kind",
            "text",
            "citations",
            "translations",
        ],
        findings,
    )
    .await
}

/// What one jurisdiction's latest published round says on an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct ExploreEntry {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    pub answer: Option<(AnswerValue, PublishedText, Vec<PrintedCitation>)>,
    pub findings: Vec<(FindingKind, PublishedText, Vec<PrintedCitation>)>,
}

/// One page of the explorer, in alphabetical order of jurisdiction names.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplorePage {
    /// Jurisdictions with something on the indicator, over all pages.
    pub total: i64,
    pub entries: Vec<ExploreEntry>,
}

/// Which jurisdictions' latest published rounds a view reads: all of them, or those of one
/// UN M49 region, of one kind (countries or localities), or both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Among {
    pub region: Option<String>,
    pub kind: Option<JurisdictionKind>,
}

impl Among {
    /// The region and kind as the parameters `$2` and `$3` of [`ON_INDICATOR`] take them.
    fn codes(&self) -> (&str, &str) {
        (
            self.region.as_deref().unwrap_or_default(),
            self.kind.map_or("", JurisdictionKind::as_str),
        )
    }
}

/// One page of the jurisdictions a query reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreFilter {
    pub among: Among,
    pub offset: i64,
    pub limit: i64,
}

/// What one jurisdiction's latest published round answers on an indicator, for the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorAnswer {
    pub jurisdiction: String,
    pub name: String,
    pub kind: JurisdictionKind,
    pub year: i64,
    /// None when the round speaks to the indicator by findings only.
    pub value: Option<AnswerValue>,
}

#[derive(sqlx::FromRow)]
struct IndicatorAnswerRow {
    jurisdiction: String,
    name: String,
    #[sqlx(try_from = "crate::rows::Coded<JurisdictionKind>")]
    kind: JurisdictionKind,
    year: i64,
    value: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ExploreRow {
    assessment_id: i64,
    jurisdiction: String,
    name: String,
    year: i64,
    language: String,
}

#[derive(sqlx::FromRow)]
struct AnswerRow {
    assessment_id: i64,
    value: String,
    narrative: String,
    citations: String,
    translations: String,
}

#[derive(sqlx::FromRow)]
struct FindingRow {
    assessment_id: i64,
    kind: String,
    text: String,
    citations: String,
    translations: String,
}

#[derive(sqlx::FromRow)]
struct TallyRow {
    region: String,
    indicator: String,
    value: String,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct RegionCount {
    region: String,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    assessment_id: i64,
    indicator: String,
    value: String,
}

/// One jurisdiction's indicative SDG 10.7.2 readings (its latest published round).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SdgRow {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    pub domains: Vec<SdgDomainReading>,
}

/// The indicative SDG 10.7.2 view: the label it always carries, and the readings by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SdgView {
    pub notice: &'static str,
    pub jurisdictions: Vec<SdgRow>,
}

/// A jurisdiction's latest published round with its answers (for the SDG readings).
#[derive(Debug, Clone, PartialEq)]
pub struct LatestAnswers {
    pub jurisdiction: String,
    pub name: String,
    pub year: i64,
    pub answers: BTreeMap<String, AnswerValue>,
}

fn kind_of(level: Level) -> &'static str {
    match level {
        Level::Local => JurisdictionKind::Locality.as_str(),
        Level::National | Level::Both => JurisdictionKind::Country.as_str(),
    }
}

/// Rows that speak to indicator `$1` in the latest published rounds (region `$2` and kind `$3`,
/// each empty for all).
const ON_INDICATOR: &str = "FROM published_rounds r JOIN jurisdictions j ON j.code = r.jurisdiction
     WHERE r.latest = 1 AND ($2 = '' OR r.region = $2) AND ($3 = '' OR r.kind = $3)
       AND (EXISTS (SELECT 1 FROM published_answers a WHERE a.assessment_id = r.assessment_id AND a.indicator = $1)
         OR EXISTS (SELECT 1 FROM published_findings f WHERE f.assessment_id = r.assessment_id AND f.indicator = $1))";

impl Store {
    /// What the latest published round of each jurisdiction says on `indicator`: answer,
    /// narrative, findings and cited sources; one page in alphabetical order.
    pub async fn explore(
        &self,
        indicator: &str,
        filter: &ExploreFilter,
    ) -> Result<ExplorePage, StoreError> {
        let (region, kind) = filter.among.codes();
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let total: Count = c
            .fetch_optional(
                format!("SELECT COUNT(*) AS n {ON_INDICATOR}"),
                &params![indicator, region, kind],
            )
            .await?
            .unwrap_or_default();
        let rounds: Vec<ExploreRow> = c
            .fetch_all(
                format!(
                    "SELECT r.assessment_id, r.jurisdiction, j.name, r.year, r.language {ON_INDICATOR}
                     ORDER BY j.name, r.jurisdiction LIMIT $4 OFFSET $5"
                ),
                &params![indicator, region, kind, filter.limit, filter.offset],
            )
            .await?;
        let ids: Vec<i64> = rounds.iter().map(|r| r.assessment_id).collect();
        if ids.is_empty() {
            return Ok(ExplorePage {
                total: total.n,
                entries: Vec::new(),
            });
        }
        let list = ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let answers: Vec<AnswerRow> = c
            .fetch_all(
                format!(
                    "SELECT assessment_id, value, narrative, citations, translations FROM published_answers
                     WHERE indicator = $1 AND assessment_id IN ({list})"
                ),
                &params![indicator],
            )
            .await?;
        let findings: Vec<FindingRow> = c
            .fetch_all(
                format!(
                    "SELECT assessment_id, kind, text, citations, translations FROM published_findings
                     WHERE indicator = $1 AND assessment_id IN ({list}) ORDER BY assessment_id, finding_key"
                ),
                &params![indicator],
            )
            .await?;
        let mut entries = Vec::with_capacity(rounds.len());
        for r in rounds {
            let answer = match answers.iter().find(|a| a.assessment_id == r.assessment_id) {
                Some(a) => Some((
                    decode(&a.value, AnswerValue::parse, "published_answers.value")?,
                    PublishedText {
                        text: a.narrative.clone(),
                        language: r.language.clone(),
                        translations: from_json(&a.translations, "published_answers.translations")?,
                    },
                    json_list(&a.citations, "published_answers.citations")?,
                )),
                None => None,
            };
            let mut fs = Vec::new();
            for f in findings
                .iter()
                .filter(|f| f.assessment_id == r.assessment_id)
            {
                fs.push((
                    decode(&f.kind, FindingKind::parse, "published_findings.kind")?,
                    PublishedText {
                        text: f.text.clone(),
                        language: r.language.clone(),
                        translations: from_json(
                            &f.translations,
                            "published_findings.translations",
                        )?,
                    },
                    json_list(&f.citations, "published_findings.citations")?,
                ));
            }
            entries.push(ExploreEntry {
                jurisdiction: r.jurisdiction,
                name: r.name,
                year: r.year,
                answer,
                findings: fs,
            });
        }
        Ok(ExplorePage {
            total: total.n,
            entries,
        })
    }

    /// For the explorer's map: every jurisdiction [`Store::explore`] lists on `indicator` (over
    /// all its pages, among the same jurisdictions), with the answer its latest published round
    /// gives, if it gives one (it may speak to the indicator by findings only); by name.
    pub async fn indicator_answers(
        &self,
        indicator: &str,
        among: &Among,
    ) -> Result<Vec<IndicatorAnswer>, StoreError> {
        let (region, kind) = among.codes();
        let mut tx = self.db.read().await?;
        let rows: Vec<IndicatorAnswerRow> = tx
            .conn()
            .fetch_all(
                format!(
                    "SELECT r.jurisdiction, j.name, r.kind, r.year,
                            (SELECT a.value FROM published_answers a
                             WHERE a.assessment_id = r.assessment_id AND a.indicator = $1) AS value
                     {ON_INDICATOR} ORDER BY j.name, r.jurisdiction"
                ),
                &params![indicator, region, kind],
            )
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(IndicatorAnswer {
                    value: match r.value {
                        Some(v) => Some(decode(&v, AnswerValue::parse, "published_answers.value")?),
                        None => None,
                    },
                    jurisdiction: r.jurisdiction,
                    name: r.name,
                    kind: r.kind,
                    year: r.year,
                })
            })
            .collect()
    }

    /// For the GCM view: the jurisdictions of `level` with a published round, per region, and
    /// how many of their latest rounds give each answer on each indicator.
    pub async fn answer_tallies(
        &self,
        level: Level,
    ) -> Result<(BTreeMap<String, u64>, Vec<AnswerTally>), StoreError> {
        let kind = kind_of(level);
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let regions: Vec<RegionCount> = c
            .fetch_all(
                "SELECT region, COUNT(*) AS n FROM published_rounds WHERE latest = 1 AND kind = $1
                 GROUP BY region ORDER BY region",
                &params![kind],
            )
            .await?;
        let rows: Vec<TallyRow> = c
            .fetch_all(
                "SELECT region, indicator, value, COUNT(*) AS n FROM published_answers
                 WHERE latest = 1 AND kind = $1 GROUP BY region, indicator, value",
                &params![kind],
            )
            .await?;
        let mut tallies = Vec::with_capacity(rows.len());
        for r in rows {
            tallies.push(AnswerTally {
                value: decode(&r.value, AnswerValue::parse, "published_answers.value")?,
                region: r.region,
                indicator: r.indicator,
                count: u64::try_from(r.n).unwrap_or_default(),
            });
        }
        let regions = regions
            .into_iter()
            .map(|r| (r.region, u64::try_from(r.n).unwrap_or_default()))
            .collect();
        Ok((regions, tallies))
    }

    /// The GCM view of `level` over the latest published round of each jurisdiction.
    pub async fn gcm_view(&self, level: Level) -> Result<GcmView, StoreError> {
        let (regions, tallies) = self.answer_tallies(level).await?;
        Ok(gcm_view(self.framework(), level, regions, &tallies))
    }

    /// The indicative SDG 10.7.2 readings of the latest published round of every jurisdiction
    /// of `level`, in alphabetical order.
    pub async fn sdg_view(&self, level: Level) -> Result<SdgView, StoreError> {
        let fw = self.framework();
        let jurisdictions = self
            .latest_answers(level)
            .await?
            .into_iter()
            .map(|l| SdgRow {
                domains: sdg_readings(fw, |id| l.answers.get(id).copied()),
                jurisdiction: l.jurisdiction,
                name: l.name,
                year: l.year,
            })
            .collect();
        Ok(SdgView {
            notice: SDG_INDICATIVE,
            jurisdictions,
        })
    }

    /// The answers of the latest published round of every jurisdiction of `level`, in
    /// alphabetical order of names.
    pub async fn latest_answers(&self, level: Level) -> Result<Vec<LatestAnswers>, StoreError> {
        let kind = kind_of(level);
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let rounds: Vec<ExploreRow> = c
            .fetch_all(
                "SELECT r.assessment_id, r.jurisdiction, j.name, r.year, r.language
                 FROM published_rounds r JOIN jurisdictions j ON j.code = r.jurisdiction
                 WHERE r.latest = 1 AND r.kind = $1 ORDER BY j.name, r.jurisdiction",
                &params![kind],
            )
            .await?;
        let values: Vec<ValueRow> = c
            .fetch_all(
                "SELECT assessment_id, indicator, value FROM published_answers
                 WHERE latest = 1 AND kind = $1",
                &params![kind],
            )
            .await?;
        let mut by_id: BTreeMap<i64, BTreeMap<String, AnswerValue>> = BTreeMap::new();
        for v in values {
            let value = decode(&v.value, AnswerValue::parse, "published_answers.value")?;
            by_id
                .entry(v.assessment_id)
                .or_default()
                .insert(v.indicator, value);
        }
        Ok(rounds
            .into_iter()
            .map(|r| LatestAnswers {
                answers: by_id.remove(&r.assessment_id).unwrap_or_default(),
                jurisdiction: r.jurisdiction,
                name: r.name,
                year: r.year,
            })
            .collect())
    }
}

#[derive(sqlx::FromRow)]
struct LatestSnapshot {
    assessment_id: i64,
    revision: i64,
    snapshot: String,
}

/// Index every publication the portal index lacks (a database that predates it). Nothing to
/// do, and one count to find that out, on a database that is up to date.
pub(crate) async fn backfill(store: &Store) -> Result<usize, StoreError> {
    let missing = "FROM publications p WHERE p.revision = (SELECT MAX(q.revision) FROM publications q WHERE q.assessment_id = p.assessment_id)
         AND NOT EXISTS (SELECT 1 FROM published_rounds r WHERE r.assessment_id = p.assessment_id AND r.revision = p.revision)";
    let mut tx = store.db.begin().await?;
    let mut c = tx.conn();
    let n: Count = c
        .fetch_optional(format!("SELECT COUNT(*) AS n {missing}"), &[])
        .await?
        .unwrap_or_default();
    if n.n == 0 {
        return Ok(0);
    }
    let rows: Vec<LatestSnapshot> = c
        .fetch_all(
            format!("SELECT p.assessment_id, p.revision, p.snapshot {missing}"),
            &[],
        )
        .await?;
    for r in &rows {
        let doc = AssessmentDoc::from_json(&r.snapshot, store.framework()).map_err(|e| {
            StoreError::Corrupt(format!(
                "publication of assessment {}: {e}",
                r.assessment_id
            ))
        })?;
        index(&mut c, r.assessment_id, &doc, r.revision).await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}
