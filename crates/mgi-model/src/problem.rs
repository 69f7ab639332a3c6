//! Why a value of an assessment (or of a form that edits one) cannot be accepted, as a type.
//!
//! A [`Problem`] carries what its text names; the text comes from the `problem-*` messages
//! (`mgi-i18n/locales/<lang>/problem.ftl`), in English through `Display` and in any language
//! through [`Problem::localised`]. Codes, keys, identifiers and values are quoted as given.

use std::fmt;

use chrono::NaiveDate;
use mgi_framework::{LANGUAGES, Level};
use mgi_i18n::{Arg, Lang, tr_args};

use crate::{FORMAT, JurisdictionKind, M49_REGIONS};

/// The plausible years of a round.
pub const ROUND_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// One thing wrong with one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A text (or a list entry) that must have content.
    Empty,
    /// A key, in a list of keyed items, that is blank.
    EmptyKey,
    /// A key that is not 1 to `max` lower-case letters, digits and `-`.
    BadKey {
        max: usize,
    },
    /// A control character (a line break in a one-line text, an escape sequence).
    ControlCharacter,
    /// A web address that is not `http(s)://` or a DOI.
    NotWebAddress,
    /// More citations than an answer or a finding may carry.
    TooManyCitations {
        count: usize,
        max: usize,
    },
    /// A key or identifier used a second time in its list.
    Duplicate(String),
    /// A number that is not finite (NaN, an infinity) or not a number.
    NotFinite,
    /// The document's format tag is not [`FORMAT`].
    WrongFormat {
        found: String,
    },
    /// A round year outside [`ROUND_YEARS`].
    ImplausibleYear(i32),
    /// Not a year written as digits (`2023`).
    NotYear(String),
    UnknownFramework {
        set: String,
        version: mgi_framework::Version,
    },
    /// A framework set of the wrong level for the jurisdiction's kind.
    WrongLevel {
        kind: JurisdictionKind,
        set: String,
        set_level: Level,
    },
    /// Not an ISO 3166-1 alpha-3 code (a country's code).
    NotCountryCode(String),
    /// Not a locality id (`GHA-accra`).
    NotLocalityCode(String),
    /// Not one of [`M49_REGIONS`].
    NotRegion(String),
    /// The country is in `region` by UN M49, not in the region `given`.
    WrongRegion {
        country: String,
        region: String,
        given: String,
    },
    /// `set` names the framework set, e.g. `mgi-national v1`.
    UnknownDomain {
        domain: String,
        set: String,
    },
    /// `set` names the framework set the indicator was looked for in; `None` for the framework
    /// as a whole.
    UnknownIndicator {
        id: String,
        set: Option<String>,
    },
    UnknownSource(String),
    /// A source named both as the one merged away and as the one it is merged into.
    MergeIntoItself(String),
    UnknownFinding(String),
    UnknownJurisdiction(String),
    /// A priority with neither words of its own nor a recommendation to take them from.
    NoWording,
    /// A recommendation a priority names that no consultation of the round has.
    UnknownRecommendation {
        consultation: String,
        number: usize,
    },
    /// A priority said to be set in an earlier round whose year is not earlier.
    SetAfterRound {
        since: i32,
        year: i32,
    },
    /// A convention with a ratification year but not ratified.
    YearNotRatified,
    EndsBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    AmendedBeforeIssued {
        amended: i32,
        issued: i32,
    },
    /// Not a language code of mgi (`mgi_framework::LANGUAGES`).
    NotLanguage {
        code: String,
    },
    /// A translation into the assessment's own language.
    NotTranslation {
        lang: String,
    },
    /// Not the name of a text of an assessment (`finding/KEY`, …).
    NotTextRef {
        target: String,
    },
    /// The assessment has no (non-empty) text of that name.
    NoSuchText {
        target: String,
    },
    SecondTranslation {
        target: String,
        lang: String,
    },
    /// A text of `chars` characters where `max` are allowed.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A text with U+0000, which no database stores.
    NulCharacter,
    /// A user name with other characters than letters, digits, `.`, `-`, `_` and `@`, or too
    /// long.
    BadUsername,
    ShortPassword {
        min: usize,
    },
    FocalPointWithoutJurisdiction,
    CommenterWithoutAssessment,
    /// A person's name that is empty or longer than `max` characters.
    NameNeeded {
        max: usize,
    },
    /// A token label that is empty or longer than `max` characters.
    TokenLabel {
        max: usize,
    },
    TokenDays {
        days: i64,
        max: i64,
    },
    LinkDays {
        max: i64,
    },
    /// A new round's year that does not come after the previous round's.
    YearNotAfter {
        previous: i32,
        new: i32,
    },
    /// A framework set the framework does not have (`set` with its version).
    UnknownSet(String),
    /// Rounds compared from a newer framework set to an older one.
    SetsBackwards {
        from: String,
        to: String,
    },
    NoCrosswalk {
        from: String,
        to: String,
    },
    /// A round moved to the framework version it already uses.
    SameVersion(String),
    /// Rounds of two jurisdictions compared.
    OtherJurisdiction {
        earlier: String,
        later: String,
    },
    /// Rounds compared in the wrong order.
    RoundOrder {
        earlier: i32,
        later: i32,
    },
}

