//! Numbers and labels of context figures as the profile prints them, in its language.

use mgi_i18n::{Lang, tr};
use mgi_model::{ContextFigure, Sex};

/// How many fraction digits a figure is printed with: none when it rounds to a whole number at
/// one decimal, else one.
fn digits(value: f64) -> usize {
    let tenths = (value * 10.0).round();
    if tenths.is_finite() && tenths % 10.0 == 0.0 {
        0
    } else {
        1
    }
}

/// A figure rounded to one decimal, the decimal left out when it is zero: en 21345 → "21,345",
/// 0.6 → "0.6"; fr "21 345" (U+202F), "0,6".
pub fn number(lang: Lang, value: f64) -> String {
    mgi_i18n::decimal(lang, value, digits(value))
}

/// A percentage as [`number`] writes it, with the sign: en "0.6%", fr "0,6 %", es "0,6 %".
pub fn percent(lang: Lang, value: f64) -> String {
    mgi_i18n::percent(lang, value, digits(value))
}

/// A number of people: in millions from a million up, as [`number`] writes the millions (en "3.3
/// million", fr "3,3 millions", es "3,3 millones"), else as [`number`] writes it.
pub fn population(lang: Lang, value: f64) -> String {
    if value.abs() < 1_000_000.0 || !value.is_finite() {
        return number(lang, value);
    }
    let millions = value / 1_000_000.0;
    tr!(
        lang,
        "profile-millions",
        value = mgi_i18n::Arg::Dec {
            value: millions,
            digits: digits(millions)
        }
    )
}

pub fn value(lang: Lang, f: &ContextFigure) -> String {
    match f.unit.as_str() {
        "percent" => percent(lang, f.value),
        "percentage-points" => tr!(
            lang,
            "profile-percentage-points",
            value = mgi_i18n::Arg::Dec {
                value: f.value,
                digits: digits(f.value)
            }
        ),
        _ => number(lang, f.value),
    }
}

/// What a context figure measures, in words.
pub fn measure(lang: Lang, f: &ContextFigure) -> String {
    let who = |m: &str| {
        let group = match m.split('-').next() {
            Some("immigrant") => "immigrant",
            Some("emigrant") => "emigrant",
            _ => "migrant",
        };
        tr!(lang, "profile-group", group = group)
    };
    let base = match f.measure.as_str() {
        m if m.ends_with("-stock") => tr!(lang, "profile-measure-stock", group = who(m)),
        m if m.ends_with("-share") && f.sex.is_none() && f.age_group.is_none() => {
            tr!(lang, "profile-measure-share", group = who(m))
        }
        m if m.ends_with("-share") => who(m),
        "population" => tr!(lang, "profile-measure-population"),
        "migrant-share-change" => tr!(lang, "profile-measure-share-change"),
        "remittances-gdp" => tr!(lang, "profile-measure-remittances"),
        other => capitalised(&other.replace('-', " ")),
    };
    let with_sex = match f.sex {
        Some(Sex::Male) => tr!(lang, "profile-measure-men", measure = base),
        Some(Sex::Female) => tr!(lang, "profile-measure-women", measure = base),
        _ => base,
    };
    match &f.age_group {
        Some(a) => tr!(
            lang,
            "profile-measure-aged",
            measure = with_sex,
            age_group = a
        ),
        None => with_sex,
    }
}

/// `text` with its first letter in upper case: a measure's code read as words.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_and_grouped_by_language() {
        assert_eq!(number(Lang::En, 21345.0), "21,345");
        assert_eq!(number(Lang::Fr, 21345.0), "21\u{202F}345");
        assert_eq!(number(Lang::Es, 21345.0), "21.345");
        assert_eq!(number(Lang::Es, 2345.0), "2345");
        assert_eq!(number(Lang::En, 3_300_000.0), "3,300,000");
        assert_eq!(number(Lang::En, 0.6), "0.6");
        assert_eq!(number(Lang::Fr, 0.6), "0,6");
        assert_eq!(number(Lang::En, 76.1), "76.1");
        assert_eq!(number(Lang::En, -0.3), "-0.3");
        assert_eq!(number(Lang::En, 999.0), "999");
        assert_eq!(number(Lang::En, 0.96), "1");
        assert_eq!(number(Lang::En, 48.04), "48");
        assert_eq!(number(Lang::En, f64::NAN), mgi_i18n::NOT_A_NUMBER);
        assert_eq!(percent(Lang::En, 0.6), "0.6%");
        assert_eq!(percent(Lang::Fr, 0.6), "0,6\u{202F}%");
        assert_eq!(percent(Lang::Es, 52.0), "52\u{A0}%");
    }

    #[test]
    fn populations_from_a_million_are_in_millions() {
        for (lang, value, expected) in [
            (Lang::En, 3_300_000.0, "3.3 million"),
            (Lang::Fr, 3_300_000.0, "3,3 millions"),
            (Lang::Es, 3_300_000.0, "3,3 millones"),
            (Lang::Fr, 1_000_000.0, "1 million"),
            (Lang::Es, 1_000_000.0, "1 millón"),
            (Lang::En, 1_960_000.0, "2 million"),
            (Lang::En, 48_250_000.0, "48.3 million"),
            (Lang::En, 999_999.0, "999,999"),
            (Lang::Fr, 21_345.0, "21\u{202F}345"),
            (Lang::En, f64::NAN, mgi_i18n::NOT_A_NUMBER),
            (Lang::En, f64::INFINITY, mgi_i18n::NOT_A_NUMBER),
        ] {
            assert_eq!(population(lang, value), expected, "{value}");
        }
    }

    #[test]
    fn percentage_points_agree_with_their_number() {
        let f = |value: f64| ContextFigure {
            measure: "migrant-share-change".into(),
            value,
            unit: "percentage-points".into(),
            year: 2020,
            sex: None,
            age_group: None,
            source: "s".into(),
        };
        assert_eq!(value(Lang::En, &f(0.3)), "0.3 percentage points");
        assert_eq!(value(Lang::En, &f(1.0)), "1 percentage point");
        assert_eq!(value(Lang::Fr, &f(0.3)), "0,3 point de pourcentage");
        assert_eq!(value(Lang::Fr, &f(2.5)), "2,5 points de pourcentage");
        assert_eq!(value(Lang::Es, &f(0.3)), "0,3 puntos porcentuales");
        assert_eq!(value(Lang::Es, &f(-1.0)), "-1 punto porcentual");
    }
}
