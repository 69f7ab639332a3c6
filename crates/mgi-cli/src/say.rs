//! What several commands say alike, in the language of the messages (`cli.ftl`): files that cannot
//! be read or written, names of codes, and the last line of a failed command.

use std::path::Path;

use mgi_framework::LoadError;
use mgi_i18n::{Lang, tr};
use mgi_model::{DocError, ExchangeError};
use mgi_store::StoreError;

use crate::lang::messages_lang;

pub fn cannot_read(path: &Path) -> String {
    tr!(
        messages_lang(),
        "cli-cannot-read",
        file = path.display().to_string()
    )
}

pub fn cannot_write(path: &Path) -> String {
    tr!(
        messages_lang(),
        "cli-cannot-write",
        file = path.display().to_string()
    )
}

/// A count with the language's digit grouping, for the places where a number stands alone.
pub fn count(lang: Lang, n: usize) -> String {
    mgi_i18n::number(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// A store error: what people can act on (a refusal, a conflict, invalid input) in `lang`, the
/// others as they are.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Invalid(problems) => problems_line(lang, problems),
        _ => mgi_store::store_error_text(lang, e).unwrap_or_else(|| e.to_string()),
    }
}

/// Problems on one line in `lang`: `path: problem; path: problem`.
fn problems_line(lang: Lang, problems: &[DocError]) -> String {
    let each: Vec<String> = problems.iter().map(|p| p.localised(lang)).collect();
    each.join("; ")
}

/// The problems of `file` on standard error, one line each (`file: path: problem`), then how
/// many there are and that nothing was stored; in `lang`.
pub fn print_problems(lang: Lang, file: &Path, problems: &[DocError]) {
    for p in problems {
        eprintln!("{}: {}", file.display(), p.localised(lang));
    }
    let count = problems.len();
    eprintln!(
        "{}",
        tr!(lang, "cli-problems-nothing-stored", count = count)
    );
}

/// The line a failed command ends with: `error: ` and every cause, outermost first, separated by
/// colons as anyhow prints them; the store's refusals, the problems of a document and those of a
/// framework folder in `lang`.
pub fn error_line(lang: Lang, e: &anyhow::Error) -> String {
    let causes: Vec<String> = e
        .chain()
        .map(|cause| {
            if let Some(store) = cause.downcast_ref::<StoreError>() {
                store_error(lang, store)
            } else if let Some(ExchangeError::Invalid(problems)) = cause.downcast_ref() {
                problems_line(lang, problems)
            } else if let Some(framework) = cause.downcast_ref::<LoadError>() {
                framework.localised(lang)
            } else {
                cause.to_string()
            }
        })
        .collect();
    tr!(lang, "cli-error", message = causes.join(": "))
}