/// A quoted list for a message: the items separated by commas.
fn listed(items: &[&str]) -> Arg {
    Arg::Str(items.join(", "))
}

/// A year as written, without the grouping a number would get.
fn year(y: i32) -> Arg {
    Arg::Str(y.to_string())
}

impl Problem {
    /// The message key and its variables in `lang` (dates are written in it).
    fn message(&self, lang: Lang) -> (&'static str, Vec<(&'static str, Arg)>) {
        let text = |s: &str| Arg::Str(s.to_owned());
        match self {
            Problem::Empty => ("problem-empty", vec![]),
            Problem::EmptyKey => ("problem-empty-key", vec![]),
            Problem::BadKey { max } => ("problem-key", vec![("max", Arg::from(*max))]),
            Problem::ControlCharacter => ("problem-control", vec![]),
            Problem::NotWebAddress => ("problem-web-address", vec![]),
            Problem::TooManyCitations { count, max } => (
                "problem-citations",
                vec![("count", Arg::from(*count)), ("max", Arg::from(*max))],
            ),
            Problem::Duplicate(value) => ("problem-duplicate", vec![("value", text(value))]),
            Problem::NotFinite => ("problem-not-finite", vec![]),
            Problem::WrongFormat { found } => (
                "problem-format",
                vec![("expected", text(FORMAT)), ("found", text(found))],
            ),
            Problem::ImplausibleYear(y) => (
                "problem-year",
                vec![
                    ("year", year(*y)),
                    ("from", year(*ROUND_YEARS.start())),
                    ("to", year(*ROUND_YEARS.end())),
                ],
            ),
            Problem::NotYear(given) => ("problem-not-year", vec![("given", text(given))]),
            Problem::UnknownFramework { set, version } => (
                "problem-unknown-framework",
                vec![("set", text(set)), ("version", text(&version.to_string()))],
            ),
            Problem::WrongLevel {
                kind,
                set,
                set_level,
            } => (
                "problem-level",
                vec![
                    ("kind", text(kind.as_str())),
                    ("needed", text(kind.level().as_str())),
                    ("set", text(set)),
                    ("level", text(set_level.as_str())),
                ],
            ),
            Problem::NotCountryCode(code) => ("problem-country-code", vec![("code", text(code))]),
            Problem::NotLocalityCode(code) => ("problem-locality-code", vec![("code", text(code))]),
            Problem::NotRegion(region) => (
                "problem-region",
                vec![("region", text(region)), ("regions", listed(&M49_REGIONS))],
            ),
            Problem::WrongRegion {
                country,
                region,
                given,
            } => (
                "problem-wrong-region",
                vec![
                    ("country", text(country)),
                    ("region", text(region)),
                    ("given", text(given)),
                ],
            ),
            Problem::UnknownDomain { domain, set } => (
                "problem-unknown-domain",
                vec![("domain", text(domain)), ("set", text(set))],
            ),
            Problem::UnknownIndicator { id, set: Some(set) } => (
                "problem-unknown-indicator-in-set",
                vec![("id", text(id)), ("set", text(set))],
            ),
            Problem::UnknownIndicator { id, set: None } => {
                ("problem-unknown-indicator", vec![("id", text(id))])
            }
            Problem::UnknownSource(key) => ("problem-unknown-source", vec![("key", text(key))]),
            Problem::MergeIntoItself(key) => {
                ("problem-merge-into-itself", vec![("key", text(key))])
            }
            Problem::UnknownFinding(key) => ("problem-unknown-finding", vec![("key", text(key))]),
            Problem::NoWording => ("problem-no-wording", vec![]),
            Problem::UnknownRecommendation {
                consultation,
                number,
            } => (
                "problem-unknown-recommendation",
                vec![
                    ("consultation", text(consultation)),
                    ("number", Arg::Str(number.to_string())),
                ],
            ),
            Problem::SetAfterRound { since, year } => (
                "problem-set-after-round",
                vec![
                    ("since", Arg::Str(since.to_string())),
                    ("year", Arg::Str(year.to_string())),
                ],
            ),
            Problem::UnknownJurisdiction(code) => {
                ("problem-unknown-jurisdiction", vec![("code", text(code))])
            }
            Problem::YearNotRatified => ("problem-year-not-ratified", vec![]),
            Problem::EndsBeforeStart { start, end } => (
                "problem-ends-before-start",
                vec![
                    ("start", Arg::Str(mgi_i18n::date(lang, *start))),
                    ("end", Arg::Str(mgi_i18n::date(lang, *end))),
                ],
            ),
            Problem::AmendedBeforeIssued { amended, issued } => (
                "problem-amended-before-issued",
                vec![("amended", year(*amended)), ("issued", year(*issued))],
            ),
            Problem::NotLanguage { code } => (
                "problem-not-language",
                vec![("code", text(code)), ("languages", listed(LANGUAGES))],
            ),
            Problem::NotTranslation { lang } => {
                ("problem-not-translation", vec![("lang", text(lang))])
            }
            Problem::NotTextRef { target } => {
                ("problem-not-text-ref", vec![("target", text(target))])
            }
            Problem::NoSuchText { target } => {
                ("problem-no-such-text", vec![("target", text(target))])
            }
            Problem::SecondTranslation { target, lang } => (
                "problem-second-translation",
                vec![("target", text(target)), ("lang", text(lang))],
            ),
            Problem::TooLong { chars, max } => (
                "problem-too-long",
                vec![("chars", Arg::from(*chars)), ("max", Arg::from(*max))],
            ),
            Problem::NulCharacter => ("problem-nul", vec![]),
            Problem::BadUsername => ("problem-username", vec![]),
            Problem::ShortPassword { min } => ("problem-password", vec![("min", Arg::from(*min))]),
            Problem::FocalPointWithoutJurisdiction => ("problem-focal-point", vec![]),
            Problem::CommenterWithoutAssessment => ("problem-commenter", vec![]),
            Problem::NameNeeded { max } => ("problem-name", vec![("max", Arg::from(*max))]),
            Problem::TokenLabel { max } => ("problem-token-label", vec![("max", Arg::from(*max))]),
            Problem::TokenDays { days, max } => (
                "problem-token-days",
                vec![("days", Arg::from(*days)), ("max", Arg::from(*max))],
            ),
            Problem::LinkDays { max } => ("problem-link-days", vec![("max", Arg::from(*max))]),
            Problem::YearNotAfter { previous, new } => (
                "problem-year-not-after",
                vec![("previous", year(*previous)), ("new", year(*new))],
            ),
            Problem::UnknownSet(set) => ("problem-unknown-set", vec![("set", text(set))]),
            Problem::SetsBackwards { from, to } => (
                "problem-sets-backwards",
                vec![("from", text(from)), ("to", text(to))],
            ),
            Problem::NoCrosswalk { from, to } => (
                "problem-no-crosswalk",
                vec![("from", text(from)), ("to", text(to))],
            ),
            Problem::SameVersion(set) => ("problem-same-version", vec![("set", text(set))]),
            Problem::OtherJurisdiction { earlier, later } => (
                "problem-other-jurisdiction",
                vec![("earlier", text(earlier)), ("later", text(later))],
            ),
            Problem::RoundOrder { earlier, later } => (
                "problem-round-order",
                vec![("earlier", year(*earlier)), ("later", year(*later))],
            ),
        }
    }

    /// The problem in `lang`, as a sentence fragment after the field it is about.
    pub fn localised(&self, lang: Lang) -> String {
        let (key, args) = self.message(lang);
        tr_args(lang, key, &args)
    }

    /// A stable code of the kind of problem, for machines (the API): `empty`, `unknown-source`, …
    pub fn code(&self) -> &'static str {
        let (key, _) = self.message(Lang::En);
        key.strip_prefix("problem-").unwrap_or(key)
    }
}

