//! Numbers, dates, plural selection, language negotiation and text direction.

use chrono::NaiveDate;
use mgi_i18n::{Arg, Dir, Lang, date, decimal, month_year, number, percent, text_dir, tr, tr_args};

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// Writes `_` for U+202F and `~` for U+00A0 so that expectations stay readable.
fn visible(s: &str) -> String {
    s.replace(NNBSP, "_").replace(NBSP, "~")
}

#[test]
fn integers_are_grouped_per_language() {
    let cases: &[(i64, &str, &str, &str)] = &[
        (0, "0", "0", "0"),
        (7, "7", "7", "7"),
        (999, "999", "999", "999"),
        (1000, "1,000", "1_000", "1000"),
        (2345, "2,345", "2_345", "2345"),
        (12345, "12,345", "12_345", "12.345"),
        (21345, "21,345", "21_345", "21.345"),
        (100000, "100,000", "100_000", "100.000"),
        (1234567, "1,234,567", "1_234_567", "1.234.567"),
        (-5, "-5", "-5", "-5"),
        (-1234, "-1,234", "-1_234", "-1234"),
        (-1234567, "-1,234,567", "-1_234_567", "-1.234.567"),
        (
            i64::MIN,
            "-9,223,372,036,854,775,808",
            "-9_223_372_036_854_775_808",
            "-9.223.372.036.854.775.808",
        ),
    ];
    for &(n, en, fr, es) in cases {
        assert_eq!(number(Lang::En, n), en, "en {n}");
        assert_eq!(visible(&number(Lang::Fr, n)), fr, "fr {n}");
        assert_eq!(number(Lang::Es, n), es, "es {n}");
    }
    // The French separator is the narrow no-break space itself, not a plain or full no-break one.
    assert_eq!(number(Lang::Fr, 21345), "21\u{202F}345");
}

#[test]
fn decimals_use_the_language_separators() {
    let cases: &[(f64, usize, &str, &str, &str)] = &[
        (1234.5, 1, "1,234.5", "1_234,5", "1234,5"),
        (12345.5, 1, "12,345.5", "12_345,5", "12.345,5"),
        (0.0, 2, "0.00", "0,00", "0,00"),
        (2.0, 1, "2.0", "2,0", "2,0"),
        (3.4159, 0, "3", "3", "3"),
        (-1234.56, 1, "-1,234.6", "-1_234,6", "-1234,6"),
        (999.96, 1, "1,000.0", "1_000,0", "1000,0"),
        (9999.96, 1, "10,000.0", "10_000,0", "10.000,0"),
    ];
    for &(x, digits, en, fr, es) in cases {
        assert_eq!(decimal(Lang::En, x, digits), en, "en {x} {digits}");
        assert_eq!(
            visible(&decimal(Lang::Fr, x, digits)),
            fr,
            "fr {x} {digits}"
        );
        assert_eq!(decimal(Lang::Es, x, digits), es, "es {x} {digits}");
    }
}

#[test]
fn rounding_is_half_away_from_zero_on_the_decimal_form() {
    assert_eq!(decimal(Lang::En, 0.05, 1), "0.1");
    assert_eq!(decimal(Lang::En, -0.05, 1), "-0.1");
    assert_eq!(decimal(Lang::En, 2.5, 0), "3");
    assert_eq!(decimal(Lang::En, -2.5, 0), "-3");
    assert_eq!(decimal(Lang::En, 0.5, 0), "1");
    assert_eq!(decimal(Lang::En, 1.45, 1), "1.5");
    // 1.005 and 0.125 are stored a little below or exactly on the half; the decimal form decides.
    assert_eq!(decimal(Lang::En, 1.005, 2), "1.01");
    assert_eq!(decimal(Lang::En, 0.125, 2), "0.13");
    assert_eq!(decimal(Lang::En, 0.049, 1), "0.0");
    assert_eq!(decimal(Lang::En, 9.99, 1), "10.0");
    assert_eq!(decimal(Lang::En, 99.5, 0), "100");
}

