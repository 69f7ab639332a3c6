//! Texts of an assessment in other languages than the one it is written in.
//!
//! An assessment is written in one language (`AssessmentDoc::language`); any of its published
//! texts may carry translations, each naming the text it translates by a [`TextRef`] such as
//! `finding/rights-wd-1` and saying how far it can be trusted ([`TextStatus`]). A reader asks
//! for a text in a language ([`AssessmentDoc::text_in`]) and gets the translation, or the
//! original with its language so that the fallback can be marked.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{AssessmentDoc, Problem};

/// The language assessments are written in unless they say otherwise.
pub const DEFAULT_LANGUAGE: &str = "en";

/// One text of the assessment in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language of this text (e.g. `fr`): not the assessment's own language.
    pub lang: String,
    /// The text it translates, e.g. `finding/rights-wd-1`, `summary/rights`,
    /// `answer/health-access`, `jurisdiction/name`, `consultation/<key>/title`.
    pub target: String,
    pub text: String,
    #[serde(default)]
    pub status: TextStatus,
    /// The fingerprint of the original this translates ([`fingerprint`]): when the original
    /// changes, the translation is outdated and readers get the original instead. Absent when
    /// not known (the translation is then taken as current).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
}

/// The fingerprint of a text: the first 16 hexadecimal digits of the SHA-256 of its UTF-8 bytes.
pub fn fingerprint(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Translation {
    /// Whether this translates `original` as it stands (not an earlier wording of it).
    pub fn is_current(&self, original: &str) -> bool {
        self.of
            .as_deref()
            .is_none_or(|of| of == fingerprint(original))
    }
}

/// How far a translation can be trusted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum TextStatus {
    /// Not yet checked by a second translator.
    #[default]
    Draft,
    /// Checked by a second translator.
    Reviewed,
    /// Validated by the government with the rest of the profile.
    Official,
}

impl TextStatus {
    pub const ALL: [TextStatus; 3] = [
        TextStatus::Draft,
        TextStatus::Reviewed,
        TextStatus::Official,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TextStatus::Draft => "draft",
            TextStatus::Reviewed => "reviewed",
            TextStatus::Official => "official",
        }
    }

    pub fn parse(s: &str) -> Option<TextStatus> {
        TextStatus::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A field of a consultation event that can be translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventField {
    Title,
    Place,
    Description,
    /// The n-th key finding (1-based).
    KeyFinding(usize),
    /// The n-th recommendation (1-based).
    Recommendation(usize),
}

/// A translatable text of an assessment, written as a path (`finding/rights-wd-1`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextRef {
    JurisdictionName,
    /// The summary of a domain.
    Summary(String),
    /// The narrative of the answer to an indicator.
    Answer(String),
    /// The text of a finding.
    Finding(String),
    /// The n-th footnote of a finding (1-based).
    FindingFootnote(String, usize),
    /// The title of a source of the register.
    SourceTitle(String),
    /// The name of a convention, by the indicator that asks about it.
    Convention(String),
    /// A field of a consultation event, by its key.
    Event(String, EventField),
}

/// Why a text reference cannot be read: it names no text of an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRefError(pub String);

impl From<TextRefError> for Problem {
    fn from(e: TextRefError) -> Problem {
        Problem::NotTextRef { target: e.0 }
    }
}

impl fmt::Display for TextRefError {
    /// In English, as [`Problem::NotTextRef`] says it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Problem::from(self.clone()).fmt(f)
    }
}

impl std::error::Error for TextRefError {}

impl fmt::Display for TextRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextRef::JurisdictionName => f.write_str("jurisdiction/name"),
            TextRef::Summary(d) => write!(f, "summary/{d}"),
            TextRef::Answer(i) => write!(f, "answer/{i}"),
            TextRef::Finding(k) => write!(f, "finding/{k}"),
            TextRef::FindingFootnote(k, n) => write!(f, "finding/{k}/footnote/{n}"),
            TextRef::SourceTitle(k) => write!(f, "source/{k}/title"),
            TextRef::Convention(i) => write!(f, "convention/{i}"),
            TextRef::Event(k, field) => match field {
                EventField::Title => write!(f, "consultation/{k}/title"),
                EventField::Place => write!(f, "consultation/{k}/place"),
                EventField::Description => write!(f, "consultation/{k}/description"),
                EventField::KeyFinding(n) => write!(f, "consultation/{k}/key-finding/{n}"),
                EventField::Recommendation(n) => write!(f, "consultation/{k}/recommendation/{n}"),
            },
        }
    }
}

impl FromStr for TextRef {
    type Err = TextRefError;

