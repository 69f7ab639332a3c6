//! Texts in several languages, each translation with its status.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The language codes a text may use. English (`en`) is the source language.
pub const LANGUAGES: &[&str] = &["en", "fr", "es", "ar", "ru", "zh", "pt", "mn"];

/// The source language: every text has it, and it has no translation status.
pub const SOURCE_LANGUAGE: &str = "en";

/// The key of the status map inside a text (`{en: ..., fr: ..., status: {fr: draft}}`).
const STATUS_KEY: &str = "status";

/// Whether `code` is one of [`LANGUAGES`].
pub fn is_language(code: &str) -> bool {
    LANGUAGES.contains(&code)
}

/// How far a text can be trusted in one language.
///
/// Ordered from least to most trusted, so `status >= TranslationStatus::Reviewed` reads naturally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TranslationStatus {
    /// No text in this language.
    Missing,
    /// A translation not yet checked by a qualified translator.
    Draft,
    /// A translation checked by a qualified translator.
    Reviewed,
    /// IOM's own published wording; English, the source text, also counts as official.
    Official,
}

impl TranslationStatus {
    /// The statuses a file may give a translation (a status for a missing text is an error).
    pub const WRITABLE: [TranslationStatus; 3] = [
        TranslationStatus::Draft,
        TranslationStatus::Reviewed,
        TranslationStatus::Official,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Missing => "missing",
            TranslationStatus::Draft => "draft",
            TranslationStatus::Reviewed => "reviewed",
            TranslationStatus::Official => "official",
        }
    }

    /// A status as written in a file: `draft`, `reviewed` or `official`.
    pub fn parse(value: &str) -> Option<TranslationStatus> {
        TranslationStatus::WRITABLE
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

impl fmt::Display for TranslationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is wrong with one entry of a text. Written from the `framework-text-*` messages:
/// `Display` in English, `localised` in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// A language code not in [`LANGUAGES`].
    UnknownLanguage(String),
    /// A language code of the `status` map not in [`LANGUAGES`].
    StatusUnknownLanguage(String),
    /// A status other than draft, reviewed or official.
    UnknownStatus {
        lang: String,
        value: String,
    },
    /// A status for a language the text does not have.
    StatusWithoutText(String),
    /// A status for English, the source text.
    StatusForSource,
    EmptyTranslation(String),
    /// A language given twice.
    Duplicate(String),
    /// A language given twice in the `status` map.
    DuplicateStatus(String),
}

impl std::error::Error for TextError {}

/// A human-readable text in several languages: language code → text, English required (the
/// loader checks that), and for every other language a [`TranslationStatus`].
///
/// Written inline, in YAML as in JSON: `{en: ..., fr: ..., status: {fr: draft}}`. A language
/// without a status entry is a draft. Once loaded, every non-English language present has its
/// status written out, so a serialized text always says how far each translation can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    texts: BTreeMap<String, String>,
    /// One entry per non-English language of `texts`, never `Missing`.
    status: BTreeMap<String, TranslationStatus>,
}

impl Text {
    /// The text in `lang`, or the English text when there is none.
    pub fn get(&self, lang: &str) -> &str {
        self.resolve(lang).0
    }

    /// The text in `lang` only, without falling back to English.
    pub fn get_exact(&self, lang: &str) -> Option<&str> {
        self.texts.get(lang).map(String::as_str)
    }

    /// The text in `lang` or, when there is none, in English; with the language actually used,
    /// so that a caller can mark a fallback ("shown in English: no French text yet").
    pub fn resolve<'a>(&'a self, lang: &str) -> (&'a str, &'a str) {
        match self.texts.get_key_value(lang) {
            Some((code, text)) => (text.as_str(), code.as_str()),
            None => (
                self.texts
                    .get(SOURCE_LANGUAGE)
                    .map(String::as_str)
                    .unwrap_or(""),
                SOURCE_LANGUAGE,
            ),
        }
    }

    /// How far the text can be trusted in `lang`: `Missing` when there is no text in that
    /// language, `Official` for the English source text, else the translation's status.
    pub fn status(&self, lang: &str) -> TranslationStatus {
        if !self.texts.contains_key(lang) {
            TranslationStatus::Missing
        } else if lang == SOURCE_LANGUAGE {
            TranslationStatus::Official
        } else {
            self.status
                .get(lang)
                .copied()
                .unwrap_or(TranslationStatus::Draft)
        }
    }

    /// The English text.
    pub fn en(&self) -> &str {
        self.get(SOURCE_LANGUAGE)
    }

    pub fn has_english(&self) -> bool {
        self.texts
            .get(SOURCE_LANGUAGE)
            .is_some_and(|t| !t.trim().is_empty())
    }

    /// A text in English only.
    pub fn english(text: &str) -> Text {
        Text {
            texts: BTreeMap::from([(SOURCE_LANGUAGE.to_owned(), text.to_owned())]),
            status: BTreeMap::new(),
        }
    }

    /// This text with a translation into `lang` added (or replaced).
    ///
    /// Refused for an unknown language, an empty text, and for a status that a file could not
    /// give: `Missing`, or any status on English (use [`Text::english`] for the source text).
    pub fn with_translation(
        mut self,
        lang: &str,
        text: impl Into<String>,
        status: TranslationStatus,
    ) -> Result<Text, TextError> {
        let text = text.into();
        if !is_language(lang) {
            return Err(TextError::UnknownLanguage(lang.to_owned()));
        }
        if lang == SOURCE_LANGUAGE {
            return Err(TextError::StatusForSource);
        }
        if text.trim().is_empty() {
            return Err(TextError::EmptyTranslation(lang.to_owned()));
        }
        if status == TranslationStatus::Missing {
            return Err(TextError::StatusWithoutText(lang.to_owned()));
        }
        self.texts.insert(lang.to_owned(), text);
        self.status.insert(lang.to_owned(), status);
        Ok(self)
    }

    /// The languages this text has, English first.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let en = self.texts.keys().filter(|l| l.as_str() == SOURCE_LANGUAGE);
        let others = self.texts.keys().filter(|l| l.as_str() != SOURCE_LANGUAGE);
        en.chain(others).map(String::as_str)
    }
}

