//! Why a file could not be read as a profile, as types; the reader's language chooses the
//! words (`import.ftl`), English by `Display`.

use mgi_i18n::{Lang, tr};

use crate::docx::{DocxError, MAX_ENTRIES, MAX_PART_BYTES};
use crate::input::MAX_BYTES;
use crate::pdf::{MAX_PAGES, PdfError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    Binary {
        offset: usize,
    },
    NoFramework(String),
    /// An mgi assessment document (JSON), read by `mgi assessment import`.
    AssessmentDocument,
    Json,
    /// A spreadsheet (XLSX), read by `mgi workbook import`.
    Workbook,
    /// A zip archive that is neither a Word document nor a workbook.
    Archive,
    Pdf(PdfError),
    Docx(DocxError),
    /// Text, but none of a profile's parts and no finding found in it.
    NotAProfile,
}

impl From<PdfError> for ImportError {
    fn from(e: PdfError) -> Self {
        ImportError::Pdf(e)
    }
}

impl From<DocxError> for ImportError {
    fn from(e: DocxError) -> Self {
        ImportError::Docx(e)
    }
}

impl ImportError {
    /// The reason in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            ImportError::Empty => tr!(lang, "import-error-empty"),
            ImportError::TooLarge { bytes } => tr!(
                lang,
                "import-error-too-large",
                bytes = bytes.to_string(),
                max = MAX_BYTES.to_string()
            ),
            ImportError::NotUtf8 { offset } => {
                tr!(lang, "import-error-not-utf8", offset = offset.to_string())
            }
            ImportError::Binary { offset } => {
                tr!(lang, "import-error-binary", offset = offset.to_string())
            }
            ImportError::NoFramework(level) => {
                tr!(lang, "import-error-no-framework", level = level.as_str())
            }
            ImportError::AssessmentDocument => tr!(lang, "import-error-assessment"),
            ImportError::Json => tr!(lang, "import-error-json"),
            ImportError::Workbook => tr!(lang, "import-error-workbook"),
            ImportError::Archive => tr!(lang, "import-error-archive"),
            ImportError::NotAProfile => tr!(lang, "import-error-not-a-profile"),
            ImportError::Pdf(e) => pdf(lang, e),
            ImportError::Docx(e) => docx(lang, e),
        }
    }
}

fn pdf(lang: Lang, e: &PdfError) -> String {
    match e {
        PdfError::Damaged => tr!(lang, "import-error-pdf-damaged"),
        PdfError::Encrypted => tr!(lang, "import-error-pdf-encrypted"),
        PdfError::ImageOnly { pages } => {
            tr!(
                lang,
                "import-error-pdf-image-only",
                pages = pages.to_string()
            )
        }
        PdfError::TooManyPages { pages } => tr!(
            lang,
            "import-error-pdf-too-many-pages",
            pages = pages.to_string(),
            max = MAX_PAGES.to_string()
        ),
        PdfError::Page { page } => tr!(lang, "import-error-pdf-page", page = page.to_string()),
    }
}

fn docx(lang: Lang, e: &DocxError) -> String {
    match e {
        DocxError::Damaged => tr!(lang, "import-error-docx-damaged"),
        DocxError::NoBody => tr!(lang, "import-error-docx-no-body"),
        DocxError::TooManyEntries => tr!(
            lang,
            "import-error-docx-too-many-entries",
            max = MAX_ENTRIES.to_string()
        ),
        DocxError::PartTooLarge { part } => tr!(
            lang,
            "import-error-docx-part-too-large",
            part = *part,
            max = (MAX_PART_BYTES >> 20).to_string()
        ),
        DocxError::Xml { part, position } => tr!(
            lang,
            "import-error-docx-xml",
            part = *part,
            position = position.to_string()
        ),
    }
}

/// In English.
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

impl std::error::Error for ImportError {}
