//! The catalogues are whole: every key in every language, every message formats, nothing empty,
//! nothing left in English.

use std::collections::BTreeSet;

use mgi_i18n::{Arg, Lang, check, has_key, keys, tr_args};

/// Keys whose French and Spanish text may be byte-identical to the English one (proper names,
/// acronyms that do not change). Each entry says why.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    (
        "site-method-version",
        "a framework version, 'version' and its number: the same word in French",
    ),
    (
        "workbook-col-citation-source",
        "a workbook column's header, 'Source' and its number: the same word in French",
    ),
    (
        "portal-region-asia",
        "a continent's name: Asia in Spanish too",
    ),
    (
        "portal-region-europe",
        "a continent's name: Europe in French too",
    ),
    (
        "portal-map-key",
        "a line of a map's legend: its category and a count in brackets, in any language",
    ),
    (
        "portal-map-shape",
        "a map's tooltip: a name, a colon and its category (French spaces the colon)",
    ),
    (
        "portal-download-share",
        "a column head of a download: the value's name and a percent sign, in any language",
    ),
    ("portal-question", "\"Question\" is the French word too"),
    (
        "profile-ibid",
        "\"Ibid.\", the Latin abbreviation every language's footnotes use",
    ),
    (
        "profile-isbn",
        "\"ISBN\", the standard's name in every language",
    ),
    (
        "profile-part",
        "a numbered part's heading: its number and its title, in any language",
    ),
    ("portal-search-text", "\"Passage\" is the French word too"),
    ("site-contact-title", "\"Contact\" is the French word too"),
    (
        "profile-millions",
        "\"million\" is the French word too, in the singular (0 and 1 million)",
    ),
    (
        "import-part",
        "a part this catalogue does not know is shown by its code, the same in every language \
         (the known parts are checked in mgi-import's tests)",
    ),
];

/// Values to try for every variable a message uses: integers for plural selectors and counts,
/// then text (a language code, as `language-name` takes).
fn sample_sets() -> Vec<Arg> {
    vec![
        Arg::Num(0),
        Arg::Num(1),
        Arg::Num(2),
        Arg::Num(1234567),
        Arg::Str("fr".into()),
        Arg::Str("Ulaanbaatar".into()),
    ]
}

fn all_keys() -> BTreeSet<String> {
    Lang::ALL.into_iter().flat_map(keys).collect()
}

/// The message with every variable set to `sample`.
fn sample_args(lang: Lang, key: &str, sample: &Arg) -> Vec<(String, Arg)> {
    check::variables(lang, key)
        .into_iter()
        .map(|name| (name, sample.clone()))
        .collect()
}

fn borrowed(args: &[(String, Arg)]) -> Vec<(&str, Arg)> {
    args.iter()
        .map(|(name, arg)| (name.as_str(), arg.clone()))
        .collect()
}

#[test]
fn the_catalogues_load_without_problems() {
    let problems = check::problems();
    assert!(
        problems.is_empty(),
        "problems in the catalogues:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn every_key_exists_in_every_language() {
    let mut missing = Vec::new();
    for key in all_keys() {
        for lang in Lang::ALL {
            if !has_key(lang, &key) {
                missing.push(format!("{lang}: {key}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} message(s) missing; add each to crates/mgi-i18n/locales/<lang>/ (same file as in \
         the other languages):\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}

#[test]
fn the_seed_keys_are_there() {
    for key in [
        "site-title",
        "nav-home",
        "nav-explore",
        "nav-compare",
        "nav-search",
        "nav-gcm",
        "nav-sdg",
        "language-switch",
        "error-not-found",
        "error-forbidden",
        "error-server",
        "count-indicators",
        "translation-missing",
    ] {
        assert!(has_key(Lang::En, key), "{key}");
    }
    assert_eq!(check::variables(Lang::En, "count-indicators"), ["count"]);
    assert_eq!(
        check::variables(Lang::Fr, "translation-missing"),
        ["original"]
    );
    assert!(check::variables(Lang::Es, "nav-home").is_empty());
}

#[test]
fn every_message_formats_without_errors_and_is_not_empty() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for key in keys(lang) {
            for sample in sample_sets() {
                let args = sample_args(lang, &key, &sample);
                match check::format_strict(lang, &key, &borrowed(&args)) {
                    Ok(text) if text.trim().is_empty() => {
                        failures.push(format!("{lang}: {key}: empty with {sample:?}"));
                    }
                    Ok(_) => {}
                    Err(e) => failures.push(format!("{e} (every variable = {sample:?})")),
                }
            }
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_message_given_too_few_variables_is_reported() {
    let error =
        check::format_strict(Lang::En, "count-indicators", &[]).expect_err("$count is missing");
    assert!(error.contains("count"), "{error}");
    assert!(check::format_strict(Lang::Fr, "no-such-key", &[]).is_err());
}

#[test]
fn french_and_spanish_are_not_copies_of_english() {
    let allowed: BTreeSet<&str> = SAME_AS_ENGLISH.iter().map(|(key, _)| *key).collect();
    let mut copies = Vec::new();
    for key in keys(Lang::En) {
        if allowed.contains(key.as_str()) {
            continue;
        }
        for sample in sample_sets() {
            let args = sample_args(Lang::En, &key, &sample);
            let english = tr_args(Lang::En, &key, &borrowed(&args));
            for lang in [Lang::Fr, Lang::Es] {
                if has_key(lang, &key) && tr_args(lang, &key, &borrowed(&args)) == english {
                    copies.push(format!("{lang}: {key} = {english:?}"));
                }
            }
        }
    }
    copies.sort();
    copies.dedup();
    assert!(
        copies.is_empty(),
        "French or Spanish text identical to English (translate it, or add the key to \
         SAME_AS_ENGLISH with a reason):\n  {}",
        copies.join("\n  ")
    );
    for key in allowed {
        assert!(
            has_key(Lang::En, key),
            "SAME_AS_ENGLISH names unknown key {key}"
        );
    }
}

#[test]
fn every_language_has_the_same_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let files = |lang: Lang| -> BTreeSet<String> {
        std::fs::read_dir(dir.join(lang.code()))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.ends_with(".ftl"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let english = files(Lang::En);
    assert!(english.contains("common.ftl"), "{english:?}");
    for lang in [Lang::Fr, Lang::Es] {
        assert_eq!(
            files(lang),
            english,
            "files of locales/{lang} and locales/en"
        );
    }
}