/// The entries of a text as written, before they are checked. `V` is the value type: a plain
/// `String`, or a `Spanned<String>` when the loader wants the line of every entry.
#[derive(Debug)]
pub(crate) struct Entries<V> {
    pub texts: Vec<(String, V)>,
    pub status: Vec<(String, V)>,
}

/// No entries: a text field left out, which the loader reports where English is required.
impl<V> Default for Entries<V> {
    fn default() -> Self {
        Entries {
            texts: Vec::new(),
            status: Vec::new(),
        }
    }
}

impl<V> Entries<V> {
    /// The checked text and, for each bad entry, the entry's value (to find its place) and what
    /// is wrong. Bad entries are left out of the text.
    pub(crate) fn check(&self, value: impl Fn(&V) -> &str) -> (Text, Vec<(&V, TextError)>) {
        let mut text = Text::default();
        let mut problems = Vec::new();
        for (lang, v) in &self.texts {
            let s = value(v);
            if !is_language(lang) {
                problems.push((v, TextError::UnknownLanguage(lang.clone())));
            } else if text.texts.contains_key(lang) {
                problems.push((v, TextError::Duplicate(lang.clone())));
            } else if lang != SOURCE_LANGUAGE && s.trim().is_empty() {
                problems.push((v, TextError::EmptyTranslation(lang.clone())));
            } else {
                text.texts.insert(lang.clone(), s.to_owned());
            }
        }
        for (lang, v) in &self.status {
            let s = value(v);
            if !is_language(lang) {
                problems.push((v, TextError::StatusUnknownLanguage(lang.clone())));
            } else if lang == SOURCE_LANGUAGE {
                problems.push((v, TextError::StatusForSource));
            } else if text.status.contains_key(lang) {
                problems.push((v, TextError::DuplicateStatus(lang.clone())));
            } else if let Some(status) = TranslationStatus::parse(s) {
                if self.texts.iter().any(|(l, _)| l == lang) {
                    text.status.insert(lang.clone(), status);
                } else {
                    problems.push((v, TextError::StatusWithoutText(lang.clone())));
                }
            } else {
                problems.push((
                    v,
                    TextError::UnknownStatus {
                        lang: lang.clone(),
                        value: s.to_owned(),
                    },
                ));
            }
        }
        // A translation without a status entry is a draft; written out so the status is explicit.
        for lang in text.texts.keys() {
            if lang != SOURCE_LANGUAGE && !text.status.contains_key(lang) {
                text.status.insert(lang.clone(), TranslationStatus::Draft);
            }
        }
        // A translation refused above leaves no status behind.
        text.status.retain(|lang, _| text.texts.contains_key(lang));
        (text, problems)
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(std::marker::PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = Entries<V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map from language code to text, with an optional `status` map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Entries {
                    texts: Vec::new(),
                    status: Vec::new(),
                };
                let mut seen_status = false;
                while let Some(key) = map.next_key::<String>()? {
                    if key == STATUS_KEY {
                        if seen_status {
                            return Err(de::Error::duplicate_field(STATUS_KEY));
                        }
                        seen_status = true;
                        let status: StatusMap<V> = map.next_value()?;
                        entries.status = status.0;
                    } else {
                        let value: V = map.next_value()?;
                        entries.texts.push((key, value));
                    }
                }
                Ok(entries)
            }
        }

        deserializer.deserialize_map(EntriesVisitor(std::marker::PhantomData))
    }
}

/// The `status` map of a text, in the order written.
struct StatusMap<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for StatusMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatusVisitor<V>(std::marker::PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for StatusVisitor<V> {
            type Value = StatusMap<V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map from language code to draft, reviewed or official")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, V>()? {
                    out.push((k, v));
                }
                Ok(StatusMap(out))
            }
        }

        deserializer.deserialize_map(StatusVisitor(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for Text {
    /// The same checks as the loader, but the first problem ends the reading. English is not
    /// required here (the loader requires it, with the place of the field).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = Entries::<String>::deserialize(deserializer)?;
        let (text, problems) = entries.check(String::as_str);
        match problems.into_iter().next() {
            Some((_, e)) => Err(de::Error::custom(e)),
            None => Ok(text),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let with_status = !self.status.is_empty();
        let mut map =
            serializer.serialize_map(Some(self.texts.len() + usize::from(with_status)))?;
        for (lang, text) in &self.texts {
            map.serialize_entry(lang, text)?;
        }
        if with_status {
            let status: BTreeMap<&str, &str> = self
                .status
                .iter()
                .map(|(l, s)| (l.as_str(), s.as_str()))
                .collect();
            map.serialize_entry(STATUS_KEY, &status)?;
        }
        map.end()
    }
}
