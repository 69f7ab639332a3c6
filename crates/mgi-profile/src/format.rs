//! Numbers and labels as the profile prints them (English).

use mgi_model::{ContextFigure, Sex};

/// 21345 → "21,345"; 0.6 → "0.6"; 3300000 → "3,300,000".
pub fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let whole = rounded.trunc() as i64;
    let mut digits = whole.unsigned_abs().to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let sign = if whole < 0 || (whole == 0 && rounded < 0.0) {
        "-"
    } else {
        ""
    };
    let fraction = ((rounded.fract().abs()) * 10.0).round() as i64;
    if fraction == 0 {
        format!("{sign}{digits}{grouped}")
    } else {
        format!("{sign}{digits}{grouped}.{fraction}")
    }
}

pub fn value(f: &ContextFigure) -> String {
    match f.unit.as_str() {
        "percent" => format!("{}%", number(f.value)),
        "percentage-points" => format!("{} percentage points", number(f.value)),
        _ => number(f.value),
    }
}

/// What a context figure measures, in words.
pub fn measure(f: &ContextFigure) -> String {
    let who = |m: &str| match m.split('-').next() {
        Some("immigrant") => "Immigrants",
        Some("emigrant") => "Emigrants",
        _ => "Migrants",
    };
    let base = match f.measure.as_str() {
        m if m.ends_with("-stock") => format!("{} (number)", who(m)),
        m if m.ends_with("-share") && f.sex.is_none() && f.age_group.is_none() => {
            format!("{}, share of the total population", who(m))
        }
        m if m.ends_with("-share") => who(m).to_owned(),
        "population" => "Total population".to_owned(),
        "migrant-share-change" => "Change in the migrant share of the population".to_owned(),
        "remittances-gdp" => "Personal remittances received, share of GDP".to_owned(),
        other => other.replace('-', " "),
    };
    let sex = match f.sex {
        Some(Sex::Male) => ", men",
        Some(Sex::Female) => ", women",
        _ => "",
    };
    let age = f
        .age_group
        .as_ref()
        .map(|a| format!(", aged {a}"))
        .unwrap_or_default();
    format!("{base}{sex}{age}")
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(number(21345.0), "21,345");
        assert_eq!(number(3_300_000.0), "3,300,000");
        assert_eq!(number(0.6), "0.6");
        assert_eq!(number(76.1), "76.1");
        assert_eq!(number(-0.3), "-0.3");
        assert_eq!(number(999.0), "999");
    }
}
