//! What the work pages show for the stable codes they store and post (stages, answer statuses,
//! confidence, kinds of source, sexes, comment states and visibility) and the store's timestamps as
//! dates of the language.

use chrono::{DateTime, Utc};
use mgi_i18n::{Lang, date, decimal};

/// A time of the store as the language writes the date, then the time of day (`HH:MM`, UTC).
pub fn when(lang: Lang, t: DateTime<Utc>) -> String {
    format!("{} {}", date(lang, t.date_naive()), t.format("%H:%M"))
}

/// The date of a time of the store only.
pub fn day(lang: Lang, t: DateTime<Utc>) -> String {
    date(lang, t.date_naive())
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
    fn times_become_dates_of_the_language() {
        let t = DateTime::parse_from_rfc3339("2026-03-01T10:20:30Z")
            .expect("a time")
            .with_timezone(&Utc);
        assert_eq!(when(Lang::Fr, t), "1er mars 2026 10:20");
        assert_eq!(day(Lang::En, t), "1 March 2026");
        assert_eq!(day(Lang::Es, t), "1 de marzo de 2026");
    }

    #[test]
    fn figures_keep_their_digits() {
        assert_eq!(figure(Lang::Fr, 21345.5), "21\u{202F}345,5");
        assert_eq!(figure(Lang::En, 3.0), "3");
    }
}
