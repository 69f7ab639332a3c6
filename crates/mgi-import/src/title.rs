//! Who and when a profile is about, from its title line, in English, French or Spanish:
//! "MONGOLIA | PROFILE 2023", "PROFILE 2019 – REPUBLIC OF COSTA RICA", "PROFIL 2021 – BURKINA
//! FASO", "ACCRA | LOCAL PROFILE 2019". The name is matched against the UN's names of
//! `data/m49.csv` in the three languages, formal prefixes ("Republic of", "République du",
//! "Reino de") allowed, and against the localities the caller knows.

use mgi_i18n::Lang;
use mgi_model::{M49Entry, m49_entries};
use unicode_normalization::UnicodeNormalization;

use crate::input::Line;

/// What the title line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The name as printed, in title case.
    pub name: String,
    pub year: Option<i32>,
    pub local: bool,
    /// The language of the word "profile" (profile, profil, perfil).
    pub lang: Lang,
}

/// The title is near the top: on the cover or the first inner page.
const TITLE_WITHIN: usize = 60;

pub fn title(lines: &[Line]) -> Option<Title> {
    let top: Vec<&str> = lines
        .iter()
        .take(TITLE_WITHIN)
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    // One line ("MONGOLIA | PROFILE 2023"), else the name above its own "Profile 2023" line
    // (mgi's cover).
    top.iter().find_map(|l| title_of(l)).or_else(|| {
        top.windows(2)
            .filter(|w| profile_part(w[0]).is_none() && !w[0].contains('|'))
            .find_map(|w| title_of(&format!("{} | {}", w[0], w[1])))
    })
}

/// "Saint Vincent and the Grenadines" has six words; a longer "name" is a sentence.
const MAX_NAME_WORDS: usize = 8;

/// The title in one line, if it is one: a name and a "profile YEAR" part on either side of a
/// separator (`|`, a dash between spaces).
pub fn title_of(line: &str) -> Option<Title> {
    let line = line.trim();
    let (left, right) = split_once_separator(line)?;
    let (name, profile) = match (profile_part(left), profile_part(right)) {
        (None, Some(p)) => (left, p),
        (Some(p), None) => (right, p),
        _ => return None,
    };
    let name = name.trim();
    let words = name.split_whitespace().count();
    let sentence = name.contains(". ") || name.ends_with('.');
    if words == 0 || words > MAX_NAME_WORDS || sentence || name.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(Title {
        name: title_case(name),
        year: profile.year,
        local: profile.local,
        lang: profile.lang,
    })
}

fn split_once_separator(line: &str) -> Option<(&str, &str)> {
    ["|", " – ", " — ", " - "]
        .iter()
        .find_map(|sep| line.split_once(sep))
}

struct ProfilePart {
    year: Option<i32>,
    local: bool,
    lang: Lang,
}

/// "PROFILE 2023", "LOCAL PROFILE 2019", "MIGRATION GOVERNANCE PROFILE 2020", "PROFIL LOCAL
/// 2021", "PERFIL 2021": a few words, one of them the word for profile, at most one year.
fn profile_part(text: &str) -> Option<ProfilePart> {
    let words: Vec<String> = text.split_whitespace().map(fold).collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let lang = words.iter().find_map(|w| match w.as_str() {
        "profile" => Some(Lang::En),
        "profil" => Some(Lang::Fr),
        "perfil" => Some(Lang::Es),
        _ => None,
    })?;
    let years: Vec<i32> = words
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (2000..=2100).contains(y))
        .collect();
    let local = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "local" | "locale" | "city" | "ville" | "ciudad" | "municipal" | "municipality"
        )
    });
    Some(ProfilePart {
        year: years.first().copied(),
        local,
        lang,
    })
}

/// Lower case, accents and punctuation out, apostrophes dropped: "Côte d’Ivoire" → "cote
/// divoire", "TÜRKIYE" → "turkiye".
fn fold(s: &str) -> String {
    let plain: String = s
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .filter(|c| !matches!(c, '\'' | '’' | '`'))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that may stand before a country's short name in a formal name, in the three
/// languages (folded): "REPUBLIC OF COSTA RICA", "RÉPUBLIQUE DU NIGER", "REINO DE ESPAÑA".
const FORMAL: &[&str] = &[
    "the",
    "of",
    "republic",
    "kingdom",
    "state",
    "states",
    "federal",
    "federation",
    "democratic",
    "peoples",
    "islamic",
    "arab",
    "socialist",
    "plurinational",
    "bolivarian",
    "united",
    "principality",
    "grand",
    "duchy",
    "commonwealth",
    "independent",
    "sultanate",
    "co",
    "cooperative",
    "oriental",
    "republique",
    "royaume",
    "etat",
    "federale",
    "democratique",
    "populaire",
    "islamique",
    "socialiste",
    "principaute",
    "du",
    "de",
    "des",
    "la",
    "le",
    "l",
    "d",
    "republica",
    "reino",
    "estado",
    "democratica",
    "popular",
    "islamica",
    "plurinacional",
    "bolivariana",
    "principado",
    "del",
    "el",
    "los",
    "las",
];

/// The names an M49 entry is known by (folded): its three UN names, each also without its
/// parenthesis ("Bolivia (Plurinational State of)" → "bolivia") and with it put first
/// ("plurinational state of bolivia").
fn names_of(entry: &M49Entry) -> Vec<String> {
    let mut out = Vec::new();
    for name in [&entry.name, &entry.name_fr, &entry.name_es] {
        out.push(fold(name));
        if let Some((short, rest)) = name.split_once('(') {
            let inside = rest.trim_end_matches(')');
            out.push(fold(short));
            out.push(fold(&format!("{inside} {short}")));
        }
    }
    out
}

/// The M49 country a title names, in any of the three languages.
pub fn country_named(name: &str) -> Option<&'static M49Entry> {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    // The whole name first, then without the formal words before it, one at a time.
    (0..words.len())
        .take_while(|&skip| skip == 0 || FORMAL.contains(&words[skip - 1]))
        .find_map(|skip| {
            let candidate = words[skip..].join(" ");
            m49_entries()
                .iter()
                .find(|e| names_of(e).contains(&candidate))
        })
}

