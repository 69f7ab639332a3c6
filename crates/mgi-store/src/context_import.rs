//! Context figures from the tables analysts download (UN DESA migrant stock, World Bank
//! remittances), into the working round of each jurisdiction they cover: one transaction for the
//! whole file, the source added to each register, a figure of the same measure, year, sex, age
//! group and source replaced rather than repeated.

use mgi_model::audit::{Entity, Field};
use mgi_model::{ContextFigure, Source, Stage};

use crate::db::params;
use crate::evidence::write_source;
use crate::export::find_assessment;
use crate::rows::{Count, IdRow};
use crate::{Store, StoreError, audit};

/// What an import of context figures did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContextImport {
    /// The rounds that received figures (jurisdiction, year).
    pub assessments: Vec<(String, i32)>,
    pub added: usize,
    pub replaced: usize,
    /// Jurisdictions of the file with no round to receive them (none stored, or the round asked
    /// is missing, published or validated).
    pub skipped: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct RoundRow {
    id: i64,
    year: i64,
    stage: String,
}

impl Store {
    /// Store `figures` (ISO3 code, figure citing `source`) in round `year` of each jurisdiction,
    /// or in its latest round when `year` is `None`. Rounds that are published or validated are
    /// not changed. All or nothing.
    pub async fn import_context(
        &self,
        source: &Source,
        figures: &[(String, ContextFigure)],
        year: Option<i32>,
        actor: &str,
    ) -> Result<ContextImport, StoreError> {
        let problems = mgi_model::validate_source(source, "source");
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut codes: Vec<&str> = figures.iter().map(|(c, _)| c.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        let mut report = ContextImport::default();
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        for code in codes {
            let round: Option<RoundRow> = c
                .fetch_optional(
                    "SELECT id, year, stage FROM assessments WHERE jurisdiction = $1 AND ($2 = 0 OR year = $2)
                     ORDER BY year DESC LIMIT 1",
                    &params![code, i64::from(year.unwrap_or(0))],
                )
                .await?;
            let editable = round.filter(|r| {
                !matches!(
                    Stage::parse(&r.stage),
                    Some(Stage::Published | Stage::Validated) | None
                )
            });
            let Some(round) = editable else {
                report.skipped.push(code.to_owned());
                continue;
            };
            let round_year = i32::try_from(round.year)
                .map_err(|_| StoreError::Corrupt("assessments.year".into()))?;
            // The register gets the table's source once, through the register's own writer.
            let registered: Option<IdRow> = c
                .fetch_optional(
                    "SELECT 1 AS id FROM sources WHERE assessment_id = $1 AND key = $2",
                    &params![round.id, &source.key],
                )
                .await?;
            if registered.is_none() {
                let a = find_assessment(&mut c, code, round_year).await?;
                write_source(&mut c, &a, source, 0, actor).await?;
            }
            for (_, f) in figures.iter().filter(|(c, _)| c == code) {
                let sex = f.sex.map(|s| s.as_str());
                let existing: Option<IdRow> = c
                    .fetch_optional(
                        "SELECT position AS id FROM context_figures WHERE assessment_id = $1 AND measure = $2 AND year = $3
                         AND COALESCE(sex, 'total') = COALESCE($4, 'total') AND COALESCE(age_group, '') = COALESCE($5, '') AND source_key = $6",
                        &params![round.id, f.measure.as_str(), f.year, sex, f.age_group.clone(), &source.key],
                    )
                    .await?;
                match existing {
                    Some(row) => {
                        c.execute(
                            "UPDATE context_figures SET value = $1, unit = $2, version = version + 1
                             WHERE assessment_id = $3 AND position = $4",
                            &params![f.value, f.unit.as_str(), round.id, row.id],
                        )
                        .await?;
                        report.replaced += 1;
                    }
                    None => {
                        let next: Count = c
                            .fetch_optional("SELECT COALESCE(MAX(position) + 1, 0) AS n FROM context_figures WHERE assessment_id = $1", &params![round.id])
                            .await?
                            .unwrap_or_default();
                        c.execute(
                            "INSERT INTO context_figures (measure, value, unit, year, sex, age_group, source_key, assessment_id, position)
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                            &params![f.measure.as_str(), f.value, f.unit.as_str(), f.year, sex, f.age_group.clone(), &source.key, round.id, next.n],
                        )
                        .await?;
                        report.added += 1;
                    }
                }
            }
            audit::record(
                &mut c,
                actor,
                code,
                round_year,
                Entity::Context,
                &source.key,
                Field::Import,
                None,
                Some(source.title.clone()),
            )
            .await?;
            report.assessments.push((code.to_owned(), round_year));
        }
        tx.commit().await?;
        Ok(report)
    }
}
