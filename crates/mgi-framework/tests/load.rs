//! The loader on the real framework files, on a small valid fixture, and on many broken ones.

mod common;

use common::{assert_problem, file, files, problems, replaced};
use mgi_framework::{Framework, Level, LoadError, SourceFile};

const GCM: &str = "notice: {en: paraphrased}
objectives:
  - {number: 1, short: {en: data}, title: {en: Data}}
  - {number: 15, short: {en: services}, title: {en: Basic services}}
";

const SDG: &str = "notice: {en: indicative}
answer_values: {present: 1.0, partial: 0.5, absent: 0.0}
categories:
  - {id: 1, min: 0, label: {en: Requires further progress}}
  - {id: 2, min: 40, label: {en: Partially meets}}
domains:
  - {number: 1, mgi_domain: rights, name: {en: Migrant rights}}
subcategories:
  - {id: 1a, domain: 1, label: {en: Health}}
";

const CATALOGUE: &str = "indicators:
  - id: health-access
    level: both
    name: {en: Health care}
    question: {en: Health?}
    guidance: {en: Present when equal.}
    gcm: [15]
    sdg: [1a]
  - id: data-stats
    level: national
    name: {en: Migration statistics}
    question: {en: Statistics?}
    guidance: {en: Present when regular.}
    gcm: [1]
";

const SET: &str = "id: mgi-national
version: 1
level: national
title: {en: National}
notice: {en: reconstruction}
domains:
  - id: rights
    number: 1
    name: {en: Rights}
    principle: {en: Adhere}
    subareas:
      - id: rights.services
        name: {en: Services}
        indicators: [health-access, data-stats]
";

fn fixture() -> Vec<SourceFile> {
    files(GCM, SDG, CATALOGUE, SET)
}

/// The fixture with one file replaced (or added).
fn with(path: &str, text: &str) -> Result<Framework, LoadError> {
    replaced(fixture(), path, text)
}

/// `files` with the file at `path` replaced, unloaded.
fn replace_all(files: Vec<SourceFile>, path: &str, text: &str) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = files.into_iter().filter(|f| f.path != path).collect();
    files.push(file(path, text));
    files
}

#[test]
fn fixture_loads() {
    let fw = Framework::from_files(fixture()).expect("fixture is valid");
    let set = fw.set("mgi-national", 1).expect("set");
    assert_eq!(set.indicator_ids().count(), 2);
    assert_eq!(
        set.domain_of("data-stats").map(|d| d.id.as_str()),
        Some("rights")
    );
    assert_eq!(
        fw.indicator("health-access").map(|i| i.level),
        Some(Level::Both)
    );
}

#[test]
fn duplicate_indicator_names_both_places() {
    let text = format!(
        "{CATALOGUE}  - id: health-access\n    level: both\n    name: {{en: Again}}\n    question: {{en: Again}}\n    guidance: {{en: g}}\n    gcm: [15]\n"
    );
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:15: duplicate indicator id \"health-access\" (first at indicators/a.yaml:2)",
    );
}

#[test]
fn indicator_without_gcm_mapping() {
    let text = CATALOGUE.replace("    gcm: [1]\n", "");
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:9: indicator data-stats has no GCM objective mapping",
    );
}

#[test]
fn unknown_gcm_objective_and_sdg_subcategory() {
    let text = CATALOGUE
        .replace("gcm: [15]", "gcm: [24]")
        .replace("[1a]", "[9z]");
    let found = problems(with("indicators/a.yaml", &text));
    assert!(
        found.contains(
            &"indicators/a.yaml:7: indicator health-access: unknown GCM objective 24".to_owned()
        ),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"indicators/a.yaml:8: indicator health-access: unknown SDG 10.7.2 sub-category \"9z\""
                .to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn unknown_domain_in_sdg_config() {
    let text = SDG.replace("{id: 1a, domain: 1", "{id: 1a, domain: 7");
    assert_problem(
        with("sdg-10-7-2.yaml", &text),
        "sdg-10-7-2.yaml:9: unknown SDG domain 7",
    );
}

#[test]
fn yaml_syntax_error_names_the_line() {
    let text = SET.replace("    number: 1\n", "    number: [1\n");
    let found = problems(with("sets/mgi-national-1.yaml", &text));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("sets/mgi-national-1.yaml:"),
        "{found:#?}"
    );
    assert_eq!(
        found[0],
        "sets/mgi-national-1.yaml:8: invalid YAML: expected string scalar"
    );
}

#[test]
fn unknown_field_is_refused() {
    let text = CATALOGUE.replace(
        "    level: national\n",
        "    level: national\n    levle: x\n",
    );
    let found = problems(with("indicators/a.yaml", &text));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("indicators/a.yaml:11:") && p.contains("levle")),
        "{found:#?}"
    );
}

