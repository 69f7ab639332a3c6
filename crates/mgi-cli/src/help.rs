//! The help of `mgi` (`--help`, `-h`, `mgi help …`) in the language of the messages.
//!
//! The clap structs carry no help text: every text comes from `help.ftl` (English is the one
//! source, French and Spanish translate it), set on the command that `Cli::command()` builds,
//! before it parses. The key of each text follows from where it is:
//!
//! | what | key | example |
//! |---|---|---|
//! | a subcommand's `about` | `help-` and the subcommand names from the top, joined by `-` | `help-render`, `help-framework-check` |
//! | its `long_about` (optional) | the command's key and `-long` | — |
//! | its `after_help` (optional) | the command's key and `-examples` | `help-mgi-examples` |
//! | an argument's `help` | the command's key, `-` and the argument's id (`_` as `-`) | `help-render-format`, `help-context-import-skip-bad` |
//! | a value of an argument with fixed values | the argument's key, `-` and the value | `help-render-format-pdf` |
//!
//! The top command is `help-mgi`, and its arguments (all global) are `help-global-…`
//! (`help-global-db`). The values of an argument are listed under its text in the long help
//! (`--help`). Clap's own texts have fixed keys: `help-heading-*` (Usage, Commands, Arguments,
//! Options), `help-flag-*` (`-h`, `-V`) and `help-subcommand-help` (`mgi help`).

use clap::builder::StyledStr;
use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, ArgAction, Command, FromArgMatches};
use mgi_i18n::{Lang, has_key, tr};

/// Whether the command line must have a text (every command and argument) or may have one (a
/// long description, examples).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Need {
    Required,
    Optional,
}

/// The key of the top command; its arguments are `help-global-…`.
const TOP: &str = "help-mgi";
const GLOBAL: &str = "help-global";
const PREFIX: &str = "help";

/// `cmd` (mgi's whole command) with every help text in `lang`: its own from the catalogue, then
/// clap's headings and built-in flags, on the built command.
pub fn localised(cmd: Command, lang: Lang) -> Command {
    let mut lookup = |key: &str, need: Need| match need {
        Need::Required => Some(tr(lang, key)),
        Need::Optional => has_key(Lang::En, key).then(|| tr(lang, key)),
    };
    let mut cmd = with_texts(cmd, &mut lookup);
    cmd.build();
    with_clap_texts(cmd, lang)
}

/// `cmd` (mgi's whole command, not built) with the texts `lookup` gives for each key.
fn with_texts(cmd: Command, lookup: &mut dyn FnMut(&str, Need) -> Option<String>) -> Command {
    command_texts(cmd, TOP, GLOBAL, PREFIX, lookup)
}

/// `cmd` with its texts under `key`, its arguments' under `args` and its subcommands' under
/// `subcommands`, recursively.
fn command_texts(
    cmd: Command,
    key: &str,
    args: &str,
    subcommands: &str,
    lookup: &mut dyn FnMut(&str, Need) -> Option<String>,
) -> Command {
    let mut cmd = cmd;
    if let Some(about) = lookup(key, Need::Required) {
        cmd = cmd.about(about);
    }
    if let Some(long) = lookup(&format!("{key}-long"), Need::Optional) {
        cmd = cmd.long_about(long);
    }
    if let Some(examples) = lookup(&format!("{key}-examples"), Need::Optional) {
        cmd = cmd.after_help(examples);
    }
    cmd.mut_args(|arg| {
        let key = format!("{args}-{}", arg.get_id().as_str().replace('_', "-"));
        arg_texts(arg, &key, lookup)
    })
    .mut_subcommands(|sub| {
        let key = format!("{subcommands}-{}", sub.get_name());
        command_texts(sub, &key, &key, &key, lookup)
    })
}

