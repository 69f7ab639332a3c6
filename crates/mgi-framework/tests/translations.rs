//! Texts in several languages: the translation status of each field, its checks with file:line,
//! the fallback to English, the JSON shape, and the French and Spanish of the shipped framework.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod common;

use common::{assert_problem, files, problems, replaced};
use mgi_i18n::Lang;
use mgi_i18n::glossary::Glossary;

use mgi_framework::{
    COVERAGE_LANGUAGES, CoverageTable, FieldKind, Framework, LoadError, Text, TranslationStatus,
    translation_coverage,
};

const GCM: &str = "notice: {en: paraphrased}
objectives:
  - {number: 1, short: {en: data}, title: {en: Data}}
  - {number: 15, short: {en: services, fr: services, status: {fr: draft}}, title: {en: Basic services}}
";

const SDG: &str = "notice: {en: indicative}
answer_values: {present: 1.0, partial: 0.5, absent: 0.0}
categories:
  - {id: 1, min: 0, label: {en: Requires further progress}}
domains:
  - {number: 1, mgi_domain: rights, name: {en: Migrant rights}}
subcategories:
  - {id: 1a, domain: 1, label: {en: Health}}
";

const CATALOGUE: &str = "indicators:
  - id: health-access
    level: both
    name: {en: Access to health care, fr: Accès aux soins, status: {fr: draft}}
    question:
      en: Do migrants have access to health services?
      fr: Les migrants ont-ils accès aux services de santé ?
      es: ¿Tienen los migrantes acceso a los servicios de salud?
      status: {fr: draft, es: reviewed}
    guidance:
      en: Present when equal.
    gcm: [15]
    sdg: [1a]
";

const SET: &str = "id: mgi-national
version: 1
level: national
title: {en: National, fr: National, es: Nacional, status: {fr: draft, es: draft}}
notice: {en: reconstruction}
domains:
  - id: rights
    number: 1
    name: {en: Rights, fr: Droits}
    principle: {en: Adhere}
    subareas:
      - id: rights.services
        name: {en: Services}
        indicators: [health-access]
";

/// The fixture with one file replaced.
fn with(path: &str, text: &str) -> Result<Framework, LoadError> {
    replaced(files(GCM, SDG, CATALOGUE, SET), path, text)
}

fn fixture() -> Framework {
    Framework::from_files(files(GCM, SDG, CATALOGUE, SET)).expect("fixture is valid")
}

// --- Statuses in the files ---

#[test]
fn statuses_are_read() {
    let fw = fixture();
    let q = &fw.indicator("health-access").expect("indicator").question;
    assert_eq!(q.status("en"), TranslationStatus::Official);
    assert_eq!(q.status("fr"), TranslationStatus::Draft);
    assert_eq!(q.status("es"), TranslationStatus::Reviewed);
    assert_eq!(q.status("ar"), TranslationStatus::Missing);
    // A translation without a status entry is a draft.
    let set = fw.set("mgi-national", 1).expect("set");
    assert_eq!(set.domains[0].name.status("fr"), TranslationStatus::Draft);
    assert_eq!(set.domains[0].name.get_exact("fr"), Some("Droits"));
    let gcm15 = fw
        .gcm
        .iter()
        .find(|o| o.number == 15)
        .expect("objective 15");
    assert_eq!(gcm15.short.status("fr"), TranslationStatus::Draft);
}

#[test]
fn unknown_status_value_names_file_line_and_field() {
    let text = CATALOGUE.replace("es: reviewed}", "es: final}");
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:9: indicator health-access: question: status: unknown translation status \"final\" for es (allowed: draft, reviewed, official)",
    );
}

#[test]
fn status_for_a_missing_text_names_file_line_and_field() {
    let text = CATALOGUE.replace(
        "      en: Present when equal.\n",
        "      en: Present when equal.\n      status: {fr: draft}\n",
    );
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:12: indicator health-access: guidance: status: fr has a status but no fr text",
    );
    let set = SET.replace("es: Nacional, ", "");
    assert_problem(
        with("sets/mgi-national-1.yaml", &set),
        "sets/mgi-national-1.yaml:4: title: status: es has a status but no es text",
    );
}