#[test]
fn rounding_never_gives_minus_zero() {
    assert_eq!(decimal(Lang::En, -0.04, 1), "0.0");
    assert_eq!(decimal(Lang::En, -0.0, 0), "0");
    assert_eq!(decimal(Lang::Fr, -0.0001, 2), "0,00");
    assert_eq!(decimal(Lang::Es, -0.4, 0), "0");
    assert_eq!(percent(Lang::En, -0.01, 1), "0.0%");
}

#[test]
fn odd_inputs_do_not_panic() {
    for lang in Lang::ALL {
        assert_eq!(decimal(lang, f64::NAN, 2), "–");
        assert_eq!(decimal(lang, f64::INFINITY, 0), "–");
        assert_eq!(percent(lang, f64::NEG_INFINITY, 1), "–");
        assert_eq!(decimal(lang, 5e-324, 2).len(), 4);
        assert!(decimal(lang, f64::MAX, 0).len() > 300);
        // Absurd precision is capped.
        assert_eq!(
            decimal(lang, 1.0, usize::MAX).len(),
            2 + mgi_i18n::MAX_FRACTION_DIGITS
        );
        assert_eq!(month_year(lang, 2026, 0), "2026");
        assert_eq!(month_year(lang, 2026, 13), "2026");
        assert!(number(lang, i64::MAX).len() > 18);
    }
}

#[test]
fn percentages_follow_cldr_spacing() {
    assert_eq!(percent(Lang::En, 0.6, 1), "0.6%");
    assert_eq!(visible(&percent(Lang::Fr, 0.6, 1)), "0,6_%");
    assert_eq!(visible(&percent(Lang::Es, 0.6, 1)), "0,6~%");
    assert_eq!(percent(Lang::En, 12.345, 2), "12.35%");
    assert_eq!(visible(&percent(Lang::Fr, 1234.0, 0)), "1_234_%");
    assert_eq!(visible(&percent(Lang::Es, 1234.0, 0)), "1234~%");
    assert_eq!(visible(&percent(Lang::Es, -12.25, 1)), "-12,3~%");
}

#[test]
fn dates_in_full() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("valid date");
    assert_eq!(date(Lang::En, d(2026, 11, 28)), "28 November 2026");
    assert_eq!(date(Lang::Fr, d(2026, 11, 28)), "28 novembre 2026");
    assert_eq!(date(Lang::Es, d(2026, 11, 28)), "28 de noviembre de 2026");
    assert_eq!(date(Lang::En, d(2026, 11, 1)), "1 November 2026");
    assert_eq!(date(Lang::Fr, d(2026, 11, 1)), "1er novembre 2026");
    assert_eq!(date(Lang::Es, d(2026, 11, 1)), "1 de noviembre de 2026");
    assert_eq!(date(Lang::Fr, d(2023, 2, 2)), "2 février 2023");
    assert_eq!(date(Lang::Fr, d(2023, 8, 15)), "15 août 2023");
    assert_eq!(date(Lang::Es, d(2023, 9, 9)), "9 de septiembre de 2023");
    assert_eq!(date(Lang::En, d(2024, 12, 31)), "31 December 2024");
}

#[test]
fn months_of_a_year() {
    assert_eq!(month_year(Lang::En, 2026, 11), "November 2026");
    assert_eq!(month_year(Lang::Fr, 2026, 11), "novembre 2026");
    assert_eq!(month_year(Lang::Es, 2026, 11), "noviembre de 2026");
    assert_eq!(month_year(Lang::En, 2019, 1), "January 2019");
    assert_eq!(month_year(Lang::Fr, 2019, 12), "décembre 2019");
    assert_eq!(month_year(Lang::Es, 2019, 6), "junio de 2019");
}

