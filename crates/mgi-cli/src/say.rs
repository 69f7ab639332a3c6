//! What several commands say alike, in the language of the messages (`cli.ftl`): files that cannot
//! be read or written, names of codes, and the last line of a failed command.

use std::path::Path;

use mgi_i18n::{Lang, tr};
use mgi_model::Stage;
use mgi_model::access::Role;
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

/// A role by the name the web pages give it.
pub fn role(lang: Lang, role: Role) -> String {
    tr!(lang, "cli-role", role = role.as_str())
}

/// A stage by the name the work pages give it.
pub fn stage(lang: Lang, stage: Stage) -> String {
    tr!(lang, "work-stage", stage = stage.as_str())
}

/// A store error: what people can act on (a refusal, a conflict) in `lang`, the others as they
/// are.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    mgi_web::store_error_text(lang, e).unwrap_or_else(|| e.to_string())
}

/// The line a failed command ends with: `error: ` and every cause, outermost first, separated by
/// colons as anyhow prints them; the store's refusals in `lang`.
pub fn error_line(lang: Lang, e: &anyhow::Error) -> String {
    let causes: Vec<String> = e
        .chain()
        .map(|cause| match cause.downcast_ref::<StoreError>() {
            Some(store) => store_error(lang, store),
            None => cause.to_string(),
        })
        .collect();
    tr!(lang, "cli-error", message = causes.join(": "))
}
