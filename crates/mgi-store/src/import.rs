//! Writing a whole assessment document: one transaction, all or nothing.

use mgi_model::audit::{Entity, Field};
use mgi_model::{AssessmentDoc, Sex, validate};

use crate::db::{Conn, params};
use crate::rows::{IdVersion, anchor_parts, to_json};
use crate::{Store, StoreError, audit};

/// What to do when the assessment (jurisdiction and year) is already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Refuse.
    New,
    /// Replace it whole (its version goes up by one; the audit log keeps the change).
    Replace,
}

impl Store {
    /// Validate and store one assessment; on any problem nothing is stored.
    pub async fn import_assessment(
        &self,
        doc: &AssessmentDoc,
        actor: &str,
        mode: ImportMode,
    ) -> Result<(), StoreError> {
        self.import_many(std::slice::from_ref(doc), actor, mode)
            .await
    }

    /// Validate and store several assessments in one transaction.
    pub async fn import_many(
        &self,
        docs: &[AssessmentDoc],
        actor: &str,
        mode: ImportMode,
    ) -> Result<(), StoreError> {
        for doc in docs {
            let problems = validate(doc, &self.framework);
            if !problems.is_empty() {
                return Err(StoreError::Invalid(problems));
            }
        }
        let mut tx = self.db.begin().await?;
        for doc in docs {
            write_doc(&mut tx.conn(), doc, actor, mode).await?;
        }
        tx.commit().await
    }
}

async fn write_doc(
    c: &mut Conn<'_>,
    doc: &AssessmentDoc,
    actor: &str,
    mode: ImportMode,
) -> Result<(), StoreError> {
    let j = &doc.jurisdiction;
    c.execute(
        "INSERT INTO jurisdictions (code, kind, name, region, subregion) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name,
             region = excluded.region, subregion = excluded.subregion",
        &params![&j.code, j.kind.as_str(), &j.name, &j.region, j.subregion.clone()],
    )
    .await?;
    let existing: Option<IdVersion> = c
        .fetch_optional(
            "SELECT id, version FROM assessments WHERE jurisdiction = $1 AND year = $2",
            &params![&j.code, doc.year],
        )
        .await?;
    let version = match (existing, mode) {
        (Some(_), ImportMode::New) => {
            return Err(StoreError::AlreadyExists(crate::Record::assessment(
                &j.code, doc.year,
            )));
        }
        (Some(old), ImportMode::Replace) => {
            c.execute("DELETE FROM assessments WHERE id = $1", &params![old.id])
                .await?;
            old.version + 1
        }
        (None, _) => 1,
    };
    let stamp = crate::clock::stamp(crate::clock::now());
    let created: IdVersion = c
        .fetch_optional(
            "INSERT INTO assessments (jurisdiction, year, framework_set, framework_version, stage, version, created_at, updated_at, language)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id, version",
            &params![&j.code, doc.year, &doc.framework.set, doc.framework.version.code(), doc.stage.as_str(), version, stamp, &doc.language],
        )
        .await?
        .ok_or_else(|| StoreError::Corrupt("assessment insert returned no row".into()))?;
    let id = created.id;
    write_children(c, id, doc).await?;
    // A document imported as published is its own first publication.
    if doc.stage.is_public() {
        crate::publish::write_publication(c, id, doc, "Imported", None, actor).await?;
    }
    let what = format!(
        "{} answers, {} findings, {} sources",
        doc.answers.len(),
        doc.findings.len(),
        doc.sources.len()
    );
    let old = (version > 1).then(|| format!("version {}", version - 1));
    audit::record(
        c,
        actor,
        &j.code,
        doc.year,
        Entity::Assessment,
        "",
        Field::Import,
        old,
        Some(what),
    )
    .await
}

