//! The language of the messages the command line prints for people.

use mgi_i18n::Lang;

/// The language of the messages: `MGI_LANG` when set, else the POSIX locale (`LC_ALL`,
/// `LC_MESSAGES`, then `LANG`, e.g. `fr_FR.UTF-8`), else English. As in POSIX, the first of these
/// that is set and not empty decides: when it names a language mgi has no catalogue for
/// (`LANG=de_DE.UTF-8`, `LC_ALL=C`), the messages are in English.
pub fn messages_lang() -> Lang {
    ["MGI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
        .unwrap_or_default()
}
