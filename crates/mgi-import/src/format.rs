//! What a file is, from its content (never its name): a PDF, a Word document, a workbook,
//! another zip archive, or text.

/// The kinds of file the importer tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Docx,
    /// A spreadsheet (XLSX): not a profile.
    Workbook,
    /// Another zip archive: not a profile.
    Archive,
    /// Anything else, read as text (plain, Markdown, pdftotext output).
    Text,
}

/// How far into a file its PDF header may start (readers accept a little junk before it).
const PDF_HEADER_WITHIN: usize = 1024;

impl Format {
    pub fn of(bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(PDF_HEADER_WITHIN)];
        if head.windows(5).any(|w| w == b"%PDF-") {
            return Format::Pdf;
        }
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            // Entry names are stored in clear in a zip archive.
            return if contains(bytes, crate::docx::BODY.as_bytes()) {
                Format::Docx
            } else if contains(bytes, b"xl/workbook.xml") {
                Format::Workbook
            } else {
                Format::Archive
            };
        }
        Format::Text
    }

    /// Its name as the summary table shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Workbook => "xlsx",
            Format::Archive => "zip",
            Format::Text => "text",
        }
    }
}

fn contains(bytes: &[u8], what: &[u8]) -> bool {
    bytes.windows(what.len()).any(|w| w == what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn told_by_content() {
        assert_eq!(Format::of(b"%PDF-1.7\n"), Format::Pdf);
        assert_eq!(
            Format::of(b"\r\n%PDF-1.4\n"),
            Format::Pdf,
            "junk before the header"
        );
        assert_eq!(Format::of(b"PK\x03\x04....word/document.xml"), Format::Docx);
        assert_eq!(
            Format::of(b"PK\x03\x04....xl/workbook.xml"),
            Format::Workbook
        );
        assert_eq!(Format::of(b"PK\x03\x04...."), Format::Archive);
        assert_eq!(Format::of(b"MONGOLIA | PROFILE 2023"), Format::Text);
        assert_eq!(Format::of(b""), Format::Text);
    }
}