#[test]
fn unknown_language_code_names_file_line_and_field() {
    let set = SET.replace(
        "{en: Rights, fr: Droits}",
        "{en: Rights, fr: Droits, de: Rechte}",
    );
    assert_problem(
        with("sets/mgi-national-1.yaml", &set),
        "sets/mgi-national-1.yaml:9: domain rights: name: unknown language code \"de\" (allowed: en, fr, es, ar, ru, zh, pt, mn)",
    );
    let gcm = GCM.replace("status: {fr: draft}", "status: {fr: draft, xx: draft}");
    assert_problem(
        with("gcm.yaml", &gcm),
        "gcm.yaml:4: GCM objective 15: short: status: unknown language code \"xx\" (allowed: en, fr, es, ar, ru, zh, pt, mn)",
    );
    let sdg = SDG.replace("{en: Health}", "{en: Health, FR: Santé}");
    assert_problem(
        with("sdg-10-7-2.yaml", &sdg),
        "sdg-10-7-2.yaml:8: sub-category 1a: label: unknown language code \"FR\" (allowed: en, fr, es, ar, ru, zh, pt, mn)",
    );
}

#[test]
fn status_for_english_and_empty_translation_are_refused() {
    let text = CATALOGUE.replace("{fr: draft, es: reviewed}", "{en: official, fr: draft}");
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:9: indicator health-access: question: status: en is the source text and takes no translation status",
    );
    let set = SET.replace("fr: Droits", "fr: \"  \"");
    assert_problem(
        with("sets/mgi-national-1.yaml", &set),
        "sets/mgi-national-1.yaml:9: domain rights: name: the fr text is empty",
    );
}

#[test]
fn every_bad_entry_is_reported() {
    let text = CATALOGUE
        .replace("es: reviewed}", "es: final}")
        .replace("      fr: Les", "      pl: Les");
    let found = problems(with("indicators/a.yaml", &text));
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found.contains(&"indicators/a.yaml:7: indicator health-access: question: unknown language code \"pl\" (allowed: en, fr, es, ar, ru, zh, pt, mn)".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.contains(&"indicators/a.yaml:9: indicator health-access: question: status: fr has a status but no fr text".to_owned()),
        "{found:#?}"
    );
}

/// A copy of the shipped framework with one file edited, loaded from a folder.
fn shipped_copy_with(rel: &str, edit: impl Fn(&str) -> String) -> Result<Framework, LoadError> {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&framework_dir(), dir.path());
    let path = dir.path().join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    let edited = edit(&text);
    assert_ne!(text, edited, "the edit must change {rel}");
    std::fs::write(&path, edited).expect("write");
    Framework::load_dir(dir.path())
}

fn framework_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../framework")
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn bad_status_in_a_copy_of_the_shipped_files() {
    let rel = "indicators/1-rights.yaml";
    let original = std::fs::read_to_string(framework_dir().join(rel)).expect("read");
    // The status line of the first text of the file: the name of conv-ilo-97.
    let (index, line) = original
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("status:"))
        .expect("a status line");
    let bad = line.replacen("es: draft", "es: approved", 1);
    let found = problems(shipped_copy_with(rel, |t| t.replacen(line, &bad, 1)));
    assert_eq!(
        found,
        vec![format!(
            "{rel}:{}: indicator conv-ilo-97: name: status: unknown translation status \"approved\" for es (allowed: draft, reviewed, official)",
            index + 1
        )]
    );
}

// --- Fallback and status in use ---

#[test]
fn resolve_falls_back_to_english_and_says_so() {
    let fw = fixture();
    let ind = fw.indicator("health-access").expect("indicator");
    assert_eq!(
        ind.guidance.resolve("fr"),
        ("Present when equal.", "en"),
        "guidance has no French: English, marked as such"
    );
    assert_eq!(ind.guidance.get("fr"), "Present when equal.");
    assert_eq!(ind.guidance.get_exact("fr"), None);
    assert_eq!(ind.guidance.status("fr"), TranslationStatus::Missing);
    assert_eq!(ind.guidance.status("en"), TranslationStatus::Official);
    assert_eq!(
        ind.question.resolve("fr"),
        ("Les migrants ont-ils accès aux services de santé ?", "fr")
    );
    assert_eq!(ind.question.status("fr"), TranslationStatus::Draft);
    assert_eq!(ind.question.status("en"), TranslationStatus::Official);
    assert_eq!(
        ind.question.resolve("en"),
        ("Do migrants have access to health services?", "en")
    );
    // An unknown or absent language falls back the same way.
    assert_eq!(ind.question.resolve("zz").1, "en");
    assert_eq!(
        ind.question.en(),
        "Do migrants have access to health services?"
    );
}

