//! The MGI framework as data.
//!
//! The indicator catalogue, the framework sets (one file per set and version), the GCM objectives,
//! the SDG 10.7.2 configuration and the crosswalks live as YAML files under `framework/`. This
//! crate reads them (from a folder, or from the copy embedded in the binary), checks them, and
//! hands out a typed [`Framework`]. Every problem it finds names the file and line.

mod build;
mod error;
mod issue;
mod raw;
mod show;
mod source;
mod text;
mod translations;
mod types;
mod version;

pub use error::{LoadError, Problem};
pub use issue::{Field, Issue};
pub use show::{ShowDomain, ShowFramework, ShowIndicator, ShowTree};
pub use source::SourceFile;
pub use text::{LANGUAGES, SOURCE_LANGUAGE, Text, TextError, TranslationStatus, is_language};
pub use translations::{
    COVERAGE_LANGUAGES, CoverageRow, CoverageTable, FieldKind, TextField, translation_coverage,
};
pub use types::{
    ChangeKind, Crosswalk, CrosswalkChange, Domain, Framework, FrameworkSet, GcmObjective,
    Indicator, Level, SdgCategory, SdgConfig, SdgDomain, SdgSubcategory, SetKey, SubArea,
};
pub use version::{Version, VersionError};

/// The statement every place that shows indicator text carries.
pub const RECONSTRUCTION_NOTICE: &str = "Indicator texts are the mgi project's reconstruction of the \
Migration Governance Indicators, not IOM's official wording.";

impl Framework {
    /// The framework files compiled into this binary.
    pub fn embedded() -> Result<Framework, LoadError> {
        Framework::from_files(source::embedded_files())
    }

    /// The files compiled into this binary, unparsed (to check them together with others).
    pub fn embedded_files() -> Vec<SourceFile> {
        source::embedded_files()
    }

    /// The framework files of a folder (a deployment's own copy).
    pub fn load_dir(dir: &std::path::Path) -> Result<Framework, LoadError> {
        Framework::from_files(source::dir_files(dir)?)
    }

    /// Parse and check a set of files; every problem found is reported, not only the first.
    pub fn from_files(files: Vec<SourceFile>) -> Result<Framework, LoadError> {
        build::build(&files)
    }
}
