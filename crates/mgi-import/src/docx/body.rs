//! The XML of a Word document's parts walked once: paragraphs, runs, tables and footnotes.

use std::collections::{BTreeMap, BTreeSet};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Where reading stopped in a part that is not well-formed XML (a byte offset).
type Position = u64;

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// Digits in superscript (anything else as it is).
fn superscript(digits: &str) -> String {
    digits
        .chars()
        .map(|d| d.to_digit(10).map_or(d, |d| SUPERSCRIPTS[d as usize]))
        .collect()
}

/// The value of an attribute, by its local name (`w:val` → `val`, whatever the prefix).
fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok())
        .map(|v| v.into_owned())
}

/// A built-in heading style's id in an English, French or Spanish Word (`Heading1`, `Titre1`,
/// `Ttulo1`, `Title`).
fn heading_id(id: &str) -> bool {
    let lower = id.to_lowercase();
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit());
    ["heading", "titre", "ttulo", "título", "titulo", "title"].contains(&stem)
}

/// The paragraph styles that are headings: named `heading N` or `Title` (Word keeps its
/// built-in names in English whatever the interface language), or with an outline level.
pub fn heading_styles(xml: &str) -> Result<BTreeSet<String>, Position> {
    let mut reader = Reader::from_str(xml);
    let mut headings = BTreeSet::new();
    let mut id: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                b"style" => id = attribute(&e, b"styleId"),
                b"name" => {
                    let name = attribute(&e, b"val").unwrap_or_default().to_lowercase();
                    if name.starts_with("heading") || name == "title" {
                        headings.extend(id.clone());
                    }
                }
                b"outlineLvl" => headings.extend(id.clone()),
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => id = None,
            Ok(Event::Eof) => return Ok(headings),
            Ok(_) => {}
            Err(_) => return Err(reader.buffer_position()),
        }
    }
}

/// The footnotes' texts by their id, a note's paragraphs joined by a space.
pub fn footnotes(xml: &str) -> Result<BTreeMap<String, String>, Position> {
    let mut walk = Walk::default();
    walk.run(xml)?;
    Ok(walk.notes)
}

/// The document's body as the reader's text.
pub fn document(
    xml: &str,
    headings: &BTreeSet<String>,
    notes: &BTreeMap<String, String>,
) -> Result<String, Position> {
    let mut walk = Walk::default();
    walk.run(xml)?;
    let mut out = String::new();
    let mut number = 0;
    let mut called: Vec<usize> = Vec::new();
    for block in &walk.blocks {
        match block {
            Block::Paragraph(p) => {
                let text = with_markers(p, &mut number, &mut called);
                if text.trim().is_empty() {
                    continue;
                }
                if p.style
                    .as_deref()
                    .is_some_and(|s| headings.contains(s) || heading_id(s))
                {
                    out.push_str(text.trim());
                } else if p.list {
                    out.push_str("- ");
                    out.push_str(text.trim());
                } else {
                    out.push_str(text.trim());
                }
                out.push_str("\n\n");
            }
            Block::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|cell| {
                            cell.iter()
                                .map(|p| with_markers(p, &mut number, &mut called))
                                .map(|t| t.replace('\t', " ").trim().to_owned())
                                .filter(|t| !t.is_empty())
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .collect();
                    out.push_str(&cells.join("\t"));
                    out.push('\n');
                }
                out.push('\n');
            }
        }
        // The bodies of the notes called so far, after the block that calls them.
        for n in called.drain(..) {
            let id = walk.references.get(n - 1);
            if let Some(body) = id.and_then(|id| notes.get(id)) {
                out.push_str(&superscript(&n.to_string()));
                out.push(' ');
                out.push_str(body.trim());
                out.push_str("\n\n");
            }
        }
    }
    Ok(out)
}

/// The paragraph's text, each note it calls numbered in turn (Word numbers footnotes in the
/// order they are called) and its number noted in `called`.
fn with_markers(p: &Paragraph, number: &mut usize, called: &mut Vec<usize>) -> String {
    let mut text = String::new();
    for piece in &p.pieces {
        match piece {
            Piece::Text(t) => text.push_str(t),
            Piece::Note => {
                *number += 1;
                text.push_str(&superscript(&number.to_string()));
                called.push(*number);
            }
        }
    }
    text
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    /// A footnote is called here.
    Note,
}

#[derive(Debug, Default, Clone)]
struct Paragraph {
    style: Option<String>,
    /// A list item (numbered or bulleted).
    list: bool,
    pieces: Vec<Piece>,
}

impl Paragraph {
    fn push(&mut self, text: &str) {
        if let Some(Piece::Text(t)) = self.pieces.last_mut() {
            t.push_str(text);
        } else {
            self.pieces.push(Piece::Text(text.to_owned()));
        }
    }
}

/// A row's cells, each cell's paragraphs.
type Row = Vec<Vec<Paragraph>>;

#[derive(Debug)]
enum Block {
    Paragraph(Paragraph),
    Table(Vec<Row>),
}