#[test]
fn resolve_on_the_shipped_framework() {
    let fw = Framework::embedded().expect("embedded framework");
    let ind = fw.indicator("conv-ilo-97").expect("conv-ilo-97");
    let (text, lang) = ind.question.resolve("fr");
    assert_eq!(lang, "fr");
    assert!(text.starts_with("Le pays a-t-il ratifié"), "{text}");
    assert_eq!(ind.question.status("fr"), TranslationStatus::Draft);
    assert_eq!(ind.question.status("es"), TranslationStatus::Draft);
    assert_eq!(ind.question.status("en"), TranslationStatus::Official);
    let (_, lang) = ind.guidance.resolve("ar");
    assert_eq!(lang, "en");
    assert_eq!(ind.guidance.status("ar"), TranslationStatus::Missing);
}

// --- JSON ---

#[test]
fn json_round_trip_keeps_statuses() {
    let text = Text::english("Has the country ratified it?")
        .with_translation(
            "fr",
            "Le pays l\u{2019}a-t-il ratifiée\u{202f}?",
            TranslationStatus::Draft,
        )
        .and_then(|t| {
            t.with_translation(
                "es",
                "¿La ha ratificado el país?",
                TranslationStatus::Reviewed,
            )
        })
        .expect("valid translations");
    let json = serde_json::to_value(&text).expect("serialize");
    assert_eq!(
        json,
        serde_json::json!({
            "en": "Has the country ratified it?",
            "es": "¿La ha ratificado el país?",
            "fr": "Le pays l\u{2019}a-t-il ratifiée\u{202f}?",
            "status": {"es": "reviewed", "fr": "draft"}
        })
    );
    let back: Text = serde_json::from_value(json).expect("deserialize");
    assert_eq!(back, text);
    assert_eq!(back.status("es"), TranslationStatus::Reviewed);
}

#[test]
fn json_of_english_only_text_has_no_status() {
    let text = Text::english("Health");
    let json = serde_json::to_string(&text).expect("serialize");
    assert_eq!(json, r#"{"en":"Health"}"#);
    let back: Text = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, text);
}

