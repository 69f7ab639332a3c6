//! Who is asking: the session cookie, the client's address, sign-in and sign-out, share links,
//! and the checks every form goes through (same origin, the session's CSRF token).

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

use askama::Template;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Path, Request, State};
use axum::http::header::{COOKIE, HOST, LOCATION, ORIGIN, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use mgi_i18n::tr;
use mgi_store::{Session, SignInError};

use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::{Fields, field};
use crate::layout::{Chrome, FieldError, SignInPage};
use crate::ui::Ui;
use crate::views::{NAME, Named};

const SESSION_COOKIE: &str = "mgi_session";
/// Double-submit token of the sign-in and share forms, which have no session yet.
const FORM_COOKIE: &str = "mgi_form";

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(name: &str, value: &str, max_age: i64) -> String {
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}")
}

/// Equal without telling how long a prefix matched.
fn same(a: &str, b: &str) -> bool {
    !a.is_empty()
        && a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The token of the session cookie, if the request carries one.
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, SESSION_COOKIE)
}

/// The visitor's session, if signed in.
pub struct Viewer(pub Option<Session>);

impl FromRequestParts<AppState> for Viewer {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        match session_token(&parts.headers) {
            Some(token) => Ok(Viewer(state.store.session(token).await?)),
            None => Ok(Viewer(None)),
        }
    }
}

/// A signed-in visitor; without a session the request is sent to the sign-in page.
pub struct Signed(pub Session);

impl FromRequestParts<AppState> for Signed {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        Viewer::from_request_parts(parts, state)
            .await?
            .0
            .map(Signed)
            .ok_or(WebError::SignIn)
    }
}

/// Where a request comes from, for the sign-in throttle: the address of its connection
/// (`ConnectInfo`, which [`crate::serve`] records), or, when that address is a trusted proxy
/// ([`AppState::trusting`]), the right-most address of `X-Forwarded-For` that is not one. `None`
/// when the connection's address is unknown (a router called directly, as the tests do): such
/// requests share one count.
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(client_address(
            peer,
            &parts.headers,
            &state.trusted_proxies,
        )))
    }
}

/// The client of a connection from `peer`: `peer` itself unless it is one of `trusted`; then the
/// addresses of `X-Forwarded-For` are read from the right (each proxy appends the address it
/// was reached from), skipping trusted proxies, and the first other one is the client. A hop
/// that is not an address ends the walk at the last address believed.
fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> Option<IpAddr> {
    let is_trusted = |a: IpAddr| trusted.iter().any(|t| t.to_canonical() == a.to_canonical());
    let peer = peer?;
    if !is_trusted(peer) {
        return Some(peer);
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let parsed = hop
            .parse::<IpAddr>()
            .ok()
            .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()));
        let Some(addr) = parsed else { break };
        client = addr;
        if !is_trusted(addr) {
            break;
        }
    }
    Some(client)
}

/// Refuse a request whose Origin (when the browser sends one) is not this host.
pub fn check_origin(headers: &HeaderMap) -> Result<(), WebError> {
    if let Some(origin) = headers.get(ORIGIN).and_then(|o| o.to_str().ok()) {
        let host = headers
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
        if origin_host != host {
            return Err(WebError::Csrf);
        }
    }
    Ok(())
}

/// A form posted by a signed-in user, carrying the session's CSRF token.
pub struct SignedForm {
    pub session: Session,
    pub form: Fields,
}

impl FromRequest<AppState> for SignedForm {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let (mut parts, body) = req.into_parts();
        let Signed(session) = Signed::from_request_parts(&mut parts, state).await?;
        let PostForm(form) =
            PostForm::from_request(Request::from_parts(parts, body), state).await?;
        form.check_csrf(&session)?;
        Ok(SignedForm { session, form })
    }
}

/// A posted form, refused unless it comes from this site (Origin, when the browser sends it,
/// names this host).
pub struct PostForm(pub Fields);

impl<S: Send + Sync> FromRequest<S> for PostForm {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, WebError> {
        check_origin(req.headers())?;
        // The language of the mount the form was posted to, for what its errors say.
        let lang = req
            .extensions()
            .get::<mgi_i18n::Lang>()
            .copied()
            .unwrap_or_default();
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| field("body", &e.body_text()))?;
        let fields = Fields(form_urlencoded::parse(&body).into_owned().collect(), lang);
        fields.check_sizes()?;
        Ok(PostForm(fields))
    }
}

