//! The message catalogues: one Fluent bundle per language, built once from the embedded files.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::{Lang, format};

/// One embedded `locales/<lang>/<name>` file.
struct CatalogueFile {
    lang: &'static str,
    name: &'static str,
    text: &'static str,
}

/// Every `locales/*/*.ftl` file, listed by `build.rs`.
static FILES: &[CatalogueFile] = include!(concat!(env!("OUT_DIR"), "/catalogue_files.rs"));

type Bundle = FluentBundle<FluentResource>;

struct Catalogue {
    /// Indexed by [`Lang::index`].
    bundles: [Bundle; 3],
    /// The message ids of each language, sorted.
    ids: [Vec<String>; 3],
    /// Syntax errors, duplicate ids, unsupported constructs: empty for a good catalogue.
    problems: Vec<String>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(load);

fn load() -> Catalogue {
    let mut problems = Vec::new();
    for file in FILES {
        if Lang::ALL.iter().all(|lang| lang.code() != file.lang) {
            problems.push(format!(
                "locales/{}/{}: {:?} is not a supported language",
                file.lang, file.name, file.lang
            ));
        }
    }
    let mut ids: [Vec<String>; 3] = Default::default();
    let bundles = Lang::ALL.map(|lang| {
        let mut bundle = Bundle::new_concurrent(vec![lang.code().parse().unwrap_or_default()]);
        // Plain text out: callers escape for HTML themselves and isolate user data with <bdi>.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter(lang)));
        if let Err(e) = bundle.add_builtins() {
            problems.push(format!("{lang}: the built-in functions: {e}"));
        }
        let lang_ids = &mut ids[lang.index()];
        for file in FILES.iter().filter(|file| file.lang == lang.code()) {
            let place = format!("locales/{}/{}", file.lang, file.name);
            let resource = match FluentResource::try_new(file.text.to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for e in errors {
                        let line = line_of(file.text, e.pos.start);
                        problems.push(format!("{place}:{line}: {}", e.kind));
                    }
                    resource
                }
            };
            for entry in resource.entries() {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                if message.value.is_none() {
                    problems.push(format!("{place}: message {id} has no value"));
                }
                if !message.attributes.is_empty() {
                    problems.push(format!(
                        "{place}: message {id} has attributes, which the catalogues do not use: \
                         make each one a message of its own"
                    ));
                }
                lang_ids.push(id.to_owned());
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    match e {
                        FluentError::Overriding { id, .. } => {
                            problems.push(format!("{place}: {id} is defined twice in {lang}"));
                        }
                        other => problems.push(format!("{place}: {other}")),
                    }
                }
            }
        }
        lang_ids.sort();
        lang_ids.dedup();
        bundle
    });
    Catalogue {
        bundles,
        ids,
        problems,
    }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The bundle's formatter: numbers with the language's separators (Fluent itself prints them
/// with no grouping). Plural selection is untouched: it reads the number, not this text.
fn number_formatter<M>(lang: Lang) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    fn en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        format_number_value(Lang::En, value)
    }
    fn fr<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        format_number_value(Lang::Fr, value)
    }
    fn es<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        format_number_value(Lang::Es, value)
    }
    match lang {
        Lang::En => en::<M>,
        Lang::Fr => fr::<M>,
        Lang::Es => es::<M>,
    }
}

/// A Fluent number (an [`Arg::Num`], a literal, or the result of `NUMBER()`) as
/// [`format::decimal`] writes it: the fraction digits of its shortest form, at least
/// `minimumFractionDigits`, at most `maximumFractionDigits` (3 when not given, as in CLDR).
fn format_number_value(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let shortest = format!("{}", n.value.abs());
    let natural = shortest.split_once('.').map_or(0, |(_, frac)| frac.len());
    let min = n.options.minimum_fraction_digits.unwrap_or(0);
    let max = n.options.maximum_fraction_digits.unwrap_or(3).max(min);
    Some(format::decimal(lang, n.value, natural.clamp(min, max)))
}

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is (user data included: the caller escapes the result for HTML).
    Str(String),
    /// A count or other integer: formatted with the language's grouping, and usable for plural
    /// selection (`{ $count -> [one] … *[other] … }`).
    Num(i64),
    /// A decimal shown with exactly `digits` fraction digits (as [`format::decimal`] writes it),
    /// and selecting its plural variant as shown: French `0,3` is `one`, English `0.3` and
    /// `1.0` are `other`, `1` is `one`.
    Dec { value: f64, digits: usize },
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Num(n.into())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(n.into())
    }
}
impl From<usize> for Arg {
    /// Beyond `i64::MAX` (never a real count) the value saturates.
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<Lang> for Arg {
    /// The language's code, for messages that select on it (`language-name`).
    fn from(lang: Lang) -> Arg {
        Arg::Str(lang.code().to_owned())
    }
}

/// Integers up to 2^53 in magnitude are exact as the f64 Fluent numbers carry.
const EXACT_IN_F64: u64 = 1 << 53;

/// A decimal as a Fluent number rounded to `digits` and carrying them, so that the number
/// formatter prints them and the plural rules see the fraction as shown.
fn decimal_value(lang: Lang, value: f64, digits: usize) -> FluentValue<'static> {
    let digits = digits.min(format::MAX_FRACTION_DIGITS);
    if !value.is_finite() {
        return FluentValue::String(Cow::Owned(format::decimal(lang, value, digits)));
    }
    let scale = 10f64.powi(i32::try_from(digits).unwrap_or(0));
    let options = FluentNumberOptions {
        minimum_fraction_digits: Some(digits),
        maximum_fraction_digits: Some(digits),
        ..FluentNumberOptions::default()
    };
    FluentValue::Number(FluentNumber::new((value * scale).round() / scale, options))
}

