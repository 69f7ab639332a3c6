//! What can go wrong while writing an export.

use std::path::PathBuf;

/// An export that could not be written. File errors name the file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Creating the folder or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The CSV writer failed on a file.
    #[error("{}: {source}", path.display())]
    Csv { path: PathBuf, source: csv::Error },
    /// The package descriptor could not be serialised.
    #[error("{}: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    /// Two releases speak for the same jurisdiction and year: the assessments table could not
    /// have one row per assessment.
    #[error("assessment {0} is given twice; pass one release per jurisdiction and year")]
    DuplicateAssessment(String),
    /// A release is pinned to a framework set version the framework does not hold.
    #[error(
        "assessment {assessment} uses framework set {set} version {version}, which the framework does not hold"
    )]
    UnknownSet {
        assessment: String,
        set: String,
        version: mgi_framework::Version,
    },
    /// A set places an indicator the catalogue does not define.
    #[error(
        "framework set {set} version {version} places indicator {indicator}, which the catalogue does not define"
    )]
    UnknownIndicator {
        set: String,
        version: mgi_framework::Version,
        indicator: String,
    },
}