impl Fields {
    /// The session's CSRF token must come back with the form.
    pub fn check_csrf(&self, s: &Session) -> Result<(), WebError> {
        if same(self.get("csrf"), &s.csrf) {
            Ok(())
        } else {
            Err(WebError::Csrf)
        }
    }

    fn check_form_cookie(&self, headers: &HeaderMap) -> Result<(), WebError> {
        match cookie(headers, FORM_COOKIE) {
            Some(c) if same(c, self.get("form")) => Ok(()),
            _ => Err(WebError::Csrf),
        }
    }
}

/// A form page for visitors without a session: `page` writes it with a fresh double-submit
/// token, which also goes in a cookie.
fn with_form_token(status: StatusCode, page: impl FnOnce(&str) -> String) -> Response {
    let token = mgi_store::random_token();
    (
        status,
        [(SET_COOKIE, set_cookie(FORM_COOKIE, &token, 3600))],
        Html(page(&token)),
    )
        .into_response()
}

/// Why a sign-in was refused.
#[derive(Clone, Copy)]
enum Refused {
    /// Unknown name or wrong password (never said apart).
    BadCredentials,
    /// Too many failures for this name from this address, or from this address.
    Locked,
}

/// The sign-in page (its template: `sign_in.html`), with the name typed kept and the refusal,
/// when there is one, in the error summary and at the user-name field; after too many failures,
/// what to do now, which the summary links to.
fn login_page(ui: &Ui, username: &str, refusal: Option<Refused>, status: StatusCode) -> Response {
    let lang = ui.lang;
    let title = tr!(lang, "web-sign-in-title");
    let (message, field) = match refusal {
        None => (String::new(), ""),
        Some(Refused::BadCredentials) => (tr!(lang, "web-sign-in-refused"), "username"),
        Some(Refused::Locked) => (tr!(lang, "web-sign-in-locked"), "locked-help"),
    };
    let problems: Vec<FieldError> = refusal
        .iter()
        .map(|_| FieldError {
            field: field.to_owned(),
            message: message.clone(),
        })
        .collect();
    let locked_help =
        matches!(refusal, Some(Refused::Locked)).then(|| tr!(lang, "web-sign-in-locked-help"));
    with_form_token(status, |token| {
        let page = SignInPage {
            chrome: Chrome::new(ui, &title, None),
            action: ui.href("/login"),
            form_token: token,
            username,
            username_error: message,
            problems,
            locked_help,
        };
        crate::layout::render(&page)
    })
}

fn signed_in(token: &str, to: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [
            (
                SET_COOKIE,
                set_cookie(SESSION_COOKIE, token, mgi_store::SESSION_HOURS * 3600),
            ),
            (LOCATION, to.to_owned()),
        ],
    )
        .into_response()
}

pub async fn login_form(ui: Ui) -> Response {
    login_page(&ui, "", None, StatusCode::OK)
}

pub async fn login(
    State(state): State<AppState>,
    ui: Ui,
    headers: HeaderMap,
    ClientAddr(from): ClientAddr,
    PostForm(f): PostForm,
) -> WebResult {
    f.check_form_cookie(&headers)?;
    match state
        .store
        .sign_in(f.get("username").trim(), f.get("password"), from)
        .await
    {
        Ok(token) => Ok(signed_in(&token, &ui.href("/work"))),
        Err(SignInError::BadCredentials) => Ok(login_page(
            &ui,
            typed_name(&f),
            Some(Refused::BadCredentials),
            StatusCode::UNAUTHORIZED,
        )),
        Err(SignInError::Locked) => Ok(login_page(
            &ui,
            typed_name(&f),
            Some(Refused::Locked),
            StatusCode::TOO_MANY_REQUESTS,
        )),
        Err(SignInError::Store(e)) => Err(e.into()),
    }
}

/// The name typed into the sign-in form, to give it back with the refusal, when it could be
/// a user name (what could not be anyone's is not echoed).
fn typed_name(f: &Fields) -> &str {
    let name = f.get("username").trim();
    if mgi_store::is_user_name(name) {
        name
    } else {
        ""
    }
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    ui: Ui,
    _: SignedForm,
) -> WebResult {
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        state.store.sign_out(token).await?;
    }
    Ok((
        StatusCode::SEE_OTHER,
        [
            (SET_COOKIE, set_cookie(SESSION_COOKIE, "", 0)),
            (LOCATION, ui.href("/")),
        ],
    )
        .into_response())
}

