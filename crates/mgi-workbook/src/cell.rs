//! One cell read as the type a column needs, or the reason it cannot be (naming the value).
//!
//! Spreadsheets turn typed digits into numbers: a year typed in a text cell arrives as the float
//! 2019.0, and is read as the text "2019". Dates, times and error values are refused, since no
//! column of the questionnaire holds one.

use calamine::Data;
use mgi_i18n::Lang;

use crate::error::CellReason;
use crate::layout::{Code, MAX_CELL_CHARS, Online, YEARS};

/// A value read from a cell, or why it cannot be taken.
pub(crate) type Parsed<T> = Result<T, CellReason>;

/// The cell as text: strings as written, numbers as typed (2019.0 becomes "2019"), booleans as
/// Excel shows them. An empty cell is the empty text.
pub(crate) fn text(cell: &Data) -> Parsed<String> {
    let text = match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_owned(),
        Data::DateTime(d) => {
            return Err(CellReason::DateTime {
                value: d.to_string(),
            });
        }
        Data::DateTimeIso(d) | Data::DurationIso(d) => {
            return Err(CellReason::DateTime { value: d.clone() });
        }
        Data::Error(e) => {
            return Err(CellReason::ErrorValue {
                value: e.to_string(),
            });
        }
    };
    let chars = text.chars().count();
    if chars > MAX_CELL_CHARS {
        let start: String = text.chars().take(40).collect();
        return Err(CellReason::TooLong { chars, start });
    }
    Ok(text)
}

/// A number as a person typed it: whole numbers without a decimal point.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// The text, or `None` when the cell is empty or blank.
pub(crate) fn optional_text(cell: &Data) -> Parsed<Option<String>> {
    let text = text(cell)?;
    Ok((!text.trim().is_empty()).then_some(text))
}

/// A value of a closed list, by its label in `lang` or by its code, in any case; `None` for an
/// empty cell.
pub(crate) fn code<T: Code>(cell: &Data, lang: Lang) -> Parsed<Option<T>> {
    let raw = text(cell)?;
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    T::from_label(raw, lang)
        .map(Some)
        .ok_or_else(|| CellReason::NotInList {
            value: raw.to_owned(),
            list: T::LIST,
        })
}

/// A year, or `None` for an empty cell.
pub(crate) fn year(cell: &Data) -> Parsed<Option<i32>> {
    let raw = text(cell)?;
    let raw = raw.trim();
    if raw.is_empty() {
        Ok(None)
    } else {
        parse_year(raw).map(Some)
    }
}

/// A list of years separated by commas, semicolons or spaces (a single year may be a number).
pub(crate) fn years(cell: &Data) -> Parsed<Vec<i32>> {
    text(cell)?
        .split([',', ';', ' ', '\n', '\r', '\t'])
        .filter(|part| !part.is_empty())
        .map(parse_year)
        .collect()
}

fn parse_year(raw: &str) -> Parsed<i32> {
    raw.parse::<i32>()
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or_else(|| CellReason::NotAYear {
            value: raw.to_owned(),
        })
}

/// A record's version as the export wrote it: a whole number from 1 up.
pub(crate) fn version(cell: &Data) -> Parsed<i64> {
    let raw = text(cell)?;
    let raw = raw.trim();
    raw.parse::<i64>()
        .ok()
        .filter(|v| *v >= 1)
        .ok_or_else(|| CellReason::NotAVersion {
            value: raw.to_owned(),
        })
}

/// Yes or no by its label in `lang` or its code (or TRUE/FALSE); an empty cell is yes.
pub(crate) fn yes_no(cell: &Data, lang: Lang) -> Parsed<bool> {
    match text(cell)?.trim().to_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Ok(code::<Online>(cell, lang)? != Some(Online::No)),
    }
}

#[cfg(test)]
mod tests {
    use calamine::{CellErrorType, Data};
    use mgi_model::AnswerValue;

    use super::*;

