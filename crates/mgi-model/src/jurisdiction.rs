use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Problem;

/// A country or area of the UN M49 standard (data/m49.csv, embedded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct M49Entry {
    pub iso3: String,
    /// The numeric M49 code (also ISO 3166-1 numeric), e.g. 496 for Mongolia.
    pub number: u16,
    pub name: String,
    /// The UN M49 region and sub-region; empty for Antarctica, which M49 places in none.
    pub region: String,
    pub subregion: String,
    /// The UN's French and Spanish short names.
    pub name_fr: String,
    pub name_es: String,
}

impl M49Entry {
    /// The UN short name in `lang` (`en`, `fr` or `es`); `None` for another language.
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        match lang {
            "en" => Some(&self.name),
            "fr" => Some(&self.name_fr),
            "es" => Some(&self.name_es),
            _ => None,
        }
    }
}

static M49: LazyLock<Vec<M49Entry>> = LazyLock::new(|| {
    include_str!("../../../data/m49.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells = csv_cells(line);
            match cells.as_slice() {
                [iso3, number, name, region, subregion, name_fr, name_es] => Some(M49Entry {
                    iso3: iso3.clone(),
                    number: number.parse().ok()?,
                    name: name.clone(),
                    region: region.clone(),
                    subregion: subregion.clone(),
                    name_fr: name_fr.clone(),
                    name_es: name_es.clone(),
                }),
                _ => None,
            }
        })
        .collect()
});

/// The cells of one RFC 4180 line (quoted cells may hold commas and doubled quotes).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(s) = cells.last_mut() {
                    s.push('"');
                }
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => {
                if let Some(s) = cells.last_mut() {
                    s.push(c);
                }
            }
        }
    }
    cells
}

/// The M49 entry of an ISO 3166-1 alpha-3 code.
pub fn m49(iso3: &str) -> Option<&'static M49Entry> {
    M49.iter().find(|e| e.iso3 == iso3)
}

/// The M49 entry of a country stored under one of its UN names (English, French or Spanish).
pub fn m49_named(code: &str, name: &str) -> Option<&'static M49Entry> {
    m49(code).filter(|e| {
        ["en", "fr", "es"]
            .iter()
            .any(|l| e.name_in(l) == Some(name))
    })
}

/// The name of a jurisdiction in `lang`: the UN's name in that language for a country stored
/// under one of its UN names, else the name as stored (a city, a name of the assessment's own).
pub fn name_in<'a>(code: &str, stored: &'a str, lang: &str) -> &'a str {
    m49_named(code, stored)
        .and_then(|e| e.name_in(lang))
        .unwrap_or(stored)
}

/// Every entry of the M49 table, in the order of its alpha-3 codes.
pub fn m49_entries() -> &'static [M49Entry] {
    &M49
}

/// The M49 entry of a numeric code (UN DESA tables name countries by it).
pub fn m49_by_number(number: u16) -> Option<&'static M49Entry> {
    M49.iter().find(|e| e.number == number)
}

/// The five UN M49 regions.
pub const M49_REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum JurisdictionKind {
    Country,
    Locality,
}

impl JurisdictionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            JurisdictionKind::Country => "country",
            JurisdictionKind::Locality => "locality",
        }
    }

    pub fn parse(s: &str) -> Option<JurisdictionKind> {
        [JurisdictionKind::Country, JurisdictionKind::Locality]
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    pub fn level(self) -> mgi_framework::Level {
        match self {
            JurisdictionKind::Country => mgi_framework::Level::National,
            JurisdictionKind::Locality => mgi_framework::Level::Local,
        }
    }
}

/// A country (ISO 3166-1 alpha-3 code, e.g. `MNG`) or a locality under a country
/// (`<ISO3>-<slug>`, e.g. `GHA-accra`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub code: String,
    pub kind: JurisdictionKind,
    pub name: String,
    /// UN M49 region: Africa, Americas, Asia, Europe or Oceania.
    pub region: String,
    /// UN M49 sub-region, e.g. "Eastern Asia".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subregion: Option<String>,
}

