//! Accounts, sign-in sessions and the sign-in rate limit. Passwords are stored as argon2id PHC
//! strings; session cookies carry a random token of which only the SHA-256 is stored, so a copy
//! of the database does not sign anyone in. Everything lives in the database, so any number of
//! application instances share it.

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use mgi_model::Problem;
use mgi_model::access::{Principal, Role};
use sha2::{Digest, Sha256};

use crate::clock::{now, stamp};
use crate::db::{Conn, params};
use crate::export::find_assessment;
use crate::rows::{Count, IdRow, decode};
use crate::{Record, Store, StoreError};

/// How long a sign-in lasts.
pub const SESSION_HOURS: i64 = 12;
/// Failed sign-ins allowed per account in [`LOCKOUT_MINUTES`].
pub const MAX_FAILURES: i64 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;
/// The fewest characters of a password.
const MIN_PASSWORD: usize = 8;
/// The most characters of a person's name.
const MAX_NAME: usize = 100;
/// Longest validity of a share link, in days.
const MAX_LINK_DAYS: i64 = 90;

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub password: &'a str,
    /// For a focal point: the jurisdictions it answers for.
    pub jurisdictions: &'a [String],
    /// For a commenter: the assessment it may comment on.
    pub assessment: Option<(&'a str, i32)>,
}

/// A signed-in session: who, and the token its forms must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub principal: Principal,
    pub display_name: String,
    pub csrf: String,
}

/// Why a sign-in was refused. Unknown account and wrong password read the same to the user.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("unknown user name or wrong password")]
    BadCredentials,
    #[error("too many failed sign-ins; try again in {LOCKOUT_MINUTES} minutes")]
    Locked,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A fresh random token (256 bits, hex).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

pub(crate) fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_password(password: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Config(format!("password hashing: {e}")))
}

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    pub(crate) id: i64,
    username: String,
    display_name: String,
    role: String,
    password_hash: Option<String>,
    scope_code: Option<String>,
    scope_year: Option<i64>,
}

pub(crate) const USER_SELECT: &str =
    "SELECT u.id, u.username, u.display_name, u.role, u.password_hash,
        a.jurisdiction AS scope_code, a.year AS scope_year
     FROM users u LEFT JOIN assessments a ON a.id = u.assessment_id";

#[derive(sqlx::FromRow)]
struct CodeRow {
    jurisdiction: String,
}

#[derive(sqlx::FromRow)]
struct CsrfRow {
    user_id: i64,
    csrf: String,
}

pub(crate) async fn principal_of(
    c: &mut Conn<'_>,
    u: UserRow,
) -> Result<(Principal, String), StoreError> {
    let role = decode(&u.role, Role::parse, "users.role")?;
    let codes: Vec<CodeRow> = c
        .fetch_all(
            "SELECT jurisdiction FROM user_jurisdictions WHERE user_id = $1 ORDER BY jurisdiction",
            &params![u.id],
        )
        .await?;
    let assessment = match (u.scope_code, u.scope_year) {
        (Some(code), Some(year)) => Some((
            code,
            i32::try_from(year).map_err(|_| StoreError::Corrupt("assessments.year".into()))?,
        )),
        _ => None,
    };
    Ok((
        Principal {
            username: u.username,
            role,
            jurisdictions: codes.into_iter().map(|c| c.jurisdiction).collect(),
            assessment,
        },
        u.display_name,
    ))
}

/// Start a session for user `id`; returns the cookie token.
async fn open_session(
    c: &mut Conn<'_>,
    user_id: i64,
    expires: chrono::DateTime<chrono::Utc>,
) -> Result<String, StoreError> {
    let token = random_token();
    c.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        &params![sha256_hex(&token), user_id, random_token(), stamp(now()), stamp(expires)],
    )
    .await?;
    Ok(token)
}

