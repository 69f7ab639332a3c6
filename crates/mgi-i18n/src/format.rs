//! Numbers and dates by the CLDR conventions of each language, without ICU.
//!
//! | | group | decimal | grouped from | percent | date |
//! |---|---|---|---|---|---|
//! | en | `,` | `.` | 4 digits | `12.5%` | `1 November 2026` |
//! | fr | U+202F | `,` | 4 digits | `12,5 %` (U+202F) | `1er novembre 2026` |
//! | es | `.` | `,` | 5 digits | `12,5 %` (U+00A0) | `1 de noviembre de 2026` |
//!
//! U+202F is the narrow no-break space, U+00A0 the no-break space. Spanish groups from five
//! digits (CLDR `minimumGroupingDigits` 2: `2345` but `12.345`). The minus sign is the ASCII
//! hyphen-minus in all three (CLDR `minusSign`).

use chrono::{Datelike, NaiveDate};

use crate::Lang;

/// What [`decimal`] and [`percent`] print for NaN and the infinities: an en dash.
pub const NOT_A_NUMBER: &str = "–";

/// The most fraction digits [`decimal`] and [`percent`] print; more are treated as this many.
pub const MAX_FRACTION_DIGITS: usize = 20;

const NARROW_NO_BREAK_SPACE: &str = "\u{202F}";
const NO_BREAK_SPACE: &str = "\u{A0}";

fn group_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ",",
        Lang::Fr => NARROW_NO_BREAK_SPACE,
        Lang::Es => ".",
    }
}

fn decimal_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ".",
        Lang::Fr | Lang::Es => ",",
    }
}

/// CLDR `minimumGroupingDigits`: how many digits the leftmost group needs before any separator
/// is written (Spanish writes 2345 but 12.345).
fn minimum_grouping_digits(lang: Lang) -> usize {
    match lang {
        Lang::En | Lang::Fr => 1,
        Lang::Es => 2,
    }
}

/// `digits` (ASCII digits only) with group separators every three digits from the right.
fn group(lang: Lang, digits: &str) -> String {
    if digits.len() < 3 + minimum_grouping_digits(lang) {
        return digits.to_owned();
    }
    let separator = group_separator(lang);
    let first = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    let (head, rest) = digits.split_at(first);
    let mut out = String::with_capacity(digits.len() * 2);
    out.push_str(head);
    for chunk in rest.as_bytes().chunks(3) {
        out.push_str(separator);
        out.extend(chunk.iter().map(|&b| char::from(b)));
    }
    out
}

/// An integer with the language's grouping: en `21,345`, fr `21 345` (U+202F), es `21.345` but
/// `2345`; negative numbers start with `-`.
pub fn number(lang: Lang, n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group(lang, &n.unsigned_abs().to_string()))
}

/// `x` with exactly `digits` fraction digits (at most [`MAX_FRACTION_DIGITS`]) and the language's
/// separators: en `1,234.5`, fr `1 234,5`, es `1234,5` and `12.345,5`.
///
/// Rounding is half away from zero on the shortest decimal form of `x` (the digits Rust prints
/// for it), so `1.005` to two digits is `1.01` although the nearest double is a little below.
/// A result that rounds to zero has no minus sign. NaN and the infinities give
/// [`NOT_A_NUMBER`].
pub fn decimal(lang: Lang, x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let digits = digits.min(MAX_FRACTION_DIGITS);
    // `Display` for f64 is the shortest representation that reads back as the same value, and
    // never uses an exponent.
    let shortest = format!("{}", x.abs());
    let (int_part, frac_part) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let frac_part = frac_part.as_bytes();

    let mut ds: Vec<u8> = int_part.bytes().map(|b| b.saturating_sub(b'0')).collect();
    let mut int_len = ds.len();
    ds.extend((0..digits).map(|i| frac_part.get(i).map_or(0, |b| b.saturating_sub(b'0'))));
    if frac_part.get(digits).is_some_and(|&b| b >= b'5') {
        let mut carry = true;
        for d in ds.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                carry = false;
                break;
            }
        }
        if carry {
            ds.insert(0, 1);
            int_len += 1;
        }
    }

    let to_text = |ds: &[u8]| -> String { ds.iter().map(|&d| char::from(b'0' + d)).collect() };
    let negative = x.is_sign_negative() && ds.iter().any(|&d| d != 0);
    let (int_digits, frac_digits) = ds.split_at(int_len);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(lang, &to_text(int_digits)));
    if digits > 0 {
        out.push_str(decimal_separator(lang));
        out.push_str(&to_text(frac_digits));
    }
    out
}

/// A percentage: `x` is already in percent (`0.6` prints as 0.6 %), formatted as [`decimal`]
/// and followed by the sign: en `0.6%`, fr `0,6 %` (U+202F before `%`), es `0,6 %` (U+00A0).
/// NaN and the infinities give [`NOT_A_NUMBER`] alone.
pub fn percent(lang: Lang, x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let space = match lang {
        Lang::En => "",
        Lang::Fr => NARROW_NO_BREAK_SPACE,
        Lang::Es => NO_BREAK_SPACE,
    };
    format!("{}{space}%", decimal(lang, x, digits))
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The name of `month` (1–12) as it stands inside a date (lower case in French and Spanish).
fn month_name(lang: Lang, month: u32) -> Option<&'static str> {
    let names = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Fr => &MONTHS_FR,
        Lang::Es => &MONTHS_ES,
    };
    names
        .get(usize::try_from(month.checked_sub(1)?).ok()?)
        .copied()
}

/// A date in full: en `28 November 2026`, fr `28 novembre 2026` (`1er novembre 2026` on the
/// first), es `28 de noviembre de 2026`.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let (day, year) = (d.day(), d.year());
    // A `NaiveDate` always has a month in 1..=12.
    let month = month_name(lang, d.month()).unwrap_or_default();
    match lang {
        Lang::En => format!("{day} {month} {year}"),
        Lang::Fr if day == 1 => format!("1er {month} {year}"),
        Lang::Fr => format!("{day} {month} {year}"),
        Lang::Es => format!("{day} de {month} de {year}"),
    }
}

/// A month of a year: en `November 2026`, fr `novembre 2026`, es `noviembre de 2026`. A month
/// outside 1–12 gives the year alone.
pub fn month_year(lang: Lang, year: i32, month: u32) -> String {
    let Some(name) = month_name(lang, month) else {
        return year.to_string();
    };
    match lang {
        Lang::En | Lang::Fr => format!("{name} {year}"),
        Lang::Es => format!("{name} de {year}"),
    }
}