#[test]
fn unknown_indicator_in_set_and_orphan() {
    let text = SET.replace("[health-access, data-stats]", "[health-access, data-stat]");
    let found = problems(with("sets/mgi-national-1.yaml", &text));
    assert!(
        found.contains(&"sets/mgi-national-1.yaml:14: unknown indicator \"data-stat\"".to_owned()),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"indicators/a.yaml:9: indicator data-stats is not placed in any set".to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn placed_twice_and_wrong_level() {
    let text = SET
        .replace(
            "[health-access, data-stats]",
            "[health-access, data-stats, health-access]",
        )
        .replace("level: national", "level: local");
    let found = problems(with("sets/mgi-national-1.yaml", &text));
    assert!(
        found.contains(
            &"sets/mgi-national-1.yaml:14: indicator health-access placed twice (also line 14)"
                .to_owned()
        ),
        "{found:#?}"
    );
    assert!(found.contains(&"sets/mgi-national-1.yaml:14: indicator data-stats is national-level and cannot sit in a local set".to_owned()), "{found:#?}");
}

#[test]
fn missing_english_and_bad_id() {
    let text = CATALOGUE
        .replace("question: {en: Health?}", "question: {fr: Santé ?}")
        .replace("id: data-stats", "id: Data_Stats");
    let mut files = fixture();
    files.retain(|f| f.path != "indicators/a.yaml" && f.path != "sets/mgi-national-1.yaml");
    files.push(file("indicators/a.yaml", &text));
    files.push(file(
        "sets/mgi-national-1.yaml",
        &SET.replace("data-stats]", "Data_Stats]"),
    ));
    let found = problems(Framework::from_files(files));
    assert!(
        found.contains(
            &"indicators/a.yaml:2: indicator health-access: question has no English (en) text"
                .to_owned()
        ),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"indicators/a.yaml:9: indicator id \"Data_Stats\" must be lowercase kebab-case"
                .to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn indicator_without_english_name() {
    let text = CATALOGUE.replace("name: {en: Health care}", "name: {fr: Soins de santé}");
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:2: indicator health-access: name has no English (en) text",
    );
    let text = CATALOGUE.replace("name: {en: Health care}", "name: {en: \"  \"}");
    assert_problem(
        with("indicators/a.yaml", &text),
        "indicators/a.yaml:2: indicator health-access: name has no English (en) text",
    );
}

#[test]
fn indicators_without_a_name_field_are_all_named() {
    // A catalogue written before names: every indicator without one is listed, at its id.
    let text = CATALOGUE
        .replace("    name: {en: Health care}\n", "")
        .replace("    name: {en: Migration statistics}\n", "");
    let found = problems(with("indicators/a.yaml", &text));
    assert_eq!(
        found,
        [
            "indicators/a.yaml:2: indicator health-access: name has no English (en) text",
            "indicators/a.yaml:8: indicator data-stats: name has no English (en) text",
        ],
        "{found:#?}"
    );
}

#[test]
fn names_are_read_and_shown() {
    let fw = Framework::from_files(fixture()).expect("fixture is valid");
    let ind = fw.indicator("data-stats").expect("indicator");
    assert_eq!(ind.name.en(), "Migration statistics");
    let tree = fw.tree("fr");
    let shown = &tree.frameworks[0].domains[0].indicators;
    assert_eq!(shown[1].id, "data-stats");
    assert_eq!(
        shown[1].name, "Migration statistics",
        "English where no French"
    );
    let json = serde_json::to_value(ind).expect("JSON");
    assert_eq!(
        json["name"],
        serde_json::json!({"en": "Migration statistics"})
    );
}

#[test]
fn two_indicators_of_a_set_with_the_same_name() {
    // Case and spacing aside, in English.
    let text = CATALOGUE.replace("{en: Migration statistics}", "{en: \" health  CARE\"}");
    assert_problem(
        with("indicators/a.yaml", &text),
        "sets/mgi-national-1.yaml:14: indicator data-stats has the same en name as health-access \
         in this set, \" health  CARE\": each indicator of a set needs a name of its own",
    );
    // In a translation.
    let text = CATALOGUE
        .replace("{en: Health care}", "{en: Health care, fr: Santé}")
        .replace("{en: Migration statistics}", "{en: Statistics, fr: Santé}");
    let found = problems(with("indicators/a.yaml", &text));
    assert_eq!(
        found,
        [
            "sets/mgi-national-1.yaml:14: indicator data-stats has the same fr name as \
          health-access in this set, \"Santé\": each indicator of a set needs a name of its own"
        ],
        "{found:#?}"
    );
    // A French name is not compared with an English name shown for want of a translation.
    let text = CATALOGUE.replace(
        "{en: Migration statistics}",
        "{en: Statistics, fr: Health care}",
    );
    Framework::from_files(replace_all(fixture(), "indicators/a.yaml", &text))
        .expect("French and English names are different lists");
}

#[test]
fn the_same_name_in_two_sets_is_allowed() {
    let catalogue = format!(
        "{CATALOGUE}  - id: local-stats\n    level: local\n    name: {{en: Migration statistics}}\n    question: {{en: Local?}}\n    guidance: {{en: g}}\n    gcm: [1]\n"
    );
    let local = SET
        .replace("id: mgi-national", "id: mgi-local")
        .replace("level: national", "level: local")
        .replace(
            "[health-access, data-stats]",
            "[health-access, local-stats]",
        );
    let mut files = replace_all(fixture(), "indicators/a.yaml", &catalogue);
    files.push(file("sets/mgi-local-1.yaml", &local));
    let fw = Framework::from_files(files).expect("names differ within each set");
    assert_eq!(
        fw.indicator("local-stats").map(|i| i.name.en()),
        fw.indicator("data-stats").map(|i| i.name.en())
    );
}

#[test]
fn missing_required_files() {
    let found = problems(Framework::from_files(vec![file(
        "indicators/a.yaml",
        CATALOGUE,
    )]));
    for expected in [
        "gcm.yaml: missing: the GCM objectives file is required",
        "sdg-10-7-2.yaml: missing: the SDG 10.7.2 configuration is required",
        "sets/: no framework set: at least one sets/*.yaml is required",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected}: {found:#?}"
        );
    }
}

#[test]
fn unknown_file_is_refused() {
    let found = problems(with("notes.yaml", "a: 1"));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("notes.yaml: unknown framework file")),
        "{found:#?}"
    );
}

