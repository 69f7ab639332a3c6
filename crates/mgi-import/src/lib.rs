//! Published MGI profiles in, draft assessments out.
//!
//! A profile as a PDF, a Word document or text (pdftotext output, Markdown) is told apart by
//! its content and read as text (`pdf`, `docx`); the text is cut into lines, the lines
//! into the profile's parts (summary, context, key findings per domain, annex, key sources), the
//! parts into paragraphs with their footnotes. The result is a **draft** assessment in the exchange
//! format, each finding carrying ranked indicator suggestions, and a [`ParseReport`] that accounts
//! for every line of the input: placed, skipped as boilerplate (named), or not placed (listed with
//! its line number).

mod annex;
mod compare;
mod context;
mod conventions;
mod docx;
mod error;
pub mod figures;
mod findings;
mod format;
mod input;
mod language;
mod paragraphs;
mod pdf;
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
pub use docx::{DocxError, MAX_PART_BYTES as MAX_DOCX_PART_BYTES, text as docx_text};
pub use error::ImportError;
pub use figures::{FigureError, FigureFile, FigureTable, LineProblem, read_figures};
pub use format::Format;
pub use input::MAX_BYTES;
pub use pdf::{MAX_FILE_BYTES, MAX_PAGES, PdfError, text as pdf_text};
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

/// The text of a profile given as a PDF, a Word document or text, told apart by its content:
/// a PDF's pages separated by form feeds, a Word document's paragraphs one per line.
pub fn profile_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, ImportError> {
    use std::borrow::Cow;
    match Format::of(bytes) {
        Format::Pdf | Format::Docx if bytes.len() > MAX_FILE_BYTES => {
            Err(ImportError::TooLarge { bytes: bytes.len() })
        }
        Format::Pdf => Ok(Cow::Owned(pdf::text(bytes)?.into_bytes())),
        Format::Docx => Ok(Cow::Owned(docx::text(bytes)?.into_bytes())),
        Format::Workbook => Err(ImportError::Workbook),
        Format::Archive => Err(ImportError::Archive),
        Format::Text => Ok(Cow::Borrowed(bytes)),
    }
}

/// Read a profile. Fails only on input that is not a profile at all (empty, binary, not
/// UTF-8, too large, a PDF or Word document that cannot be read, a text with no part of a
/// profile and no finding); anything missing inside a profile is a warning in the report.
pub fn import_profile(
    bytes: &[u8],
    options: &ImportOptions,
    framework: &Framework,
) -> Result<Draft, ImportError> {
    let text = profile_text(bytes)?;
    let lines = input::lines(&text)?;
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
    // The language of the title's word for profile, else of the text's common words.
    if let Some(lang) = title
        .as_ref()
        .map(|t| t.lang)
        .or_else(|| language::of_text(&lines))
    {
        lang.code().clone_into(&mut doc.language);
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
    if doc.findings.is_empty() && !parts.has_data() {
        return Err(ImportError::NotAProfile);
    }
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
