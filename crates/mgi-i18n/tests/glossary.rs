//! French and Spanish messages use one term per concept: none uses an alternative the glossary
//! (`crates/mgi-i18n/glossary.yaml`, `mgi_i18n::glossary`) lists.

mod common;

use mgi_i18n::Lang;
use mgi_i18n::glossary::Glossary;

/// Every alternative in the catalogues of `lang`, as `file: key: slip`.
fn slips(lang: Lang) -> Vec<String> {
    let glossary = Glossary::shipped().expect("glossary.yaml");
    let mut out = Vec::new();
    for message in common::messages(lang.code()) {
        for text in &message.texts {
            for slip in glossary.slips(lang, text) {
                out.push(format!("{}: {}: {slip}", message.file, message.id));
            }
        }
    }
    out
}

#[test]
fn french_messages_use_the_glossary_terms() {
    common::assert_no_slips(slips(Lang::Fr));
}

#[test]
fn spanish_messages_use_the_glossary_terms() {
    common::assert_no_slips(slips(Lang::Es));
}
