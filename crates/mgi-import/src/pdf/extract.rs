//! The text of each page, by `pdf_oxide` (pure Rust; chosen by measurement, see
//! docs/architecture.md).

use pdf_oxide::PdfDocument;
use pdf_oxide::error::Error;

use super::{MAX_PAGES, PdfError};

pub fn pages(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    // The reader is a large library fed untrusted bytes: a panic inside it is taken as a
    // damaged file rather than allowed to end the import (or a batch of imports).
    std::panic::catch_unwind(|| read(bytes)).unwrap_or(Err(PdfError::Damaged))
}

fn read(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    let doc =
        PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| refusal(&e, PdfError::Damaged))?;
    let count = doc
        .page_count()
        .map_err(|e| refusal(&e, PdfError::Damaged))?;
    if count > MAX_PAGES {
        return Err(PdfError::TooManyPages { pages: count });
    }
    (0..count)
        .map(|i| {
            doc.extract_text(i)
                .map_err(|e| refusal(&e, PdfError::Page { page: i + 1 }))
        })
        .collect()
}

/// An encrypted file is named as such whatever step found it.
fn refusal(e: &Error, otherwise: PdfError) -> PdfError {
    if matches!(e, Error::EncryptedPdf) {
        PdfError::Encrypted
    } else {
        otherwise
    }
}
