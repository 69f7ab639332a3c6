//! Accounts, sign-in sessions, the sign-in throttle and share links. Passwords are stored as
//! argon2id PHC strings; session cookies carry a random token of which only the SHA-256 is
//! stored, so a copy of the database does not sign anyone in. Everything lives in the database,
//! so any number of application instances share it.
//!
//! # The sign-in throttle
//!
//! Failed sign-ins are counted over the last [`THROTTLE_MINUTES`] (15) minutes, per client
//! address (see [`client_key`]: an IPv4 address, the /64 network of an IPv6 address):
//!
//! - [`MAX_FAILURES`] (5) failures for one name from one address refuse that name from that
//!   address until the oldest of them is 15 minutes old. The same name from any other address is
//!   not affected: nobody can lock an account's owner out from elsewhere.
//! - [`MAX_CLIENT_FAILURES`] (30) failures from one address, whatever the names, refuse every
//!   sign-in from that address likewise (trying many names).
//!
//! A refused attempt checks no password and is not counted, so an address that keeps trying
//! stays at its count and is admitted again 15 minutes after its failures. A successful sign-in
//! clears the failures of that name from that address. Guessing one password from many
//! addresses is not throttled by name (that would hand anyone a way to lock the owner out): it
//! is slowed by argon2 and bounded by the per-address counts and the minimum password length.
//!
//! What is stored is bounded: a name is kept as typed only when it could be a user name (at
//! most 64 of the user-name characters), else as `sha256:` and its hash (71 characters); every
//! failure deletes the failures older than the window, and the table keeps at most
//! [`MAX_STORED_FAILURES`] (10,000) rows, the newest.
//!
//! An unknown name costs what a known one does: the password is checked against a dummy hash
//! computed once, so the time of the answer does not tell whether an account exists.
//!
//! # Share links
//!
//! A link invites consultation participants to one assessment: whoever opens it and gives a name
//! becomes a guest (a commenter without password) on that assessment. A link is made only while
//! the draft is shared (stages draft shared and consultation). It admits at most [`MAX_GUESTS`]
//! (50) guests, a browser that comes back with its guest session keeps it, and it stops
//! admitting for good when it expires, when it is revoked, or when the assessment leaves the
//! shared stages (even if it comes back to consultation later: a new link must be made).
//! Revoking a link, or the draft leaving the shared stages, also ends its guests: their
//! sessions are deleted and their accounts expire.

use std::cell::Cell;
use std::net::IpAddr;
use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use mgi_model::access::{Principal, Role};
use mgi_model::audit::{Entity, Field};
use mgi_model::{Problem, Stage};
use sha2::{Digest, Sha256};

use crate::clock::{now, stamp};
use crate::db::{Conn, params};
use crate::error::Refusal;
use crate::export::find_assessment;
use crate::rows::{Count, IdRow, decode};
use crate::{Record, Store, StoreError};

/// How long a sign-in lasts.
pub const SESSION_HOURS: i64 = 12;
/// The window over which failed sign-ins are counted, in minutes.
pub const THROTTLE_MINUTES: i64 = 15;
/// Failed sign-ins allowed for one name from one client address in the window.
pub const MAX_FAILURES: i64 = 5;
/// Failed sign-ins allowed from one client address in the window, whatever the names.
pub const MAX_CLIENT_FAILURES: i64 = 30;
/// The most failed sign-ins kept (the newest).
pub const MAX_STORED_FAILURES: i64 = 10_000;
/// The most guests one share link admits.
pub const MAX_GUESTS: i64 = 50;
/// The fewest characters of a password.
const MIN_PASSWORD: usize = 8;
/// The most characters of a user name.
const MAX_USERNAME: usize = 64;
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
    #[error("too many failed sign-ins from this address; try again in {THROTTLE_MINUTES} minutes")]
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

/// What a password is checked against when there is no account (or it has no password): a hash
/// made once with the same parameters as every stored one, so that checking costs the same.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("no account has this password").unwrap_or_default());

