//! The text of every message of a language's catalogues, for the tests that read the wording
//! (typography, glossary): only the text of message values is read, never a `{ $var }`
//! placeable, a variant's key, a comment or a message id.

use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use mgi_i18n::typography::PLACEHOLDER;

/// One message of a catalogue and its texts.
pub struct Message {
    /// The catalogue's file name (`work.ftl`).
    pub file: String,
    pub id: String,
    /// The value's text, each placeable as [`PLACEHOLDER`]; the variants of a selector one
    /// after the other, each a text of its own; then the attributes.
    pub texts: Vec<String>,
}

/// Every message and term of the catalogues of `lang` (`locales/<lang>/*.ftl`), file by file.
pub fn messages(lang: &str) -> Vec<Message> {
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
        let file = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut texts = Vec::new();
            if let Some(value) = value {
                pattern_texts(value, &mut texts);
            }
            for a in attributes {
                pattern_texts(&a.value, &mut texts);
            }
            out.push(Message {
                file: file.clone(),
                id: id.to_owned(),
                texts,
            });
        }
    }
    out
}

/// The text of a pattern: its text elements as they are, each placeable as [`PLACEHOLDER`];
/// the variants of a selector one after the other, each on its own line.
fn pattern_texts(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    let mut current = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    current.push(PLACEHOLDER);
                    for v in variants {
                        pattern_texts(&v.value, out);
                    }
                }
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    if let Expression::Select { variants, .. } = expression.as_ref() {
                        for v in variants {
                            pattern_texts(&v.value, out);
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

/// Fails with every slip listed, one a line, unless there are none.
pub fn assert_no_slips(slips: Vec<String>) {
    assert!(
        slips.is_empty(),
        "{} slip(s):\n{}",
        slips.len(),
        slips.join("\n")
    );
}