/// The assessment a share link opens, while the link is live: not expired, not revoked, and
/// the draft still in the sharing it was made for (see `mgi_store` on share links).
async fn shared_draft(state: &AppState, token: &str) -> WebResult<(String, i32)> {
    state
        .store
        .share_link(token)
        .await?
        .ok_or(WebError::NotFound)
}

/// The page a share link opens: who opens it gives a name and may then comment on that one
/// draft.
#[derive(Template)]
#[template(path = "portal/share.html")]
pub struct SharePage<'a> {
    pub chrome: Chrome,
    /// "Consultation on the draft profile MNG 2026".
    pub heading: Named,
    /// The double-submit token of the form (the same value goes in a cookie).
    pub form_token: &'a str,
}

/// A share link: who opens it gives a name and may then comment on that one draft.
pub async fn share_form(
    State(state): State<AppState>,
    ui: Ui,
    Path(token): Path<String>,
) -> WebResult {
    let lang = ui.lang;
    let (code, year) = shared_draft(&state, &token).await?;
    let summary = state.store.assessment_summary(&code, year).await?;
    let heading = Named::new(
        &tr!(
            lang,
            "web-share-heading",
            name = NAME,
            year = year.to_string()
        ),
        mgi_model::name_in(&code, &summary.name, lang.code()),
    );
    Ok(with_form_token(StatusCode::OK, |token| {
        crate::layout::render(&SharePage {
            chrome: Chrome::new(&ui, &tr!(lang, "web-share-title"), None),
            heading,
            form_token: token,
        })
    }))
}

pub async fn share_redeem(
    State(state): State<AppState>,
    ui: Ui,
    Path(token): Path<String>,
    headers: HeaderMap,
    PostForm(f): PostForm,
) -> WebResult {
    f.check_form_cookie(&headers)?;
    let (code, year) = shared_draft(&state, &token).await?;
    // A browser that already came in through this link keeps its guest.
    let returning = cookie(&headers, SESSION_COOKIE);
    match state
        .store
        .redeem_share_link(&token, f.get("name"), returning)
        .await?
    {
        Some(session) => Ok(signed_in(
            &session,
            &ui.href(&format!("/work/{code}/{year}")),
        )),
        None => Err(WebError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(COOKIE, "a=1; mgi_session=abc; b=2".parse().expect("header"));
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&h, FORM_COOKIE), None);
    }

    #[test]
    fn the_client_is_the_connection_unless_it_is_a_trusted_proxy() {
        let ip = |a: &str| a.parse::<IpAddr>().expect("address");
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "198.51.100.1, 203.0.113.7".parse().expect("header"),
        );
        let proxy = ip("10.0.0.2");
        // Not trusted: the header is anyone's to send, and is ignored.
        assert_eq!(client_address(Some(proxy), &h, &[]), Some(proxy));
        assert_eq!(
            client_address(Some(ip("192.0.2.9")), &h, &[proxy]),
            Some(ip("192.0.2.9"))
        );
        // Trusted: the right-most address the proxy saw.
        assert_eq!(
            client_address(Some(proxy), &h, &[proxy]),
            Some(ip("203.0.113.7"))
        );
        // Two trusted proxies in a row, one of them as IPv4 mapped in IPv6.
        h.insert(
            "x-forwarded-for",
            "198.51.100.1, 203.0.113.7, 10.0.0.3"
                .parse()
                .expect("header"),
        );
        assert_eq!(
            client_address(Some(ip("::ffff:10.0.0.2")), &h, &[proxy, ip("10.0.0.3")]),
            Some(ip("203.0.113.7"))
        );
        // A hop that is not an address ends the walk at the last one believed.
        h.insert(
            "x-forwarded-for",
            "198.51.100.1, junk".parse().expect("header"),
        );
        assert_eq!(client_address(Some(proxy), &h, &[proxy]), Some(proxy));
        h.insert(
            "x-forwarded-for",
            "[2001:db8::1]:4711".parse().expect("header"),
        );
        assert_eq!(
            client_address(Some(proxy), &h, &[proxy]),
            Some(ip("2001:db8::1"))
        );
        assert_eq!(client_address(None, &h, &[proxy]), None, "no connection");
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert!(!same("", "x"));
        assert!(!same("", ""), "an empty token never matches");
    }
}
