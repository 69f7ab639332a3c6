//! The zip archive of a `.docx`, its parts unpacked through a bounded reader.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::DocxError;

/// The most entries an archive may have. A Word document has a dozen or two, a few hundred
/// with many pictures.
pub const MAX_ENTRIES: usize = 10_000;

/// The most one part read may unpack to (50 MiB): the body of a 200-page report is a few
/// megabytes of XML.
pub const MAX_PART_BYTES: u64 = 50 << 20;

pub struct Archive<'a>(ZipArchive<Cursor<&'a [u8]>>);

pub fn open(bytes: &[u8]) -> Result<Archive<'_>, DocxError> {
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::Damaged)?;
    if archive.len() > MAX_ENTRIES {
        return Err(DocxError::TooManyEntries);
    }
    Ok(Archive(archive))
}

impl Archive<'_> {
    /// A part's text, `None` when the archive has no such part.
    pub fn part(&mut self, name: &'static str) -> Result<Option<String>, DocxError> {
        let part = match self.0.by_name(name) {
            Ok(part) => part,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(_) => return Err(DocxError::Damaged),
        };
        if part.size() > MAX_PART_BYTES {
            return Err(DocxError::PartTooLarge { part: name });
        }
        read_bounded(part, MAX_PART_BYTES, name).map(Some)
    }
}

/// Read at most `limit` bytes of `part` as UTF-8 text.
fn read_bounded(part: impl Read, limit: u64, name: &'static str) -> Result<String, DocxError> {
    let mut bytes = Vec::new();
    part.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|_| DocxError::Damaged)?;
    if bytes.len() as u64 > limit {
        return Err(DocxError::PartTooLarge { part: name });
    }
    String::from_utf8(bytes).map_err(|e| DocxError::Xml {
        part: name,
        position: e.utf8_error().valid_up_to() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_read_to_its_limit_and_no_further() {
        let endless = std::io::repeat(b'a');
        assert_eq!(
            read_bounded(endless, 1000, "word/document.xml"),
            Err(DocxError::PartTooLarge {
                part: "word/document.xml"
            })
        );
        assert_eq!(read_bounded(&b"abc"[..], 3, "x").as_deref(), Ok("abc"));
        assert_eq!(
            read_bounded(&b"ab\xff"[..], 3, "x"),
            Err(DocxError::Xml {
                part: "x",
                position: 2
            })
        );
    }
}