#[test]
fn plural_selection_for_zero_one_two() {
    let count = |lang, n: i64| tr_args(lang, "count-indicators", &[("count", Arg::Num(n))]);
    assert_eq!(count(Lang::En, 0), "0 indicators");
    assert_eq!(count(Lang::En, 1), "1 indicator");
    assert_eq!(count(Lang::En, 2), "2 indicators");
    // French treats 0 as singular.
    assert_eq!(count(Lang::Fr, 0), "0 indicateur");
    assert_eq!(count(Lang::Fr, 1), "1 indicateur");
    assert_eq!(count(Lang::Fr, 2), "2 indicateurs");
    assert_eq!(count(Lang::Es, 0), "0 indicadores");
    assert_eq!(count(Lang::Es, 1), "1 indicador");
    assert_eq!(count(Lang::Es, 2), "2 indicadores");
    assert_eq!(count(Lang::En, -1), "-1 indicator");
}

#[test]
fn numbers_in_messages_are_grouped_and_still_select_plurals() {
    let count = |lang, n: i64| tr_args(lang, "count-indicators", &[("count", Arg::Num(n))]);
    assert_eq!(count(Lang::En, 12345), "12,345 indicators");
    assert_eq!(visible(&count(Lang::Fr, 1234)), "1_234 indicateurs");
    assert_eq!(count(Lang::Es, 1234), "1234 indicadores");
    assert_eq!(count(Lang::Es, 12345), "12.345 indicadores");
    assert_eq!(
        visible(&count(Lang::Fr, 1_000_000)),
        "1_000_000 indicateurs"
    );
    // Beyond 2^53 the value goes in as text, still formatted for the language.
    assert_eq!(
        count(Lang::En, i64::MAX),
        "9,223,372,036,854,775,807 indicators"
    );
    assert_eq!(
        count(Lang::Es, i64::MIN),
        "-9.223.372.036.854.775.808 indicadores"
    );
}

#[test]
fn the_macro_takes_named_values_of_any_integer_or_text_type() {
    use mgi_i18n::tr;
    assert_eq!(tr!(Lang::En, "nav-home"), "Home");
    assert_eq!(tr!(Lang::Fr, "nav-home",), "Accueil");
    assert_eq!(
        tr!(Lang::En, "count-indicators", count = 3usize),
        "3 indicators"
    );
    assert_eq!(
        tr!(Lang::En, "count-indicators", count = 1u32),
        "1 indicator"
    );
    assert_eq!(
        tr!(Lang::En, "count-indicators", count = 5i32,),
        "5 indicators"
    );
    assert_eq!(
        tr!(Lang::Es, "count-indicators", count = 1i64),
        "1 indicador"
    );
    let code = String::from("fr");
    assert_eq!(tr!(Lang::En, "language-name", code = &code), "French");
    assert_eq!(tr!(Lang::Fr, "language-name", code = "en"), "anglais");
    assert_eq!(
        tr!(Lang::Es, "language-name", code = Lang::Fr.code().to_owned()),
        "francés"
    );
    assert_eq!(tr!(Lang::Es, "language-name", code = Lang::En), "inglés");
    // A message that names a language takes its name, in the message's language.
    assert_eq!(
        tr!(
            Lang::En,
            "translation-missing",
            original = mgi_i18n::language_name(Lang::En, &code)
        ),
        "Not yet translated into English; shown in French."
    );
    assert_eq!(
        visible(&tr!(
            Lang::Fr,
            "translation-missing",
            original = mgi_i18n::language_name(Lang::Fr, "en")
        )),
        "Texte non encore traduit en français_; affiché en anglais."
    );
    assert_eq!(
        tr!(
            Lang::Es,
            "translation-missing",
            original = mgi_i18n::language_name(Lang::Es, "mn")
        ),
        "Texto aún no traducido al español; se muestra en mongol."
    );
}