    fn from_str(s: &str) -> Result<TextRef, TextRefError> {
        let parts: Vec<&str> = s.split('/').collect();
        let nth = |n: &str| n.parse::<usize>().ok().filter(|n| *n >= 1);
        let key = |k: &str| (!k.trim().is_empty()).then(|| k.to_owned());
        let parsed = match parts.as_slice() {
            ["jurisdiction", "name"] => Some(TextRef::JurisdictionName),
            ["summary", d] => key(d).map(TextRef::Summary),
            ["answer", i] => key(i).map(TextRef::Answer),
            ["finding", k] => key(k).map(TextRef::Finding),
            ["finding", k, "footnote", n] => key(k)
                .zip(nth(n))
                .map(|(k, n)| TextRef::FindingFootnote(k, n)),
            ["source", k, "title"] => key(k).map(TextRef::SourceTitle),
            ["convention", i] => key(i).map(TextRef::Convention),
            ["consultation", k, field] => {
                let field = match *field {
                    "title" => Some(EventField::Title),
                    "place" => Some(EventField::Place),
                    "description" => Some(EventField::Description),
                    _ => None,
                };
                key(k).zip(field).map(|(k, f)| TextRef::Event(k, f))
            }
            ["consultation", k, "key-finding", n] => key(k)
                .zip(nth(n))
                .map(|(k, n)| TextRef::Event(k, EventField::KeyFinding(n))),
            ["consultation", k, "recommendation", n] => key(k)
                .zip(nth(n))
                .map(|(k, n)| TextRef::Event(k, EventField::Recommendation(n))),
            _ => None,
        };
        parsed.ok_or_else(|| TextRefError(s.to_owned()))
    }
}

/// A text as a reader gets it in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    /// The language it is in: the one asked for, or the assessment's when there is no
    /// translation.
    pub lang: &'a str,
    /// The translation's status; `None` for the original.
    pub status: Option<TextStatus>,
}

fn nth(list: &[String], n: usize) -> Option<&str> {
    n.checked_sub(1)
        .and_then(|i| list.get(i))
        .map(String::as_str)
}

impl AssessmentDoc {
    /// The text `target` names, in the assessment's own language; `None` when the assessment
    /// has no such text.
    pub fn original(&self, target: &TextRef) -> Option<&str> {
        match target {
            TextRef::JurisdictionName => Some(&self.jurisdiction.name),
            TextRef::Summary(d) => self
                .summaries
                .iter()
                .find(|s| &s.domain == d)
                .map(|s| s.text.as_str()),
            TextRef::Answer(i) => self.answer(i).map(|a| a.narrative.as_str()),
            TextRef::Finding(k) => self.finding(k).map(|f| f.text.as_str()),
            TextRef::FindingFootnote(k, n) => self.finding(k).and_then(|f| nth(&f.footnotes, *n)),
            TextRef::SourceTitle(k) => self.source(k).map(|s| s.title.as_str()),
            TextRef::Convention(i) => self
                .conventions
                .iter()
                .find(|c| &c.indicator == i)
                .map(|c| c.name.as_str()),
            TextRef::Event(k, field) => {
                let e = self.consultations.iter().find(|e| &e.key == k)?;
                match field {
                    EventField::Title => Some(&e.title),
                    EventField::Place => Some(&e.place),
                    EventField::Description => Some(&e.description),
                    EventField::KeyFinding(n) => nth(&e.key_findings, *n),
                    EventField::Recommendation(n) => nth(&e.recommendations, *n),
                }
            }
        }
    }

    /// Every translatable text that is not empty, in reading order, with what names it.
    pub fn texts(&self) -> Vec<(TextRef, &str)> {
        let mut out = vec![(TextRef::JurisdictionName, self.jurisdiction.name.as_str())];
        out.extend(
            self.summaries
                .iter()
                .map(|s| (TextRef::Summary(s.domain.clone()), s.text.as_str())),
        );
        for f in &self.findings {
            out.push((TextRef::Finding(f.key.clone()), &f.text));
            for (i, t) in f.footnotes.iter().enumerate() {
                out.push((TextRef::FindingFootnote(f.key.clone(), i + 1), t));
            }
        }
        out.extend(
            self.answers
                .iter()
                .map(|a| (TextRef::Answer(a.indicator.clone()), a.narrative.as_str())),
        );
        out.extend(
            self.conventions
                .iter()
                .map(|c| (TextRef::Convention(c.indicator.clone()), c.name.as_str())),
        );
        for e in &self.consultations {
            let at = |field| TextRef::Event(e.key.clone(), field);
            out.push((at(EventField::Title), &e.title));
            out.push((at(EventField::Place), &e.place));
            out.push((at(EventField::Description), &e.description));
            for (i, t) in e.key_findings.iter().enumerate() {
                out.push((at(EventField::KeyFinding(i + 1)), t));
            }
            for (i, t) in e.recommendations.iter().enumerate() {
                out.push((at(EventField::Recommendation(i + 1)), t));
            }
        }
        out.extend(
            self.sources
                .iter()
                .map(|s| (TextRef::SourceTitle(s.key.clone()), s.title.as_str())),
        );
        out.retain(|(_, t)| !t.trim().is_empty());
        out
    }