impl fmt::Display for Problem {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

impl From<crate::rounds::RoundError> for Problem {
    fn from(e: crate::rounds::RoundError) -> Problem {
        use crate::rounds::RoundError;
        match e {
            RoundError::YearNotAfter { previous, new } => Problem::YearNotAfter { previous, new },
            RoundError::UnknownSet(set) => Problem::UnknownSet(set),
            RoundError::Backwards { from, to } => Problem::SetsBackwards {
                from: from.to_string(),
                to: to.to_string(),
            },
            RoundError::NoCrosswalk { from, to } => Problem::NoCrosswalk {
                from: from.to_string(),
                to: to.to_string(),
            },
            RoundError::SameVersion(set) => Problem::SameVersion(set.to_string()),
        }
    }
}

impl From<crate::diff::DiffError> for Problem {
    fn from(e: crate::diff::DiffError) -> Problem {
        use crate::diff::DiffError;
        match e {
            DiffError::OtherJurisdiction(earlier, later) => {
                Problem::OtherJurisdiction { earlier, later }
            }
            DiffError::Order(earlier, later) => Problem::RoundOrder { earlier, later },
            DiffError::Framework(e) => e.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use mgi_framework::Level;
    use mgi_i18n::check;

    use super::*;

    /// One problem of each kind (both forms of an unknown indicator).
    fn samples() -> Vec<Problem> {
        let s = |text: &str| text.to_owned();
        let date = |d| NaiveDate::from_ymd_opt(2023, 5, d).unwrap_or_default();
        vec![
            Problem::Empty,
            Problem::EmptyKey,
            Problem::BadKey { max: 64 },
            Problem::ControlCharacter,
            Problem::NotWebAddress,
            Problem::TooManyCitations { count: 51, max: 50 },
            Problem::Duplicate(s("law-2015")),
            Problem::NotFinite,
            Problem::WrongFormat { found: s("x/2") },
            Problem::ImplausibleYear(1889),
            Problem::NotYear(s("+2023")),
            Problem::UnknownFramework {
                set: s("mgi-national"),
                version: mgi_framework::Version::from(9),
            },
            Problem::WrongLevel {
                kind: JurisdictionKind::Locality,
                set: s("mgi-national"),
                set_level: Level::National,
            },
            Problem::NotCountryCode(s("mng")),
            Problem::NotLocalityCode(s("accra")),
            Problem::NotRegion(s("Atlantis")),
            Problem::WrongRegion {
                country: s("Mongolia"),
                region: s("Asia"),
                given: s("Europe"),
            },
            Problem::UnknownDomain {
                domain: s("weather"),
                set: s("mgi-national v1"),
            },
            Problem::UnknownIndicator {
                id: s("made-up"),
                set: Some(s("mgi-national v1")),
            },
            Problem::UnknownIndicator {
                id: s("made-up"),
                set: None,
            },
            Problem::UnknownSource(s("nowhere")),
            Problem::MergeIntoItself(s("law-health")),
            Problem::UnknownFinding(s("rights-wd-9")),
            Problem::NoWording,
            Problem::UnknownRecommendation {
                consultation: s("national-consultation-2023"),
                number: 12,
            },
            Problem::SetAfterRound {
                since: 2027,
                year: 2026,
            },
            Problem::UnknownJurisdiction(s("ATL")),
            Problem::YearNotRatified,
            Problem::EndsBeforeStart {
                start: date(2),
                end: date(1),
            },
            Problem::AmendedBeforeIssued {
                amended: 2010,
                issued: 2015,
            },
            Problem::NotLanguage { code: s("xx") },
            Problem::NotTranslation { lang: s("en") },
            Problem::NotTextRef {
                target: s("page/1"),
            },
            Problem::NoSuchText {
                target: s("finding/none"),
            },
            Problem::SecondTranslation {
                target: s("jurisdiction/name"),
                lang: s("es"),
            },
            Problem::TooLong {
                chars: 2345,
                max: 2000,
            },
            Problem::NulCharacter,
            Problem::BadUsername,
            Problem::ShortPassword { min: 8 },
            Problem::FocalPointWithoutJurisdiction,
            Problem::CommenterWithoutAssessment,
            Problem::NameNeeded { max: 100 },
            Problem::TokenLabel { max: 100 },
            Problem::TokenDays {
                days: 400,
                max: 365,
            },
            Problem::LinkDays { max: 90 },
            Problem::YearNotAfter {
                previous: 2023,
                new: 2021,
            },
            Problem::UnknownSet(s("mgi-local v7")),
            Problem::SetsBackwards {
                from: s("mgi-national v2"),
                to: s("mgi-national v1"),
            },
            Problem::NoCrosswalk {
                from: s("mgi-national v1"),
                to: s("mgi-national v2"),
            },
            Problem::SameVersion(s("mgi-national v1.1")),
            Problem::OtherJurisdiction {
                earlier: s("MNG"),
                later: s("GHA"),
            },
            Problem::RoundOrder {
                earlier: 2023,
                later: 2019,
            },
        ]
    }

    #[test]
    fn every_problem_is_written_in_every_language_and_translated() {
        let mut keys = BTreeSet::new();
        for problem in samples() {
            let english = problem.to_string();
            for lang in Lang::ALL {
                let (key, args) = problem.message(lang);
                keys.insert(key);
                let text = check::format_strict(lang, key, &args)
                    .unwrap_or_else(|e| panic!("{problem:?} in {lang}: {e}"));
                assert_eq!(text, problem.localised(lang));
                assert!(!text.contains('{') && !text.starts_with('['), "{text}");
                if lang != Lang::En {
                    assert_ne!(text, english, "{problem:?} is not translated into {lang}");
                }
            }
        }
        let catalogue: BTreeSet<String> = mgi_i18n::keys(Lang::En)
            .into_iter()
            .filter(|k| k.starts_with("problem-"))
            .collect();
        let used: BTreeSet<String> = keys.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(used, catalogue, "every problem message has a sample here");
    }

    #[test]
    fn the_english_text_is_display_and_codes_are_the_message_names() {
        let p = Problem::UnknownIndicator {
            id: "made-up".into(),
            set: Some("mgi-national v1".into()),
        };
        assert_eq!(
            p.to_string(),
            "unknown indicator \"made-up\" in mgi-national v1"
        );
        assert_eq!(p.code(), "unknown-indicator-in-set");
        assert_eq!(Problem::Empty.code(), "empty");
        let ends = Problem::EndsBeforeStart {
            start: NaiveDate::from_ymd_opt(2023, 5, 2).unwrap_or_default(),
            end: NaiveDate::from_ymd_opt(2023, 5, 1).unwrap_or_default(),
        };
        assert_eq!(
            ends.localised(Lang::Fr),
            "se termine (le 1er mai 2023) avant de commencer (le 2 mai 2023)"
        );
        let doc = crate::DocError::new("$.findings[0].text", Problem::Empty);
        assert_eq!(doc.to_string(), "$.findings[0].text: must not be empty");
        assert_eq!(doc.message(), "must not be empty");
        assert_eq!(
            doc.localised(Lang::Es),
            "$.findings[0].text: no debe estar vacío"
        );
    }
}
