//! The problems of a broken framework folder in the reader's language: the texts of the
//! `framework-*` messages (`framework.ftl`), the place (`file:line`) as in English, and the YAML
//! reader's own detail left in English.

use std::path::Path;

use mgi_framework::{Framework, LoadError};
use mgi_i18n::{Lang, tr};

/// The shipped framework files written to `dir`, each edit applied to the one line of its file
/// that `find` picks; the 1-based number of each edited line, in the order of `edits`.
fn write_with(dir: &Path, edits: &[(&str, &str, &str, &str)]) -> Vec<usize> {
    let mut lines = vec![0; edits.len()];
    for file in Framework::embedded_files() {
        let mut text = file.text.clone();
        for (n, (path, find, from, to)) in edits.iter().enumerate() {
            if file.path != *path {
                continue;
            }
            let (index, line) = text
                .lines()
                .enumerate()
                .find(|(_, l)| l.contains(find))
                .unwrap_or_else(|| panic!("{path} has a line with {find:?}"));
            lines[n] = index + 1;
            let edited = line.replacen(from, to, 1);
            assert_ne!(edited, line, "the edit must change {path}");
            text = text.replacen(line, &edited, 1);
        }
        let target = dir.join(&file.path);
        std::fs::create_dir_all(target.parent().expect("a folder")).expect("mkdir");
        std::fs::write(target, text).expect("write");
    }
    lines
}

fn refused(dir: &Path) -> LoadError {
    Framework::load_dir(dir).expect_err("the framework must be refused")
}

#[test]
fn the_problems_of_a_broken_folder_are_written_in_french_and_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rights = "indicators/1-rights.yaml";
    let set = "sets/mgi-national-1.yaml";
    let lines = write_with(
        dir.path(),
        &[
            (
                rights,
                "status: {fr: draft, es: draft}",
                "es: draft",
                "es: final",
            ),
            (
                set,
                "indicators: [",
                "indicators: [",
                "indicators: [no-such-indicator, ",
            ),
            ("gcm.yaml", "number: 23", "23", "22"),
        ],
    );
    let error = refused(dir.path());
    for lang in [Lang::Fr, Lang::Es] {
        let found: Vec<String> = error.problems.iter().map(|p| p.localised(lang)).collect();
        // The first status line of the file is that of conv-ilo-97's name.
        let field = tr!(lang, "framework-field-name", id = "conv-ilo-97");
        let status = tr!(
            lang,
            "framework-text-unknown-status",
            lang = "es",
            value = "final"
        );
        let expected = [
            format!(
                "{rights}:{}: {}",
                lines[0],
                tr!(lang, "framework-text", field = field, problem = status)
            ),
            format!(
                "{set}:{}: {}",
                lines[1],
                tr!(
                    lang,
                    "framework-unknown-indicator",
                    id = "no-such-indicator"
                )
            ),
            format!(
                "gcm.yaml:{}: {}",
                lines[2],
                tr!(lang, "framework-duplicate-objective", number = "22")
            ),
        ];
        for line in expected {
            assert!(found.contains(&line), "{lang}: {line:?} not in {found:#?}");
        }
        // The whole list: a header with the count, then each problem on a line of its own.
        let text = error.localised(lang);
        let header = tr!(lang, "framework-problems", count = error.problems.len());
        assert!(text.starts_with(&format!("{header}\n  ")), "{text}");
        assert_eq!(text.lines().count(), error.problems.len() + 1, "{text}");
    }
    // The same places in English, and Display is English.
    let english: Vec<String> = error.problems.iter().map(ToString::to_string).collect();
    assert!(
        english.contains(&format!(
            "{set}:{}: unknown indicator \"no-such-indicator\"",
            lines[1]
        )),
        "{english:#?}"
    );
    assert!(
        error.to_string().starts_with(&format!(
            "{} problems in the framework files:\n",
            english.len()
        )),
        "{error}"
    );
    // French as a reader sees it (this also checks the catalogue's wording).
    let french: Vec<String> = error
        .problems
        .iter()
        .map(|p| p.localised(Lang::Fr))
        .collect();
    assert!(
        french.contains(&format!(
            "gcm.yaml:{}: l’objectif 22 du PMM figure deux fois",
            lines[2]
        )),
        "{french:#?}"
    );
}

#[test]
fn a_yaml_error_is_framed_in_the_readers_language_with_the_parsers_detail_in_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = "sets/mgi-national-1.yaml";
    let lines = write_with(dir.path(), &[(set, "number: 1", "number: 1", "number: [1")]);
    let error = refused(dir.path());
    assert_eq!(error.problems.len(), 1, "{error}");
    let problem = &error.problems[0];
    assert_eq!(
        (problem.file.as_str(), problem.line),
        (set, lines[0] as u64)
    );
    let detail = problem
        .message()
        .strip_prefix("invalid YAML: ")
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("English frame: {problem}"));
    assert!(!detail.is_empty());
    for lang in [Lang::Fr, Lang::Es] {
        assert_eq!(
            problem.localised(lang),
            format!(
                "{set}:{}: {}",
                lines[0],
                tr!(lang, "framework-invalid-yaml", detail = &detail)
            )
        );
    }
    assert_eq!(
        problem.localised(Lang::Fr),
        format!("{set}:{}: YAML non valide\u{202f}: {detail}", lines[0])
    );
}

#[test]
fn a_missing_folder_is_said_in_spanish_with_the_systems_reason() {
    let error =
        Framework::load_dir(Path::new("/nonexistent/framework")).expect_err("a missing folder");
    let [problem] = error.problems.as_slice() else {
        panic!("one problem: {error}");
    };
    let spanish = problem.localised(Lang::Es);
    assert!(
        spanish.starts_with("/nonexistent/framework: no se puede leer la carpeta: "),
        "{spanish}"
    );
}
