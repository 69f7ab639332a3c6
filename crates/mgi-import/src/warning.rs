//! What the importer could not do cleanly, as typed warnings: the report keeps them, the JSON
//! report writes them in English, and a reader shows them in its language (`import.ftl`).

use mgi_i18n::{Lang, tr};
use serde::{Serialize, Serializer};

/// One warning of the parse report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// No `--jurisdiction`: the draft uses a placeholder code.
    NoJurisdiction {
        code: String,
    },
    /// No round year in the title and no `--year`.
    NoYear,
    /// The code is not in the UN M49 table; the region was set to a default.
    NotInM49 {
        code: String,
        region: String,
    },
    /// A part of the profile (summary, context, key findings, key sources) has no heading.
    PartMissing {
        part: &'static str,
    },
    NoContextFigures,
    /// Context figures without a "Source:" caption point to a placeholder source.
    NoSourceCaption,
    ConventionUnreadable {
        line: usize,
        status: String,
    },
    ConventionUnmatched {
        line: usize,
        name: String,
    },
    NoFindings,
    DomainWithoutFindings {
        domain: String,
    },
    /// A footnote body whose marker the PDF lost, attached to the finding before it.
    FootnoteWithoutMarker {
        line: usize,
        n: u32,
        finding: String,
    },
    FootnoteTwice {
        line: usize,
        n: u32,
    },
    MarkerWithoutFootnote {
        line: usize,
        n: u32,
    },
    NoKeySources,
}

/// The catalogue's name of a part of a profile (`front matter` → `front-matter`).
pub fn part_key(part: &str) -> String {
    part.to_lowercase().replace(' ', "-")
}

/// The name of a part of a profile in `lang`.
pub fn part_name(lang: Lang, part: &str) -> String {
    tr!(lang, "import-part", part = part_key(part))
}

impl ImportWarning {
    /// The warning in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            ImportWarning::NoJurisdiction { code } => {
                tr!(lang, "import-warning-no-jurisdiction", code = code.as_str())
            }
            ImportWarning::NoYear => tr!(lang, "import-warning-no-year"),
            ImportWarning::NotInM49 { code, region } => tr!(
                lang,
                "import-warning-not-in-m49",
                code = code.as_str(),
                region = region.as_str()
            ),
            ImportWarning::PartMissing { part } => tr!(
                lang,
                "import-warning-part-missing",
                part = part_name(lang, part)
            ),
            ImportWarning::NoContextFigures => tr!(lang, "import-warning-no-context"),
            ImportWarning::NoSourceCaption => tr!(lang, "import-warning-no-source-caption"),
            ImportWarning::ConventionUnreadable { line, status } => tr!(
                lang,
                "import-warning-convention-unreadable",
                line = line.to_string(),
                status = status.as_str()
            ),
            ImportWarning::ConventionUnmatched { line, name } => tr!(
                lang,
                "import-warning-convention-unmatched",
                line = line.to_string(),
                name = name.as_str()
            ),
            ImportWarning::NoFindings => tr!(lang, "import-warning-no-findings"),
            ImportWarning::DomainWithoutFindings { domain } => tr!(
                lang,
                "import-warning-domain-without-findings",
                domain = domain.as_str()
            ),
            ImportWarning::FootnoteWithoutMarker { line, n, finding } => tr!(
                lang,
                "import-warning-footnote-without-marker",
                line = line.to_string(),
                n = n.to_string(),
                finding = finding.as_str()
            ),
            ImportWarning::FootnoteTwice { line, n } => tr!(
                lang,
                "import-warning-footnote-twice",
                line = line.to_string(),
                n = n.to_string()
            ),
            ImportWarning::MarkerWithoutFootnote { line, n } => tr!(
                lang,
                "import-warning-marker-without-footnote",
                line = line.to_string(),
                n = n.to_string()
            ),
            ImportWarning::NoKeySources => tr!(lang, "import-warning-no-key-sources"),
        }
    }
}

/// In English.
impl std::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

/// The JSON report writes a warning as its English sentence.
impl Serialize for ImportWarning {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}