fn to_fluent_args<'a>(lang: Lang, args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        let value = match arg {
            Arg::Str(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
            Arg::Num(n) if n.unsigned_abs() <= EXACT_IN_F64 => {
                FluentValue::Number(FluentNumber::new(*n as f64, FluentNumberOptions::default()))
            }
            // Larger integers would lose digits as f64: they go in already formatted (and select
            // the default variant).
            Arg::Num(n) => FluentValue::String(Cow::Owned(format::number(lang, *n))),
            Arg::Dec { value, digits } => decimal_value(lang, *value, *digits),
        };
        fluent_args.set(*name, value);
    }
    fluent_args
}

/// The message `key` of `lang` formatted, with the Fluent errors met on the way; `None` when the
/// language has no such message.
fn format_message(
    lang: Lang,
    key: &str,
    args: &[(&str, Arg)],
) -> Option<(String, Vec<FluentError>)> {
    let bundle = &CATALOGUE.bundles[lang.index()];
    let pattern = bundle.get_message(key)?.value()?;
    let fluent_args = (!args.is_empty()).then(|| to_fluent_args(lang, args));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
    Some((text.into_owned(), errors))
}

/// The message `key` in `lang`, for a message without variables. See [`tr_args`] for what
/// happens to a key the language lacks.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// The message `key` in `lang` with `args` for its variables (names without the `$`). Never
/// fails: a message `lang` lacks is taken from English, and a key English lacks too comes back
/// as `[key]`. A variable left without a value shows as `{$name}`.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    format_message(lang, key, args)
        .or_else(|| format_message(Lang::En, key, args))
        .map_or_else(|| format!("[{key}]"), |(text, _)| text)
}

/// Whether `lang`'s own catalogue has the message `key` (English is not consulted).
/// The name of the language `code` (any code of mgi: `en`, `fr`, `mn`, …) in `lang`, as
/// messages that name a language take it ("affiché en anglais").
pub fn language_name(lang: Lang, code: &str) -> String {
    tr_args(lang, "language-name", &[("code", Arg::from(code))])
}

pub fn has_key(lang: Lang, key: &str) -> bool {
    CATALOGUE.bundles[lang.index()]
        .get_message(key)
        .is_some_and(|message| message.value().is_some())
}

/// Every message id of `lang`, sorted (terms, whose ids start with `-`, are not messages).
pub fn keys(lang: Lang) -> Vec<String> {
    CATALOGUE.ids[lang.index()].clone()
}

/// Checks of the catalogues themselves, for the tests and for tools.
pub mod check {
    use super::*;

    /// Everything wrong with the embedded catalogues that loading them met, one line each with
    /// the file (and line for syntax errors): FTL syntax errors (the bad entry is skipped), ids
    /// defined twice in one language (the first one wins), messages without a value or with
    /// attributes, folders that name no supported language. Empty when all is well.
    pub fn problems() -> Vec<String> {
        CATALOGUE.problems.clone()
    }

    /// The variables (without `$`) the message `key` of `lang` uses, directly or through the
    /// messages it references, sorted; empty for a missing key.
    pub fn variables(lang: Lang, key: &str) -> Vec<String> {
        let bundle = &CATALOGUE.bundles[lang.index()];
        let mut found = BTreeSet::new();
        let mut seen = BTreeSet::new();
        collect_message(bundle, key, &mut found, &mut seen);
        found.into_iter().collect()
    }

    /// The message `key` of `lang` alone (no English fallback), or why it cannot be shown as
    /// it should: missing, or Fluent errors (an unknown variable, function or message, …).
    pub fn format_strict(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        match format_message(lang, key, args) {
            None => Err(format!("{lang}: no message {key}")),
            Some((text, errors)) if errors.is_empty() => Ok(text),
            Some((_, errors)) => {
                let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
                Err(format!("{lang}: {key}: {}", errors.join("; ")))
            }
        }
    }

    fn collect_message(
        bundle: &Bundle,
        key: &str,
        found: &mut BTreeSet<String>,
        seen: &mut BTreeSet<String>,
    ) {
        if !seen.insert(key.to_owned()) {
            return;
        }
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            collect_pattern(bundle, pattern, found, seen);
        }
    }

    fn collect_pattern(
        bundle: &Bundle,
        pattern: &ast::Pattern<&str>,
        found: &mut BTreeSet<String>,
        seen: &mut BTreeSet<String>,
    ) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_expression(bundle, expression, found, seen);
            }
        }
    }

    fn collect_expression(
        bundle: &Bundle,
        expression: &ast::Expression<&str>,
        found: &mut BTreeSet<String>,
        seen: &mut BTreeSet<String>,
    ) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                collect_inline(bundle, selector, found, seen);
                for variant in variants {
                    collect_pattern(bundle, &variant.value, found, seen);
                }
            }
            ast::Expression::Inline(inline) => collect_inline(bundle, inline, found, seen),
        }
    }

    fn collect_inline(
        bundle: &Bundle,
        inline: &ast::InlineExpression<&str>,
        found: &mut BTreeSet<String>,
        seen: &mut BTreeSet<String>,
    ) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            // A referenced message sees the same variables.
            ast::InlineExpression::MessageReference { id, .. } => {
                collect_message(bundle, id.name, found, seen);
            }
            // A term gets only its own arguments, but those may name our variables.
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in &arguments.positional {
                    collect_inline(bundle, argument, found, seen);
                }
                for argument in &arguments.named {
                    collect_inline(bundle, &argument.value, found, seen);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                collect_expression(bundle, expression, found, seen);
            }
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. }
            | ast::InlineExpression::TermReference {
                arguments: None, ..
            } => {}
        }
    }
}
