//! What is wrong in the framework files, as types.
//!
//! An [`Issue`] carries what its text names; the text comes from the `framework-*` messages
//! (`mgi-i18n/locales/<lang>/framework.ftl`), in English through `Display` and in any language
//! through `localised`. Identifiers, codes and file names are quoted as written in the files.
//! Two details come from elsewhere and stay as they were given: the YAML reader's message
//! ([`Issue::InvalidYaml`], English) and the operating system's reason a file cannot be read.

use std::fmt;

use mgi_i18n::{Arg, Lang, tr_args};

use crate::text::{LANGUAGES, TextError};
use crate::types::{ChangeKind, Level};

/// A message of the catalogue and its variables.
type Message = (&'static str, Vec<(&'static str, Arg)>);

fn text(s: &str) -> Arg {
    Arg::Str(s.to_owned())
}

/// A number as written in a file (an objective's number, a version, a line, an offset): without
/// the digit grouping of a count.
fn written(n: impl fmt::Display) -> Arg {
    Arg::Str(n.to_string())
}

fn render((key, args): Message, lang: Lang) -> String {
    tr_args(lang, key, &args)
}

/// `Display` in English, the text of `localised(Lang::En)`.
macro_rules! english_display {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.localised(Lang::En))
            }
        }
    )*};
}

english_display!(Field, TextError, Issue);

/// A text field of a framework file, as a problem of one of its entries names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The notice of `gcm.yaml`, of `sdg-10-7-2.yaml` or of a set (the file says which).
    Notice,
    /// A set's title.
    Title,
    ObjectiveShort(u8),
    ObjectiveTitle(u8),
    /// The label of an SDG 10.7.2 category, by its number.
    CategoryLabel(u8),
    /// The name of a set's domain (by its id) or of an SDG 10.7.2 domain (by its number).
    DomainName(String),
    DomainPrinciple(String),
    SubcategoryLabel(String),
    SubAreaName(String),
    /// An indicator's name, by the indicator's id.
    Name(String),
    /// An indicator's question, by the indicator's id.
    Question(String),
    Guidance(String),
    /// The note of a crosswalk change, by the change's kind.
    ChangeNote(ChangeKind),
}

impl Field {
    fn message(&self) -> Message {
        let id = |s: &str| vec![("id", text(s))];
        let number = |n: u8| vec![("id", written(n))];
        match self {
            Field::Notice => ("framework-field-notice", vec![]),
            Field::Title => ("framework-field-title", vec![]),
            Field::ObjectiveShort(n) => ("framework-field-objective-short", number(*n)),
            Field::ObjectiveTitle(n) => ("framework-field-objective-title", number(*n)),
            Field::CategoryLabel(n) => ("framework-field-category-label", number(*n)),
            Field::DomainName(d) => ("framework-field-domain-name", id(d)),
            Field::DomainPrinciple(d) => ("framework-field-domain-principle", id(d)),
            Field::SubcategoryLabel(s) => ("framework-field-subcategory-label", id(s)),
            Field::SubAreaName(s) => ("framework-field-subarea-name", id(s)),
            Field::Name(i) => ("framework-field-name", id(i)),
            Field::Question(i) => ("framework-field-question", id(i)),
            Field::Guidance(i) => ("framework-field-guidance", id(i)),
            Field::ChangeNote(kind) => (
                "framework-field-change-note",
                vec![("kind", text(kind.as_str()))],
            ),
        }
    }

    /// The field in `lang` (in French and Spanish with its article: "la question de …").
    pub fn localised(&self, lang: Lang) -> String {
        render(self.message(), lang)
    }
}