#[test]
fn output_has_no_isolation_marks() {
    let text = tr_args(Lang::En, "count-indicators", &[("count", Arg::Num(2))]);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    let text = tr_args(Lang::Fr, "language-name", &[("code", "es".into())]);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[test]
fn missing_keys_fall_back_without_panicking() {
    assert_eq!(tr(Lang::Fr, "no-such-key"), "[no-such-key]");
    assert_eq!(tr(Lang::En, ""), "[]");
    assert_eq!(
        tr_args(Lang::Es, "no-such-key", &[("x", Arg::Num(1))]),
        "[no-such-key]"
    );
    // A variable left out shows its name rather than failing.
    assert_eq!(tr(Lang::En, "count-indicators"), "{$count} indicators");
}

#[test]
fn language_codes() {
    assert_eq!(Lang::ALL.map(Lang::code), ["en", "fr", "es"]);
    assert_eq!(
        Lang::ALL.map(Lang::native_name),
        ["English", "Français", "Español"]
    );
    assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("es_ES"), Some(Lang::Es));
    assert_eq!(Lang::from_code(" en-GB "), Some(Lang::En));
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::from_code("eng"), None);
    assert_eq!(Lang::from_code(""), None);
    assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
    let err = "pt".parse::<Lang>().expect_err("pt is not supported");
    assert_eq!(
        err.to_string(),
        "unknown language \"pt\": expected one of en, fr, es"
    );
    assert_eq!(Lang::Fr.to_string(), "fr");
    assert_eq!(Lang::default(), Lang::En);
}

#[test]
fn languages_serialise_as_their_code() {
    assert_eq!(
        serde_json::to_string(&Lang::ALL).ok().as_deref(),
        Some(r#"["en","fr","es"]"#)
    );
    assert_eq!(serde_json::from_str::<Lang>(r#""es""#).ok(), Some(Lang::Es));
    assert!(serde_json::from_str::<Lang>(r#""Es""#).is_err());
}

#[test]
fn accept_language_negotiation() {
    assert_eq!(
        Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
        Some(Lang::Fr)
    );
    assert_eq!(Lang::from_accept_language("de, es;q=0.5"), Some(Lang::Es));
    assert_eq!(
        Lang::from_accept_language("en;q=0.2, es;q=0.7, fr;q=0.5"),
        Some(Lang::Es)
    );
    assert_eq!(
        Lang::from_accept_language("es-419,es;q=0.9"),
        Some(Lang::Es)
    );
    assert_eq!(
        Lang::from_accept_language("fr;q=0, en;q=0.1"),
        Some(Lang::En)
    );
    assert_eq!(
        Lang::from_accept_language("en;q=0.5, fr;q=0.5"),
        Some(Lang::En)
    );
    assert_eq!(Lang::from_accept_language("*"), None);
    assert_eq!(Lang::from_accept_language("de-DE, ru;q=0.9"), None);
    assert_eq!(Lang::from_accept_language("fr;q=abc"), None);
    assert_eq!(Lang::from_accept_language("fr;q=2"), None);
    assert_eq!(Lang::from_accept_language("!!!,;;;q=,==,"), None);
    assert_eq!(Lang::from_accept_language(""), None);
    assert_eq!(Lang::from_accept_language("garbage"), None);
}

#[test]
fn direction_from_the_first_strong_character() {
    assert_eq!(text_dir("مدينة"), Dir::Rtl);
    assert_eq!(text_dir("Ulaanbaatar"), Dir::Ltr);
    assert_eq!(text_dir("  123 مدينة"), Dir::Rtl);
    assert_eq!(text_dir("ירושלים"), Dir::Rtl);
    assert_eq!(text_dir("ܐܘܪܗܝ"), Dir::Rtl); // Syriac
    assert_eq!(text_dir("ދިވެހި"), Dir::Rtl); // Thaana
    assert_eq!(text_dir("ߒߞߏ"), Dir::Rtl); // N'Ko
    assert_eq!(text_dir("Улаанбаатар"), Dir::Ltr);
    assert_eq!(text_dir("Paris مدينة"), Dir::Ltr);
    assert_eq!(text_dir("(2023) Ulaanbaatar"), Dir::Ltr);
    assert_eq!(text_dir(""), Dir::Ltr);
    assert_eq!(text_dir("123 – 456"), Dir::Ltr);
    // Text inside an isolate does not decide.
    assert_eq!(text_dir("\u{2067}مدينة\u{2069} Paris"), Dir::Ltr);
    assert_eq!(Dir::Rtl.attr(), "rtl");
    assert_eq!(Dir::Ltr.attr(), "ltr");
}