impl Jurisdiction {
    /// A jurisdiction with the region and sub-region of its country from the M49 table, when
    /// the country is in it.
    pub fn with_m49(code: &str, kind: JurisdictionKind, name: Option<&str>) -> Jurisdiction {
        let country = code.split('-').next().unwrap_or(code);
        let entry = m49(country);
        Jurisdiction {
            code: code.to_owned(),
            kind,
            name: name
                .map(str::to_owned)
                .or_else(|| entry.map(|e| e.name.clone()))
                .unwrap_or_else(|| code.to_owned()),
            region: entry.map_or_else(String::new, |e| e.region.clone()),
            subregion: entry.map(|e| e.subregion.clone()),
        }
    }

    /// The ISO3 code of the country this jurisdiction is or belongs to.
    pub fn country_code(&self) -> &str {
        self.code.split('-').next().unwrap_or(&self.code)
    }

    /// Why `code` is not a valid code for `kind`, if it is not.
    pub fn code_problem(code: &str, kind: JurisdictionKind) -> Option<Problem> {
        let iso3 = |s: &str| s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase());
        match kind {
            JurisdictionKind::Country if iso3(code) => None,
            JurisdictionKind::Country => Some(Problem::NotCountryCode(code.to_owned())),
            JurisdictionKind::Locality => match code.split_once('-') {
                Some((country, slug))
                    if iso3(country)
                        && !slug.is_empty()
                        && slug
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') =>
                {
                    None
                }
                _ => Some(Problem::NotLocalityCode(code.to_owned())),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn m49_table_is_complete_and_parsed() {
        assert!(M49.len() >= 240, "{} rows", M49.len());
        let mng = m49("MNG").expect("Mongolia");
        assert_eq!(mng.number, 496);
        assert_eq!(m49_by_number(496), Some(mng));
        assert_eq!(m49_by_number(999), None);
        assert_eq!(
            (mng.region.as_str(), mng.subregion.as_str()),
            ("Asia", "Eastern Asia")
        );
        let hkg = m49("HKG").expect("Hong Kong");
        assert!(
            hkg.name.contains(", "),
            "quoted name with a comma: {}",
            hkg.name
        );
        // Antarctica is the one area M49 places in no region.
        let (regionless, placed): (Vec<_>, Vec<_>) = M49.iter().partition(|e| e.region.is_empty());
        assert_eq!(
            regionless
                .iter()
                .map(|e| e.iso3.as_str())
                .collect::<Vec<_>>(),
            ["ATA"]
        );
        assert_eq!(m49_by_number(10).map(|e| e.iso3.as_str()), Some("ATA"));
        assert!(
            placed
                .iter()
                .all(|e| M49_REGIONS.contains(&e.region.as_str()))
        );
        assert_eq!(M49.len(), 248);
        assert_eq!(
            (mng.name_in("fr"), mng.name_in("es"), mng.name_in("mn")),
            (Some("Mongolie"), Some("Mongolia"), None)
        );
        let bol = m49("BOL").expect("Bolivia");
        assert_eq!(bol.name_in("fr"), Some("Bolivie (État plurinational de)"));
        assert!(
            M49.iter()
                .all(|e| !e.name_fr.trim().is_empty() && !e.name_es.trim().is_empty()),
            "every row has its French and Spanish names"
        );
    }

    #[test]
    fn countries_are_named_in_the_language_and_cities_as_stored() {
        assert_eq!(name_in("MNG", "Mongolia", "fr"), "Mongolie");
        assert_eq!(name_in("MNG", "Mongolie", "es"), "Mongolia");
        assert_eq!(
            name_in("BOL", "Bolivia (Plurinational State of)", "es"),
            "Bolivia (Estado Plurinacional de)"
        );
        assert_eq!(
            name_in("MNG", "Mongolia", "mn"),
            "Mongolia",
            "no UN name in Mongolian"
        );
        assert_eq!(
            name_in("MNG", "Монгол Улс", "fr"),
            "Монгол Улс",
            "a name of its own"
        );
        assert_eq!(name_in("GHA-accra", "Accra", "fr"), "Accra");
    }

    #[test]
    fn localities_take_their_country_region() {
        let j = Jurisdiction::with_m49("GHA-accra", JurisdictionKind::Locality, Some("Accra"));
        assert_eq!((j.name.as_str(), j.region.as_str()), ("Accra", "Africa"));
        let unknown = Jurisdiction::with_m49("ZZZ", JurisdictionKind::Country, None);
        assert_eq!(
            (unknown.name.as_str(), unknown.region.as_str()),
            ("ZZZ", "")
        );
    }
}