    /// The reason of a failed read in a French workbook, in English and in French.
    fn reason<T: std::fmt::Debug>(parsed: Parsed<T>) -> (String, String) {
        let reason = parsed.expect_err("a refused cell");
        (
            reason.localised(Lang::En, Lang::Fr),
            reason.localised(Lang::Fr, Lang::Fr),
        )
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(text(&Data::Float(2019.0)), Ok("2019".to_owned()));
        assert_eq!(text(&Data::Float(2.5)), Ok("2.5".to_owned()));
        assert_eq!(year(&Data::Float(2019.0)), Ok(Some(2019)));
        assert_eq!(year(&Data::String(" 2019 ".into())), Ok(Some(2019)));
        assert_eq!(
            years(&Data::String("2015, 2021".into())),
            Ok(vec![2015, 2021])
        );
        assert_eq!(years(&Data::Int(2021)), Ok(vec![2021]));
    }

    #[test]
    fn bad_values_are_named() {
        assert_eq!(
            reason(year(&Data::Float(2019.5))).0,
            "\"2019.5\" is not a year (a whole number from 1000 to 2100)"
        );
        let maybe = code::<AnswerValue>(&Data::String("maybe".into()), Lang::En);
        assert_eq!(
            maybe.map_err(|r| r.localised(Lang::En, Lang::En)),
            Err(
                "\"maybe\" is not an answer; use one of present, partial, absent, \
                 not applicable, unknown"
                    .to_owned()
            )
        );
        assert_eq!(
            reason(text(&Data::Error(CellErrorType::NA))).0,
            "holds the error value #N/A"
        );
        assert!(text(&Data::String("x".repeat(MAX_CELL_CHARS + 1))).is_err());
        assert!(text(&Data::String("x".repeat(MAX_CELL_CHARS))).is_ok());
    }

    #[test]
    fn reasons_are_given_in_the_language_asked() {
        let (english, french) = reason(code::<AnswerValue>(
            &Data::String("peut-être".into()),
            Lang::Fr,
        ));
        assert_eq!(
            french,
            "«\u{202f}peut-être\u{202f}» n’est pas une réponse\u{202f}; choisissez parmi en place, en partie, \
             pas en place, sans objet, inconnu"
        );
        // In English, the choices are still those of the French workbook's drop-down.
        assert_eq!(
            english,
            "\"peut-être\" is not an answer; use one of en place, en partie, pas en place, \
             sans objet, inconnu"
        );
        assert_eq!(
            reason(years(&Data::String("1999, 99".into()))).1,
            "«\u{202f}99\u{202f}» n’est pas une année (un nombre entier de 1000 à 2100)"
        );
    }

    #[test]
    fn codes_and_labels_ignore_case_and_blanks() {
        assert_eq!(
            code::<AnswerValue>(&Data::String(" Not-Applicable ".into()), Lang::Fr),
            Ok(Some(AnswerValue::NotApplicable))
        );
        assert_eq!(
            code::<AnswerValue>(&Data::String(" Sans objet ".into()), Lang::Fr),
            Ok(Some(AnswerValue::NotApplicable))
        );
        assert!(code::<AnswerValue>(&Data::String("sans objet".into()), Lang::Es).is_err());
        assert_eq!(code::<AnswerValue>(&Data::Empty, Lang::En), Ok(None));
        assert_eq!(yes_no(&Data::Bool(false), Lang::Es), Ok(false));
        assert_eq!(yes_no(&Data::String("FALSE".into()), Lang::En), Ok(false));
        assert_eq!(yes_no(&Data::String("Non".into()), Lang::Fr), Ok(false));
        assert_eq!(yes_no(&Data::String("no".into()), Lang::Fr), Ok(false));
        assert_eq!(yes_no(&Data::String("sí".into()), Lang::Es), Ok(true));
        assert_eq!(yes_no(&Data::Empty, Lang::Fr), Ok(true));
        assert!(yes_no(&Data::String("maybe".into()), Lang::En).is_err());
    }
}