#[test]
fn json_without_status_reads_as_draft_and_is_written_explicitly() {
    let text: Text = serde_json::from_str(r#"{"en":"Health","fr":"Santé"}"#).expect("read");
    assert_eq!(text.status("fr"), TranslationStatus::Draft);
    assert_eq!(
        serde_json::to_string(&text).expect("write"),
        r#"{"en":"Health","fr":"Santé","status":{"fr":"draft"}}"#
    );
}

#[test]
fn json_with_bad_status_is_refused() {
    for bad in [
        r#"{"en":"Health","fr":"Santé","status":{"fr":"final"}}"#,
        r#"{"en":"Health","status":{"fr":"draft"}}"#,
        r#"{"en":"Health","xx":"?"}"#,
        r#"{"en":"Health","status":{"en":"official"}}"#,
    ] {
        assert!(serde_json::from_str::<Text>(bad).is_err(), "{bad}");
    }
}

#[test]
fn with_translation_refuses_what_a_file_could_not_say() {
    let en = Text::english("Health");
    assert!(
        en.clone()
            .with_translation("xx", "?", TranslationStatus::Draft)
            .is_err()
    );
    assert!(
        en.clone()
            .with_translation("en", "Health", TranslationStatus::Official)
            .is_err()
    );
    assert!(
        en.clone()
            .with_translation("fr", "Santé", TranslationStatus::Missing)
            .is_err()
    );
    assert!(
        en.with_translation("fr", " ", TranslationStatus::Draft)
            .is_err()
    );
}

// --- The shipped framework ---

#[test]
fn shipped_framework_has_french_and_spanish_for_every_required_field() {
    let fw = Framework::embedded().expect("embedded framework");
    let mut lacking = Vec::new();
    for field in fw.text_fields() {
        if !field.kind.translation_required() {
            continue;
        }
        for lang in COVERAGE_LANGUAGES {
            match field.text.get_exact(lang) {
                None => lacking.push(format!("{} [{lang}]", field.place)),
                Some(t) if t.trim().is_empty() || (t == field.text.en() && t.len() > 12) => {
                    lacking.push(format!("{} [{lang}: same as English]", field.place))
                }
                Some(_) => {}
            }
        }
    }
    assert!(
        lacking.is_empty(),
        "{} field(s) lack a translation:\n{}",
        lacking.len(),
        lacking.join("\n")
    );
}

/// The fields whose translations the project quotes from a United Nations source (the GCM
/// objectives and the notice of gcm.yaml); every other translation is the project's draft.
fn quoted_from_the_un(kind: FieldKind, place: &str) -> bool {
    matches!(kind, FieldKind::GcmShort | FieldKind::GcmTitle)
        || (kind == FieldKind::Notice && place.starts_with("gcm:"))
}

#[test]
fn shipped_translations_are_drafts_unless_quoted_from_the_un() {
    // The project's own translations have not been checked by a translator, and none is IOM's:
    // only the GCM objectives, quoted as adopted, are marked reviewed.
    let fw = Framework::embedded().expect("embedded framework");
    let mut wrong = Vec::new();
    let mut reviewed_titles = 0;
    for field in fw.text_fields() {
        for lang in COVERAGE_LANGUAGES {
            let status = field.text.status(lang);
            let allowed = match status {
                TranslationStatus::Draft | TranslationStatus::Missing => true,
                TranslationStatus::Reviewed => quoted_from_the_un(field.kind, &field.place),
                TranslationStatus::Official => false,
            };
            if !allowed {
                wrong.push(format!("{} [{lang}]: {status}", field.place));
            }
            if field.kind == FieldKind::GcmTitle && status == TranslationStatus::Reviewed {
                reviewed_titles += 1;
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Of the 46 French and Spanish titles, those found in a UN copy (see gcm.yaml) are reviewed.
    assert!(
        reviewed_titles >= 38,
        "{reviewed_titles} reviewed GCM titles"
    );
}

#[test]
fn shipped_french_and_spanish_typography() {
    // French as the UN prints it (U+202F before ; : ! ? and %, inside « », between digit groups;
    // ’ not '), Spanish quoting with « »: the rules of mgi_i18n::typography.
    let fw = Framework::embedded().expect("embedded framework");
    let mut wrong = Vec::new();
    for field in fw.text_fields() {
        if let Some(fr) = field.text.get_exact("fr") {
            for slip in mgi_i18n::typography::french(fr) {
                wrong.push(format!("{} [fr]: {slip}", field.place));
            }
        }
        if let Some(es) = field.text.get_exact("es") {
            for slip in mgi_i18n::typography::spanish(es) {
                wrong.push(format!("{} [es]: {slip}", field.place));
            }
            if es.contains('?') && !es.contains('¿') {
                wrong.push(format!(
                    "{}: Spanish question without ¿: {es:?}",
                    field.place
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} slip(s):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn coverage_counts_agree_with_the_fields() {
    let fw = Framework::embedded().expect("embedded framework");
    let rows = translation_coverage(&fw);
    let fields = fw.text_fields();
    let mut expected_totals: BTreeMap<FieldKind, usize> = BTreeMap::new();
    for f in &fields {
        *expected_totals.entry(f.kind).or_default() += 1;
    }
    assert_eq!(rows.len(), COVERAGE_LANGUAGES.len() * expected_totals.len());
    for row in &rows {
        assert_eq!(
            Some(&row.total()),
            expected_totals.get(&row.kind),
            "{row:?}"
        );
        let quoted = fields
            .iter()
            .any(|f| f.kind == row.kind && quoted_from_the_un(f.kind, &f.place));
        if row.kind.translation_required() {
            assert_eq!(row.missing, 0, "{row:?}");
            assert_eq!(row.draft + row.reviewed, row.total(), "{row:?}");
        }
        if !quoted {
            assert_eq!(row.reviewed, 0, "{row:?}");
        }
        assert_eq!(row.official, 0, "{row:?}");
        // The counts are the statuses of the fields, one by one.
        let drafts = fields
            .iter()
            .filter(|f| f.kind == row.kind && f.text.status(row.lang) == TranslationStatus::Draft)
            .count();
        assert_eq!(row.draft, drafts, "{row:?}");
    }
    let total = |kind| expected_totals.get(&kind).copied();
    assert_eq!(total(FieldKind::IndicatorName), Some(127));
    assert_eq!(total(FieldKind::Question), Some(127));
    assert_eq!(total(FieldKind::Guidance), Some(127));
    assert_eq!(total(FieldKind::SetTitle), Some(3));
    assert_eq!(total(FieldKind::Notice), Some(5));
    assert_eq!(total(FieldKind::DomainName), Some(18));
    assert_eq!(total(FieldKind::DomainPrinciple), Some(18));
    assert_eq!(total(FieldKind::GcmShort), Some(23));
    assert_eq!(total(FieldKind::GcmTitle), Some(23));
    assert_eq!(total(FieldKind::SdgCategory), Some(4));
    assert_eq!(total(FieldKind::SdgDomain), Some(6));
    assert_eq!(total(FieldKind::SdgSubcategory), Some(30));
    assert_eq!(total(FieldKind::CrosswalkNote), Some(1));

    let table = CoverageTable(&rows).to_string();
    assert!(table.starts_with("language  field"), "{table}");
    assert!(
        table.lines().any(|l| l.starts_with("fr        questions")
            && l.split_whitespace().collect::<Vec<_>>()
                == ["fr", "questions", "127", "0", "127", "0", "0"]),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("fr        indicator names")
                && l.split_whitespace().collect::<Vec<_>>()
                    == ["fr", "indicator", "names", "127", "0", "127", "0", "0"]),
        "{table}"
    );
    assert!(
        table.lines().any(|l| l.starts_with("es        all fields")),
        "{table}"
    );
}

#[test]
fn coverage_of_the_fixture() {
    let fw = fixture();
    let rows = translation_coverage(&fw);
    let row = |lang: &str, kind| {
        rows.iter()
            .find(|r| r.lang == lang && r.kind == kind)
            .cloned()
            .expect("row")
    };
    let q = row("es", FieldKind::Question);
    assert_eq!((q.missing, q.draft, q.reviewed, q.official), (0, 0, 1, 0));
    let n = row("fr", FieldKind::IndicatorName);
    assert_eq!((n.missing, n.draft), (0, 1));
    let n = row("es", FieldKind::IndicatorName);
    assert_eq!((n.missing, n.draft), (1, 0));
    let g = row("fr", FieldKind::Guidance);
    assert_eq!((g.missing, g.draft), (1, 0));
    let short = row("fr", FieldKind::GcmShort);
    assert_eq!((short.missing, short.draft), (1, 1));
    assert!(rows.iter().all(|r| r.kind != FieldKind::CrosswalkNote));
}

#[test]
fn shipped_indicator_names() {
    // A short noun phrase per indicator in English, French and Spanish, telling the indicators
    // of each set apart.
    let fw = Framework::embedded().expect("embedded framework");
    let mut wrong = Vec::new();
    for ind in fw.indicators.values() {
        for lang in ["en", "fr", "es"] {
            let Some(name) = ind.name.get_exact(lang) else {
                wrong.push(format!("{}: no {lang} name", ind.id));
                continue;
            };
            let chars = name.chars().count();
            if chars > 60 {
                wrong.push(format!(
                    "{}: {lang} name of {chars} characters: {name:?}",
                    ind.id
                ));
            }
            if name.ends_with(['?', '.', '!', ':', ';']) || name.contains('¿') {
                wrong.push(format!(
                    "{}: {lang} name is not a noun phrase: {name:?}",
                    ind.id
                ));
            }
            let first = name.chars().next().unwrap_or(' ');
            if !(first.is_uppercase() || first.is_ascii_digit()) || name != name.trim() {
                wrong.push(format!(
                    "{}: {lang} name not in sentence case: {name:?}",
                    ind.id
                ));
            }
            if lang == "fr" && name.contains('\'') {
                wrong.push(format!(
                    "{}: French name with ' rather than ’: {name:?}",
                    ind.id
                ));
            }
        }
        if ind.name.status("fr") != TranslationStatus::Draft
            || ind.name.status("es") != TranslationStatus::Draft
        {
            wrong.push(format!(
                "{}: the translations of the name are not drafts",
                ind.id
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(fw.indicators.len(), 127);
}

#[test]
fn shipped_names_are_unique_within_each_set() {
    let fw = Framework::embedded().expect("embedded framework");
    for set in &fw.sets {
        for lang in ["en", "fr", "es"] {
            let mut seen: BTreeMap<String, &str> = BTreeMap::new();
            for id in set.indicator_ids() {
                let name = fw.indicator(id).expect("placed").name.get(lang);
                if let Some(other) = seen.insert(name.to_lowercase(), id) {
                    panic!(
                        "{} {lang}: {id} and {other} are both named {name:?}",
                        set.key()
                    );
                }
            }
            assert_eq!(seen.len(), set.indicator_ids().count());
        }
    }
}

#[test]
fn shipped_french_and_spanish_use_the_glossary_terms() {
    // One term per concept (crates/mgi-i18n/glossary.yaml); the GCM objectives are quoted as
    // adopted by the General Assembly and keep the resolution's wording.
    let glossary = Glossary::shipped().expect("glossary.yaml");
    let fw = Framework::embedded().expect("embedded framework");
    let mut wrong = Vec::new();
    for field in fw.text_fields() {
        if quoted_from_the_un(field.kind, &field.place) {
            continue;
        }
        for lang in [Lang::Fr, Lang::Es] {
            if let Some(text) = field.text.get_exact(lang.code()) {
                for slip in glossary.slips(lang, text) {
                    wrong.push(format!("{} [{}]: {slip}", field.place, lang.code()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} slip(s):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
