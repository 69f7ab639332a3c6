//! Texts of an assessment in other languages: stored with the assessment, edited one at a time
//! with the version they were based on, like every other text.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{Problem, TextRef, TextStatus, Translation};

use crate::db::{Conn, Param, params};
use crate::edit::refused;
use crate::export::read_doc;
use crate::rows::{VersionRow, decode};
use crate::{PartKind, Record, Store, StoreError};

pub(crate) const COLUMNS: [&str; 7] = [
    "assessment_id",
    "lang",
    "target",
    "position",
    "text",
    "status",
    "original_fingerprint",
];

/// The stored row of one translation of assessment `id` at `position`.
pub(crate) fn row(id: i64, position: i64, t: &Translation) -> [Param; 7] {
    params![
        id,
        &t.lang,
        &t.target,
        position,
        &t.text,
        t.status.as_str(),
        t.of.clone()
    ]
}

#[derive(Debug, sqlx::FromRow)]
struct TranslationRow {
    lang: String,
    target: String,
    text: String,
    status: String,
    original_fingerprint: Option<String>,
    version: i64,
}

impl TranslationRow {
    fn into_translation(self) -> Result<Translation, StoreError> {
        Ok(Translation {
            status: decode(&self.status, TextStatus::parse, "translations.status")?,
            lang: self.lang,
            target: self.target,
            text: self.text,
            of: self.original_fingerprint,
        })
    }
}

const SELECT: &str =
    "SELECT lang, target, text, status, original_fingerprint, version FROM translations";

/// Every translation of assessment `id`, in the order they were written.
pub(crate) async fn read_all(c: &mut Conn<'_>, id: i64) -> Result<Vec<Translation>, StoreError> {
    let rows: Vec<TranslationRow> = c
        .fetch_all(
            format!("{SELECT} WHERE assessment_id = $1 ORDER BY position, lang, target"),
            &params![id],
        )
        .await?;
    rows.into_iter()
        .map(TranslationRow::into_translation)
        .collect()
}

/// A translation with the version a later save must quote.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionedTranslation {
    pub translation: Translation,
    pub version: i64,
}

/// One edit of a translation: its text (empty removes it) and status.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationEdit {
    pub lang: String,
    pub target: String,
    pub text: String,
    pub status: TextStatus,
}

impl Store {
    /// The translations of an assessment into `lang`, with their versions.
    pub async fn translations(
        &self,
        jurisdiction: &str,
        year: i32,
        lang: &str,
    ) -> Result<Vec<VersionedTranslation>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = crate::export::find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<TranslationRow> = c
            .fetch_all(
                format!(
                    "{SELECT} WHERE assessment_id = $1 AND lang = $2 ORDER BY position, target"
                ),
                &params![a.id, lang],
            )
            .await?;
        rows.into_iter()
            .map(|r| {
                let version = r.version;
                Ok(VersionedTranslation {
                    translation: r.into_translation()?,
                    version,
                })
            })
            .collect()
    }

    /// Save one translation, based on version `based_on` (0 creates it); an empty text removes
    /// it. Refused when the language is the assessment's own or unknown, when the assessment has
    /// no such text, or when the translation changed since `based_on` (a conflict; nothing is
    /// written). Returns the new version (0 once removed).
    pub async fn save_translation(
        &self,
        jurisdiction: &str,
        year: i32,
        edit: &TranslationEdit,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let (t, mut tx, a) = self.edit_on(jurisdiction, year, actor).await?;
        let mut c = tx.conn();
        let id = a.id;
        let doc = read_doc(&mut c, a).await?;
        let mut checks = Checks::new();
        if !mgi_framework::is_language(&edit.lang) {
            let code = edit.lang.clone();
            checks.push("lang", Problem::NotLanguage { code });
        } else if edit.lang == doc.language {
            let lang = edit.lang.clone();
            checks.push("lang", Problem::NotTranslation { lang });
        }
        let original = match edit.target.parse::<TextRef>() {
            Err(e) => {
                checks.push("target", e.into());
                None
            }
            Ok(r) => {
                let original = doc.original(&r).filter(|o| !o.trim().is_empty());
                if original.is_none() {
                    let target = edit.target.clone();
                    checks.push("target", Problem::NoSuchText { target });
                }
                original.map(mgi_model::fingerprint)
            }
        };
        checks.text("text", &edit.text);
        StoreError::rules(checks)?;
        let key = params![id, &edit.lang, &edit.target];
        let old: Option<TranslationRow> = c
            .fetch_optional(
                format!("{SELECT} WHERE assessment_id = $1 AND lang = $2 AND target = $3"),
                &key,
            )
            .await?;
        let remove = edit.text.trim().is_empty();
        let saved: Option<VersionRow> = match (based_on, remove) {
            (0, true) => Some(VersionRow { version: 0 }).filter(|_| old.is_none()),
            (0, false) => {
                c.fetch_optional(
                    "INSERT INTO translations (assessment_id, lang, target, position, text, status, original_fingerprint)
                     VALUES ($1, $2, $3, (SELECT COUNT(*) FROM translations WHERE assessment_id = $1), $4, $5, $6)
                     ON CONFLICT (assessment_id, lang, target) DO NOTHING RETURNING version",
                    &params![id, &edit.lang, &edit.target, &edit.text, edit.status.as_str(), original.clone()],
                )
                .await?
            }
            (_, true) => c
                .fetch_optional(
                    "DELETE FROM translations
                     WHERE assessment_id = $1 AND lang = $2 AND target = $3 AND version = $4
                     RETURNING version",
                    &params![id, &edit.lang, &edit.target, based_on],
                )
                .await?,
            (_, false) => c
                .fetch_optional(
                    "UPDATE translations SET text = $1, status = $2, original_fingerprint = $3,
                            version = version + 1
                     WHERE assessment_id = $4 AND lang = $5 AND target = $6 AND version = $7
                     RETURNING version",
                    &params![&edit.text, edit.status.as_str(), original.clone(), id, &edit.lang, &edit.target, based_on],
                )
                .await?,
        };
        let Some(saved) = saved else {
            let what = Record::part(
                PartKind::Translation,
                format!("{}:{}", edit.lang, edit.target),
                jurisdiction,
                year,
            );
            let select = "SELECT version FROM translations
                 WHERE assessment_id = $1 AND lang = $2 AND target = $3";
            return Err(refused(&mut c, select, &key, what, based_on).await);
        };
        let version = if remove { 0 } else { saved.version };
        let (old_text, old_status) = old.map(|o| (o.text, o.status)).unwrap_or_default();
        let (new_text, new_status) = if remove {
            (String::new(), String::new())
        } else {
            (edit.text.clone(), edit.status.as_str().to_owned())
        };
        t.audit_changes(
            &mut c,
            Entity::Translation,
            &format!("{}:{}", edit.lang, edit.target),
            &[
                (Field::Text, old_text, new_text),
                (Field::Status, old_status, new_status),
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }
}
