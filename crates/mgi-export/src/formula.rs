//! Text cells that a spreadsheet would open as a formula ("CSV injection", as OWASP names it).
//!
//! A spreadsheet reads a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as
//! a formula, so a text such as `=HYPERLINK("http://x")` in an open data file would run when the
//! file is opened. Such a text is written with a leading apostrophe, which spreadsheets take as
//! "this is text" ([`csv_safe_text`]). For the original value to stay recoverable, a text that
//! begins with apostrophes followed by one of those characters (`'=x`) gets one more apostrophe
//! too; [`csv_text_original`] then undoes the rule exactly.
//!
//! The data package applies it to every cell of a field that is not a number or an integer
//! (numbers such as `-1.5` stay numbers); [`CSV_TEXT_RULE`] is how its description states it.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell beginning with one as a formula: `=`,
/// `+`, `-`, `@`, tab (U+0009) and carriage return (U+000D).
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The rule as the data dictionary (the package description) states it for readers.
pub const CSV_TEXT_RULE: &str = "Spreadsheets open a cell that begins with = + - @ tab or \
    carriage return as a formula. So a text that begins with = + - @ tab or carriage return is \
    written with a leading apostrophe ('), and so is a text that begins with one or more \
    apostrophes followed by one of those characters. To recover the original value, remove the \
    first character of a cell that begins with an apostrophe when the text after its leading \
    apostrophes begins with = + - @ tab or carriage return; leave every other cell as it is. \
    This applies to every field that is not of type number or integer; numbers, negative ones \
    included, are written as they are.";

/// Whether the text gets an apostrophe: after any leading apostrophes, it begins with one of
/// the [`FORMULA_TRIGGERS`].
fn needs_apostrophe(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS)
}

/// The text as a CSV cell that no spreadsheet opens as a formula: with a leading apostrophe
/// when, after any apostrophes it begins with, it begins with `=`, `+`, `-`, `@`, tab or
/// carriage return; unchanged (borrowed) otherwise.
///
/// `=SUM(A1)` → `'=SUM(A1)`, `-x` → `'-x`, `'=x` → `''=x`, `'plain` and `plain` unchanged.
/// [`csv_text_original`] gives the text back. Use it for text cells only: a number such as
/// `-1.5` in a numeric column must stay as it is.
pub fn csv_safe_text(text: &str) -> Cow<'_, str> {
    if needs_apostrophe(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The original text of a cell written by [`csv_safe_text`]: without its first character when
/// the cell begins with an apostrophe and, after all its leading apostrophes, with `=`, `+`,
/// `-`, `@`, tab or carriage return; the cell as it is otherwise.
///
/// `csv_text_original(&csv_safe_text(t)) == t` for every text `t`.
pub fn csv_text_original(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_apostrophe(rest) => rest,
        _ => cell,
    }
}

/// [`csv_safe_text`] of an owned cell, without copying a cell that needs no apostrophe.
pub(crate) fn into_csv_safe(text: String) -> String {
    if needs_apostrophe(&text) {
        format!("'{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_comes_back() {
        let texts = [
            "=SUM(A1)", "+1", "-x", "@cmd", "\tx", "\rx", "'=x", "''=x", "'''-", "'plain",
            "''plain", "plain", "", "'", "''", "-1.5", "=", "a=b", " =x", "\n=x",
        ];
        for text in texts {
            let cell = csv_safe_text(text);
            assert_eq!(
                csv_text_original(&cell),
                text,
                "{text:?} written as {cell:?}"
            );
            assert_eq!(into_csv_safe(text.to_owned()), cell, "{text:?}");
            assert!(
                !cell.starts_with(FORMULA_TRIGGERS),
                "{text:?} written as {cell:?}"
            );
        }
    }

    #[test]
    fn only_formula_like_text_changes() {
        assert_eq!(csv_safe_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_safe_text("\rx"), "'\rx");
        assert_eq!(csv_safe_text("'=x"), "''=x");
        assert_eq!(csv_safe_text("-1.5"), "'-1.5");
        for text in ["plain", "'plain", "''", "", "a-b", "1.5"] {
            assert!(matches!(csv_safe_text(text), Cow::Borrowed(t) if t == text));
        }
        // A cell that does not come from the rule is read as it is.
        assert_eq!(csv_text_original("'plain"), "'plain");
        assert_eq!(csv_text_original("'"), "'");
        assert_eq!(csv_text_original("=x"), "=x");
    }
}
