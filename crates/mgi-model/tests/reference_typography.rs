//! The reference assessment's French and Spanish translations follow the typography of the
//! United Nations and IOM (`mgi_i18n::typography`), as the shipped catalogues do.

use mgi_framework::Framework;
use mgi_i18n::typography::Rule;
use mgi_model::AssessmentDoc;

/// Translations that legitimately break a rule: (target, language, rule, reason).
const ALLOWED: &[(&str, &str, Rule, &str)] = &[(
    "finding/government-wd-6",
    "fr",
    Rule::SpaceBeforeMark,
    "quotes an English title (`2020 Population and Housing Census of Mongolia: National Report`) as published",
)];

fn reference() -> AssessmentDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let fw = Framework::embedded().expect("framework");
    AssessmentDoc::from_json(&std::fs::read_to_string(path).expect("reference"), &fw)
        .expect("valid")
}

#[test]
fn reference_translations_follow_french_and_spanish_typography() {
    let doc = reference();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for t in &doc.translations {
        let slips = match t.lang.as_str() {
            "fr" => mgi_i18n::typography::french(&t.text),
            "es" => mgi_i18n::typography::spanish(&t.text),
            _ => continue,
        };
        checked += 1;
        for slip in slips {
            let allowed = ALLOWED.iter().any(|&(target, lang, rule, _)| {
                target == t.target && lang == t.lang && rule == slip.rule
            });
            if allowed {
                continue;
            }
            wrong.push(format!("{} [{}]: {slip}", t.target, t.lang));
        }
    }
    assert!(checked > 300, "{checked} translations checked");
    assert!(
        wrong.is_empty(),
        "{} slip(s):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