impl TextError {
    fn message(&self) -> Message {
        let languages = || ("languages", Arg::Str(LANGUAGES.join(", ")));
        match self {
            TextError::UnknownLanguage(code) => (
                "framework-text-unknown-language",
                vec![("code", text(code)), languages()],
            ),
            TextError::StatusUnknownLanguage(code) => (
                "framework-text-status-unknown-language",
                vec![("code", text(code)), languages()],
            ),
            TextError::UnknownStatus { lang, value } => (
                "framework-text-unknown-status",
                vec![("lang", text(lang)), ("value", text(value))],
            ),
            TextError::StatusWithoutText(lang) => (
                "framework-text-status-without-text",
                vec![("lang", text(lang))],
            ),
            TextError::StatusForSource => ("framework-text-status-for-source", vec![]),
            TextError::EmptyTranslation(lang) => {
                ("framework-text-empty", vec![("lang", text(lang))])
            }
            TextError::Duplicate(lang) => ("framework-text-duplicate", vec![("lang", text(lang))]),
            TextError::DuplicateStatus(lang) => (
                "framework-text-duplicate-status",
                vec![("lang", text(lang))],
            ),
        }
    }

    /// What is wrong with the entry, in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        render(self.message(), lang)
    }
}

/// One thing wrong in the framework files. Where it is (file and line) is the [`crate::Problem`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A folder of the framework cannot be listed; `reason` is the operating system's.
    CannotReadFolder {
        reason: String,
    },
    /// A file cannot be read; `reason` is the operating system's.
    CannotReadFile {
        reason: String,
    },
    /// A file that is not UTF-8 text: the first bad byte's offset.
    NotUtf8 {
        offset: usize,
    },
    /// A folder without any `*.yaml` file.
    NoFiles,
    /// A file in no place the framework has (not `gcm.yaml`, `indicators/`, …).
    UnknownFile,
    /// A file the YAML reader refused: bad syntax, or not the shape of its kind of file (an
    /// unknown or missing field, a wrong type). `detail` is the reader's message, in English.
    InvalidYaml {
        detail: String,
    },
    MissingGcm,
    MissingSdg,
    /// No file under `sets/`.
    NoSet,
    /// An entry of a text field is wrong (a language code, a status, an empty translation).
    Text {
        field: Field,
        error: TextError,
    },
    /// A text field without its English text.
    NoEnglish(Field),
    DuplicateObjective(u8),
    /// A key of `answer_values` that is not present, partial or absent.
    UnknownAnswer(String),
    DuplicateSubcategory(String),
    /// An SDG 10.7.2 sub-category in a domain the configuration does not have.
    UnknownSdgDomain(u8),
    /// An indicator id that is not lowercase kebab-case (dots between parts allowed).
    IdNotKebab(String),
    /// An indicator id defined a second time; where it was defined first.
    DuplicateIndicator {
        id: String,
        first_file: String,
        first_line: u64,
    },
    /// An indicator mapped to no GCM objective.
    NoGcmMapping(String),
    UnknownObjective {
        indicator: String,
        number: u8,
    },
    UnknownSubcategory {
        indicator: String,
        subcategory: String,
    },
    /// A set of level `both`.
    SetLevelBoth,
    DuplicateSet {
        set: String,
        version: crate::Version,
    },
    DuplicateDomainId(String),
    DuplicateDomainNumber(u8),
    DuplicateSubAreaId(String),
    /// A set places an indicator the catalogue does not have.
    UnknownIndicator(String),
    /// A set places an indicator of another level than its own.
    WrongLevel {
        indicator: String,
        level: Level,
        set_level: Level,
    },
    /// A set places an indicator a second time; `first_line` is where it is placed first.
    PlacedTwice {
        indicator: String,
        first_line: u64,
    },
    /// Two indicators of a set with the same name in `lang`: `indicator` is placed after `other`.
    DuplicateName {
        indicator: String,
        other: String,
        lang: String,
        name: String,
    },
    /// A catalogue indicator that no set places.
    NotPlaced(String),
    /// A crosswalk names a set version the framework does not have.
    UnknownSet {
        set: String,
        version: crate::Version,
    },
    /// A moved, added or retired change without its `id`.
    ChangeNeedsId(ChangeKind),
    /// A split or merged change without its `from` and `to` lists.
    ChangeNeedsLists(ChangeKind),
    /// A crosswalk change names an indicator the set version (`set`, e.g. `mgi-national v2`)
    /// does not have.
    NotInSet {
        indicator: String,
        set: String,
    },
    /// An indicator of the old version missing from the new one (`set`) without a change that
    /// says why.
    Disappears {
        indicator: String,
        set: String,
    },
    /// An indicator new in `set` without a change that says where it comes from.
    NewUnexplained {
        indicator: String,
        set: String,
    },
}

