//! The rows of the Sources sheet read as sources of the register.
//!
//! Rules: every row with content is a source; its key must be well formed and unique in the
//! sheet; issuer, title and kind are required; years are whole numbers. A row whose key is in
//! the register updates that source, a new key adds one; a source whose row was deleted stays
//! (findings and context figures outside the workbook may cite it).

use std::collections::BTreeMap;

use mgi_model::{Source, SourceKind, validate_source};

use crate::cell;
use crate::error::CellReason;
use crate::layout::{Column, SourceColumn as S};
use crate::read::{Origin, first_field};
use crate::sheet::{Problems, Sheet};

/// The sources of the Sources sheet, top down.
pub(crate) fn read<'s>(sheet: &'s Sheet, problems: &mut Problems) -> Vec<(Source, Origin<'s>)> {
    if !sheet.headers_intact::<S>(problems) {
        return Vec::new();
    }
    let mut first_rows: BTreeMap<String, String> = BTreeMap::new();
    let mut sources = Vec::new();
    for row in sheet.data_rows() {
        let col = S::Key.index();
        if let Ok(key) = cell::text(sheet.get(row, col))
            && !key.trim().is_empty()
        {
            let key = key.trim();
            match first_rows.get(key) {
                Some(first) => {
                    let reason = CellReason::DuplicateKey {
                        key: key.to_owned(),
                        first: first.clone(),
                    };
                    problems.add(sheet, row, col, reason);
                }
                None => {
                    first_rows.insert(key.to_owned(), sheet.cell_name(row, col));
                }
            }
        }
        if let Some(source) = source(sheet, row, problems) {
            sources.push((source, Origin { sheet, row }));
        }
    }
    sources
}

/// The source of a row, when all its cells are good.
fn source(sheet: &Sheet, row: u32, problems: &mut Problems) -> Option<Source> {
    let lang = sheet.lang;
    let key = sheet.read(row, S::Key.index(), problems, cell::text);
    let issuer = sheet.read(row, S::Issuer.index(), problems, cell::text);
    let title = sheet.read(row, S::Title.index(), problems, cell::text);
    let year = sheet.read(row, S::Year.index(), problems, cell::year);
    let kind = sheet.read(row, S::Kind.index(), problems, |c| {
        cell::code::<SourceKind>(c, lang)?.ok_or(CellReason::KindMissing)
    });
    let amended = sheet.read(row, S::Amended.index(), problems, cell::years);
    let url = sheet.read(row, S::Url.index(), problems, cell::optional_text);
    let online = sheet.read(row, S::Online.index(), problems, |c| cell::yes_no(c, lang));
    let language = sheet.read(row, S::Language.index(), problems, cell::optional_text);
    let note = sheet.read(row, S::Note.index(), problems, cell::optional_text);
    let source = Source {
        key: key?.trim().to_owned(),
        issuer: issuer?,
        title: title?,
        year: year?,
        kind: kind?,
        amended: amended?,
        url: url?,
        online: online?,
        language: language?,
        note: note?,
    };
    let errors = validate_source(&source, "");
    for error in &errors {
        let column = S::for_field(first_field(&error.path)).unwrap_or(S::Key);
        sheet.add_rule(problems, row, column.index(), &error.problem);
    }
    errors.is_empty().then_some(source)
}