/// `arg` with its text under `key`; when it takes one of fixed values, the long help lists them
/// with the text of each (`key-value`).
fn arg_texts(arg: Arg, key: &str, lookup: &mut dyn FnMut(&str, Need) -> Option<String>) -> Arg {
    let help = lookup(key, Need::Required).unwrap_or_default();
    let values = if arg.get_action().takes_values() {
        arg.get_possible_values()
    } else {
        Vec::new()
    };
    let names: Vec<&str> = values
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name())
        .collect();
    if names.is_empty() {
        return arg.help(help);
    }
    // `- name:` and the text, the texts in one column.
    let width = names.iter().map(|name| name.chars().count() + 1).max();
    let width = width.unwrap_or_default();
    let mut long = help.clone();
    long.push('\n');
    for name in names {
        let text = lookup(&format!("{key}-{name}"), Need::Required).unwrap_or_default();
        long.push_str(&format!("\n- {:width$} {text}", format!("{name}:")));
    }
    arg.help(help).long_help(long)
}

/// A built command with clap's own texts in `lang`: the headings (through the help template and
/// each argument's heading), `-h`, `-V` and the `help` subcommand; recursively.
fn with_clap_texts(cmd: Command, lang: Lang) -> Command {
    let header = *cmd.get_styles().get_header();
    let usage = tr!(lang, "help-heading-usage");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{header}{usage}:{header:#} {{usage}}\n\n\
         {{all-args}}{{after-help}}"
    );
    let mut cmd = cmd
        .help_template(StyledStr::from(template))
        .subcommand_help_heading(tr!(lang, "help-heading-commands"));
    if cmd.get_name() == "help" {
        cmd = cmd.about(tr!(lang, "help-subcommand-help"));
    }
    let arguments = tr!(lang, "help-heading-arguments");
    let options = tr!(lang, "help-heading-options");
    cmd.mut_args(|arg| {
        let arg = match arg.get_action() {
            ArgAction::Help if arg.get_long_help().is_some() => arg
                .help(tr!(lang, "help-flag-help-more"))
                .long_help(tr!(lang, "help-flag-help-summary")),
            ArgAction::Help => arg.help(tr!(lang, "help-flag-help")),
            ArgAction::Version => arg.help(tr!(lang, "help-flag-version")),
            _ => arg,
        };
        match arg.get_help_heading() {
            Some(_) => arg,
            // Under a heading of their own, positionals would be sorted by name: keep their order.
            None if arg.is_positional() => {
                let order = arg.get_index().unwrap_or_default();
                arg.help_heading(arguments.clone()).display_order(order)
            }
            None => arg.help_heading(options.clone()),
        }
    })
    .mut_subcommands(|sub| with_clap_texts(sub, lang))
}

/// The arguments of this run, parsed by `cmd` (mgi's whole command, with its help in `lang`).
/// Help and version are printed as clap prints them; a usage error is said in `lang` on
/// standard error, with the way to the help, and ends the run with clap's exit code (2).
pub fn parse<T: FromArgMatches>(cmd: Command, lang: Lang) -> T {
    let parsed = localised(cmd, lang)
        .try_get_matches()
        .and_then(|matches| T::from_arg_matches(&matches));
    match parsed {
        Ok(parsed) => parsed,
        Err(e) => match usage_error(lang, &e) {
            Some(text) => {
                eprintln!("{}", tr!(lang, "cli-error", message = text));
                eprintln!("{}", tr(lang, "usage-error-more"));
                std::process::exit(e.exit_code())
            }
            None => e.exit(),
        },
    }
}

