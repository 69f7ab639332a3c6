//! The bounds of an uploaded workbook once unpacked, checked before the XLSX reader sees it.
//!
//! An XLSX file is a zip archive of XML parts. Deflate packs a repeated text about a thousand to
//! one, so the cap on the file's size ([`MAX_BYTES`](crate::MAX_BYTES)) says little of what it
//! unpacks to: a 1 MB upload can carry a 1 GB shared string, and the reader (calamine) holds the
//! workbook's shared strings in memory, reserving room for as many as the file announces. So
//! the archive is opened here first and every part is unpacked once, streaming, through a
//! bounded reader: the sizes the archive declares are checked first, and then the bytes actually
//! unpacked are counted, since a declared size can lie. While a part streams by, its elements
//! are counted: the shared strings (`<si>`, and the `uniqueCount` that calamine reserves room
//! for) and the cells (`<c>`). Nothing of a part is kept: memory stays at one buffer whatever the
//! file holds. Every part is checked, whatever its name, since the reader finds the sheets and
//! the shared strings through the workbook's relationships.
//!
//! The cells the reader then keeps are bounded in [`Sheet::load`](crate::sheet::Sheet::load) by
//! [`MAX_CELL_TEXT_BYTES`]: a shared string is stored once but copied into every cell that uses
//! it.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use crate::error::{TooLarge, WorkbookErrors};

/// The most a workbook may unpack to, all its parts together, in bytes (100 MiB). A filled
/// questionnaire unpacks to a few megabytes: even a full layout (10,000 rows on every sheet)
/// with long texts stays well below.
pub const MAX_UNPACKED_BYTES: usize = 100 << 20;

/// The most one part of a workbook (a sheet, the shared strings, a picture) may unpack to, in
/// bytes (50 MiB).
pub const MAX_PART_BYTES: usize = 50 << 20;

/// The most parts (zip entries) a workbook may have. A questionnaire written by mgi has about
/// 20, and a workbook saved by Excel or LibreOffice with comments and pictures a few dozen more.
pub const MAX_PARTS: usize = 1_000;

/// The most distinct texts (shared strings) a workbook may hold, as counted in its shared
/// strings part and as that part announces (`uniqueCount`). The questionnaire's layout reads at
/// most 10,000 rows of about ten columns on each of its sheets, fewer than this.
pub const MAX_SHARED_STRINGS: usize = 1_000_000;

/// The most cells (`<c>` elements) one sheet may have: 10,000 rows (the most the reader reads)
/// of 100 columns, ten times the questionnaire's width.
pub const MAX_SHEET_CELLS: usize = 1_000_000;

/// The most text, in bytes (50 MiB), the reader keeps from the cells of the questionnaire's
/// columns, all sheets together. A shared string is stored once in the file but copied into
/// each cell that uses it; without this bound, a sheet repeating one long text in every cell
/// would multiply it. An assessment whose every narrative and note were 32,000 characters long
/// would still hold less than half of it.
pub const MAX_CELL_TEXT_BYTES: usize = 50 << 20;

/// The signature that starts each entry of a zip archive's central directory.
const CENTRAL_ENTRY: [u8; 4] = *b"PK\x01\x02";
/// The signature that starts a zip archive (its first local file header).
const ZIP_START: [u8; 2] = *b"PK";
/// The buffer parts are unpacked through.
const CHUNK: usize = 64 << 10;

/// Check `bytes` as a zip archive against every bound above, unpacking each part once and
/// keeping none of it. Not a zip archive, a damaged one, or one over a bound is refused.
pub(crate) fn check(bytes: &[u8]) -> Result<(), WorkbookErrors> {
    // The archive's directory is read into memory whole when it is opened: count its entries
    // first. Every entry starts with the signature, so the signatures in the file bound them
    // (from above: a document embedded in the workbook shows its own entries' signatures too).
    if signatures(bytes, &CENTRAL_ENTRY) > MAX_PARTS {
        return Err(WorkbookErrors::TooLarge(TooLarge::Parts));
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
        if bytes.starts_with(&ZIP_START) {
            WorkbookErrors::Damaged
        } else {
            WorkbookErrors::NotXlsx
        }
    })?;
    if archive.len() > MAX_PARTS {
        return Err(WorkbookErrors::TooLarge(TooLarge::Parts));
    }
    // What the archive declares, before unpacking anything.
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let size = archive
            .by_index_data(index)
            .map_err(|_| WorkbookErrors::Damaged)?
            .size();
        if size > MAX_PART_BYTES as u64 {
            return Err(WorkbookErrors::TooLarge(TooLarge::Part));
        }
        declared = declared.saturating_add(size);
        if declared > MAX_UNPACKED_BYTES as u64 {
            return Err(WorkbookErrors::TooLarge(TooLarge::Unpacked));
        }
    }
    // What it actually unpacks to.
    let mut buffer = vec![0; CHUNK];
    let mut unpacked = 0;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(damaged)?;
        let limit = MAX_PART_BYTES.min(MAX_UNPACKED_BYTES - unpacked);
        let counts = unpack(part, limit, &mut buffer).map_err(|failure| match failure {
            Failure::Io => WorkbookErrors::Damaged,
            Failure::OverLimit if limit < MAX_PART_BYTES => {
                WorkbookErrors::TooLarge(TooLarge::Unpacked)
            }
            Failure::OverLimit => WorkbookErrors::TooLarge(TooLarge::Part),
        })?;
        unpacked += counts.bytes;
        if counts.shared_strings > MAX_SHARED_STRINGS as u64
            || counts.announced_strings > MAX_SHARED_STRINGS as u64
        {
            return Err(WorkbookErrors::TooLarge(TooLarge::SharedStrings));
        }
        if counts.cells > MAX_SHEET_CELLS as u64 {
            return Err(WorkbookErrors::TooLarge(TooLarge::Cells));
        }
    }
    Ok(())
}

