//! French and Spanish messages follow the typography of the United Nations and IOM
//! (`mgi_i18n::typography`): only the text of message values is read, never a `{ $var }`
//! placeable, a variant's key, a comment or a message id.

use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use mgi_i18n::typography::{self, PLACEHOLDER, Rule, Slip};

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

/// The text of a pattern: its text elements as they are, each placeable as [`PLACEHOLDER`];
/// the variants of a selector one after the other, each on its own line.
fn texts(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    let mut current = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    current.push(PLACEHOLDER);
                    for v in variants {
                        texts(&v.value, out);
                    }
                }
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    if let Expression::Select { variants, .. } = expression.as_ref() {
                        for v in variants {
                            texts(&v.value, out);
                        }
                    }
                    current.push(PLACEHOLDER);
                }
                Expression::Inline(_) => current.push(PLACEHOLDER),
            },
        }
    }
    out.push(current);
}

/// Every slip in the catalogues of `lang`, as `file: key: slip`.
fn slips(lang: &str, check: fn(&str) -> Vec<Slip>) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locales dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(files.len() > 10, "catalogues of {lang}: {files:?}");
    let mut out = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("read catalogue");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parse catalogue");
        let name = path.file_name().expect("name").to_string_lossy();
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut text = Vec::new();
            if let Some(value) = value {
                texts(value, &mut text);
            }
            for a in attributes {
                texts(&a.value, &mut text);
            }
            for t in text {
                for slip in check(&t) {
                    if !ALLOWED
                        .iter()
                        .any(|&(key, rule, _)| key == id && rule == slip.rule)
                    {
                        out.push(format!("{lang}/{name}: {id}: {slip}"));
                    }
                }
            }
        }
    }
    out
}

fn assert_none(lang: &str, check: fn(&str) -> Vec<Slip>) {
    let slips = slips(lang, check);
    assert!(
        slips.is_empty(),
        "{} slip(s):\n{}",
        slips.len(),
        slips.join("\n")
    );
}

#[test]
fn french_messages_follow_french_typography() {
    assert_none("fr", typography::french);
}

#[test]
fn spanish_messages_quote_with_guillemets() {
    assert_none("es", typography::spanish);
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
