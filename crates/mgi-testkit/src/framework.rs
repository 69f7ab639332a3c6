//! A framework with a second version of the national set, for tests of what crosswalks do.

use mgi_framework::{Framework, SourceFile};

/// The shipped framework plus mgi-national v2, after 1.1: health-access split in two,
/// naturalisation and dual-citizenship merged, birthright-citizenship retired, one indicator
/// added.
pub fn framework_v2() -> Framework {
    let mut files = Framework::embedded_files();
    let v1 = files
        .iter()
        .find(|f| f.path == "sets/mgi-national-1.1.yaml")
        .expect("national v1.1")
        .text
        .clone();
    let v2 = v1
        .replacen("version: \"1.1\"", "version: 2", 1)
        .replacen("[health-access,", "[health-public, health-emergency,", 1)
        .replacen(
            "naturalisation, birthright-citizenship, dual-citizenship",
            "citizenship-paths, tracing-missing",
            1,
        );
    assert_ne!(
        v1,
        v2.replace("version: 2", "version: \"1.1\""),
        "the v1 file changed shape"
    );
    let new = |id: &str| {
        format!(
            "  - id: {id}\n    level: national\n    name: {{en: Test {id}}}\n    question: {{en: Test {id}?}}\n    guidance: {{en: g}}\n    gcm: [15]\n"
        )
    };
    files.push(SourceFile {
        path: "indicators/test-v2.yaml".into(),
        text: format!(
            "indicators:\n{}{}{}{}",
            new("health-public"),
            new("health-emergency"),
            new("citizenship-paths"),
            new("tracing-missing")
        ),
    });
    files.push(SourceFile {
        path: "sets/mgi-national-2.yaml".into(),
        text: v2,
    });
    files.push(SourceFile {
        path: "crosswalks/national-1-2.yaml".into(),
        text: "from: {set: mgi-national, version: \"1.1\"}
to: {set: mgi-national, version: 2}
changes:
  - {kind: split, from: [health-access], to: [health-public, health-emergency]}
  - {kind: merged, from: [naturalisation, dual-citizenship], to: [citizenship-paths]}
  - {kind: retired, id: birthright-citizenship}
  - {kind: added, id: tracing-missing}
"
        .into(),
    });
    Framework::from_files(files).expect("framework with v2")
}
