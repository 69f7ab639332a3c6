//! Comments on a draft: written by anyone the access rules let comment, anchored to a finding, an
//! indicator or the whole assessment, and moved through their states by the team.

use mgi_model::audit::{Entity, Field};
use mgi_model::rules::Checks;
use mgi_model::{Anchor, Comment, CommentState, Problem, Visibility};

use crate::clock::{now, stamp};
use crate::db::params;
use crate::edit::Versioned;
use crate::export::find_assessment;
use crate::rows::{COMMENT_SELECT, CommentRow, Count, KeyRow, VersionRow, anchor_parts};
use crate::{PartKind, Record, Store, StoreError, audit};

/// The longest comment accepted, in characters.
pub const MAX_COMMENT: usize = 10_000;

/// A comment as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComment {
    pub anchor: Anchor,
    pub visibility: Visibility,
    pub text: String,
}

impl Store {
    /// The comments of an assessment with their versions, oldest first.
    pub async fn comments(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<Versioned<Comment>>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<CommentRow> = c
            .fetch_all(
                format!("{COMMENT_SELECT} ORDER BY position"),
                &params![a.id],
            )
            .await?;
        rows.into_iter()
            .map(|r| {
                let version = r.version;
                Ok(Versioned {
                    value: r.into_comment()?,
                    version,
                })
            })
            .collect()
    }

    /// Add a comment by `author`; returns its key.
    pub async fn add_comment(
        &self,
        jurisdiction: &str,
        year: i32,
        comment: &NewComment,
        author: &str,
    ) -> Result<String, StoreError> {
        let text = comment.text.trim();
        if text.is_empty() {
            return Err(StoreError::invalid("text", Problem::Empty));
        }
        let mut checks = Checks::new();
        checks.text("text", text);
        StoreError::rules(checks)?;
        if text.chars().count() > MAX_COMMENT {
            return Err(StoreError::invalid(
                "text",
                Problem::TooLong {
                    chars: text.chars().count(),
                    max: MAX_COMMENT,
                },
            ));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let unknown = match &comment.anchor {
            Anchor::General => None,
            Anchor::Indicator(i) => self
                .framework
                .set(&a.framework_set, a.framework_version)
                .is_none_or(|s| !s.contains(i))
                .then(|| Problem::UnknownIndicator {
                    id: i.clone(),
                    set: Some(a.set_name()),
                }),
            Anchor::Finding(k) => c
                .fetch_optional::<Count>(
                    "SELECT COUNT(*) AS n FROM findings WHERE assessment_id = $1 AND key = $2",
                    &params![a.id, k],
                )
                .await?
                .is_none_or(|n| n.n == 0)
                .then(|| Problem::UnknownFinding(k.clone())),
        };
        if let Some(problem) = unknown {
            return Err(StoreError::invalid("anchor", problem));
        }
        let (kind, reference) = anchor_parts(&comment.anchor);
        // The first free `c<n>` after those taken: an imported comment may hold any key, so
        // the count of comments is only where the search starts. A comment added at the same
        // moment by another writer (PostgreSQL) takes the key first: the search runs again.
        let mut added = None;
        while added.is_none() {
            let keys: Vec<KeyRow> = c
                .fetch_all(
                    "SELECT key FROM comments WHERE assessment_id = $1",
                    &params![a.id],
                )
                .await?;
            let position = i64::try_from(keys.len()).unwrap_or(i64::MAX);
            let key = (position + 1..)
                .map(|n| format!("c{n}"))
                .find(|k| keys.iter().all(|r| &r.key != k))
                .unwrap_or_default();
            added = c
                .fetch_optional::<KeyRow>(
                    "INSERT INTO comments (assessment_id, key, position, author, anchor_kind, anchor_ref, visibility, state, text, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                     ON CONFLICT (assessment_id, key) DO NOTHING RETURNING key",
                    &params![a.id, &key, position, author, kind, reference, comment.visibility.as_str(), CommentState::Open.as_str(), text, stamp(now())],
                )
                .await?;
        }
        let key = added.map(|r| r.key).unwrap_or_default();
        audit::record(
            &mut c,
            author,
            jurisdiction,
            year,
            Entity::Comment,
            &key,
            Field::Text,
            None,
            Some(text.to_owned()),
        )
        .await?;
        tx.commit().await?;
        Ok(key)
    }

    /// Move a comment to `state`, based on version `based_on`. Returns the new version.
    pub async fn set_comment_state(
        &self,
        jurisdiction: &str,
        year: i32,
        key: &str,
        state: CommentState,
        based_on: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let what = Record::part(PartKind::Comment, key, jurisdiction, year);
        let old: CommentRow = c
            .fetch_optional(
                format!("{COMMENT_SELECT} AND key = $2"),
                &params![a.id, key],
            )
            .await?
            .ok_or_else(|| StoreError::NotFound(what.clone()))?;
        let saved: Option<VersionRow> = c
            .fetch_optional(
                "UPDATE comments SET state = $1, version = version + 1
                 WHERE assessment_id = $2 AND key = $3 AND version = $4 RETURNING version",
                &params![state.as_str(), a.id, key, based_on],
            )
            .await?;
        let saved = saved.ok_or(StoreError::Conflict {
            what,
            expected: based_on,
            current: old.version,
        })?;
        audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::Comment,
            key,
            Field::State,
            Some(old.state),
            Some(state.as_str().to_owned()),
        )
        .await?;
        tx.commit().await?;
        Ok(saved.version)
    }
}
