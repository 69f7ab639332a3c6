//! French and Spanish messages follow the typography of the United Nations and IOM
//! (`mgi_i18n::typography`): only the text of message values is read, never a `{ $var }`
//! placeable, a variant's key, a comment or a message id.

mod common;

use mgi_i18n::typography::{self, Rule, Slip};

/// Messages that legitimately break a rule, each with the rule and the reason.
const ALLOWED: &[(&str, Rule, &str)] = &[
    (
        "help-framework-show-json",
        Rule::SpaceBeforeMark,
        "a sample of the JSON printed, quoted as the program writes it",
    ),
    (
        "help-framework-show-json",
        Rule::EnglishQuotes,
        "a sample of the JSON printed, quoted as the program writes it",
    ),
    (
        "help-mgi-examples",
        Rule::SpaceBeforeMark,
        "shell commands (`;` between two) and an HTTP header (`Authorization: Bearer`)",
    ),
    (
        "import-warning-no-source-caption",
        Rule::SpaceBeforeMark,
        "the English caption `Source:` the importer looks for, quoted as it is printed",
    ),
];

/// Every slip in the catalogues of `lang`, as `file: key: slip`.
fn slips(lang: &str, check: fn(&str) -> Vec<Slip>) -> Vec<String> {
    let mut out = Vec::new();
    for message in common::messages(lang) {
        for t in &message.texts {
            for slip in check(t) {
                if !ALLOWED
                    .iter()
                    .any(|&(key, rule, _)| key == message.id && rule == slip.rule)
                {
                    out.push(format!("{lang}/{}: {}: {slip}", message.file, message.id));
                }
            }
        }
    }
    out
}

#[test]
fn french_messages_follow_french_typography() {
    common::assert_no_slips(slips("fr", typography::french));
}

#[test]
fn spanish_messages_quote_with_guillemets() {
    common::assert_no_slips(slips("es", typography::spanish));
}

#[test]
fn the_allow_list_names_messages_that_exist() {
    for (key, _, why) in ALLOWED {
        assert!(
            mgi_i18n::has_key(mgi_i18n::Lang::Fr, key)
                || mgi_i18n::has_key(mgi_i18n::Lang::Es, key),
            "allowed {key} ({why}) is no message"
        );
    }
}