fn damaged(_: ZipError) -> WorkbookErrors {
    WorkbookErrors::Damaged
}

/// How often `signature` occurs in `bytes`.
fn signatures(bytes: &[u8], signature: &[u8]) -> usize {
    bytes
        .windows(signature.len())
        .filter(|window| *window == signature)
        .count()
}

/// Why a part could not be unpacked within its bound.
#[derive(Debug, PartialEq, Eq)]
enum Failure {
    /// The part does not unpack (a damaged stream, a wrong checksum, more bytes than declared).
    Io,
    /// More bytes than the limit.
    OverLimit,
}

/// Unpack `part` through `buffer`, reading at most `limit + 1` bytes, and count what it holds.
fn unpack(part: impl Read, limit: usize, buffer: &mut [u8]) -> Result<Counts, Failure> {
    let mut bounded = part.take((limit as u64).saturating_add(1));
    let mut scanner = Scanner::default();
    loop {
        let read = match bounded.read(buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(Failure::Io),
        };
        scanner.counts.bytes += read;
        if scanner.counts.bytes > limit {
            return Err(Failure::OverLimit);
        }
        for &byte in &buffer[..read] {
            scanner.feed(byte);
        }
    }
    Ok(scanner.counts)
}

/// What a part holds, as far as the bounds are concerned.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    bytes: usize,
    /// `<si>` elements (any namespace prefix).
    shared_strings: u64,
    /// The `uniqueCount` of an `<sst>` element: the room calamine reserves.
    announced_strings: u64,
    /// `<c>` elements (any namespace prefix).
    cells: u64,
}

/// The attribute of `<sst>` that announces how many shared strings follow (calamine reserves
/// room for that many).
const UNIQUE_COUNT: &[u8; 11] = b"uniqueCount";

/// Counts, in constant memory, what an XML part fed byte by byte may hold: an upper bound of
/// the elements an XML parser finds in it, never fewer. An element's start tag is the name
/// after `<`, or after a `:` (a namespace prefix), ended by a blank, `>` or `/`, as calamine's
/// parser (quick-xml) reads names and compares their local part. The scanner does not parse:
/// what looks like a tag in a comment, a CDATA section or a text (`note:c `) is counted too,
/// which can only make a count larger; no markup can hide an element from it. Likewise every
/// `uniqueCount` followed by `=` and a quoted number is taken as announced.
#[derive(Debug, Default)]
struct Scanner {
    counts: Counts,
    /// A name is being read (after `<` or `:`).
    naming: bool,
    /// In an end tag (`</`, up to `>`): its prefix does not start a name.
    end_tag: bool,
    /// The byte before.
    previous: u8,
    /// Its first bytes: enough to tell `c` and `si` from longer names.
    name: Vec<u8>,
    /// The last bytes seen, to find `uniqueCount`.
    window: [u8; UNIQUE_COUNT.len()],
    /// Where a `uniqueCount` attribute has been followed to.
    attribute: Attribute,
}

/// How far a `uniqueCount` attribute has been read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Attribute {
    #[default]
    None,
    /// After its name, before `=`.
    Name,
    /// After `=`, before the opening quote.
    Equals,
    /// In its value: the digits so far (saturating).
    Value(u64),
}

/// The longest name worth keeping (longer ones are none of those counted).
const LONGEST_NAME: usize = 3;

impl Scanner {
    fn feed(&mut self, byte: u8) {
        self.name_byte(byte);
        self.attribute_byte(byte);
    }

