//! One cell read as the type a column needs, or the reason it cannot be (naming the value).
//!
//! Spreadsheets turn typed digits into numbers: a year typed in a text cell arrives as the float
//! 2019.0, and is read as the text "2019". Dates, times and error values are refused, since no
//! column of the questionnaire holds one.

use calamine::Data;

use crate::layout::{Code, MAX_CELL_CHARS, NO, YEARS, YES, codes};

/// A value read from a cell, or why it cannot be taken.
pub(crate) type Parsed<T> = Result<T, String>;

/// The cell as text: strings as written, numbers as typed (2019.0 becomes "2019"), booleans as
/// Excel shows them. An empty cell is the empty text.
pub(crate) fn text(cell: &Data) -> Parsed<String> {
    let text = match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_owned(),
        Data::DateTime(d) => return Err(date_reason(&d.to_string())),
        Data::DateTimeIso(d) | Data::DurationIso(d) => return Err(date_reason(d)),
        Data::Error(e) => return Err(format!("holds the error value {e}")),
    };
    let chars = text.chars().count();
    if chars > MAX_CELL_CHARS {
        let start: String = text.chars().take(40).collect();
        return Err(format!(
            "holds {chars} characters (\"{start}...\"); the limit is {MAX_CELL_CHARS}"
        ));
    }
    Ok(text)
}

fn date_reason(value: &str) -> String {
    format!(
        "holds a date or time ({value}), not text; format the cell as text and type the value again"
    )
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

/// A code of a closed list, read case-insensitively; `None` for an empty cell.
pub(crate) fn code<T: Code>(cell: &Data) -> Parsed<Option<T>> {
    let raw = text(cell)?;
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    T::from_code(&raw.to_lowercase()).map(Some).ok_or_else(|| {
        format!(
            "{raw:?} is not {}; use one of {}",
            T::WHAT,
            codes::<T>().join(", ")
        )
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
        .ok_or_else(|| {
            format!(
                "{raw:?} is not a year (a whole number from {} to {})",
                YEARS.start(),
                YEARS.end()
            )
        })
}

/// `yes` or `no` (or TRUE/FALSE); an empty cell is yes.
pub(crate) fn yes_no(cell: &Data) -> Parsed<bool> {
    let raw = text(cell)?;
    let raw = raw.trim();
    match raw.to_lowercase().as_str() {
        "" | "true" => Ok(true),
        "false" => Ok(false),
        answer if answer == YES => Ok(true),
        answer if answer == NO => Ok(false),
        _ => Err(format!("{raw:?} is not {YES} or {NO}")),
    }
}

#[cfg(test)]
mod tests {
    use calamine::{CellErrorType, Data};
    use mgi_model::AnswerValue;

    use super::*;

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
            year(&Data::Float(2019.5)),
            Err("\"2019.5\" is not a year (a whole number from 1000 to 2100)".to_owned())
        );
        assert_eq!(
            code::<AnswerValue>(&Data::String("maybe".into())),
            Err(
                "\"maybe\" is not an answer; use one of present, partial, absent, \
                 not-applicable, unknown"
                    .to_owned()
            )
        );
        assert_eq!(
            text(&Data::Error(CellErrorType::NA)),
            Err("holds the error value #N/A".to_owned())
        );
        assert!(text(&Data::String("x".repeat(MAX_CELL_CHARS + 1))).is_err());
        assert!(text(&Data::String("x".repeat(MAX_CELL_CHARS))).is_ok());
    }

    #[test]
    fn codes_ignore_case_and_blanks() {
        assert_eq!(
            code::<AnswerValue>(&Data::String(" Not-Applicable ".into())),
            Ok(Some(AnswerValue::NotApplicable))
        );
        assert_eq!(code::<AnswerValue>(&Data::Empty), Ok(None));
        assert_eq!(yes_no(&Data::Bool(false)), Ok(false));
        assert_eq!(yes_no(&Data::Empty), Ok(true));
        assert!(yes_no(&Data::String("maybe".into())).is_err());
    }
}
