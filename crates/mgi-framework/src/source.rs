use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::{Issue, LoadError, Problem};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../framework");

/// One framework file: its path relative to the framework folder, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

pub(crate) fn embedded_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    collect_embedded(&EMBEDDED, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<SourceFile>) {
    for file in dir.files() {
        if is_yaml(file.path()) {
            out.push(SourceFile {
                path: file.path().to_string_lossy().replace('\\', "/"),
                text: String::from_utf8_lossy(file.contents()).into_owned(),
            });
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

pub(crate) fn dir_files(root: &Path) -> Result<Vec<SourceFile>, LoadError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            LoadError::single(
                dir.display().to_string(),
                0,
                Issue::CannotReadFolder {
                    reason: e.to_string(),
                },
            )
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if is_yaml(&path) {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => files.push(SourceFile { path: rel, text }),
                        Err(e) => problems.push(Problem::new(
                            rel,
                            0,
                            Issue::NotUtf8 {
                                offset: e.utf8_error().valid_up_to(),
                            },
                        )),
                    },
                    Err(e) => problems.push(Problem::new(
                        rel,
                        0,
                        Issue::CannotReadFile {
                            reason: e.to_string(),
                        },
                    )),
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(LoadError { problems });
    }
    if files.is_empty() {
        return Err(LoadError::single(
            root.display().to_string(),
            0,
            Issue::NoFiles,
        ));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}