/// The state of one walk over a part.
#[derive(Debug, Default)]
struct Walk {
    blocks: Vec<Block>,
    /// The footnote ids called in the body, in order.
    references: Vec<String>,
    /// Footnote texts by id (in the footnotes part).
    notes: BTreeMap<String, String>,
    paragraph: Option<Paragraph>,
    /// Nested tables: the outermost's rows are kept, an inner table's text goes into the cell.
    tables: usize,
    rows: Vec<Row>,
    /// The footnote being read, in the footnotes part.
    note: Option<String>,
    note_text: Vec<String>,
    in_run: bool,
    in_text: bool,
    superscript: bool,
    run: String,
}

impl Walk {
    fn run(&mut self, xml: &str) -> Result<(), Position> {
        let mut reader = Reader::from_str(xml);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) => self.open(&e, false),
                Ok(Event::Empty(e)) => self.open(&e, true),
                Ok(Event::End(e)) => self.close(e.local_name().as_ref()),
                Ok(Event::Text(t)) if self.in_text => {
                    let text = t.decode().map_err(|_| reader.buffer_position())?;
                    self.run.push_str(&text);
                }
                Ok(Event::GeneralRef(r)) if self.in_text => {
                    let c = if r.is_char_ref() {
                        r.resolve_char_ref().ok().flatten()
                    } else {
                        match r.decode().map_err(|_| reader.buffer_position())?.as_ref() {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        }
                    };
                    self.run.extend(c);
                }
                Ok(Event::Eof) => return Ok(()),
                Ok(_) => {}
                Err(_) => return Err(reader.buffer_position()),
            }
        }
    }

    fn open(&mut self, e: &BytesStart<'_>, empty: bool) {
        match e.local_name().as_ref() {
            b"p" => {
                self.paragraph = Some(Paragraph::default());
                if empty {
                    self.close(b"p");
                }
            }
            b"pStyle" => {
                if let Some(p) = &mut self.paragraph {
                    p.style = attribute(e, b"val");
                }
            }
            b"numPr" => {
                if let Some(p) = &mut self.paragraph {
                    p.list = true;
                }
            }
            b"r" if !empty => {
                self.in_run = true;
                self.superscript = false;
                self.run.clear();
            }
            b"vertAlign" => {
                self.superscript = attribute(e, b"val").as_deref() == Some("superscript");
            }
            b"t" if !empty => self.in_text = true,
            b"tab" if self.in_run => self.run.push('\t'),
            b"br" | b"cr" if self.in_run && attribute(e, b"type").as_deref() != Some("page") => {
                self.run.push(' ');
            }
            b"noBreakHyphen" if self.in_run => self.run.push('-'),
            b"footnoteReference" => {
                self.end_run();
                if let Some(id) = attribute(e, b"id") {
                    self.references.push(id);
                    if let Some(p) = &mut self.paragraph {
                        p.pieces.push(Piece::Note);
                    }
                }
            }
            b"tbl" if !empty => {
                self.tables += 1;
                if self.tables == 1 {
                    self.rows.clear();
                }
            }
            b"tr" if !empty && self.tables == 1 => self.rows.push(Vec::new()),
            b"tc" if !empty && self.tables == 1 => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(Vec::new());
                }
            }
            b"footnote" if !empty => {
                let separator = attribute(e, b"type").is_some_and(|t| t != "normal");
                self.note = (!separator).then(|| attribute(e, b"id")).flatten();
                self.note_text.clear();
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &[u8]) {
        match name {
            b"t" => self.in_text = false,
            b"r" => self.end_run(),
            b"p" => {
                self.end_run();
                let Some(p) = self.paragraph.take() else {
                    return;
                };
                if self.note.is_some() {
                    self.note_text.push(text_of(&p));
                } else if self.tables > 0 {
                    let cell = self.rows.last_mut().and_then(|row| row.last_mut());
                    if let Some(cell) = cell {
                        cell.push(p);
                    }
                } else {
                    self.blocks.push(Block::Paragraph(p));
                }
            }
            b"tbl" => {
                self.tables = self.tables.saturating_sub(1);
                if self.tables == 0 {
                    self.blocks
                        .push(Block::Table(std::mem::take(&mut self.rows)));
                }
            }
            b"footnote" => {
                if let Some(id) = self.note.take() {
                    let text = self.note_text.join(" ");
                    self.notes.insert(id, text.trim().to_owned());
                }
            }
            _ => {}
        }
    }

    /// The run read so far into the paragraph (digits in superscript as markers).
    fn end_run(&mut self) {
        self.in_run = false;
        if self.run.is_empty() {
            return;
        }
        let run = std::mem::take(&mut self.run).replace(['\n', '\r'], " ");
        let text = if self.superscript && run.chars().all(|c| c.is_ascii_digit()) {
            superscript(&run)
        } else {
            run
        };
        if let Some(p) = &mut self.paragraph {
            p.push(&text);
        }
    }
}

/// A paragraph's words, without its note calls (in the footnotes part, a note's own mark).
fn text_of(p: &Paragraph) -> String {
    p.pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Text(t) => Some(t.as_str()),
            Piece::Note => None,
        })
        .collect()
}