    /// The translation of `target` into `lang`, if the assessment has one, current or not.
    pub fn translation(&self, target: &TextRef, lang: &str) -> Option<&Translation> {
        let target = target.to_string();
        self.translations
            .iter()
            .find(|t| t.lang == lang && t.target == target)
    }

    /// The translation of `target` into `lang` when it translates the text as it stands.
    pub fn current_translation(&self, target: &TextRef, lang: &str) -> Option<&Translation> {
        let original = self.original(target)?;
        self.translation(target, lang)
            .filter(|t| t.is_current(original))
    }

    /// The text `target` names as a reader of `lang` gets it: the original when `lang` is the
    /// assessment's language, else its current translation, else the original (in its own
    /// language, which the caller marks). `None` when the assessment has no such text.
    pub fn text_in<'a>(&'a self, target: &TextRef, lang: &str) -> Option<Shown<'a>> {
        let original = self.original(target)?;
        if lang != self.language
            && let Some(t) = self.current_translation(target, lang)
        {
            return Some(Shown {
                text: &t.text,
                lang: &t.lang,
                status: Some(t.status),
            });
        }
        if let (TextRef::JurisdictionName, Some((name, lang))) = (target, self.un_name(lang)) {
            return Some(Shown {
                text: name,
                lang,
                status: Some(TextStatus::Official),
            });
        }
        Some(Shown {
            text: original,
            lang: &self.language,
            status: None,
        })
    }

    /// The UN name of the country in `lang`, when the assessment names it by one of its UN
    /// names (a locality, or a country under a name of its own, has none).
    fn un_name(&self, lang: &str) -> Option<(&'static str, &'static str)> {
        let entry =
            crate::jurisdiction::m49_named(&self.jurisdiction.code, &self.jurisdiction.name)?;
        let lang = mgi_framework::LANGUAGES.iter().find(|l| **l == lang)?;
        entry.name_in(lang).map(|name| (name, *lang))
    }

    /// The name of the country or city as a reader of `lang` gets it: its translation, the UN's
    /// name in that language, or the name as written.
    pub fn name_in(&self, lang: &str) -> &str {
        self.text_in(&TextRef::JurisdictionName, lang)
            .map_or(self.jurisdiction.name.as_str(), |s| s.text)
    }

    /// `text` (a text of the document, e.g. a finding's) as a reader of `lang` gets it.
    pub fn shown<'a>(&'a self, target: TextRef, text: &'a str, lang: &str) -> Shown<'a> {
        self.text_in(&target, lang).unwrap_or(Shown {
            text,
            lang: &self.language,
            status: None,
        })
    }

    /// How many of the texts have a current translation into `lang`: (translated, all).
    pub fn translated_count(&self, lang: &str) -> (usize, usize) {
        let texts = self.texts();
        let done = texts
            .iter()
            .filter(|(r, _)| self.current_translation(r, lang).is_some())
            .count();
        (done, texts.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_reference_reads_back_as_written() {
        for s in [
            "jurisdiction/name",
            "summary/rights",
            "answer/health-access",
            "finding/rights-wd-1",
            "finding/rights-wd-1/footnote/2",
            "source/law-health/title",
            "convention/conv-ilo-97",
            "consultation/c-2023/title",
            "consultation/c-2023/place",
            "consultation/c-2023/description",
            "consultation/c-2023/key-finding/3",
            "consultation/c-2023/recommendation/11",
        ] {
            let r: TextRef = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(r.to_string(), s);
        }
    }

    #[test]
    fn malformed_references_are_refused_by_name() {
        for s in [
            "",
            "finding",
            "finding/",
            "finding/x/footnote/0",
            "finding/x/footnote/two",
            "summary/a/b",
            "consultation/c/colour",
            "jurisdiction/code",
            "../etc/passwd",
        ] {
            let e = s.parse::<TextRef>().expect_err(s);
            assert!(e.to_string().contains(&format!("{s:?}")), "{e}");
        }
    }

    #[test]
    fn statuses_read_back() {
        for s in TextStatus::ALL {
            assert_eq!(TextStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(TextStatus::parse("final"), None);
    }
}
