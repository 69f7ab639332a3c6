//! The files the pages load (the stylesheet, the icon), served by the binary at addresses that
//! carry a hash of their content, so a browser may keep them for a year: a new version of a
//! file has a new address.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::error::WebError;

/// One file and the address it is served at.
pub struct Asset {
    /// `/assets/<stem>.<first 12 hex digits of its SHA-256>.<extension>`.
    pub href: String,
    content_type: &'static str,
    bytes: &'static [u8],
}

impl Asset {
    fn new(stem: &str, extension: &str, content_type: &'static str, bytes: &'static [u8]) -> Asset {
        let hash: String = Sha256::digest(bytes)
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect();
        Asset {
            href: format!("/assets/{stem}.{hash}.{extension}"),
            content_type,
            bytes,
        }
    }
}

pub static STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "mgi",
        "css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/mgi.css"),
    )
});

pub static ICON: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "icon",
        "svg",
        "image/svg+xml",
        include_bytes!("../assets/icon.svg"),
    )
});

/// Link the site's stylesheet into a profile's standalone page (the public profile, the
/// preview), before the profile's own style, which therefore keeps the last word on the
/// profile: the site's parts of the page (banner, approval form) and its narrow-screen rules
/// come from the stylesheet.
pub fn link_stylesheet(html: &mut String) {
    if let Some(at) = html.find("<style>") {
        let sheet = format!("<link rel=\"stylesheet\" href=\"{}\">\n", STYLESHEET.href);
        html.insert_str(at, &sheet);
    }
}

/// `'sha256-…'` of a text, as a Content-Security-Policy names an inline element it allows.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `GET /assets/{file}`: the file whose current address this is; any other name (an old hash
/// included) is not found.
pub async fn serve(Path(file): Path<String>) -> Result<Response, WebError> {
    let asset = [&*STYLESHEET, &*ICON]
        .into_iter()
        .find(|a| a.href.strip_prefix("/assets/") == Some(file.as_str()))
        .ok_or(WebError::NotFound)?;
    Ok((
        [
            (CONTENT_TYPE, asset.content_type),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        asset.bytes,
    )
        .into_response())
}