async fn write_children(c: &mut Conn<'_>, id: i64, doc: &AssessmentDoc) -> Result<(), StoreError> {
    let pos = |i: usize| i64::try_from(i).unwrap_or(i64::MAX);
    c.insert_rows(
        "summaries",
        &["assessment_id", "domain", "position", "text"],
        doc.summaries
            .iter()
            .enumerate()
            .map(|(i, s)| params![id, &s.domain, pos(i), &s.text])
            .collect(),
    )
    .await?;
    c.insert_rows(
        "sources",
        &[
            "assessment_id",
            "key",
            "position",
            "issuer",
            "title",
            "year",
            "kind",
            "amended",
            "url",
            "online",
            "language",
            "note",
        ],
        doc.sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                params![
                    id,
                    &s.key,
                    pos(i),
                    &s.issuer,
                    &s.title,
                    s.year,
                    s.kind.as_str(),
                    to_json(&s.amended),
                    s.url.clone(),
                    s.online,
                    s.language.clone(),
                    s.note.clone()
                ]
            })
            .collect(),
    )
    .await?;
    c.insert_rows(
        "answers",
        &[
            "assessment_id",
            "indicator",
            "position",
            "value",
            "narrative",
            "status",
            "confidence",
            "notes",
        ],
        doc.answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                params![
                    id,
                    &a.indicator,
                    pos(i),
                    a.value.as_str(),
                    &a.narrative,
                    a.status.as_str(),
                    a.confidence.map(|c| c.as_str()),
                    &a.notes
                ]
            })
            .collect(),
    )
    .await?;
    c.insert_rows(
        "findings",
        &[
            "assessment_id",
            "key",
            "position",
            "domain",
            "kind",
            "text",
            "indicators",
            "footnotes",
            "suggested",
        ],
        doc.findings
            .iter()
            .enumerate()
            .map(|(i, f)| {
                params![
                    id,
                    &f.key,
                    pos(i),
                    &f.domain,
                    f.kind.as_str(),
                    &f.text,
                    to_json(&f.indicators),
                    to_json(&f.footnotes),
                    to_json(&f.suggested)
                ]
            })
            .collect(),
    )
    .await?;
    let answer_citations = doc.answers.iter().flat_map(|a| {
        a.citations
            .iter()
            .map(move |c| ("answer", a.indicator.as_str(), c))
    });
    let finding_citations = doc.findings.iter().flat_map(|f| {
        f.citations
            .iter()
            .map(move |c| ("finding", f.key.as_str(), c))
    });
    crate::evidence::insert_citations(c, id, answer_citations.chain(finding_citations).collect())
        .await?;
    c.insert_rows(
        "context_figures",
        &[
            "assessment_id",
            "position",
            "measure",
            "value",
            "unit",
            "year",
            "sex",
            "age_group",
            "source_key",
        ],
        doc.context
            .iter()
            .enumerate()
            .map(|(i, f)| {
                params![
                    id,
                    pos(i),
                    &f.measure,
                    f.value,
                    &f.unit,
                    f.year,
                    f.sex.map(Sex::as_str),
                    f.age_group.clone(),
                    &f.source
                ]
            })
            .collect(),
    )
    .await?;
    c.insert_rows(
        "conventions",
        &[
            "assessment_id",
            "indicator",
            "position",
            "name",
            "ratified",
            "year",
        ],
        doc.conventions
            .iter()
            .enumerate()
            .map(|(i, v)| params![id, &v.indicator, pos(i), &v.name, v.ratified, v.year])
            .collect(),
    )
    .await?;
    c.insert_rows(
        "consultations",
        &crate::consultations::COLUMNS,
        doc.consultations
            .iter()
            .enumerate()
            .map(|(i, e)| crate::consultations::row(id, pos(i), e))
            .collect(),
    )
    .await?;
    c.insert_rows(
        "translations",
        &crate::translations::COLUMNS,
        doc.translations
            .iter()
            .enumerate()
            .map(|(i, t)| crate::translations::row(id, pos(i), t))
            .collect(),
    )
    .await?;
    c.insert_rows(
        "priorities",
        &crate::priorities::COLUMNS,
        doc.priorities
            .iter()
            .enumerate()
            .map(|(i, p)| crate::priorities::row(id, pos(i), p))
            .collect(),
    )
    .await?;
    c.insert_rows(
        "comments",
        &[
            "assessment_id",
            "key",
            "position",
            "author",
            "anchor_kind",
            "anchor_ref",
            "visibility",
            "state",
            "text",
            "created_at",
        ],
        doc.comments
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (kind, reference) = anchor_parts(&m.anchor);
                params![
                    id,
                    &m.key,
                    pos(i),
                    &m.author,
                    kind,
                    reference,
                    m.visibility.as_str(),
                    m.state.as_str(),
                    &m.text,
                    m.created
                        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
                ]
            })
            .collect(),
    )
    .await?;
    Ok(())
}