impl Issue {
    /// The message key and its variables; the texts of fields and text entries in `lang`.
    fn message(&self, lang: Lang) -> Message {
        let id = |s: &str| vec![("id", text(s))];
        let in_set = |key, indicator: &str, set: &str| {
            (key, vec![("id", text(indicator)), ("set", text(set))])
        };
        let reason = |r: &str| vec![("reason", text(r))];
        let kind = |k: &ChangeKind| vec![("kind", text(k.as_str()))];
        let number = |n: u8| vec![("number", written(n))];
        let set_version = |set: &str, version: &crate::Version| {
            vec![("set", text(set)), ("version", written(version))]
        };
        match self {
            Issue::CannotReadFolder { reason: r } => ("framework-cannot-read-folder", reason(r)),
            Issue::CannotReadFile { reason: r } => ("framework-cannot-read-file", reason(r)),
            Issue::NotUtf8 { offset } => ("framework-not-utf8", vec![("offset", written(offset))]),
            Issue::NoFiles => ("framework-no-files", vec![]),
            Issue::UnknownFile => ("framework-unknown-file", vec![]),
            Issue::InvalidYaml { detail } => {
                ("framework-invalid-yaml", vec![("detail", text(detail))])
            }
            Issue::MissingGcm => ("framework-missing-gcm", vec![]),
            Issue::MissingSdg => ("framework-missing-sdg", vec![]),
            Issue::NoSet => ("framework-no-set", vec![]),
            Issue::Text { field, error } => (
                "framework-text",
                vec![
                    ("field", Arg::Str(field.localised(lang))),
                    ("problem", Arg::Str(error.localised(lang))),
                ],
            ),
            Issue::NoEnglish(field) => (
                "framework-no-english",
                vec![("field", Arg::Str(field.localised(lang)))],
            ),
            Issue::DuplicateObjective(n) => ("framework-duplicate-objective", number(*n)),
            Issue::UnknownAnswer(answer) => {
                ("framework-unknown-answer", vec![("answer", text(answer))])
            }
            Issue::DuplicateSubcategory(s) => ("framework-duplicate-subcategory", id(s)),
            Issue::UnknownSdgDomain(n) => ("framework-unknown-sdg-domain", number(*n)),
            Issue::IdNotKebab(i) => ("framework-id-not-kebab", id(i)),
            Issue::DuplicateIndicator {
                id: i,
                first_file,
                first_line,
            } => (
                "framework-duplicate-indicator",
                vec![
                    ("id", text(i)),
                    ("file", text(first_file)),
                    ("line", written(first_line)),
                ],
            ),
            Issue::NoGcmMapping(i) => ("framework-no-gcm-mapping", id(i)),
            Issue::UnknownObjective { indicator, number } => (
                "framework-unknown-objective",
                vec![("id", text(indicator)), ("number", written(number))],
            ),
            Issue::UnknownSubcategory {
                indicator,
                subcategory,
            } => (
                "framework-unknown-subcategory",
                vec![("id", text(indicator)), ("subcategory", text(subcategory))],
            ),
            Issue::SetLevelBoth => ("framework-set-level-both", vec![]),
            Issue::DuplicateSet { set, version } => {
                ("framework-duplicate-set", set_version(set, version))
            }
            Issue::DuplicateDomainId(d) => ("framework-duplicate-domain-id", id(d)),
            Issue::DuplicateDomainNumber(n) => ("framework-duplicate-domain-number", number(*n)),
            Issue::DuplicateSubAreaId(s) => ("framework-duplicate-subarea-id", id(s)),
            Issue::UnknownIndicator(i) => ("framework-unknown-indicator", id(i)),
            Issue::WrongLevel {
                indicator,
                level,
                set_level,
            } => (
                "framework-wrong-level",
                vec![
                    ("id", text(indicator)),
                    ("level", text(level.as_str())),
                    ("set_level", text(set_level.as_str())),
                ],
            ),
            Issue::PlacedTwice {
                indicator,
                first_line,
            } => (
                "framework-placed-twice",
                vec![("id", text(indicator)), ("line", written(first_line))],
            ),
            Issue::DuplicateName {
                indicator,
                other,
                lang: code,
                name,
            } => (
                "framework-duplicate-name",
                vec![
                    ("id", text(indicator)),
                    ("other", text(other)),
                    ("lang", text(code)),
                    ("name", text(name)),
                ],
            ),
            Issue::NotPlaced(i) => ("framework-not-placed", id(i)),
            Issue::UnknownSet { set, version } => {
                ("framework-unknown-set", set_version(set, version))
            }
            Issue::ChangeNeedsId(k) => ("framework-change-needs-id", kind(k)),
            Issue::ChangeNeedsLists(k) => ("framework-change-needs-lists", kind(k)),
            Issue::NotInSet { indicator, set } => in_set("framework-not-in-set", indicator, set),
            Issue::Disappears { indicator, set } => in_set("framework-disappears", indicator, set),
            Issue::NewUnexplained { indicator, set } => {
                in_set("framework-new-unexplained", indicator, set)
            }
        }
    }

