//! `/work/{code}/{year}/audit`: the audit log of one assessment, newest first, for the team.
//! Every change by its time in the page's language, who made it by name, the record and the
//! field by name, and the values before and after, codes of a scale by their names.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::Action;
use mgi_model::audit::{Entity, Field};
use mgi_model::{AnswerStatus, AnswerValue, CommentState, Confidence, SourceKind, Stage};
use mgi_store::AuditEntry;

use super::extract::Opened;
use super::labels;
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, render};
use crate::ui::colon;

/// One change, as the page shows it.
pub struct AuditRow {
    /// The time as the store writes it, for `<time datetime>`.
    pub stamp: String,
    /// The time in the page's language.
    pub when: String,
    /// Who made the change, by display name.
    pub who: String,
    /// Their account name, in brackets after the display name when it differs.
    pub account: String,
    /// The kind of record by name, then its key.
    pub what: String,
    pub field: String,
    pub before: String,
    pub after: String,
}

impl AuditRow {
    fn new(lang: Lang, e: &AuditEntry) -> AuditRow {
        let entity = e.entity.localise(lang);
        let cell = |v: &Option<String>| {
            v.as_deref()
                .map(|v| shown(lang, e.entity, e.field, v))
                .unwrap_or_default()
        };
        AuditRow {
            stamp: mgi_store::stamp(e.at),
            when: labels::when(lang, e.at),
            who: e.actor_name.clone(),
            account: e.actor.clone(),
            what: match e.entity_key.as_str() {
                "" => entity,
                key => format!("{entity} {key}"),
            },
            field: e.field.localise(lang),
            before: match (e.field, e.old_value.as_deref().map(str::parse::<i64>)) {
                // A merge of sources keeps how many citations moved where the old value goes.
                (Field::MergedInto, Some(Ok(moved))) => {
                    tr!(lang, "work-audit-citations-moved", count = moved)
                }
                _ => cell(&e.old_value),
            },
            after: cell(&e.new_value),
        }
    }
}

/// A value as stored: a code of the field's scale by its name, anything else (free text, a
/// code that is not one of the scale) as it is.
fn shown(lang: Lang, entity: Entity, field: Field, stored: &str) -> String {
    let named = match (entity, field) {
        (Entity::Assessment, Field::Stage) => Stage::parse(stored).map(|s| s.localise(lang)),
        (Entity::Answer, Field::Value) => AnswerValue::parse(stored).map(|v| v.localise(lang)),
        (Entity::Answer, Field::Status) => AnswerStatus::parse(stored).map(|s| s.localise(lang)),
        (Entity::Answer, Field::Confidence) if stored.is_empty() => {
            Some(tr!(lang, "work-confidence-none"))
        }
        (Entity::Answer, Field::Confidence) => Confidence::parse(stored).map(|c| c.localise(lang)),
        (Entity::Source, Field::Kind) => SourceKind::parse(stored).map(|k| k.localise(lang)),
        (Entity::Comment, Field::State) => CommentState::parse(stored).map(|s| s.localise(lang)),
        _ => None,
    };
    named.unwrap_or_else(|| stored.to_owned())
}

#[derive(Template)]
#[template(path = "work/audit.html")]
pub struct AuditPage {
    pub chrome: Chrome,
    pub colon: &'static str,
    /// The assessment's place, which may read right to left, and its year.
    pub name: String,
    pub year: i32,
    /// Newest first.
    pub rows: Vec<AuditRow>,
}

pub async fn audit(State(state): State<AppState>, Opened(ctx): Opened) -> WebResult {
    // Whoever may not read the log is not told there is one.
    if !ctx.can(Action::ReadAudit) {
        return Err(WebError::NotFound);
    }
    let lang = ctx.lang();
    let log = state.store.audit_log(&ctx.code, ctx.year).await?;
    let page = AuditPage {
        chrome: ctx.chrome(&tr!(lang, "work-audit-title")),
        colon: colon(lang),
        name: ctx.name().to_owned(),
        year: ctx.year,
        rows: log.iter().rev().map(|e| AuditRow::new(lang, e)).collect(),
    };
    Ok(Html(render(&page)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_a_scale_are_named_and_other_values_kept() {
        let fr = Lang::Fr;
        assert_eq!(
            shown(fr, Entity::Assessment, Field::Stage, "validated"),
            Stage::Validated.localise(fr)
        );
        assert_eq!(
            shown(fr, Entity::Answer, Field::Confidence, ""),
            tr!(fr, "work-confidence-none")
        );
        assert_eq!(
            shown(fr, Entity::Comment, Field::State, "accepted"),
            CommentState::Accepted.localise(fr)
        );
        // Free text that happens to be a code stays as typed.
        assert_eq!(shown(fr, Entity::Finding, Field::Text, "draft"), "draft");
        assert_eq!(shown(fr, Entity::Answer, Field::Value, "maybe"), "maybe");
    }

    #[test]
    fn the_time_reads_as_a_date_and_time_of_the_language() {
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-01T09:05:30.123Z")
            .expect("time")
            .with_timezone(&chrono::Utc);
        assert_eq!(labels::when(Lang::Fr, t), "1er novembre 2026 09:05");
        assert_eq!(labels::when(Lang::En, t), "1 November 2026 09:05");
    }
}
