//! `mgi --help` and each subcommand's help follow the language of the messages: the texts of
//! help.ftl (commands, arguments, values, examples, clap's headings), English by default. A usage
//! error is said in the same language, with clap's exit code (2).

use mgi_i18n::{Lang, tr};

mod common;

use common::{mgi_env as mgi, stderr, stdout};

/// The help `args` print with `env` as the only language variables.
fn help(env: &[(&str, &str)], args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = mgi(env, &dir.path().join("never-opened.db"), args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// `text` with every run of white space as one space, as it reads once clap has wrapped it.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `help` holds each message of `keys` as `lang` writes it, and the usage heading; in French and
/// Spanish, not the English ones.
fn assert_in(lang: Lang, help: &str, keys: &[&str]) {
    let help = &words(help);
    let usage = words(&format!("{}:", tr(lang, "help-heading-usage")));
    assert!(help.contains(&usage), "{lang}: no {usage:?} in\n{help}");
    for key in keys {
        let text = words(&tr(lang, key));
        assert!(
            help.contains(&text),
            "{lang}: no {key} ({text:?}) in\n{help}"
        );
        // (French `Options` contains the English one.)
        let english = words(&tr(Lang::En, key));
        if lang != Lang::En && !text.contains(&english) {
            assert!(!help.contains(&english), "{lang}: English {key} in\n{help}");
        }
    }
}

const TOP_KEYS: &[&str] = &[
    "help-mgi",
    "help-framework",
    "help-assessment",
    "help-round",
    "help-check",
    "help-heading-commands",
    "help-heading-options",
    "help-flag-version",
];

const RENDER_KEYS: &[&str] = &[
    "help-render-year",
    "help-render-format",
    "help-render-format-html",
    "help-render-out",
    "help-global-framework",
    "help-heading-arguments",
    "help-heading-options",
    "help-flag-help-summary",
];

#[test]
fn the_help_is_in_french_and_spanish_with_mgi_lang() {
    for lang in [Lang::Fr, Lang::Es] {
        let env = [("MGI_LANG", lang.code())];
        let top = help(&env, &["--help"]);
        assert_in(lang, &top, TOP_KEYS);
        // The examples, with their commands unchanged.
        let examples = tr(lang, "help-mgi-examples");
        let first = examples.lines().next().unwrap_or_default();
        assert!(top.contains(first), "{lang}: {first:?} in\n{top}");
        assert!(top.contains("mgi render MNG 2023 --format pdf -o mongolia-2023.pdf"));

        assert_in(lang, &help(&env, &["render", "--help"]), RENDER_KEYS);
        assert_in(lang, &help(&env, &["help", "render"]), RENDER_KEYS);
    }
}

#[test]
fn the_help_follows_the_locale_and_is_english_by_default() {
    assert_in(Lang::En, &help(&[], &["--help"]), TOP_KEYS);
    assert_in(Lang::En, &help(&[], &["render", "--help"]), RENDER_KEYS);
    let french = help(&[("LANG", "fr_FR.UTF-8")], &["render", "-h"]);
    assert_in(Lang::Fr, &french, &["help-render", "help-flag-help-more"]);
}

#[test]
fn usage_errors_are_said_in_the_language_of_the_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("never-opened.db");
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let env = [("MGI_LANG", lang.code())];
        let out = mgi(&env, &db, &["render", "MNG", "2023", "--format", "docx"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let said = tr!(
            lang,
            "usage-error-invalid-value",
            value = "docx",
            arg = "--format <FORMAT>",
            valid = "html, md, pdf"
        );
        let err = stderr(&out);
        assert!(
            err.contains(&tr!(lang, "cli-error", message = said)),
            "{lang:?}: {err}"
        );
        assert!(err.contains(&tr!(lang, "usage-error-more")), "{err}");

        let out = mgi(&env, &db, &["rendr", "MNG", "2023"]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        let unknown = tr!(lang, "usage-error-unknown-subcommand", name = "rendr");
        // clap chooses the suggestions (here "round, render"); the words around them are ours.
        let suggestion = tr!(lang, "usage-error-suggestion", suggested = "\u{E000}");
        let (before, after) = suggestion.split_once('\u{E000}').expect("the slot");
        let line = err.lines().next().unwrap_or_default();
        assert!(
            line.contains(&format!("{unknown} {before}"))
                && line.contains("render")
                && line.ends_with(after),
            "{lang:?}: {err}"
        );

        let out = mgi(&env, &db, &["render", "MNG", "not-a-year"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("not-a-year"), "{}", stderr(&out));
    }
}