const SET_V2: &str = "id: mgi-national
version: 2
level: national
title: {en: National}
notice: {en: reconstruction}
domains:
  - id: rights
    number: 1
    name: {en: Rights}
    principle: {en: Adhere}
    subareas:
      - id: rights.services
        name: {en: Services}
        indicators: [health-access, data-new]
";

fn with_v2(crosswalk: &str) -> Result<Framework, LoadError> {
    let catalogue = format!(
        "{CATALOGUE}  - id: data-new\n    level: national\n    name: {{en: New data}}\n    question: {{en: New?}}\n    guidance: {{en: g}}\n    gcm: [1]\n"
    );
    let mut files = fixture();
    files.retain(|f| f.path != "indicators/a.yaml");
    files.push(file("indicators/a.yaml", &catalogue));
    files.push(file("sets/mgi-national-2.yaml", SET_V2));
    files.push(file("crosswalks/national-1-2.yaml", crosswalk));
    Framework::from_files(files)
}

#[test]
fn crosswalk_complete_loads() {
    let fw = with_v2(
        "from: {set: mgi-national, version: 1}
to: {set: mgi-national, version: 2}
changes:
  - {kind: retired, id: data-stats}
  - {kind: added, id: data-new}
",
    )
    .expect("valid crosswalk");
    let from = fw.set("mgi-national", 1).expect("v1").key();
    let to = fw.latest("mgi-national").expect("v2").key();
    assert_eq!(to.version, mgi_framework::Version::new(2, 0));
    assert_eq!(fw.crosswalk(&from, &to).map(|c| c.changes.len()), Some(2));
}

#[test]
fn crosswalk_unknown_id_and_incomplete() {
    let found = problems(with_v2(
        "from: {set: mgi-national, version: 1}
to: {set: mgi-national, version: 2}
changes:
  - {kind: split, from: [data-stats], to: [data-newer]}
",
    ));
    assert!(
        found.contains(
            &"crosswalks/national-1-2.yaml:4: data-newer is not an indicator of mgi-national v2"
                .to_owned()
        ),
        "{found:#?}"
    );
    assert!(found.contains(&"crosswalks/national-1-2.yaml:1: data-new is new in mgi-national v2 but is not added or the result of a split or merge".to_owned()), "{found:#?}");
}

#[test]
fn crosswalk_unknown_set() {
    let found = problems(with_v2(
        "from: {set: mgi-national, version: 1}\nto: {set: mgi-national, version: 3}\nchanges: []\n",
    ));
    assert!(
        found.contains(
            &"crosswalks/national-1-2.yaml:2: unknown set mgi-national version 3".to_owned()
        ),
        "{found:#?}"
    );
}

#[test]
fn folder_that_does_not_exist() {
    let err = Framework::load_dir(std::path::Path::new("/nonexistent/framework"))
        .expect_err("missing folder");
    assert!(
        err.to_string()
            .contains("/nonexistent/framework: cannot read folder"),
        "{err}"
    );
}

#[test]
fn folder_with_invalid_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("gcm.yaml"), b"notice: \xff\xfe").expect("write");
    let err = Framework::load_dir(dir.path()).expect_err("not UTF-8");
    assert!(
        err.to_string()
            .contains("gcm.yaml: not UTF-8 text (invalid byte at offset 8)"),
        "{err}"
    );
}
