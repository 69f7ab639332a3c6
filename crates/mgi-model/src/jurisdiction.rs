use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
    /// The ISO3 code of the country this jurisdiction is or belongs to.
    pub fn country_code(&self) -> &str {
        self.code.split('-').next().unwrap_or(&self.code)
    }

    /// Why `code` is not a valid code for `kind`, if it is not.
    pub fn code_problem(code: &str, kind: JurisdictionKind) -> Option<String> {
        let iso3 = |s: &str| s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase());
        match kind {
            JurisdictionKind::Country if iso3(code) => None,
            JurisdictionKind::Country => Some(format!(
                "{code:?} is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. MNG)"
            )),
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
                _ => Some(format!(
                    "{code:?} is not a locality id (ISO3 of the country, a dash, a lowercase slug, e.g. GHA-accra)"
                )),
            },
        }
    }
}
