//! The context figures and convention ratifications of an assessment, edited
//! one record at a time with versions.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{ContextFigure, Convention, Problem};

use crate::db::{Conn, Param, params};
use crate::export::find_assessment;
use crate::findings::check_indicators;
use crate::rows::{Count, VersionRow};
use crate::{PartKind, Record, Store, StoreError, audit};

/// Save on top of `based_on` with `update` (0: `insert`), or explain why nothing was written.
async fn versioned_save(
    c: &mut Conn<'_>,
    based_on: i64,
    insert: (&'static str, &[Param]),
    update: (&'static str, &[Param]),
    current: (&'static str, &[Param]),
    what: Record,
) -> Result<i64, StoreError> {
    let (sql, params) = if based_on == 0 { insert } else { update };
    if let Some(saved) = c.fetch_optional::<VersionRow>(sql, params).await? {
        return Ok(saved.version);
    }
    Err(
        match c.fetch_optional::<VersionRow>(current.0, current.1).await? {
            Some(_) if based_on == 0 => StoreError::AlreadyExists(what),
            Some(now) => StoreError::Conflict {
                what,
                expected: based_on,
                current: now.version,
            },
            None => StoreError::NotFound(what),
        },
    )
}

impl Store {
    /// Save a context figure at `position` (`based_on` 0 adds one at the end). Returns the
    /// position and the new version.
    pub async fn save_context_figure(
        &self,
        jurisdiction: &str,
        year: i32,
        position: Option<i64>,
        f: &ContextFigure,
        based_on: i64,
        actor: &str,
    ) -> Result<(i64, i64), StoreError> {
        let mut checks = Checks::new();
        if f.measure.trim().is_empty() {
            checks.push("measure", Problem::Empty);
        }
        if !f.value.is_finite() {
            checks.push("value", Problem::NotFinite);
        }
        checks.line("measure", &f.measure);
        checks.line("unit", &f.unit);
        checks.line("age_group", f.age_group.as_deref().unwrap_or_default());
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let known: Count = c
            .fetch_optional(
                "SELECT COUNT(*) AS n FROM sources WHERE assessment_id = $1 AND key = $2",
                &params![a.id, &f.source],
            )
            .await?
            .unwrap_or_default();
        if known.n == 0 {
            checks.push("source", Problem::UnknownSource(f.source.clone()));
        }
        StoreError::rules(checks)?;
        let position = match position {
            Some(p) => p,
            None => {
                let n: Count = c
                    .fetch_optional("SELECT COALESCE(MAX(position) + 1, 0) AS n FROM context_figures WHERE assessment_id = $1", &params![a.id])
                    .await?
                    .unwrap_or_default();
                n.n
            }
        };
        let sex = f.sex.map(|s| s.as_str());
        let values = params![
            f.measure.trim(),
            f.value,
            f.unit.trim(),
            f.year,
            sex,
            f.age_group.clone(),
            &f.source,
            a.id,
            position,
            based_on
        ];
        let version = versioned_save(
            &mut c,
            based_on,
            (
                "INSERT INTO context_figures (measure, value, unit, year, sex, age_group, source_key, assessment_id, position)
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE $10 = 0
                 ON CONFLICT (assessment_id, position) DO NOTHING RETURNING version",
                &values,
            ),
            (
                "UPDATE context_figures SET measure = $1, value = $2, unit = $3, year = $4, sex = $5, age_group = $6,
                        source_key = $7, version = version + 1
                 WHERE assessment_id = $8 AND position = $9 AND version = $10 RETURNING version",
                &values,
            ),
            ("SELECT version FROM context_figures WHERE assessment_id = $1 AND position = $2", &params![a.id, position]),
            Record::part(PartKind::Figure, position.to_string(), jurisdiction, year),
        )
        .await?;
        let shown = format!("{} = {} {} ({})", f.measure, f.value, f.unit, f.year);
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Context,
            &position.to_string(),
            Field::Figure,
            None,
            Some(shown),
        )
        .await?;
        tx.commit().await?;
        Ok((position, version))
    }

    /// Save the ratification record of a convention indicator (`based_on` 0 creates it).
    pub async fn save_convention(
        &self,
        jurisdiction: &str,
        year: i32,
        conv: &Convention,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let mut checks = Checks::new();
        check_indicators(
            self,
            &a,
            "indicator",
            std::slice::from_ref(&conv.indicator),
            &mut checks,
        );
        if conv.name.trim().is_empty() {
            checks.push("name", Problem::Empty);
        }
        checks.line("name", &conv.name);
        StoreError::rules(checks)?;
        let values = params![
            conv.name.trim(),
            conv.ratified,
            conv.year,
            a.id,
            &conv.indicator,
            based_on
        ];
        let version = versioned_save(
            &mut c,
            based_on,
            (
                "INSERT INTO conventions (name, ratified, year, assessment_id, indicator, position)
                 SELECT $1, $2, $3, $4, $5, (SELECT COUNT(*) FROM conventions WHERE assessment_id = $4) WHERE $6 = 0
                 ON CONFLICT (assessment_id, indicator) DO NOTHING RETURNING version",
                &values,
            ),
            (
                "UPDATE conventions SET name = $1, ratified = $2, year = $3, version = version + 1
                 WHERE assessment_id = $4 AND indicator = $5 AND version = $6 RETURNING version",
                &values,
            ),
            ("SELECT version FROM conventions WHERE assessment_id = $1 AND indicator = $2", &params![a.id, &conv.indicator]),
            Record::part(PartKind::Convention, &conv.indicator, jurisdiction, year),
        )
        .await?;
        let shown = format!(
            "{}{}",
            if conv.ratified {
                "ratified"
            } else {
                "not ratified"
            },
            conv.year.map(|y| format!(" ({y})")).unwrap_or_default()
        );
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Convention,
            &conv.indicator,
            Field::Ratified,
            None,
            Some(shown),
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Context figures with their positions and versions.
    pub async fn context_figures(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<(i64, i64, ContextFigure)>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<crate::rows::ContextRow> = c
            .fetch_all(
                format!("{} ORDER BY position", crate::rows::CONTEXT_SELECT),
                &params![a.id],
            )
            .await?;
        rows.into_iter()
            .map(|r| Ok((r.position, r.version, r.into_figure()?)))
            .collect()
    }

    /// Convention records with their versions.
    pub async fn conventions(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<(i64, Convention)>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<crate::rows::ConventionRow> = c
            .fetch_all(
                format!("{} ORDER BY position", crate::rows::CONVENTION_SELECT),
                &params![a.id],
            )
            .await?;
        rows.into_iter()
            .map(|r| Ok((r.version, r.into_convention()?)))
            .collect()
    }
}