    fn name_byte(&mut self, byte: u8) {
        let after_open = self.previous == b'<';
        self.previous = byte;
        match byte {
            b'<' => {
                self.naming = true;
                self.end_tag = false;
                self.name.clear();
            }
            b'/' if after_open => {
                self.naming = false;
                self.end_tag = true;
            }
            b':' if !self.end_tag => {
                self.naming = true;
                self.name.clear();
            }
            b'>' => {
                self.end_tag = false;
                self.end_name();
            }
            _ if self.naming => {
                if is_space(byte) || byte == b'/' {
                    self.end_name();
                } else if self.name.len() <= LONGEST_NAME {
                    self.name.push(byte);
                }
            }
            _ => {}
        }
    }

    /// The name being read, if any, is complete: count it.
    fn end_name(&mut self) {
        if self.naming {
            self.naming = false;
            match self.name.as_slice() {
                b"c" => self.counts.cells += 1,
                b"si" => self.counts.shared_strings += 1,
                _ => {}
            }
        }
    }

    fn attribute_byte(&mut self, byte: u8) {
        self.window.rotate_left(1);
        self.window[UNIQUE_COUNT.len() - 1] = byte;
        self.attribute = match (self.attribute, byte) {
            _ if &self.window == UNIQUE_COUNT => Attribute::Name,
            (Attribute::Name, b'=') => Attribute::Equals,
            (Attribute::Equals, b'"' | b'\'') => Attribute::Value(0),
            (Attribute::Name | Attribute::Equals, _) if is_space(byte) => self.attribute,
            (Attribute::Value(number), b'0'..=b'9') => Attribute::Value(
                number
                    .saturating_mul(10)
                    .saturating_add(u64::from(byte - b'0')),
            ),
            (Attribute::Value(number), _) => {
                self.counts.announced_strings = self.counts.announced_strings.max(number);
                Attribute::None
            }
            _ => Attribute::None,
        };
    }
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(xml: &str) -> Counts {
        let mut buffer = vec![0; 7]; // a small buffer: names and terminators split across reads
        unpack(xml.as_bytes(), usize::MAX - 1, &mut buffer).expect("within the limit")
    }

    #[test]
    fn elements_are_counted_with_or_without_a_prefix() {
        let xml = r#"<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><x:c r="B1"/><c>1</c><col/><cc/><ca/></row></sheetData></worksheet>"#;
        let found = counts(xml);
        assert_eq!(found.cells, 3);
        assert_eq!(found.shared_strings, 0);
        assert_eq!(found.bytes, xml.len());
        let sst = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount = '3'><si><t>a</t></si><si><t>b</t></si><x:si><t>c&lt;c&gt;</t></x:si><sis/></sst>"#;
        let found = counts(sst);
        assert_eq!((found.shared_strings, found.announced_strings), (3, 3));
        assert_eq!(found.cells, 0);
    }

    #[test]
    fn no_markup_hides_an_element() {
        // Whatever a parser makes of quotes, comments, CDATA and declarations, the count is at
        // least what it finds.
        let xml = r#"<a v="><c>" w='"'><!-- " <c> --><![CDATA[ <c> " ]]><?pi <c> ?><c/><!DOCTYPE x [<!ELEMENT c ANY> <q a="]><c/>"/>"#;
        assert!(counts(xml).cells >= 2);
        let xml = r#"<!-- " --><c/><c/><c/>"#;
        assert_eq!(counts(xml).cells, 3);
        // Texts that look like tags count too: an upper bound, never fewer.
        assert_eq!(counts("<t>note:c done</t>").cells, 1);
    }

    #[test]
    fn an_announced_count_is_read_even_when_absurd() {
        let sst = r#"<sst uniqueCount="99999999999999999999999999"/>"#;
        assert_eq!(counts(sst).announced_strings, u64::MAX);
        let sst = r#"<x:sst count="1" uniqueCount="uniqueCount=5000000"/>"#;
        assert_eq!(
            counts(sst).announced_strings,
            0,
            "not a number: calamine ignores it"
        );
        let sst = "<sst uniqquniqueCount\n=\n\"2000000\"/>";
        assert_eq!(counts(sst).announced_strings, 2_000_000);
    }

    #[test]
    fn a_part_is_read_to_its_limit_and_no_further() {
        let mut buffer = vec![0; CHUNK];
        // An endless part, as a part whose declared size lies would be.
        let endless = std::io::repeat(b'a');
        assert_eq!(
            unpack(endless, 1 << 20, &mut buffer),
            Err(Failure::OverLimit)
        );
        let exact = vec![b'a'; 1000];
        assert_eq!(
            unpack(exact.as_slice(), 1000, &mut buffer).map(|c| c.bytes),
            Ok(1000)
        );
        assert_eq!(
            unpack(exact.as_slice(), 999, &mut buffer),
            Err(Failure::OverLimit)
        );
    }

    #[test]
    fn signatures_are_counted() {
        assert_eq!(signatures(b"PK\x01\x02PK\x01\x02PK\x01", &CENTRAL_ENTRY), 2);
        assert_eq!(signatures(b"", &CENTRAL_ENTRY), 0);
    }
}
