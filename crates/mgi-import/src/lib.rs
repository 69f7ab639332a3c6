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
mod conventions;
pub mod figures;
mod findings;
mod input;
mod paragraphs;
mod pdftext;
mod report;
mod sections;
mod sources;
mod suggest;
mod summary;
mod title;
mod warning;

use mgi_framework::Framework;

use mgi_model::{AssessmentDoc, FrameworkRef, Jurisdiction, JurisdictionKind, M49_REGIONS, Stage};
use title::{Title, country_named};

pub use compare::{Comparison, Ratio, compare};
pub use figures::{FigureError, FigureFile, FigureTable, LineProblem, read_figures};
pub use input::{ImportError, MAX_BYTES};
pub use report::{ParseReport, Unplaced};
pub use suggest::{Matcher, matched_words};
pub use title::KnownLocality;
pub use warning::{ImportWarning, part_name};

/// Who and when the profile is about, when the caller knows better than the text.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// ISO3 code or locality id (`GHA-accra`).
    pub jurisdiction: Option<String>,
    pub year: Option<i32>,
    /// Localities already known (from the store), matched by name against a local profile's
    /// title.
    pub localities: Vec<KnownLocality>,
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
    let title = title::title(&lines);
    let who = jurisdiction_of(options, title.as_ref());
    if who.placeholder {
        report.warn(ImportWarning::NoJurisdiction {
            code: who.code.clone(),
        });
    }
    let set = framework
        .latest_for_level(who.kind.level())
        .ok_or_else(|| ImportError::NoFramework(who.kind.level().as_str().to_owned()))?;
    let year = options
        .year
        .or(title.as_ref().and_then(|t| t.year))
        .unwrap_or(0);
    if year == 0 {
        report.warn(ImportWarning::NoYear);
    }
    let mut jurisdiction = Jurisdiction::with_m49(&who.code, who.kind, Some(&who.name));
    if jurisdiction.region.is_empty() {
        jurisdiction.region = M49_REGIONS[2].to_owned();
        report.warn(ImportWarning::NotInM49 {
            code: who.code.clone(),
            region: M49_REGIONS[2].to_owned(),
        });
    }
    let mut doc = AssessmentDoc::new(jurisdiction, year, FrameworkRef::of(set));
    doc.stage = Stage::DataCollection;
    if let Some(t) = &title {
        t.lang.code().clone_into(&mut doc.language);
    }
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

/// The jurisdiction a draft is about, and whether its code is only a placeholder.
struct Who {
    code: String,
    kind: JurisdictionKind,
    name: String,
    placeholder: bool,
}

/// The code the caller gave, else the country or locality the title names; a placeholder
/// when neither says.
fn jurisdiction_of(options: &ImportOptions, title: Option<&Title>) -> Who {
    let local = title.is_some_and(|t| t.local);
    let kind_of = |code: &str| {
        if code.contains('-') {
            JurisdictionKind::Locality
        } else {
            JurisdictionKind::Country
        }
    };
    // A country the title names is called by its UN name in the title's language.
    let country = title
        .filter(|t| !t.local)
        .and_then(|t| Some((country_named(&t.name)?, t.lang)));
    let name = |code: &str| {
        country
            .and_then(|(e, lang)| (e.iso3 == code).then(|| e.name_in(lang.code())))
            .flatten()
            .map(str::to_owned)
            .or_else(|| title.map(|t| t.name.clone()))
            .unwrap_or_else(|| code.to_owned())
    };
    let found = options.jurisdiction.clone().or_else(|| match title {
        Some(t) if t.local => title::locality_code(&t.name, &options.localities),
        _ => country.map(|(e, _)| e.iso3.clone()),
    });
    match found {
        Some(code) => Who {
            kind: kind_of(&code),
            name: name(&code),
            code,
            placeholder: false,
        },
        None => Who {
            kind: if local {
                JurisdictionKind::Locality
            } else {
                JurisdictionKind::Country
            },
            name: name("XXX"),
            code: "XXX".to_owned(),
            placeholder: true,
        },
    }
}