    /// What is wrong, in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        render(self.message(lang), lang)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use mgi_i18n::check;

    use super::*;

    fn s(text: &str) -> String {
        text.to_owned()
    }

    /// One field of each kind.
    fn fields() -> Vec<Field> {
        vec![
            Field::Notice,
            Field::Title,
            Field::ObjectiveShort(15),
            Field::ObjectiveTitle(15),
            Field::CategoryLabel(1),
            Field::DomainName(s("rights")),
            Field::DomainPrinciple(s("rights")),
            Field::SubcategoryLabel(s("1a")),
            Field::SubAreaName(s("rights.services")),
            Field::Name(s("health-access")),
            Field::Question(s("health-access")),
            Field::Guidance(s("health-access")),
            Field::ChangeNote(ChangeKind::Split),
        ]
    }

    /// One text error of each kind.
    fn text_errors() -> Vec<TextError> {
        vec![
            TextError::UnknownLanguage(s("de")),
            TextError::StatusUnknownLanguage(s("xx")),
            TextError::UnknownStatus {
                lang: s("es"),
                value: s("final"),
            },
            TextError::StatusWithoutText(s("fr")),
            TextError::StatusForSource,
            TextError::EmptyTranslation(s("fr")),
            TextError::Duplicate(s("fr")),
            TextError::DuplicateStatus(s("es")),
        ]
    }

