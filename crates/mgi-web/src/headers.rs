//! Security headers on every answer: no script, no framing, no sniffing; and, on requests that
//! came over HTTPS (see [`Https`]), `Strict-Transport-Security` and `Secure` on every cookie.

use axum::extract::{Request, State};
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, SET_COOKIE, STRICT_TRANSPORT_SECURITY,
    X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::LazyLock;

/// Whether the site is reached over HTTPS (mgi itself speaks plain HTTP; TLS is the business of
/// a reverse proxy in front of it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Https {
    /// Plain HTTP (the default: the demo on http://127.0.0.1). Cookies without `Secure`, no HSTS.
    #[default]
    Off,
    /// Only ever reached over HTTPS: every answer carries HSTS and every cookie `Secure`.
    On,
    /// Request by request: HTTPS when the reverse proxy, which must be trusted to set or
    /// overwrite the header, says `X-Forwarded-Proto: https`.
    Proxy,
}

/// No script at all; styles from this site's stylesheet, and the one `<style>` element of a
/// profile's standalone page, named by its hash (no other inline style).
static POLICY: LazyLock<HeaderValue> = LazyLock::new(|| {
    let policy = format!(
        "default-src 'none'; style-src 'self' {}; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        crate::assets::csp_hash(mgi_profile::HTML_STYLE)
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
});

/// HSTS: one year, this host only (other sites of the same domain are left alone).
const HSTS: &str = "max-age=31536000";

/// The headers every answer carries, whatever the scheme.
pub fn add_security(h: &mut HeaderMap) {
    h.insert(CONTENT_SECURITY_POLICY, POLICY.clone());
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
}

/// Did this request come over HTTPS, by the setting?
fn is_secure(https: Https, request: &HeaderMap) -> bool {
    match https {
        Https::Off => false,
        Https::On => true,
        // The last value is the one the nearest proxy (ours) added or set.
        Https::Proxy => request
            .get_all("x-forwarded-proto")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https")),
    }
}

/// Has this Set-Cookie value a `Secure` attribute already?
fn has_secure(cookie: &[u8]) -> bool {
    cookie
        .split(|&b| b == b';')
        .skip(1)
        .any(|attribute| attribute.trim_ascii().eq_ignore_ascii_case(b"secure"))
}

/// Every answer gets the security headers; over HTTPS also HSTS, and `Secure` is added to every
/// cookie set, so that no handler can forget it.
pub async fn security(State(https): State<Https>, request: Request, next: Next) -> Response {
    let secure = is_secure(https, request.headers());
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    add_security(h);
    if secure {
        h.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
        let cookies: Vec<HeaderValue> = h.get_all(SET_COOKIE).iter().cloned().collect();
        if !cookies.is_empty() {
            h.remove(SET_COOKIE);
            for cookie in cookies {
                let bytes = cookie.as_bytes();
                let cookie = if has_secure(bytes) {
                    cookie
                } else {
                    HeaderValue::from_bytes(&[bytes, b"; Secure".as_slice()].concat())
                        .unwrap_or(cookie)
                };
                h.append(SET_COOKIE, cookie);
            }
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(
                "x-forwarded-proto",
                HeaderValue::from_str(v).expect("value"),
            );
        }
        h
    }

    #[test]
    fn the_nearest_proxy_says_the_scheme() {
        assert!(is_secure(Https::Proxy, &forwarded(&["https"])));
        assert!(is_secure(Https::Proxy, &forwarded(&["HTTPS "])));
        assert!(is_secure(Https::Proxy, &forwarded(&["http, https"])));
        assert!(!is_secure(Https::Proxy, &forwarded(&["https, http"])));
        assert!(!is_secure(Https::Proxy, &forwarded(&["https", "http"])));
        assert!(!is_secure(Https::Proxy, &forwarded(&[])));
        assert!(!is_secure(Https::Off, &forwarded(&["https"])));
        assert!(is_secure(Https::On, &forwarded(&[])));
    }

    #[test]
    fn secure_is_found_among_the_attributes() {
        assert!(has_secure(b"a=1; Path=/; Secure"));
        assert!(has_secure(b"a=1; secure; HttpOnly"));
        assert!(!has_secure(b"a=1; Path=/; HttpOnly"));
        assert!(!has_secure(b"secure=1; Path=/"));
    }
}
