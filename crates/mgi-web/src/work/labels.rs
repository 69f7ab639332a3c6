//! What the work pages show for the stable codes they store and post (stages, answer statuses,
//! confidence, kinds of source, sexes, comment states and visibility) and the store's timestamps as
//! dates of the language.

use chrono::{DateTime, NaiveDate, Utc};
use mgi_i18n::{Lang, date, decimal};

/// A timestamp of the store (`2026-03-01T10:20:30Z`, `2026-03-01 10:20:30`, or a date alone) as
/// the language writes the date, followed by the time of day (`HH:MM`) when there is one; the
/// text as it is when it does not start with a date.
pub fn when(lang: Lang, stamp: &str) -> String {
    let Some(day) = stamp
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        return stamp.to_owned();
    };
    match stamp.get(11..16) {
        Some(time) if time.get(2..3) == Some(":") => {
            format!("{} {time}", date(lang, day))
        }
        _ => date(lang, day),
    }
}

/// The date part of a store timestamp only.
pub fn day(lang: Lang, stamp: &str) -> String {
    stamp
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or_else(|| stamp.to_owned(), |d| date(lang, d))
}

/// A time of the store as the language writes the date, then the time of day (`HH:MM`, UTC):
/// what [`when`] shows for its stamp.
pub fn moment(lang: Lang, t: DateTime<Utc>) -> String {
    format!("{} {}", date(lang, t.date_naive()), t.format("%H:%M"))
}

/// A measured value with the language's separators and the digits it has (at most three).
pub fn figure(lang: Lang, x: f64) -> String {
    let shortest = format!("{}", x.abs());
    let digits = shortest.split_once('.').map_or(0, |(_, f)| f.len()).min(3);
    decimal(lang, x, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_become_dates_of_the_language() {
        assert_eq!(
            when(Lang::Fr, "2026-03-01T10:20:30Z"),
            "1er mars 2026 10:20"
        );
        assert_eq!(when(Lang::En, "2026-03-01"), "1 March 2026");
        assert_eq!(when(Lang::En, "soon"), "soon");
        assert_eq!(when(Lang::En, "2026-03-01Té"), "1 March 2026");
        assert_eq!(
            day(Lang::Es, "2026-11-28 08:00:00"),
            "28 de noviembre de 2026"
        );
    }

    #[test]
    fn figures_keep_their_digits() {
        assert_eq!(figure(Lang::Fr, 21345.5), "21\u{202F}345,5");
        assert_eq!(figure(Lang::En, 3.0), "3");
    }
}
