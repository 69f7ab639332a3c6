//! Published MGI profiles in, draft assessments out.
//!
//! A profile in text form (as extracted from the PDF, or Markdown-ish) is cut into lines, the lines
//! into the profile's parts (summary, context, key findings per domain, annex, key sources), the
//! parts into paragraphs with their footnotes. The result is a **draft** assessment in the exchange
//! format, each finding carrying ranked indicator suggestions, and a [`ParseReport`] that accounts
//! for every line of the input: placed, skipped as boilerplate (named), or not placed (listed with
//! its line number).

mod annex;
mod compare;
mod context;
pub mod figures;
mod findings;
mod input;
mod paragraphs;
mod report;
mod sections;
mod sources;
mod suggest;
mod summary;
mod warning;

use mgi_framework::Framework;

use mgi_model::{AssessmentDoc, FrameworkRef, Jurisdiction, JurisdictionKind, M49_REGIONS, Stage};

pub use compare::{Comparison, Ratio, compare};
pub use figures::{FigureError, FigureFile, FigureTable, LineProblem, read_figures};
pub use input::{ImportError, MAX_BYTES};
pub use report::{ParseReport, Unplaced};
pub use suggest::{Matcher, matched_words};
pub use warning::{ImportWarning, part_name};

/// Who and when the profile is about, when the caller knows better than the text.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// ISO3 code or locality id (`GHA-accra`).
    pub jurisdiction: Option<String>,
    pub year: Option<i32>,
}

/// A draft assessment and the report of how it was read.
#[derive(Debug, Clone)]
pub struct Draft {
    pub doc: AssessmentDoc,
    pub report: ParseReport,
}

/// Read a profile. Fails only on input that is not a profile text at all (empty, binary, not
/// UTF-8, too large); anything missing inside a profile is a warning in the report.
pub fn import_profile(
    bytes: &[u8],
    options: &ImportOptions,
    framework: &Framework,
) -> Result<Draft, ImportError> {
    let lines = input::lines(bytes)?;
    let mut report = ParseReport::new(lines.len());
    let parts = sections::split(&lines, &mut report);
    let title = sections::title(&lines);
    let (code, kind) = jurisdiction_of(options, title.as_ref());
    if options.jurisdiction.is_none() {
        report.warn(ImportWarning::NoJurisdiction { code: code.clone() });
    }
    let set = framework
        .latest_for_level(kind.level())
        .ok_or_else(|| ImportError::NoFramework(kind.level().as_str().to_owned()))?;
    let name = title
        .as_ref()
        .map_or_else(|| code.clone(), |t| t.name.clone());
    let year = options
        .year
        .or(title.as_ref().and_then(|t| t.year))
        .unwrap_or(0);
    if year == 0 {
        report.warn(ImportWarning::NoYear);
    }
    let mut jurisdiction = Jurisdiction::with_m49(&code, kind, Some(&name));
    if jurisdiction.region.is_empty() {
        jurisdiction.region = M49_REGIONS[2].to_owned();
        report.warn(ImportWarning::NotInM49 {
            code: code.clone(),
            region: M49_REGIONS[2].to_owned(),
        });
    }
    let mut doc = AssessmentDoc::new(jurisdiction, year, FrameworkRef::of(set));
    doc.stage = Stage::DataCollection;
    let notes = paragraphs::footnotes(&lines, &mut report);
    let matcher = Matcher::new(framework, set);
    doc.summaries = summary::read(&lines, &parts, &matcher, &mut report);
    doc.sources = sources::read(&lines, &parts, &mut report);
    doc.context = context::read(&lines, &parts, &notes, &mut doc.sources, &mut report);
    let read = findings::read(&lines, &parts, set, &notes, &matcher, &mut report);
    doc.findings = read.findings;
    doc.conventions = read.conventions;
    doc.consultations = annex::read(&lines, &parts, &notes, &mut report);
    report.finish(&lines);
    report.counts.findings = doc.findings.len();
    report.counts.sources = doc.sources.len();
    report.counts.context_figures = doc.context.len();
    report.counts.conventions = doc.conventions.len();
    report.counts.summaries = doc.summaries.len();
    report.counts.consultations = doc.consultations.len();
    Ok(Draft { doc, report })
}

fn jurisdiction_of(
    options: &ImportOptions,
    title: Option<&sections::Title>,
) -> (String, JurisdictionKind) {
    match &options.jurisdiction {
        Some(code) if code.contains('-') => (code.clone(), JurisdictionKind::Locality),
        Some(code) => (code.clone(), JurisdictionKind::Country),
        None => {
            let kind = if title.is_some_and(|t| t.local) {
                JurisdictionKind::Locality
            } else {
                JurisdictionKind::Country
            };
            ("XXX".to_owned(), kind)
        }
    }
}