/// A usage error in `lang`; `None` for what clap says best itself (help, version, the help
/// shown for a command given without its subcommand) and for kinds mgi does not meet.
fn usage_error(lang: Lang, e: &clap::Error) -> Option<String> {
    let context = |kind: ContextKind| e.get(kind).map(ToString::to_string).unwrap_or_default();
    let arg = context(ContextKind::InvalidArg);
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .map(context)
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    let text = match e.kind() {
        ErrorKind::InvalidValue => tr!(
            lang,
            "usage-error-invalid-value",
            value = context(ContextKind::InvalidValue),
            arg = arg,
            valid = context(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => tr!(
            lang,
            "usage-error-value-validation",
            value = context(ContextKind::InvalidValue),
            arg = arg,
            reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default()
        ),
        ErrorKind::UnknownArgument => tr!(lang, "usage-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "usage-error-unknown-subcommand",
            name = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => tr!(lang, "usage-error-missing", arg = arg),
        ErrorKind::ArgumentConflict => tr!(
            lang,
            "usage-error-conflict",
            arg = arg,
            other = context(ContextKind::PriorArg)
        ),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooManyValues | ErrorKind::TooFewValues => {
            tr!(lang, "usage-error-values", arg = arg)
        }
        _ => return None,
    };
    Some(if suggested.is_empty() {
        text
    } else {
        format!(
            "{text} {}",
            tr!(lang, "usage-error-suggestion", suggested = suggested)
        )
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;
    use crate::Cli;

    /// Every key the walk asks for, with whether it must exist.
    fn asked() -> Vec<(String, Need)> {
        let mut asked = Vec::new();
        with_texts(Cli::command(), &mut |key, need| {
            asked.push((key.to_owned(), need));
            None
        });
        asked
    }

    /// The keys of help.ftl: those of the English catalogue that start with `help-`.
    fn catalogue_keys() -> BTreeSet<String> {
        mgi_i18n::keys(Lang::En)
            .into_iter()
            .filter(|key| key.starts_with("help-"))
            .collect()
    }

    /// Clap's own texts, set by `with_clap_texts`.
    const CLAP_KEYS: [&str; 9] = [
        "help-heading-usage",
        "help-heading-commands",
        "help-heading-arguments",
        "help-heading-options",
        "help-flag-help",
        "help-flag-help-more",
        "help-flag-help-summary",
        "help-flag-version",
        "help-subcommand-help",
    ];

    #[test]
    fn every_command_and_argument_has_its_help_in_english() {
        let asked = asked();
        let missing: Vec<&str> = asked
            .iter()
            .filter(|(key, need)| *need == Need::Required && !has_key(Lang::En, key))
            .map(|(key, _)| key.as_str())
            .collect();
        assert!(
            missing.is_empty(),
            "help texts missing from crates/mgi-i18n/locales/en/help.ftl (and fr, es):\n  {}",
            missing.join("\n  ")
        );
        // The walk reaches subcommands, arguments, global ones and values.
        for key in [
            "help-mgi",
            "help-global-db",
            "help-render",
            "help-render-format",
            "help-render-format-pdf",
            "help-framework-check",
            "help-bench-http-json",
        ] {
            assert!(asked.iter().any(|(k, _)| k == key), "{key} not asked");
        }
    }

    #[test]
    fn every_help_key_is_used_once() {
        let asked = asked();
        let mut seen = BTreeSet::new();
        for (key, _) in &asked {
            assert!(seen.insert(key.as_str()), "two texts share the key {key}");
            assert!(!CLAP_KEYS.contains(&key.as_str()), "{key} is one of clap's");
        }
        let used: BTreeSet<String> = asked
            .into_iter()
            .map(|(key, _)| key)
            .chain(CLAP_KEYS.map(String::from))
            .collect();
        let unused: Vec<String> = catalogue_keys().difference(&used).cloned().collect();
        assert!(
            unused.is_empty(),
            "help.ftl keys no command, argument or value uses:\n  {}",
            unused.join("\n  ")
        );
    }

    #[test]
    fn the_localised_command_is_valid_in_every_language() {
        for lang in Lang::ALL {
            let mut cmd = localised(Cli::command(), lang);
            cmd.clone().debug_assert();
            let help = cmd.render_long_help().to_string();
            assert!(help.contains(&tr(lang, "help-mgi")), "{lang}: {help}");
        }
    }
}