thread_local! {
    static PASSWORD_CHECKS: Cell<u64> = const { Cell::new(0) };
}

/// How many argon2 password verifications this thread has run: tests use it to see that every
/// sign-in path costs one, whether the account exists or not.
#[doc(hidden)]
pub fn password_checks() -> u64 {
    PASSWORD_CHECKS.with(Cell::get)
}

/// Whether `password` matches `stored`. Without a usable stored hash (unknown name, a guest
/// without password, a damaged hash) the password is checked against [`DUMMY_HASH`] and the
/// answer is no: every path runs exactly one argon2 verification.
fn password_matches(stored: Option<&str>, password: &str) -> bool {
    let real = stored.and_then(|h| PasswordHash::new(h).ok());
    let exists = real.is_some();
    let Some(hash) = real.or_else(|| PasswordHash::new(&DUMMY_HASH).ok()) else {
        return false;
    };
    PASSWORD_CHECKS.with(|n| n.set(n.get() + 1));
    let verified = Argon2::default()
        .verify_password(password.as_bytes(), &hash)
        .is_ok();
    verified && exists
}

/// Whether `name` could be a user name: 1–64 letters, digits, `.`, `-`, `_` or `@`.
pub fn is_user_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_USERNAME
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c))
}

/// A failed sign-in's name as stored: as typed when it could be a user name, else its hash, so
/// that what an attacker types is never stored at its length.
fn failure_name(name: &str) -> String {
    if is_user_name(name) {
        name.to_owned()
    } else {
        format!("sha256:{}", sha256_hex(name))
    }
}

/// The throttle's key of a client address: an IPv4 address as it is (also when it comes mapped
/// in IPv6), an IPv6 address by its /64 network (what one subscriber usually holds, and can
/// change addresses within), no address as `unknown` (every such request shares one count).
pub fn client_key(addr: Option<IpAddr>) -> String {
    match addr.map(|a| a.to_canonical()) {
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            let network = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("{network}/64")
        }
        None => "unknown".to_owned(),
    }
}