impl Store {
    /// Create an account. User names are 1–64 letters, digits, `.`, `-`, `_` or `@`.
    pub async fn create_user(&self, u: &NewUser<'_>) -> Result<(), StoreError> {
        let name_ok = !u.username.is_empty()
            && u.username.len() <= 64
            && u.username
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c));
        if !name_ok {
            return Err(StoreError::invalid("username", Problem::BadUsername));
        }
        if u.password.chars().count() < MIN_PASSWORD {
            return Err(StoreError::invalid(
                "password",
                Problem::ShortPassword { min: MIN_PASSWORD },
            ));
        }
        match u.role {
            Role::FocalPoint if u.jurisdictions.is_empty() => {
                return Err(StoreError::invalid(
                    "jurisdictions",
                    Problem::FocalPointWithoutJurisdiction,
                ));
            }
            Role::Commenter if u.assessment.is_none() => {
                return Err(StoreError::invalid(
                    "assessment",
                    Problem::CommenterWithoutAssessment,
                ));
            }
            _ => {}
        }
        let hash = hash_password(u.password)?;
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let scope = match u.assessment {
            Some((code, year)) => Some(find_assessment(&mut c, code, year).await?.id),
            None => None,
        };
        let taken: Option<IdRow> = c
            .fetch_optional(
                "SELECT id FROM users WHERE username = $1",
                &params![u.username],
            )
            .await?;
        if taken.is_some() {
            return Err(StoreError::AlreadyExists(Record::User(
                u.username.to_owned(),
            )));
        }
        let id: IdRow = c
            .fetch_optional(
                "INSERT INTO users (username, display_name, role, password_hash, assessment_id, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &params![u.username, u.display_name, u.role.as_str(), hash, scope, stamp(now())],
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("user insert returned no row".into()))?;
        for (n, code) in u.jurisdictions.iter().enumerate() {
            let known: Option<Count> = c
                .fetch_optional(
                    "SELECT COUNT(*) AS n FROM jurisdictions WHERE code = $1",
                    &params![code],
                )
                .await?;
            if known.is_none_or(|k| k.n == 0) {
                return Err(StoreError::invalid(
                    &format!("jurisdictions[{n}]"),
                    Problem::UnknownJurisdiction(code.clone()),
                ));
            }
            c.execute(
                "INSERT INTO user_jurisdictions (user_id, jurisdiction) VALUES ($1, $2)",
                &params![id.id, code],
            )
            .await?;
        }
        tx.commit().await
    }

    /// Check a password and open a session; returns the cookie token. Five failures in fifteen
    /// minutes lock the account name for the rest of that window, whichever instance is asked.
    pub async fn sign_in(&self, username: &str, password: &str) -> Result<String, SignInError> {
        let window = stamp(now() - chrono::Duration::minutes(LOCKOUT_MINUTES));
        let (user, failures) = {
            let mut tx = self.db.read().await?;
            let mut c = tx.conn();
            let failures: Count = c
                .fetch_optional(
                    "SELECT COUNT(*) AS n FROM login_failures WHERE username = $1 AND at > $2",
                    &params![username, &window],
                )
                .await?
                .unwrap_or_default();
            let user: Option<UserRow> = c
                .fetch_optional(
                    format!("{USER_SELECT} WHERE u.username = $1"),
                    &params![username],
                )
                .await?;
            (user, failures.n)
        };
        if failures >= MAX_FAILURES {
            return Err(SignInError::Locked);
        }
        let verified = user
            .as_ref()
            .and_then(|u| u.password_hash.clone())
            .is_some_and(|h| {
                PasswordHash::new(&h).is_ok_and(|parsed| {
                    Argon2::default()
                        .verify_password(password.as_bytes(), &parsed)
                        .is_ok()
                })
            });
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let token = match user.filter(|_| verified) {
            Some(u) => {
                c.execute(
                    "DELETE FROM login_failures WHERE username = $1",
                    &params![username],
                )
                .await?;
                Some(
                    open_session(&mut c, u.id, now() + chrono::Duration::hours(SESSION_HOURS))
                        .await?,
                )
            }
            None => {
                c.execute(
                    "INSERT INTO login_failures (username, at) VALUES ($1, $2)",
                    &params![username, stamp(now())],
                )
                .await?;
                None
            }
        };
        tx.commit().await?;
        token.ok_or(SignInError::BadCredentials)
    }

    /// The session of a cookie token, if it exists and has not expired (for the account too).
    pub async fn session(&self, token: &str) -> Result<Option<Session>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let at = stamp(now());
        let row: Option<CsrfRow> = c
            .fetch_optional(
                "SELECT s.user_id, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = $1 AND s.expires_at > $2 AND (u.expires_at IS NULL OR u.expires_at > $2)",
                &params![sha256_hex(token), at],
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let user: UserRow = c
            .fetch_optional(
                format!("{USER_SELECT} WHERE u.id = $1"),
                &params![row.user_id],
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("session of a missing user".into()))?;
        let (principal, display_name) = principal_of(&mut c, user).await?;
        Ok(Some(Session {
            principal,
            display_name,
            csrf: row.csrf,
        }))
    }

    /// End a session (sign out), and sweep expired ones.
    pub async fn sign_out(&self, token: &str) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await?;
        tx.conn()
            .execute(
                "DELETE FROM sessions WHERE token_hash = $1 OR expires_at < $2",
                &params![sha256_hex(token), stamp(now())],
            )
            .await?;
        tx.commit().await
    }

    /// Every account: (user name, display name, role).
    pub async fn users(&self) -> Result<Vec<(String, String, Role)>, StoreError> {
        let mut tx = self.db.read().await?;
        let rows: Vec<UserRow> = tx
            .conn()
            .fetch_all(format!("{USER_SELECT} ORDER BY u.username"), &[])
            .await?;
        rows.into_iter()
            .map(|u| {
                Ok((
                    u.username,
                    u.display_name,
                    decode(&u.role, Role::parse, "users.role")?,
                ))
            })
            .collect()
    }
}

