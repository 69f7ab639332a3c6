//! The problems of a broken framework folder in the language of the messages (`framework.ftl`):
//! from `mgi framework check DIR`, and when a command starts on such a folder
//! (`MGI_FRAMEWORK_DIR`). Each keeps its `file:line`.

use mgi_framework::Framework;
use mgi_i18n::{Lang, tr};

mod common;

use common::{mgi_env as mgi, stderr, stdout};

const SET: &str = "sets/mgi-national-1.yaml";

/// The shipped framework written to `dir` with an unknown indicator placed in the first list of
/// the national set; the line of that list.
fn broken_framework(dir: &std::path::Path) -> usize {
    let mut line_no = 0;
    for file in Framework::embedded_files() {
        let mut text = file.text;
        if file.path == SET {
            let (index, line) = text
                .lines()
                .enumerate()
                .find(|(_, l)| l.trim_start().starts_with("indicators: ["))
                .expect("an indicator list");
            line_no = index + 1;
            let broken = line.replacen("indicators: [", "indicators: [no-such-indicator, ", 1);
            text = text.replacen(line, &broken, 1);
        }
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    line_no
}

/// A broken framework folder and a database path, in a temporary folder.
struct Broken {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
    folder: String,
    /// The line of the unknown indicator in [`SET`].
    line: usize,
}

impl Broken {
    fn new() -> Broken {
        let dir = tempfile::tempdir().expect("tempdir");
        let framework = dir.path().join("framework");
        let line = broken_framework(&framework);
        let folder = framework.to_str().expect("a UTF-8 path").to_owned();
        Broken {
            db: dir.path().join("db.sqlite"),
            _dir: dir,
            folder,
            line,
        }
    }
}

#[test]
fn framework_check_prints_the_problems_in_the_language_of_the_messages() {
    let broken = Broken::new();
    let (db, folder, line) = (&broken.db, broken.folder.as_str(), broken.line);

    let out = mgi(&[("MGI_LANG", "fr")], db, &["framework", "check", folder]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let unknown = tr!(
        Lang::Fr,
        "framework-unknown-indicator",
        id = "no-such-indicator"
    );
    assert_eq!(
        stderr(&out),
        format!(
            "{SET}:{line}: {unknown}\n{}\n",
            tr!(Lang::Fr, "cli-framework-not-loaded", count = 1)
        )
    );
    assert!(
        stderr(&out).contains(&format!(
            "{SET}:{line}: indicateur inconnu «\u{202f}no-such-indicator\u{202f}»\n"
        )),
        "{}",
        stderr(&out)
    );

    let english = mgi(&[], db, &["framework", "check", folder]);
    assert_eq!(english.status.code(), Some(1));
    assert!(
        stderr(&english).contains(&format!(
            "{SET}:{line}: unknown indicator \"no-such-indicator\"\n"
        )),
        "{}",
        stderr(&english)
    );
}

#[test]
fn a_command_started_on_a_broken_framework_folder_says_why_in_the_language_of_the_messages() {
    let broken = Broken::new();
    let (db, folder, line) = (&broken.db, broken.folder.as_str(), broken.line);

    let out = mgi(
        &[("MGI_LANG", "es"), ("MGI_FRAMEWORK_DIR", folder)],
        db,
        &["assessment", "list"],
    );
    assert_eq!(out.status.code(), Some(1));
    let unknown = tr!(
        Lang::Es,
        "framework-unknown-indicator",
        id = "no-such-indicator"
    );
    let problems = format!(
        "{}\n  {SET}:{line}: {unknown}\n",
        tr!(Lang::Es, "framework-problems", count = 1)
    );
    assert_eq!(
        stderr(&out).trim_end(),
        tr!(Lang::Es, "cli-error", message = problems).trim_end()
    );
}