/// A person's name (an account's display name, a guest's name): one line of 1 to 100
/// characters, without control characters. Returned trimmed.
fn person_name(name: &str) -> Result<&str, StoreError> {
    let name = name.trim();
    // The one-line rule of every name (no control character), then a person's own bound.
    if name.is_empty() || name.chars().count() > MAX_NAME || mgi_model::rules::line(name).is_err() {
        return Err(StoreError::invalid(
            "name",
            Problem::NameNeeded { max: MAX_NAME },
        ));
    }
    Ok(name)
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

#[derive(sqlx::FromRow)]
struct ThrottleRow {
    pair: i64,
    client: i64,
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
    /// Create an account. User names are 1–64 letters, digits, `.`, `-`, `_` or `@`; the display
    /// name is one line of at most 100 characters.
    pub async fn create_user(&self, u: &NewUser<'_>) -> Result<(), StoreError> {
        if !is_user_name(u.username) {
            return Err(StoreError::invalid("username", Problem::BadUsername));
        }
        let display_name = person_name(u.display_name)?;
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
                &params![u.username, display_name, u.role.as_str(), hash, scope, stamp(now())],
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

    /// Check a password and open a session; returns the cookie token. `from` is the client's
    /// address (`None` when unknown): the throttle of the [module](self) counts failures per
    /// name and address and per address, so a name is refused only where its failures came from.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        from: Option<IpAddr>,
    ) -> Result<String, SignInError> {
        let name = failure_name(username);
        let client = client_key(from);
        let window = stamp(now() - chrono::Duration::minutes(THROTTLE_MINUTES));
        let (user, counts) = {
            let mut tx = self.db.read().await?;
            let mut c = tx.conn();
            let counts: Option<ThrottleRow> = c
                .fetch_optional(
                    "SELECT COALESCE(SUM(CASE WHEN name = $1 THEN 1 ELSE 0 END), 0) AS pair,
                            COUNT(*) AS client
                     FROM sign_in_failures WHERE client = $2 AND at > $3",
                    &params![&name, &client, &window],
                )
                .await?;
            // A name that cannot be a user name is unknown without asking.
            let user: Option<UserRow> = if is_user_name(username) {
                c.fetch_optional(
                    format!("{USER_SELECT} WHERE u.username = $1"),
                    &params![username],
                )
                .await?
            } else {
                None
            };
            (user, counts)
        };
        if counts.is_some_and(|n| n.pair >= MAX_FAILURES || n.client >= MAX_CLIENT_FAILURES) {
            return Err(SignInError::Locked);
        }
        let verified = password_matches(
            user.as_ref().and_then(|u| u.password_hash.as_deref()),
            password,
        );
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let token = match user.filter(|_| verified) {
            Some(u) => {
                c.execute(
                    "DELETE FROM sign_in_failures WHERE name = $1 AND client = $2",
                    &params![&name, &client],
                )
                .await?;
                Some(
                    open_session(&mut c, u.id, now() + chrono::Duration::hours(SESSION_HOURS))
                        .await?,
                )
            }
            None => {
                c.execute(
                    "DELETE FROM sign_in_failures WHERE at <= $1",
                    &params![&window],
                )
                .await?;
                c.execute(
                    "INSERT INTO sign_in_failures (name, client, at) VALUES ($1, $2, $3)",
                    &params![&name, &client, stamp(now())],
                )
                .await?;
                c.execute(
                    "DELETE FROM sign_in_failures WHERE id <= (
                         SELECT id FROM sign_in_failures ORDER BY id DESC LIMIT 1 OFFSET $1)",
                    &params![MAX_STORED_FAILURES],
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

/// Where a share link stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    /// Admits guests.
    Open,
    /// Admitted its [`MAX_GUESTS`] guests; those keep their access.
    Full,
    /// Past its expiry (its guests too).
    Expired,
    /// Revoked from the workspace; its guests were ended with it.
    Revoked,
    /// Ended when the draft left the shared stages; its guests were ended with it.
    DraftMovedOn,
}

impl LinkState {
    /// The state's code (`open`, `full`, `expired`, `revoked`, `ended`), as messages select on it.
    pub fn code(self) -> &'static str {
        match self {
            LinkState::Open => "open",
            LinkState::Full => "full",
            LinkState::Expired => "expired",
            LinkState::Revoked => "revoked",
            LinkState::DraftMovedOn => "ended",
        }
    }

    /// Whether revoking it would still change something (its guests may still be in).
    pub fn is_live(self) -> bool {
        matches!(self, LinkState::Open | LinkState::Full)
    }
}

/// A share link as the workspace lists it (never its token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLinkInfo {
    pub id: i64,
    /// Who it is for, as typed.
    pub label: String,
    pub created_by: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    /// The stage it was made in.
    pub stage: Stage,
    /// Guests admitted through it.
    pub guests: i64,
    pub state: LinkState,
    /// When it was revoked or ended, if it was.
    pub ended_at: Option<chrono::DateTime<chrono::Utc>>,
}

const SHARE_LINK_SELECT: &str =
    "SELECT id, label, created_by, created_at, expires_at, stage, guests,
        ended_at, end_reason FROM share_links";

#[derive(sqlx::FromRow)]
struct ShareLinkRow {
    id: i64,
    label: String,
    created_by: String,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    created_at: chrono::DateTime<chrono::Utc>,
    #[sqlx(try_from = "crate::rows::Coded<chrono::DateTime<chrono::Utc>>")]
    expires_at: chrono::DateTime<chrono::Utc>,
    stage: String,
    guests: i64,
    ended_at: Option<String>,
    end_reason: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ScopeRow {
    jurisdiction: String,
    year: i64,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    id: i64,
    assessment_id: i64,
    expires_at: String,
}

/// The live link of `token`: not ended, not expired, its draft shared.
const LIVE_LINK: &str = "FROM share_links l JOIN assessments a ON a.id = l.assessment_id
     WHERE l.token_hash = $1 AND l.ended_at IS NULL AND l.expires_at > $2
       AND a.stage IN ('draft-shared', 'consultation')";

/// End the guests chosen by `which` (an SQL condition on `users`, with `$1`): their sessions are
/// deleted and their accounts expire now.
async fn end_guests(c: &mut Conn<'_>, which: &str, id: i64) -> Result<(), StoreError> {
    c.execute(
        format!(
            "DELETE FROM sessions WHERE user_id IN (
                 SELECT id FROM users WHERE password_hash IS NULL AND {which})"
        ),
        &params![id],
    )
    .await?;
    c.execute(
        format!(
            "UPDATE users SET expires_at = $2 WHERE password_hash IS NULL AND {which}
             AND (expires_at IS NULL OR expires_at > $2)"
        ),
        &params![id, stamp(now())],
    )
    .await?;
    Ok(())
}

/// Called in the transaction that moves assessment `assessment_id` to stage `to`: when `to` is
/// not a shared stage, every share link of the assessment ends for good and every guest of it
/// is ended (sessions deleted, accounts expired), so that nothing admitted to this sharing of
/// the draft reads it again if it comes back to consultation.
pub(crate) async fn end_sharing(
    c: &mut Conn<'_>,
    assessment_id: i64,
    to: Stage,
) -> Result<(), StoreError> {
    if to.is_shared() {
        return Ok(());
    }
    c.execute(
        "UPDATE share_links SET ended_at = $2, end_reason = 'stage'
         WHERE assessment_id = $1 AND ended_at IS NULL",
        &params![assessment_id, stamp(now())],
    )
    .await?;
    end_guests(c, "assessment_id = $1", assessment_id).await
}

/// Links that invite consultation participants: whoever opens one while it is live and gives a
/// name becomes a commenter on that one assessment (see the [module](self) for the rules).
impl Store {
    /// Create a link for `days` days; returns its token (shown once, stored hashed). Refused
    /// unless the draft is shared (draft shared, consultation).
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
        let stage = decode(&a.stage, Stage::parse, "assessments.stage")?;
        if !stage.is_shared() {
            return Err(Refusal::ShareNotNow {
                jurisdiction: jurisdiction.to_owned(),
                year,
                stage,
            }
            .into());
        }
        let token = random_token();
        c.execute(
            "INSERT INTO share_links (token_hash, assessment_id, label, created_by, created_at, expires_at, stage)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &params![sha256_hex(&token), a.id, label, actor, stamp(now()), stamp(now() + chrono::Duration::days(days)), stage.as_str()],
        )
        .await?;
        crate::audit::record(
            &mut c,
            actor,
            jurisdiction,
            year,
            Entity::ShareLink,
            label,
            Field::Created,
            None,
            Some(format!("{days} days")),
        )
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The assessment a share link opens, if the link is live: not expired, not revoked, made
    /// in this sharing of the draft, and the draft still shared.
    pub async fn share_link(&self, token: &str) -> Result<Option<(String, i32)>, StoreError> {
        let mut tx = self.db.read().await?;
        let row: Option<ScopeRow> = tx
            .conn()
            .fetch_optional(
                format!("SELECT a.jurisdiction, a.year {LIVE_LINK}"),
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

    /// Redeem a share link: a guest account named `name`, bound to the link's assessment and
    /// expiring with the link, and a session for it. `returning` is the session token the
    /// browser already has, if any: when it is a live session of a guest of this same link, it
    /// is given back and no other guest is made. `None` when the link is not live; refused
    /// when the link has admitted its [`MAX_GUESTS`] guests.
    pub async fn redeem_share_link(
        &self,
        token: &str,
        name: &str,
        returning: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        let name = person_name(name)?;
        let at = stamp(now());
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let link: Option<LinkRow> = c
            .fetch_optional(
                format!("SELECT l.id, l.assessment_id, l.expires_at {LIVE_LINK}"),
                &params![sha256_hex(token), &at],
            )
            .await?;
        let Some(link) = link else { return Ok(None) };
        if let Some(session) = returning {
            let guest: Option<IdRow> = c
                .fetch_optional(
                    "SELECT u.id FROM sessions s JOIN users u ON u.id = s.user_id
                     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.share_link_id = $3
                       AND (u.expires_at IS NULL OR u.expires_at > $2)",
                    &params![sha256_hex(session), &at, link.id],
                )
                .await?;
            if guest.is_some() {
                return Ok(Some(session.to_owned()));
            }
        }
        let counted: Option<Count> = c
            .fetch_optional(
                "UPDATE share_links SET guests = guests + 1
                 WHERE id = $1 AND guests < $2 AND ended_at IS NULL RETURNING guests AS n",
                &params![link.id, MAX_GUESTS],
            )
            .await?;
        if counted.is_none() {
            return Err(Refusal::LinkFull { max: MAX_GUESTS }.into());
        }
        let username = format!("guest-{}", &random_token()[..12]);
        let id: IdRow = c
            .fetch_optional(
                "INSERT INTO users (username, display_name, role, assessment_id, expires_at, created_at, share_link_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &params![username, name, Role::Commenter.as_str(), link.assessment_id, &link.expires_at, &at, link.id],
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

    /// The share links of an assessment, newest first.
    pub async fn share_links(
        &self,
        jurisdiction: &str,
        year: i32,
    ) -> Result<Vec<ShareLinkInfo>, StoreError> {
        let mut tx = self.db.read().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let rows: Vec<ShareLinkRow> = c
            .fetch_all(
                format!("{SHARE_LINK_SELECT} WHERE assessment_id = $1 ORDER BY id DESC"),
                &params![a.id],
            )
            .await?;
        let at = now();
        rows.into_iter()
            .map(|r| {
                let state = match r.end_reason.as_deref() {
                    Some("revoked") => LinkState::Revoked,
                    Some(_) => LinkState::DraftMovedOn,
                    None if r.expires_at <= at => LinkState::Expired,
                    None if r.guests >= MAX_GUESTS => LinkState::Full,
                    None => LinkState::Open,
                };
                Ok(ShareLinkInfo {
                    id: r.id,
                    stage: decode(&r.stage, Stage::parse, "share_links.stage")?,
                    label: r.label,
                    created_by: r.created_by,
                    created_at: r.created_at,
                    expires_at: r.expires_at,
                    guests: r.guests,
                    state,
                    ended_at: r
                        .ended_at
                        .map(|t| {
                            crate::clock::read(&t).ok_or_else(|| {
                                StoreError::Corrupt(format!("share link {}: ended at {t:?}", r.id))
                            })
                        })
                        .transpose()?,
                })
            })
            .collect()
    }

    /// Revoke share link `id` of an assessment: it admits no one any more, and its guests are
    /// ended (sessions deleted, accounts expired). Returns false when the assessment has no such
    /// link; revoking an ended link again changes nothing.
    pub async fn revoke_share_link(
        &self,
        jurisdiction: &str,
        year: i32,
        id: i64,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.db.begin().await?;
        let mut c = tx.conn();
        let a = find_assessment(&mut c, jurisdiction, year).await?;
        let link: Option<ShareLinkRow> = c
            .fetch_optional(
                format!("{SHARE_LINK_SELECT} WHERE id = $1 AND assessment_id = $2"),
                &params![id, a.id],
            )
            .await?;
        let Some(link) = link else { return Ok(false) };
        if link.ended_at.is_none() {
            c.execute(
                "UPDATE share_links SET ended_at = $2, ended_by = $3, end_reason = 'revoked'
                 WHERE id = $1 AND ended_at IS NULL",
                &params![id, stamp(now()), actor],
            )
            .await?;
            crate::audit::record(
                &mut c,
                actor,
                jurisdiction,
                year,
                Entity::ShareLink,
                &link.label,
                Field::Revoked,
                None,
                Some(link.guests.to_string()),
            )
            .await?;
        }
        end_guests(&mut c, "share_link_id = $1", id).await?;
        tx.commit().await?;
        Ok(true)
    }
}
