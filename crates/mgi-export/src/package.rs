//! The Frictionless data package: one CSV file per table and `datapackage.json`, which
//! describes every table field by field.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use mgi_framework::{Framework, FrameworkSet, RECONSTRUCTION_NOTICE};
use serde::Serialize;

use crate::dictionary::{LIST_SEPARATOR, Resource};
use crate::tables::{self, Filled, Published};
use crate::{CSV_TEXT_RULE, ExportError};

/// One published assessment as the public sees it: the caller passes the public view, already
/// stripped of private notes and comments (the package has no column for either in any case).
#[derive(Debug, Clone, PartialEq)]
pub struct Release {
    pub doc: mgi_model::AssessmentDoc,
    /// The publication revision (1 for the first publication).
    pub revision: u32,
    /// When the revision was published: RFC 3339 in UTC, as the store writes it (e.g.
    /// `2024-03-01T09:30:00Z`).
    pub published: String,
}

/// What a package holds: each resource's name and number of rows, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageSummary {
    pub resources: Vec<(String, usize)>,
}

impl PackageSummary {
    /// The number of rows of a resource, if the package has it.
    pub fn rows(&self, resource: &str) -> Option<usize> {
        self.resources
            .iter()
            .find(|(name, _)| name == resource)
            .map(|(_, n)| *n)
    }
}

/// Write the open data package of `releases` into `dir` (created if missing): a CSV file per
/// table (UTF-8, header row, RFC 4180 quoting, CRLF line ends) and `datapackage.json`.
///
/// Cells hold machine-readable codes (`present`, `not-applicable`, indicator IDs), never
/// translated labels; the items of a list inside a cell are separated by
/// [`LIST_SEPARATOR`]. Text cells (every field but numbers and integers) go through
/// [`crate::csv_safe_text`], so that none opens as a formula in a spreadsheet; the package
/// description states the rule and how to undo it ([`CSV_TEXT_RULE`]).
/// Assessments are written in the order given.
/// The package's `created` time is the latest publication time of the releases (compared as
/// written, hence UTC), so the same releases always give the same files.
pub fn write_data_package(
    framework: &Framework,
    releases: &[Release],
    dir: &Path,
) -> Result<PackageSummary, ExportError> {
    let published = identify(releases)?;
    let sets = sets_in_use(framework, &published)?;
    std::fs::create_dir_all(dir).map_err(|source| io_error(dir, source))?;
    let mut package = Package {
        dir,
        resources: Vec::new(),
        summary: PackageSummary {
            resources: Vec::new(),
        },
    };
    package.write(tables::jurisdictions(&published))?;
    package.write(tables::framework_sets(&sets))?;
    package.write(tables::assessments(&published))?;
    package.write(tables::indicators(framework, &sets)?)?;
    package.write(tables::summaries(&published))?;
    package.write(tables::answers(&published))?;
    package.write(tables::findings(&published))?;
    package.write(tables::footnotes(&published))?;
    package.write(tables::sources(&published))?;
    package.write(tables::citations(&published))?;
    package.write(tables::context_figures(&published))?;
    package.write(tables::conventions(&published))?;
    package.write(tables::translations(&published))?;
    package.finish(releases)
}

/// The releases with their identifiers; two releases of one assessment are refused.
fn identify(releases: &[Release]) -> Result<Vec<Published<'_>>, ExportError> {
    let mut seen = BTreeSet::new();
    releases
        .iter()
        .map(|release| {
            let id = Published::id_of(&release.doc);
            if seen.insert(id.clone()) {
                Ok(Published { id, release })
            } else {
                Err(ExportError::DuplicateAssessment(id))
            }
        })
        .collect()
}

/// The framework set versions the releases use, each once, ordered by set and version.
fn sets_in_use<'a>(
    framework: &'a Framework,
    published: &[Published<'_>],
) -> Result<Vec<&'a FrameworkSet>, ExportError> {
    let mut keys = BTreeSet::new();
    for p in published {
        let pin = &p.release.doc.framework;
        if framework.set(&pin.set, pin.version).is_none() {
            return Err(ExportError::UnknownSet {
                assessment: p.id.clone(),
                set: pin.set.clone(),
                version: pin.version,
            });
        }
        keys.insert((pin.set.as_str(), pin.version));
    }
    Ok(framework
        .sets
        .iter()
        .filter(|s| keys.contains(&(s.id.as_str(), s.version)))
        .collect())
}

