//! Reading a whole assessment back into its document.

use mgi_model::*;

use crate::db::{Conn, params};
use crate::rows::*;
use crate::{Store, StoreError};

impl Store {
    /// The stored assessment of a jurisdiction and year, as one document.
    pub async fn export_assessment(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<AssessmentDoc, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let row = find_assessment(&mut c, jurisdiction, year).await?;
        read_doc(&mut c, row).await
    }
}

pub(crate) async fn find_assessment(
    c: &mut Conn<'_>,
    jurisdiction: &str,
    year: i32,
) -> Result<AssessmentRow, StoreError> {
    c.fetch_optional(
        "SELECT a.id, j.code, j.kind, j.name, j.region, j.subregion, a.year, a.framework_set,
                a.framework_version, a.stage, a.version, a.language
         FROM assessments a JOIN jurisdictions j ON j.code = a.jurisdiction
         WHERE a.jurisdiction = $1 AND a.year = $2",
        &params![jurisdiction, year],
    )
    .await?
    .ok_or_else(|| StoreError::NotFound(crate::Record::assessment(jurisdiction, year)))
}

pub(crate) async fn read_doc(
    c: &mut Conn<'_>,
    a: AssessmentRow,
) -> Result<AssessmentDoc, StoreError> {
    let id = params![a.id];
    let summaries: Vec<SummaryRow> = c
        .fetch_all(
            "SELECT domain, text FROM summaries WHERE assessment_id = $1 ORDER BY position",
            &id,
        )
        .await?;
    let sources: Vec<SourceRow> = c
        .fetch_all(format!("{SOURCE_SELECT} ORDER BY position"), &id)
        .await?;
    let answers: Vec<AnswerRow> = c
        .fetch_all(
            "SELECT indicator, value, narrative, status, confidence, notes, version
             FROM answers WHERE assessment_id = $1 ORDER BY position",
            &id,
        )
        .await?;
    let findings: Vec<FindingRow> = c
        .fetch_all(
            "SELECT key, domain, kind, text, indicators, footnotes, suggested, version, position
             FROM findings WHERE assessment_id = $1 ORDER BY position",
            &id,
        )
        .await?;
    let citations: Vec<CitationRow> = c
        .fetch_all(
            "SELECT owner_kind, owner_key, source_key, pinpoint FROM citations
             WHERE assessment_id = $1 ORDER BY owner_kind, owner_key, position",
            &id,
        )
        .await?;
    let context: Vec<ContextRow> = c
        .fetch_all(format!("{CONTEXT_SELECT} ORDER BY position"), &id)
        .await?;
    let conventions: Vec<ConventionRow> = c
        .fetch_all(format!("{CONVENTION_SELECT} ORDER BY position"), &id)
        .await?;
    let consultations: Vec<ConsultationRow> = c
        .fetch_all(
            "SELECT key, title, start_date, end_date, place, participants, more_than, description,
                    key_findings, recommendations, footnotes
             FROM consultations WHERE assessment_id = $1 ORDER BY position",
            &id,
        )
        .await?;
    let comments: Vec<CommentRow> = c
        .fetch_all(format!("{COMMENT_SELECT} ORDER BY position"), &id)
        .await?;
    let translations = crate::translations::read_all(c, a.id).await?;
    let priorities = crate::priorities::read_all(c, a.id).await?;

    let cites = |kind: &str, owner: &str| -> Vec<Citation> {
        citations
            .iter()
            .filter(|c| c.owner_kind == kind && c.owner_key == owner)
            .map(|c| Citation {
                source: c.source_key.clone(),
                pinpoint: c.pinpoint.clone(),
            })
            .collect()
    };
    let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
    Ok(AssessmentDoc {
        format: FORMAT.to_owned(),
        jurisdiction: Jurisdiction {
            code: a.code,
            kind: decode(&a.kind, JurisdictionKind::parse, "jurisdictions.kind")?,
            name: a.name,
            region: a.region,
            subregion: a.subregion,
        },
        year: year(a.year, "assessments.year")?,
        framework: FrameworkRef {
            set: a.framework_set,
            version: a.framework_version,
        },
        stage,
        summaries: summaries
            .into_iter()
            .map(|s| DomainSummary {
                domain: s.domain,
                text: s.text,
            })
            .collect(),
        sources: sources
            .into_iter()
            .map(SourceRow::into_source)
            .collect::<Result<_, StoreError>>()?,
        answers: answers
            .into_iter()
            .map(|r| {
                let citations = cites("answer", &r.indicator);
                r.into_answer(citations)
            })
            .collect::<Result<_, StoreError>>()?,
        findings: findings
            .into_iter()
            .map(|r| {
                Ok(Finding {
                    kind: decode(&r.kind, FindingKind::parse, "findings.kind")?,
                    indicators: json_list(&r.indicators, "findings.indicators")?,
                    footnotes: json_list(&r.footnotes, "findings.footnotes")?,
                    suggested: json_list(&r.suggested, "findings.suggested")?,
                    citations: cites("finding", &r.key),
                    key: r.key,
                    domain: r.domain,
                    text: r.text,
                })
            })
            .collect::<Result<_, StoreError>>()?,
        context: context
            .into_iter()
            .map(ContextRow::into_figure)
            .collect::<Result<_, StoreError>>()?,
        conventions: conventions
            .into_iter()
            .map(ConventionRow::into_convention)
            .collect::<Result<_, StoreError>>()?,
        consultations: consultations
            .into_iter()
            .map(|r| {
                let date = |s: &str, place: &str| {
                    s.parse::<chrono::NaiveDate>()
                        .map_err(|e| StoreError::Corrupt(format!("{place}: {e}")))
                };
                Ok(ConsultationEvent {
                    start: date(&r.start_date, "consultations.start_date")?,
                    end: date(&r.end_date, "consultations.end_date")?,
                    participants: r
                        .participants
                        .map(|n| {
                            u32::try_from(n).map_err(|_| {
                                StoreError::Corrupt(format!("consultations.participants {n}"))
                            })
                        })
                        .transpose()?,
                    key_findings: json_list(&r.key_findings, "consultations.key_findings")?,
                    recommendations: json_list(
                        &r.recommendations,
                        "consultations.recommendations",
                    )?,
                    footnotes: json_list(&r.footnotes, "consultations.footnotes")?,
                    key: r.key,
                    title: r.title,
                    place: r.place,
                    participants_more_than: r.more_than,
                    description: r.description,
                })
            })
            .collect::<Result<_, StoreError>>()?,
        comments: comments
            .into_iter()
            .map(CommentRow::into_comment)
            .collect::<Result<_, StoreError>>()?,
        priorities,
        language: a.language,
        translations,
        revisions: Vec::new(),
    })
}
