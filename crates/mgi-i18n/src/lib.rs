//! Languages and message catalogues of mgi: English, French and Spanish.
//!
//! - [`Lang`]: the three languages, from a code, a tag (`fr-FR`) or an `Accept-Language` header.
//! - Messages: [`tr()`], [`tr_args`] and the [`tr!`] macro look a message up by id in the
//!   [Fluent](https://projectfluent.org/) catalogues; [`has_key`], [`keys`] and [`check`] serve
//!   the tests and tools.
//! - Formatting by CLDR conventions, without ICU: [`number`], [`decimal`], [`percent`],
//!   [`date`], [`month_year`].
//! - [`text_dir`]: whether a piece of user data (a place name, a title) reads right to left.
//! - [`typography`] and [`glossary`]: how French and Spanish are written (spacing and quotation
//!   marks; one term per concept), for the tests over the catalogues and the framework.
//!
//! ```
//! use mgi_i18n::{Lang, tr};
//!
//! assert_eq!(tr!(Lang::Fr, "nav-home"), "Accueil");
//! assert_eq!(tr!(Lang::En, "count-indicators", count = 1), "1 indicator");
//! assert_eq!(tr!(Lang::Es, "count-indicators", count = 12345), "12.345 indicadores");
//! ```
//!
//! # The catalogues
//!
//! `crates/mgi-i18n/locales/<lang>/<area>.ftl`, one file per area of the program (`common.ftl`
//! for what every part shares; `portal.ftl`, `work.ftl`, `profile.ftl`, `cli.ftl` as those parts
//! get translated), the same file names in every language. `build.rs` lists them and they are
//! embedded with `include_str!`: a new file needs no code change, and any change under
//! `locales/` rebuilds the crate.
//!
//! To add a message, write `id = text` in the right file of **each** of `en`, `fr` and `es`.
//! Ids are kebab-case and start with their area (`portal-…`, `work-…`); variables are
//! snake_case (`{ $count }`, `{ $jurisdiction_name }`) so that the [`tr!`] macro can name them.
//! The tests fail on a key missing from a language, a message that does not format, a French or
//! Spanish message left identical to the English one, and a literal key passed to `tr!`, `tr`
//! or `tr_args` anywhere in `crates/*/src` (comments and doc examples included) that English
//! lacks. Messages have no attributes (`.title`): each text is a message of its own.
//!
//! # Choices
//!
//! - **fluent-bundle directly rather than fluent-templates.** The stack notes suggest
//!   fluent-templates' `static_loader!`; it is a thin layer over this same `fluent-bundle`, and
//!   here it fell short: it cannot list a language's message ids (needed for the missing-key
//!   test and [`keys`]), it `unwrap`s each file's parse result, so a syntax error is a panic at
//!   the first lookup, and it does not notice a new `.ftl` file without a build script anyway.
//!   Loading the bundles ourselves takes one short function; a syntax error or a duplicate id
//!   becomes a line in [`check::problems`] (tested to be empty) and the rest of the catalogue
//!   still works.
//! - **No Unicode isolation marks.** Fluent wraps each placeable in U+2068 … U+2069 by default;
//!   output here is plain text (HTML pages escape it and put user data in `<bdi>`, CSV and the
//!   command line want no invisible characters), so isolation is off.
//! - **Numbers.** Fluent prints numbers without grouping (`12345`). Each bundle has a formatter
//!   hook that writes every number with [`decimal`] rules of its language (`12 345` in French).
//!   The hook only changes the text: the variable stays a Fluent number, so plural selection
//!   (`{ $count -> [one] … *[other] … }`, CLDR rules: French `one` is 0 and 1, English and
//!   Spanish `one` is 1) keeps working. An [`Arg::Num`] beyond ±2^53, which an f64 cannot hold
//!   exactly, is passed as already formatted text and selects the default variant.
//! - **Missing messages** never fail: a message a language lacks comes from English, a key
//!   English lacks shows as `[key]`; the tests keep both from happening with shipped keys.

mod format;
pub mod glossary;
mod lang;
mod messages;
pub mod typography;

pub use format::{MAX_FRACTION_DIGITS, NOT_A_NUMBER, date, decimal, month_year, number, percent};
pub use lang::{Dir, Lang, UnknownLang, text_dir};
pub use messages::{Arg, check, has_key, keys, language_name, tr, tr_args};

/// A value the program names for people (a stage, a role, a kind of finding, a field of the
/// audit log): its name in a language. Implemented beside each type, so that the web pages, the
/// command line, the workbook and the store's messages name it the same way.
pub trait Localise {
    /// The name of the value in `lang`.
    fn localise(&self, lang: Lang) -> String;
}

/// A message by id: `tr!(lang, "nav-home")`, or with variables named as in the message:
/// `tr!(lang, "count-indicators", count = n)`. Each value goes through `Arg::from` (text, an
/// integer, or a `Lang` for its code). Expands to [`tr()`] or [`tr_args`]; the key must be a
/// string literal, so that the workspace test of the keys used in the code can find it.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:literal $(,)?) => {
        $crate::tr($lang, $key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr_args(
            $lang,
            $key,
            &[$((::core::stringify!($name), $crate::Arg::from($value))),+],
        )
    };
}
