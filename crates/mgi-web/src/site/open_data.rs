//! `/open-data.zip`: the open data package of every published assessment (`mgi_export`'s
//! Frictionless package: a CSV file per table and `datapackage.json`) as one file to save. It is
//! written once per set of publications: while no revision is published, every request gets the
//! same bytes from memory.

use std::io::Write;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use mgi_export::{Release, write_data_package};
use mgi_store::Store;

use crate::AppState;
use crate::error::{WebError, WebResult};

/// The publications a package holds: each assessment's id and revision.
type Holding = Vec<(i64, i64)>;

/// The latest package written, and the publications it holds.
#[derive(Default)]
pub struct PackageCache {
    kept: Mutex<Option<(Holding, Bytes)>>,
}

/// Every published assessment at its latest revision, as the open data package takes them.
pub async fn releases(store: &Store) -> Result<Vec<Release>, mgi_store::StoreError> {
    let mut releases = Vec::new();
    for e in store.published().await? {
        let year = i32::try_from(e.year).unwrap_or_default();
        let p = store.publication(&e.jurisdiction, year).await?;
        let published = p
            .revisions
            .last()
            .map(|r| mgi_store::stamp(r.published_at))
            .unwrap_or_default();
        releases.push(Release {
            doc: p.doc,
            revision: u32::try_from(p.revision).unwrap_or_default(),
            published,
        });
    }
    Ok(releases)
}

/// The package of `releases` zipped in memory.
fn zipped(store: &Store, releases: &[Release]) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    write_data_package(store.framework(), releases, dir.path()).map_err(|e| e.to_string())?;
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for path in names {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        zip.start_file(format!("mgi-open-data/{name}"), options)
            .map_err(|e| e.to_string())?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    zip.finish()
        .map(std::io::Cursor::into_inner)
        .map_err(|e| e.to_string())
}

pub async fn package(State(state): State<AppState>) -> WebResult {
    let published: Holding = state
        .store
        .published()
        .await?
        .iter()
        .map(|e| (e.assessment_id, e.revision))
        .collect();
    let cached = state.open_data.kept.lock().ok().and_then(|k| {
        k.as_ref()
            .filter(|(of, _)| *of == published)
            .map(|(_, b)| b.clone())
    });
    let body = match cached {
        Some(bytes) => bytes,
        None => {
            let releases = releases(&state.store).await?;
            let store = state.store.clone();
            let bytes = tokio::task::spawn_blocking(move || zipped(&store, &releases))
                .await
                .map_err(|e| WebError::Server(e.to_string()))?
                .map_err(WebError::Server)?;
            let bytes = Bytes::from(bytes);
            if let Ok(mut kept) = state.open_data.kept.lock() {
                *kept = Some((published, bytes.clone()));
            }
            bytes
        }
    };
    Ok((
        [
            (CONTENT_TYPE, "application/zip"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"mgi-open-data.zip\"",
            ),
        ],
        body,
    )
        .into_response())
}
