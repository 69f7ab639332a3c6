//! What the loader tests share: a fixture built from four small files, one of them replaced,
//! and the problems a refused framework lists.

#![allow(dead_code)] // each test file uses some of these

use mgi_framework::{Framework, LoadError, SourceFile};

pub fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_owned(),
        text: text.to_owned(),
    }
}

/// The four files of a minimal framework: GCM objectives, SDG configuration, a catalogue and a set.
pub fn files(gcm: &str, sdg: &str, catalogue: &str, set: &str) -> Vec<SourceFile> {
    vec![
        file("gcm.yaml", gcm),
        file("sdg-10-7-2.yaml", sdg),
        file("indicators/a.yaml", catalogue),
        file("sets/mgi-national-1.yaml", set),
    ]
}

/// `base` with the file at `path` replaced (or added), loaded.
pub fn replaced(base: Vec<SourceFile>, path: &str, text: &str) -> Result<Framework, LoadError> {
    let mut files: Vec<SourceFile> = base.into_iter().filter(|f| f.path != path).collect();
    files.push(file(path, text));
    Framework::from_files(files)
}

pub fn problems(result: Result<Framework, LoadError>) -> Vec<String> {
    match result {
        Ok(_) => panic!("expected the framework to be refused"),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

pub fn assert_problem(result: Result<Framework, LoadError>, expected: &str) {
    let found = problems(result);
    assert!(
        found.iter().any(|p| p == expected),
        "expected problem {expected:?}, got {found:#?}"
    );
}