/// Links that invite consultation participants: whoever opens one before it expires and gives a
/// name becomes a commenter on that one assessment, until the link's expiry.
impl Store {
    /// Create a link for `days` days; returns its token (shown once, stored hashed).
    pub async fn create_share_link(
        &self,
        jurisdiction: &str,
        year: i32,
        label: &str,
        days: i64,
        actor: &str,
    ) -> Result<String, StoreError> {
        if !(1..=MAX_LINK_DAYS).contains(&days) {
            return Err(StoreError::invalid(
                "days",
                Problem::LinkDays { max: MAX_LINK_DAYS },
            ));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let token = random_token();
        c.execute(
            "INSERT INTO share_links (token_hash, assessment_id, label, created_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &params![sha256_hex(&token), a.id, label, actor, stamp(now()), stamp(now() + chrono::Duration::days(days))],
        )
        .await?;
        crate::audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            "share-link",
            label,
            "created",
            None,
            Some(format!("{days} days")),
        )
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The assessment a share link opens, if the link exists and has not expired.
    pub async fn share_link(&self, token: &str) -> Result<Option<(String, i32)>, StoreError> {
        let mut tx = self.db.read().await?;
        let row: Option<ScopeRow> = tx
            .conn()
            .fetch_optional(
                "SELECT a.jurisdiction, a.year FROM share_links l JOIN assessments a ON a.id = l.assessment_id
                 WHERE l.token_hash = $1 AND l.expires_at > $2",
                &params![sha256_hex(token), stamp(now())],
            )
            .await?;
        row.map(|r| {
            Ok((
                r.jurisdiction,
                i32::try_from(r.year)
                    .map_err(|_| StoreError::Corrupt("assessments.year".into()))?,
            ))
        })
        .transpose()
    }

    /// Redeem a share link: a participant account named after `name`, bound to the link's
    /// assessment and expiring with it, and a session for it. `None` when the link is unknown or
    /// expired.
    pub async fn redeem_share_link(
        &self,
        token: &str,
        name: &str,
    ) -> Result<Option<String>, StoreError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(StoreError::invalid(
                "name",
                Problem::NameNeeded { max: MAX_NAME },
            ));
        }
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let link: Option<LinkRow> = c
            .fetch_optional(
                "SELECT assessment_id, expires_at FROM share_links WHERE token_hash = $1 AND expires_at > $2",
                &params![sha256_hex(token), stamp(now())],
            )
            .await?;
        let Some(link) = link else { return Ok(None) };
        let username = format!("guest-{}", &random_token()[..12]);
        let id: IdRow = c
            .fetch_optional(
                "INSERT INTO users (username, display_name, role, assessment_id, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &params![username, name, Role::Commenter.as_str(), link.assessment_id, &link.expires_at, stamp(now())],
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("user insert returned no row".into()))?;
        let expires = chrono::DateTime::parse_from_rfc3339(&link.expires_at)
            .map_err(|e| StoreError::Corrupt(format!("share_links.expires_at: {e}")))?
            .with_timezone(&chrono::Utc)
            .min(now() + chrono::Duration::hours(SESSION_HOURS));
        let session = open_session(&mut c, id.id, expires).await?;
        tx.commit().await?;
        Ok(Some(session))
    }
}

#[derive(sqlx::FromRow)]
struct ScopeRow {
    jurisdiction: String,
    year: i64,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    assessment_id: i64,
    expires_at: String,
}