/// A locality the caller knows (from the store, or an earlier round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownLocality {
    /// `GHA-accra`.
    pub code: String,
    pub name: String,
}

/// The code of a local profile's title: a known locality by its name, or a city with its
/// country in the title ("ACCRA, GHANA", "ACCRA (GHANA)") made into `GHA-accra`.
pub fn locality_code(name: &str, known: &[KnownLocality]) -> Option<String> {
    let folded = fold(name);
    if let Some(k) = known.iter().find(|k| fold(&k.name) == folded) {
        return Some(k.code.clone());
    }
    let (city, country) = name
        .split_once(',')
        .or_else(|| name.split_once('('))
        .map(|(c, rest)| (c, rest.trim_end_matches(')')))?;
    let entry = country_named(country)?;
    let slug = fold(city).replace(' ', "-");
    (!slug.is_empty()).then(|| format!("{}-{slug}", entry.iso3))
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0
                && matches!(
                    lower.as_str(),
                    "of" | "and" | "the" | "de" | "du" | "la" | "del" | "des" | "el" | "y" | "et"
                )
            {
                return lower;
            }
            let mut c = lower.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso3(name: &str) -> Option<&'static str> {
        country_named(name).map(|e| e.iso3.as_str())
    }

    #[test]
    fn title_lines_in_three_languages() {
        let t = title_of("MONGOLIA | PROFILE 2023").expect("a title");
        assert_eq!(
            t,
            Title {
                name: "Mongolia".into(),
                year: Some(2023),
                local: false,
                lang: Lang::En
            }
        );
        let t = title_of("PROFILE 2019 – REPUBLIC OF COSTA RICA").expect("a title");
        assert_eq!(
            (t.name.as_str(), t.year),
            ("Republic of Costa Rica", Some(2019))
        );
        let t = title_of("PROFIL 2021 – BURKINA FASO").expect("a title");
        assert_eq!(
            (t.name.as_str(), t.year, t.lang),
            ("Burkina Faso", Some(2021), Lang::Fr)
        );
        let t = title_of("PERFIL 2021 – REPÚBLICA DEL ECUADOR").expect("a title");
        assert_eq!(
            (t.name.as_str(), t.lang),
            ("República del Ecuador", Lang::Es)
        );
        let t = title_of("ACCRA | LOCAL PROFILE 2019").expect("a title");
        assert!(t.local);
        assert!(title_of("PROFIL LOCAL 2022 – MONTRÉAL").is_some_and(|t| t.local));
        assert_eq!(
            title_of("MIGRATION GOVERNANCE PROFILE 2020 — KINGDOM OF NORVALE").map(|t| t.name),
            Some("Kingdom of Norvale".into())
        );
        for not_a_title in [
            "Migration Governance Indicators Profile 2023 – Mongolia. IOM, Geneva, and then a long sentence",
            "Data collection | 2023",
            "OBJECTIVES // 6",
            "PROFILE 2023 | 2024",
        ] {
            assert_eq!(title_of(not_a_title), None, "{not_a_title}");
        }
    }

    #[test]
    fn a_title_over_two_lines_as_mgi_prints_it() {
        let lines = crate::input::lines(
            "MIGRATION GOVERNANCE INDICATORS\nMongolia\nProfile 2023\n".as_bytes(),
        )
        .expect("text");
        let t = title(&lines).expect("a title");
        assert_eq!((t.name.as_str(), t.year), ("Mongolia", Some(2023)));
    }

    #[test]
    fn names_are_the_un_names_in_any_language() {
        assert_eq!(iso3("Mongolia"), Some("MNG"));
        assert_eq!(iso3("Republic of Costa Rica"), Some("CRI"));
        assert_eq!(iso3("BURKINA FASO"), Some("BFA"));
        assert_eq!(iso3("Mongolie"), Some("MNG"));
        assert_eq!(iso3("República del Ecuador"), Some("ECU"));
        assert_eq!(iso3("République du Niger"), Some("NER"));
        assert_eq!(iso3("Reino de España"), Some("ESP"));
        assert_eq!(iso3("Côte d’Ivoire"), Some("CIV"));
        assert_eq!(iso3("TÜRKIYE"), Some("TUR"));
        // A UN name that itself begins with a formal word stays that country.
        assert_eq!(iso3("Republic of Korea"), Some("KOR"));
        assert_eq!(iso3("Republic of Moldova"), Some("MDA"));
        assert_eq!(iso3("Plurinational State of Bolivia"), Some("BOL"));
        assert_eq!(iso3("Bolivia"), Some("BOL"));
        assert_eq!(iso3("Kingdom of Norvale"), None);
        assert_eq!(iso3("Republic"), None);
    }

    #[test]
    fn localities_by_known_name_or_by_their_country() {
        let known = [KnownLocality {
            code: "USA-lakeview".into(),
            name: "Lakeview".into(),
        }];
        assert_eq!(
            locality_code("LAKEVIEW", &known),
            Some("USA-lakeview".into())
        );
        assert_eq!(locality_code("Accra, Ghana", &[]), Some("GHA-accra".into()));
        assert_eq!(
            locality_code("São Paulo (Brazil)", &[]),
            Some("BRA-sao-paulo".into())
        );
        assert_eq!(locality_code("Accra", &[]), None);
    }
}
