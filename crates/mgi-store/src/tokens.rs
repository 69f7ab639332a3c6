//! Tokens for the HTTP API. A token is issued to a user and acts with that user's role and
//! scope; only its SHA-256 is stored. Tokens expire and can be revoked.

use chrono::Duration;
use mgi_model::Problem;
use mgi_model::access::Principal;

use crate::accounts::{USER_SELECT, UserRow, principal_of, random_token, sha256_hex};
use crate::clock::{now, stamp};
use crate::db::params;
use crate::rows::IdRow;
use crate::{Record, Store, StoreError};

/// Longest validity of a token, in days.
pub const MAX_TOKEN_DAYS: i64 = 366;
/// The most characters of a token's label.
const MAX_LABEL: usize = 100;
/// Every token starts with this, so that a leaked one is easy to recognise.
pub const TOKEN_PREFIX: &str = "mgi_";

/// A token as listed for its owner (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenInfo {
    pub label: String,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub revoked: i64,
}

impl Store {
    /// Issue a token to `username` for `days` days; the token is returned once and only its
    /// hash is kept.
    pub async fn issue_token(
        &self,
        username: &str,
        label: &str,
        days: i64,
    ) -> Result<String, StoreError> {
        if !(1..=MAX_TOKEN_DAYS).contains(&days) {
            return Err(StoreError::invalid(
                "days",
                Problem::TokenDays {
                    days,
                    max: MAX_TOKEN_DAYS,
                },
            ));
        }
        let label = label.trim();
        if label.is_empty() || label.chars().count() > MAX_LABEL {
            return Err(StoreError::invalid(
                "label",
                Problem::TokenLabel { max: MAX_LABEL },
            ));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let user: IdRow = c
            .fetch_optional(
                "SELECT id FROM users WHERE username = $1 AND password_hash IS NOT NULL",
                &params![username],
            )
            .await?
            .ok_or_else(|| StoreError::NotFound(Record::User(username.to_owned())))?;
        let token = format!("{TOKEN_PREFIX}{}", random_token());
        c.execute(
            "INSERT INTO api_tokens (token_hash, user_id, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            &params![sha256_hex(&token), user.id, label, stamp(now()), stamp(now() + Duration::days(days))],
        )
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// Who a token acts for, if it is known, unexpired and not revoked.
    pub async fn token_principal(&self, token: &str) -> Result<Option<Principal>, StoreError> {
        if !token.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let user: Option<UserRow> = c
            .fetch_optional(
                format!(
                    "{USER_SELECT} JOIN api_tokens t ON t.user_id = u.id
                     WHERE t.token_hash = $1 AND t.revoked = 0 AND t.expires_at > $2"
                ),
                &params![sha256_hex(token), stamp(now())],
            )
            .await?;
        match user {
            Some(u) => Ok(Some(principal_of(&mut c, u).await?.0)),
            None => Ok(None),
        }
    }

    /// The tokens of a user, newest first.
    pub async fn tokens(&self, username: &str) -> Result<Vec<TokenInfo>, StoreError> {
        let mut tx = self.db.read().await?;
        tx.conn()
            .fetch_all(
                "SELECT t.label, t.created_at, t.expires_at, t.revoked FROM api_tokens t
                 JOIN users u ON u.id = t.user_id WHERE u.username = $1 ORDER BY t.created_at DESC",
                &params![username],
            )
            .await
    }

    /// Revoke every token of `username` with `label`; returns how many.
    pub async fn revoke_tokens(&self, username: &str, label: &str) -> Result<u64, StoreError> {
        let mut tx = self.db.begin().await?;
        let n = tx
            .conn()
            .execute(
                "UPDATE api_tokens SET revoked = 1 WHERE label = $2 AND revoked = 0
                 AND user_id = (SELECT id FROM users WHERE username = $1)",
                &params![username, label],
            )
            .await?;
        tx.commit().await?;
        Ok(n)
    }
}
