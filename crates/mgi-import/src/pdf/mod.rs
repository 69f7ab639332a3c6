//! A PDF's text, page by page (form feeds between pages), for `pdftext` to rebuild into
//! paragraphs. Refused with a reason: a damaged file, an encrypted one, one with no text layer
//! (scanned pages: it needs OCR first), one with more pages than any profile.

mod extract;

/// The largest PDF or Word file read (100 MiB): IOM's profiles with their photographs are a
/// few megabytes.
pub const MAX_FILE_BYTES: usize = 100 << 20;

/// The most pages a PDF may have: a profile has about 40, a report with annexes a few hundred.
pub const MAX_PAGES: usize = 1_000;

/// Why a PDF could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Its structure cannot be read (not a PDF after its header, or damaged).
    Damaged,
    /// Encrypted with a password (or with an encryption the reader does not know).
    Encrypted,
    /// No page has any text: scanned images, which need OCR first.
    ImageOnly {
        pages: usize,
    },
    TooManyPages {
        pages: usize,
    },
    /// A page whose content cannot be read (1-based).
    Page {
        page: usize,
    },
}

/// The PDF's text, its pages separated by form feeds.
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    let pages = extract::pages(bytes)?;
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err(PdfError::ImageOnly { pages: pages.len() });
    }
    Ok(pages.join("\u{c}"))
}