    /// One issue of each kind, every field and text error among them.
    fn issues() -> Vec<Issue> {
        let mut issues = vec![
            Issue::CannotReadFolder {
                reason: s("permission denied"),
            },
            Issue::CannotReadFile {
                reason: s("permission denied"),
            },
            Issue::NotUtf8 { offset: 8 },
            Issue::NoFiles,
            Issue::UnknownFile,
            Issue::InvalidYaml {
                detail: s("expected string scalar"),
            },
            Issue::MissingGcm,
            Issue::MissingSdg,
            Issue::NoSet,
            Issue::DuplicateObjective(22),
            Issue::UnknownAnswer(s("maybe")),
            Issue::DuplicateSubcategory(s("1a")),
            Issue::UnknownSdgDomain(7),
            Issue::IdNotKebab(s("Data_Stats")),
            Issue::DuplicateIndicator {
                id: s("health-access"),
                first_file: s("indicators/a.yaml"),
                first_line: 2,
            },
            Issue::NoGcmMapping(s("data-stats")),
            Issue::UnknownObjective {
                indicator: s("health-access"),
                number: 24,
            },
            Issue::UnknownSubcategory {
                indicator: s("health-access"),
                subcategory: s("9z"),
            },
            Issue::SetLevelBoth,
            Issue::DuplicateSet {
                set: s("mgi-national"),
                version: crate::Version::from(1),
            },
            Issue::DuplicateDomainId(s("rights")),
            Issue::DuplicateDomainNumber(1),
            Issue::DuplicateSubAreaId(s("rights.services")),
            Issue::UnknownIndicator(s("data-stat")),
            Issue::WrongLevel {
                indicator: s("data-stats"),
                level: Level::National,
                set_level: Level::Local,
            },
            Issue::PlacedTwice {
                indicator: s("health-access"),
                first_line: 14,
            },
            Issue::DuplicateName {
                indicator: s("data-stats"),
                other: s("health-access"),
                lang: s("fr"),
                name: s("Santé"),
            },
            Issue::NotPlaced(s("data-stats")),
            Issue::UnknownSet {
                set: s("mgi-national"),
                version: crate::Version::from(3),
            },
            Issue::ChangeNeedsId(ChangeKind::Moved),
            Issue::ChangeNeedsLists(ChangeKind::Merged),
            Issue::NotInSet {
                indicator: s("data-newer"),
                set: s("mgi-national v2"),
            },
            Issue::Disappears {
                indicator: s("data-stats"),
                set: s("mgi-national v2"),
            },
            Issue::NewUnexplained {
                indicator: s("data-new"),
                set: s("mgi-national v2"),
            },
        ];
        issues.extend(fields().into_iter().map(Issue::NoEnglish));
        for (field, error) in fields().into_iter().zip(text_errors().into_iter().cycle()) {
            issues.push(Issue::Text { field, error });
        }
        issues
    }

    /// Formats `message` in `lang` without English fallback and without a missing variable,
    /// and checks that French and Spanish differ from English; the key is added to `keys`.
    fn check_message(what: &str, message: Message, lang: Lang, keys: &mut BTreeSet<String>) {
        let (key, args) = message;
        keys.insert(key.to_owned());
        let text = check::format_strict(lang, key, &args)
            .unwrap_or_else(|e| panic!("{what} in {lang}: {e}"));
        assert!(!text.contains('{') && !text.starts_with('['), "{text}");
        if lang != Lang::En {
            let english = render((key, args), Lang::En);
            assert_ne!(text, english, "{what} is not translated into {lang}");
        }
    }

    #[test]
    fn every_issue_is_written_in_every_language_and_translated() {
        let mut keys = BTreeSet::from([s("framework-problems")]);
        for lang in Lang::ALL {
            for issue in issues() {
                check_message(&format!("{issue:?}"), issue.message(lang), lang, &mut keys);
            }
            for field in fields() {
                check_message(&format!("{field:?}"), field.message(), lang, &mut keys);
            }
            for error in text_errors() {
                check_message(&format!("{error:?}"), error.message(), lang, &mut keys);
            }
        }
        let catalogue: BTreeSet<String> = mgi_i18n::keys(Lang::En)
            .into_iter()
            .filter(|k| k.starts_with("framework-"))
            .collect();
        assert_eq!(keys, catalogue, "every framework message has a sample here");
    }

    #[test]
    fn the_english_text_is_display() {
        let issue = Issue::Text {
            field: Field::Question(s("health-access")),
            error: TextError::UnknownStatus {
                lang: s("es"),
                value: s("final"),
            },
        };
        assert_eq!(
            issue.to_string(),
            "indicator health-access: question: status: unknown translation status \"final\" \
             for es (allowed: draft, reviewed, official)"
        );
        assert_eq!(
            issue.localised(Lang::Fr),
            "dans la question de l’indicateur health-access\u{202f}: status\u{202f}: statut de \
             traduction inconnu «\u{202f}final\u{202f}» pour es (valeurs admises\u{202f}: draft, \
             reviewed, official)"
        );
        let yaml = Issue::InvalidYaml {
            detail: s("expected string scalar"),
        };
        assert_eq!(
            yaml.localised(Lang::Es),
            "YAML no válido: expected string scalar"
        );
    }
}