/// The package being written: the folder, and what has been written so far.
struct Package<'d> {
    dir: &'d Path,
    resources: Vec<Resource>,
    summary: PackageSummary,
}

impl Package<'_> {
    /// Write one table as CSV and record its resource descriptor.
    fn write<R>(&mut self, (table, rows): Filled<R>) -> Result<(), ExportError> {
        let path = self.dir.join(table.path());
        let csv_error = |source| ExportError::Csv {
            path: path.clone(),
            source,
        };
        let file = File::create(&path).map_err(|source| io_error(&path, source))?;
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BufWriter::new(file));
        out.write_record(table.header()).map_err(csv_error)?;
        for row in &rows {
            out.write_record(table.cells(row)).map_err(csv_error)?;
        }
        out.flush().map_err(|source| io_error(&path, source))?;
        self.resources.push(table.resource());
        self.summary
            .resources
            .push((table.name.to_owned(), rows.len()));
        Ok(())
    }

    /// Write `datapackage.json`.
    fn finish(self, releases: &[Release]) -> Result<PackageSummary, ExportError> {
        let path = self.dir.join("datapackage.json");
        let descriptor = descriptor(releases, self.resources);
        let mut text =
            serde_json::to_vec_pretty(&descriptor).map_err(|source| ExportError::Json {
                path: path.clone(),
                source,
            })?;
        text.push(b'\n');
        let mut file = File::create(&path).map_err(|source| io_error(&path, source))?;
        file.write_all(&text)
            .map_err(|source| io_error(&path, source))?;
        Ok(self.summary)
    }
}

/// The package descriptor (Frictionless Data Package v1).
#[derive(Serialize)]
struct Descriptor<'a> {
    profile: &'static str,
    name: &'static str,
    title: &'static str,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<&'a str>,
    keywords: &'static [&'static str],
    licenses: [License; 1],
    sources: Vec<Origin>,
    resources: Vec<Resource>,
}

#[derive(Serialize)]
struct License {
    name: &'static str,
    path: &'static str,
    title: &'static str,
}

/// Where the data come from: one published assessment.
#[derive(Serialize)]
struct Origin {
    title: String,
}

fn descriptor(releases: &[Release], resources: Vec<Resource>) -> Descriptor<'_> {
    Descriptor {
        profile: "data-package",
        name: "mgi-open-data",
        title: "Migration Governance Indicators: published assessments",
        description: format!(
            "The published Migration Governance Indicators (MGI) assessments: for each \
             jurisdiction and round, the answer to every indicator with its narrative, the key \
             findings, the domain summaries, the sources cited and where, context figures and \
             convention ratifications. Cells hold stable codes (answer values such as present \
             or not-applicable, indicator IDs), not translated labels. A list inside a cell has \
             its items separated by '{LIST_SEPARATOR}'. Empty cells are missing values. \
             {CSV_TEXT_RULE} {RECONSTRUCTION_NOTICE}"
        ),
        created: releases.iter().map(|r| r.published.as_str()).max(),
        keywords: &[
            "migration governance",
            "MGI",
            "migration policy",
            "GCM",
            "SDG 10.7.2",
        ],
        licenses: [License {
            name: "CC-BY-4.0",
            path: "https://creativecommons.org/licenses/by/4.0/",
            title: "Creative Commons Attribution 4.0 International",
        }],
        sources: releases
            .iter()
            .map(|r| Origin {
                title: format!(
                    "MGI assessment of {}, {} (revision {}, published {})",
                    r.doc.jurisdiction.name, r.doc.year, r.revision, r.published
                ),
            })
            .collect(),
        resources,
    }
}

fn io_error(path: &Path, source: std::io::Error) -> ExportError {
    ExportError::Io {
        path: PathBuf::from(path),
        source,
    }
}
