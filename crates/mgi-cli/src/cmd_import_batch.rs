//! `mgi import profiles DIR…`: every profile in some folders read into a draft, each stored or
//! written out, with a progress bar and a summary table. A file that cannot be read is listed
//! with its reason and never stops the others.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use mgi_framework::Framework;
use mgi_i18n::{Lang, tr};
use mgi_import::{Draft, ImportOptions, MAX_FILE_BYTES, import_profile};
use mgi_store::{ImportMode, Store};

use crate::config::Global;
use crate::lang::messages_lang;
use crate::say;

/// The most files one run reads.
pub const MAX_FILES: usize = 10_000;

// Help texts: help-import-profiles-* in help.ftl (see help.rs).
#[derive(Args, Clone)]
pub struct ProfilesArgs {
    /// Folders (read with their subfolders) or files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub store: bool,
    #[arg(long, env = "USER", default_value = "cli")]
    pub actor: String,
}

/// What became of one file.
enum Outcome {
    /// Read into a draft, and what was done with it.
    Read(Box<Draft>, Kept),
    /// Not a profile that could be read: the reason.
    Refused(String),
}

/// Where a draft went.
enum Kept {
    /// Neither --out nor --store: only counted.
    Checked,
    Written(PathBuf),
    Stored,
    /// Read, but the store or the file system refused it: the reason.
    Refused(String),
}

pub async fn run(global: &Global, args: ProfilesArgs) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let framework = global.load_framework()?;
    let store = if args.store {
        Some(global.open_store().await?)
    } else {
        None
    };
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|_| anyhow::anyhow!(say::cannot_write(dir)))?;
    }
    let files = match files(&args.paths) {
        Ok(files) => files,
        Err(path) => anyhow::bail!(say::cannot_read(&path)),
    };
    if files.len() > MAX_FILES {
        anyhow::bail!(tr!(
            lang,
            "cli-import-batch-too-many",
            count = files.len(),
            max = MAX_FILES
        ));
    }
    let bar = ProgressBar::new(files.len() as u64).with_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut outcomes = Vec::with_capacity(files.len());
    for file in &files {
        bar.set_message(file.display().to_string());
        let outcome = one(lang, &framework, store.as_ref(), &args, file).await;
        outcomes.push((file, outcome));
        bar.inc(1);
    }
    bar.finish_and_clear();
    if let Some(store) = store {
        store.close().await;
    }
    print_table(lang, &outcomes);
    let refused = outcomes
        .iter()
        .filter(|(_, o)| {
            !matches!(
                o,
                Outcome::Read(_, Kept::Checked | Kept::Written(_) | Kept::Stored)
            )
        })
        .count();
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-import-batch-done",
            files = outcomes.len(),
            refused = refused
        )
    );
    Ok(if refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Read one file and keep its draft as asked.
async fn one(
    lang: Lang,
    framework: &Framework,
    store: Option<&Store>,
    args: &ProfilesArgs,
    file: &Path,
) -> Outcome {
    let bytes = match read_bounded(file) {
        Ok(bytes) => bytes,
        Err(reason) => return Outcome::Refused(reason),
    };
    let draft = match import_profile(&bytes, &ImportOptions::default(), framework) {
        Ok(draft) => draft,
        Err(e) => return Outcome::Refused(e.localised(lang)),
    };
    let kept = if let Some(store) = store {
        match store
            .import_assessment(&draft.doc, &args.actor, ImportMode::New)
            .await
        {
            Ok(()) => Kept::Stored,
            Err(e) => Kept::Refused(say::store_error(lang, &e)),
        }
    } else if let Some(dir) = &args.out {
        let name = file.file_name().map_or_else(
            || "profile".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let path = dir.join(format!("{name}.json"));
        match std::fs::write(&path, draft.doc.to_json() + "\n") {
            Ok(()) => Kept::Written(path),
            Err(_) => Kept::Refused(say::cannot_write(&path)),
        }
    } else {
        Kept::Checked
    };
    Outcome::Read(Box::new(draft), kept)
}

/// The file's bytes, refused unread when it is larger than any profile.
fn read_bounded(file: &Path) -> Result<Vec<u8>, String> {
    let lang = messages_lang();
    let size = std::fs::metadata(file)
        .map_err(|_| say::cannot_read(file))?
        .len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(mgi_import::ImportError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
        }
        .localised(lang));
    }
    std::fs::read(file).map_err(|_| say::cannot_read(file))
}

/// The files under `paths` (a folder with its subfolders, names starting with a dot left out),
/// sorted; the path that cannot be read otherwise.
fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, PathBuf> {
    let mut out = Vec::new();
    let mut pending: Vec<PathBuf> = paths.iter().rev().cloned().collect();
    while let Some(path) = pending.pop() {
        let meta = std::fs::metadata(&path).map_err(|_| path.clone())?;
        if !meta.is_dir() {
            out.push(path);
            if out.len() > MAX_FILES {
                break;
            }
            continue;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&path)
            .map_err(|_| path.clone())?
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .collect();
        entries.sort();
        pending.extend(entries.into_iter().rev());
    }
    Ok(out)
}

/// The summary: one row per file, a refused file with its reason.
fn print_table(lang: Lang, outcomes: &[(&PathBuf, Outcome)]) {
    let head = [
        "file",
        "jurisdiction",
        "year",
        "language",
        "findings",
        "sources",
        "unplaced",
        "warnings",
        "result",
    ]
    .map(|c| tr!(lang, "cli-import-batch-column", column = c));
    println!("| {} |", head.join(" | "));
    println!("|{}", "---|".repeat(head.len()));
    for (file, outcome) in outcomes {
        let name = file.display().to_string();
        let row: Vec<String> = match outcome {
            Outcome::Read(draft, kept) => {
                let r = &draft.report;
                let d = &draft.doc;
                vec![
                    name,
                    d.jurisdiction.code.clone(),
                    d.year.to_string(),
                    d.language.clone(),
                    r.counts.findings.to_string(),
                    r.counts.sources.to_string(),
                    format!("{} / {}", r.unplaced.len(), r.lines),
                    r.warnings.len().to_string(),
                    match kept {
                        Kept::Checked => tr!(lang, "cli-import-batch-checked"),
                        Kept::Written(path) => tr!(
                            lang,
                            "cli-import-batch-written",
                            file = path.display().to_string()
                        ),
                        Kept::Stored => tr!(lang, "cli-import-batch-stored"),
                        Kept::Refused(reason) => {
                            tr!(lang, "cli-import-batch-not-kept", reason = reason.as_str())
                        }
                    },
                ]
            }
            Outcome::Refused(reason) => {
                let mut row = vec![name];
                row.extend(std::iter::repeat_n("—".to_owned(), 7));
                row.push(tr!(
                    lang,
                    "cli-import-batch-refused",
                    reason = reason.as_str()
                ));
                row
            }
        };
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        println!("| {} |", cells.join(" | "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_sorted_without_hidden_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/sub")).expect("dirs");
        for f in ["a.txt", "b/z.pdf", "b/sub/y.docx", "b/.hidden", "c.md"] {
            std::fs::write(root.join(f), "x").expect("file");
        }
        let found = files(&[root.to_path_buf()]).expect("walked");
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(root).expect("inside").display().to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b/sub/y.docx", "b/z.pdf", "c.md"]);
        assert_eq!(files(&[root.join("missing")]), Err(root.join("missing")));
    }
}
