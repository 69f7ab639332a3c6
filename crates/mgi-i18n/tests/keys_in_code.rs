//! Every message key the workspace's code asks for exists in the English catalogue.
//!
//! The scan is textual: `tr!(…, "key"`, `tr(…, "key"` and `tr_args(…, "key"` with a string
//! literal as second argument, in every `.rs` file under `crates/*/src` (comments and doc
//! examples included). A key computed at run time cannot be checked here: prefer literals.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use mgi_i18n::{Lang, has_key};
use regex::Regex;

/// A call of `tr!`, `tr` or `tr_args` (not `str(` or `attr(`), a first argument without a
/// top-level comma (two levels of parentheses allowed: `ctx.lang()`, `pick(a, f(b))`), and a
/// string literal second: the key.
static CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\btr(?:!|_args)?\s*\(\s*[^,()"]*(?:\((?:[^()]|\([^()]*\))*\)[^,()"]*)*,\s*"([^"\\]*)""#,
    )
    .expect("the pattern is valid")
});

/// The keys `source` passes to the message functions, with the line of each key literal.
fn keys_used(source: &str) -> Vec<(usize, String)> {
    CALL.captures_iter(source)
        .filter_map(|captures| captures.get(1))
        .map(|key| {
            let line = source[..key.start()].matches('\n').count() + 1;
            (line, key.as_str().to_owned())
        })
        .collect()
}

/// A message asked for in a template: `t("key")` (the layout's `chrome.t`, a page's `t`).
static TEMPLATE_CALL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\bt\(\s*"([^"\\]*)"\s*\)"#).expect("the pattern is valid"));

/// Every template under `dir` (`.html`), in its folders too, sorted.
fn templates(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    files_with(dir, "html", &mut out);
    out.sort();
    out
}

#[test]
fn every_key_a_template_asks_for_is_in_english() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates");
    let files = templates(&crates.join("mgi-web/templates"));
    assert!(
        !files.is_empty(),
        "no template under crates/mgi-web/templates"
    );
    let mut unknown = Vec::new();
    let mut used = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        for key in TEMPLATE_CALL
            .captures_iter(&source)
            .filter_map(|c| c.get(1))
        {
            used += 1;
            if !has_key(Lang::En, key.as_str()) {
                unknown.push(format!("{}: {}", file.display(), key.as_str()));
            }
        }
    }
    assert!(unknown.is_empty(), "keys missing from English: {unknown:?}");
    assert!(used > 0, "the templates ask for no message at all");
}

/// Every file under `dir` whose extension is `extension`, recursively.
fn files_with(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files_with(&path, extension, out);
        } else if path.extension().is_some_and(|ext| ext == extension) {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_finds_calls_and_only_calls() {
    let snippet = r#"
let a = tr!(lang, "nav-home");
let b = mgi_i18n::tr(ctx.lang(), "nav-search");
let c = tr_args(
    lang,
    "count-indicators",
    &[("count", n.into())],
);
let d = tr!(pick(a, f(b)), "site-title", count = 2);
let e = str(lang, "not-a-call");
let f = attr(lang, "not-a-call-either");
let g = tr(lang, key);
let h = tr!(Lang::Fr,"error-server");
let i = tr ( lang , "nav-gcm" );
"#;
    assert_eq!(
        keys_used(snippet),
        [
            (2, "nav-home".to_owned()),
            (3, "nav-search".to_owned()),
            (6, "count-indicators".to_owned()),
            (9, "site-title".to_owned()),
            (13, "error-server".to_owned()),
            (14, "nav-gcm".to_owned()),
        ]
    );
}

#[test]
fn every_key_used_in_the_workspace_is_in_english() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates");
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&crates)
        .expect("the workspace's crates folder")
        .filter_map(Result::ok)
    {
        files_with(&krate.path().join("src"), "rs", &mut files);
    }
    files.sort();
    assert!(
        !files.is_empty(),
        "no Rust source under {}",
        crates.display()
    );

    let mut unknown = Vec::new();
    let mut used = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let shown = file.strip_prefix(&crates).unwrap_or(file);
        for (line, key) in keys_used(&source) {
            used += 1;
            if !has_key(Lang::En, &key) {
                unknown.push(format!("crates/{}:{line}: {key}", shown.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "keys used in the code but missing from crates/mgi-i18n/locales/en:\n  {}",
        unknown.join("\n  ")
    );
    // The crate's own doc examples use keys, so the scan found something.
    assert!(used > 0, "the scan found no message key at all");
}
