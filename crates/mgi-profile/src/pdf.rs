//! The profile as PDF, typeset by Typst used as a library: A4, page numbers, a contents page,
//! footnotes at the foot of their page, tables and charts as vectors. Offline: the fonts are
//! built in (DejaVu Sans from assets/fonts, Typst's own fonts as fallback). DejaVu Sans also has
//! the Arabic and Hebrew letters and the OpenType tables to join them, so right-to-left data is
//! shaped without another font; the template sets the document's language (hyphenation, quotes)
//! and isolates right-to-left data (see `profile.typ`).

use std::sync::LazyLock;

use typst::foundations::{Dict, IntoValue};
use typst_as_lib::{TypstEngine, TypstTemplateMainFile};
use typst_layout::PagedDocument;

use crate::ProfileDoc;

static TEMPLATE: &str = include_str!("profile.typ");
static FONTS: [&[u8]; 3] = [
    include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Oblique.ttf"),
];

static ENGINE: LazyLock<TypstEngine<TypstTemplateMainFile>> = LazyLock::new(|| {
    let fonts: Vec<&[u8]> = FONTS.iter().copied().chain(typst_assets::fonts()).collect();
    TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts(fonts)
        .build()
});

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("typesetting the profile failed: {0}")]
    Typeset(String),
    #[error("writing the PDF failed: {0}")]
    Export(String),
}

/// The profile as a PDF file.
pub fn pdf(p: &ProfileDoc) -> Result<Vec<u8>, PdfError> {
    let json = serde_json::to_string(p).map_err(|e| PdfError::Typeset(e.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), json.into_value());
    let document: PagedDocument = ENGINE
        .compile_with_input(inputs)
        .output
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|e| PdfError::Export(format!("{e:?}")))
}
