//! The source register of an assessment: sources created and edited one at a time, with
//! versions, and read back with their versions for the editor.

use mgi_model::audit::{Entity, Field};
use mgi_model::{Citation, Problem, Source, validate_source};

use crate::db::{Conn, params};
use crate::edit::Versioned;
use crate::export::find_assessment;
use crate::rows::{
    AssessmentRow, CitationRow, Count, SOURCE_SELECT, SourceRow, VersionRow, to_json,
};
use crate::{PartKind, Record, Store, StoreError, audit};

/// The fields of a source as the audit log shows them.
fn described(s: &Source) -> [(Field, String); 6] {
    [
        (Field::Issuer, s.issuer.clone()),
        (Field::Title, s.title.clone()),
        (
            Field::Year,
            s.year.map(|y| y.to_string()).unwrap_or_default(),
        ),
        (Field::Kind, s.kind.as_str().to_owned()),
        (Field::Url, s.url.clone().unwrap_or_default()),
        (Field::Note, s.note.clone().unwrap_or_default()),
    ]
}

/// Check that every citation names a source of the register.
pub(crate) async fn check_citations(
    c: &mut Conn<'_>,
    assessment: i64,
    citations: &[Citation],
) -> Result<(), StoreError> {
    let mut problems = Vec::new();
    for (i, cit) in citations.iter().enumerate() {
        let n: Count = c
            .fetch_optional(
                "SELECT COUNT(*) AS n FROM sources WHERE assessment_id = $1 AND key = $2",
                &params![assessment, &cit.source],
            )
            .await?
            .unwrap_or_default();
        if n.n == 0 {
            problems.push(mgi_model::DocError::new(
                format!("citations[{i}].source"),
                Problem::UnknownSource(cit.source.clone()),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(problems))
    }
}

/// The citations of one answer or finding (`owner_kind` "answer" or "finding"), in order.
pub(crate) async fn owner_citations(
    c: &mut Conn<'_>,
    assessment: i64,
    owner_kind: &str,
    owner_key: &str,
) -> Result<Vec<Citation>, StoreError> {
    let rows: Vec<CitationRow> = c
        .fetch_all(
            "SELECT owner_kind, owner_key, source_key, pinpoint FROM citations
             WHERE assessment_id = $1 AND owner_kind = $2 AND owner_key = $3 ORDER BY position",
            &params![assessment, owner_kind, owner_key],
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Citation {
            source: r.source_key,
            pinpoint: r.pinpoint,
        })
        .collect())
}

/// Replace the citations of one answer or finding.
pub(crate) async fn replace_citations(
    c: &mut Conn<'_>,
    assessment: i64,
    owner_kind: &str,
    owner_key: &str,
    citations: &[Citation],
) -> Result<(), StoreError> {
    check_citations(c, assessment, citations).await?;
    c.execute(
        "DELETE FROM citations WHERE assessment_id = $1 AND owner_kind = $2 AND owner_key = $3",
        &params![assessment, owner_kind, owner_key],
    )
    .await?;
    insert_citations(
        c,
        assessment,
        citations
            .iter()
            .map(|cit| (owner_kind, owner_key, cit))
            .collect(),
    )
    .await
}

/// Insert citations given as (owner kind, owner key, citation), positions counted per owner in
/// the order given.
pub(crate) async fn insert_citations<'a>(
    c: &mut Conn<'_>,
    assessment: i64,
    citations: Vec<(&'a str, &'a str, &'a Citation)>,
) -> Result<(), StoreError> {
    let mut last: Option<(&str, &str)> = None;
    let mut position = 0i64;
    let mut rows = Vec::new();
    for (kind, owner, cit) in citations {
        position = if last == Some((kind, owner)) {
            position + 1
        } else {
            0
        };
        last = Some((kind, owner));
        rows.push(params![
            assessment,
            kind,
            owner,
            position,
            &cit.source,
            cit.pinpoint.clone()
        ]);
    }
    c.insert_rows(
        "citations",
        &[
            "assessment_id",
            "owner_kind",
            "owner_key",
            "position",
            "source_key",
            "pinpoint",
        ],
        rows,
    )
    .await
}

impl Store {
    /// The source register with versions, in register order.
    pub async fn sources(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<Versioned<Source>>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<SourceRow> = c
            .fetch_all(format!("{SOURCE_SELECT} ORDER BY position"), &params![a.id])
            .await?;
        rows.into_iter()
            .map(|r| {
                let version = r.version;
                Ok(Versioned {
                    value: r.into_source()?,
                    version,
                })
            })
            .collect()
    }

    /// Create (`based_on` 0) or update a source of the register. Returns the new version.
    pub async fn save_source(
        &self,
        jurisdiction: &str,
        year: i32,
        source: &Source,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let problems = validate_source(source, "source");
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let version = write_source(&mut c, &a, source, based_on, actor).await?;
        tx.commit().await?;
        Ok(version)
    }
}

/// [`Store::save_source`] (checked already) inside a transaction the caller commits.
pub(crate) async fn write_source(
    c: &mut Conn<'_>,
    a: &AssessmentRow,
    source: &Source,
    based_on: i64,
    actor: &str,
) -> Result<i64, StoreError> {
    let (jurisdiction, year) = (a.code.as_str(), a.year_i32()?);
    let key = params![a.id, &source.key];
    let old: Option<SourceRow> = c
        .fetch_optional(format!("{SOURCE_SELECT} AND key = $2"), &key)
        .await?;
    let what = Record::part(PartKind::Source, &source.key, jurisdiction, year);
    let s = source;
    let saved: Option<VersionRow> = if based_on == 0 {
        if old.is_some() {
            return Err(StoreError::AlreadyExists(what));
        }
        c.fetch_optional(
                "INSERT INTO sources (assessment_id, key, position, issuer, title, year, kind, amended, url, online, language, note)
                 VALUES ($1, $2, (SELECT COUNT(*) FROM sources WHERE assessment_id = $1), $3, $4, $5, $6, $7, $8, $9, $10, $11)
                 ON CONFLICT (assessment_id, key) DO NOTHING RETURNING version",
                &params![a.id, &s.key, &s.issuer, &s.title, s.year, s.kind.as_str(), to_json(&s.amended), s.url.clone(), s.online, s.language.clone(), s.note.clone()],
            )
            .await?
    } else {
        c.fetch_optional(
                "UPDATE sources SET issuer = $1, title = $2, year = $3, kind = $4, amended = $5, url = $6,
                        online = $7, language = $8, note = $9, version = version + 1
                 WHERE assessment_id = $10 AND key = $11 AND version = $12 RETURNING version",
                &params![&s.issuer, &s.title, s.year, s.kind.as_str(), to_json(&s.amended), s.url.clone(), s.online, s.language.clone(), s.note.clone(), a.id, &s.key, based_on],
            )
            .await?
    };
    let Some(saved) = saved else {
        return Err(match old {
            Some(o) => StoreError::Conflict {
                what,
                expected: based_on,
                current: o.version,
            },
            None if based_on == 0 => StoreError::AlreadyExists(what),
            None => StoreError::NotFound(what),
        });
    };
    let before = old.map(SourceRow::into_source).transpose()?;
    for ((field, new), old) in described(s).into_iter().zip(
        before
            .as_ref()
            .map(described)
            .into_iter()
            .flatten()
            .map(|(_, v)| Some(v))
            .chain(std::iter::repeat(None)),
    ) {
        if old.as_deref().unwrap_or_default() != new {
            audit::record(
                c,
                actor,
                jurisdiction,
                year,
                Entity::Source,
                &s.key,
                field,
                old,
                Some(new),
            )
            .await?;
        }
    }
    Ok(saved.version)
}
