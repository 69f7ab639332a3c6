//! What the templates show, built by the handlers from typed values: names in the page's
//! language, never codes. Each type here has its macro in `templates/partials/components.html`.

use mgi_framework::{Framework, Text};
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::progress::{Progress, TaskStatus};
use mgi_model::{AnswerValue, AssessmentDoc, Finding, Stage};
use mgi_store::PrintedCitation;

/// A framework text in the page's language; when the framework has none in that language, the
/// English one, marked as English (`lang`) with a visible note.
pub struct Label {
    pub text: String,
    /// The language of `text` when it is not the page's.
    pub lang: Option<String>,
    /// "(not translated into French)" when `lang` is set.
    pub note: String,
}

impl Label {
    pub fn new(lang: Lang, text: &Text) -> Label {
        let (shown, shown_lang) = text.resolve(lang.code());
        if shown_lang == lang.code() {
            return Label::plain(shown);
        }
        let original = mgi_i18n::language_name(lang, shown_lang);
        Label {
            text: shown.to_owned(),
            lang: Some(shown_lang.to_owned()),
            note: tr!(lang, "translation-missing", original = original),
        }
    }

    /// A text of an assessment in language `text_lang`, as a reader of `lang` gets it (see
    /// `AssessmentDoc::text_in`): marked with its language when it is not the page's.
    pub fn written_in(lang: Lang, text: &str, text_lang: &str) -> Label {
        if text_lang == lang.code() {
            return Label::plain(text);
        }
        let original = mgi_i18n::language_name(lang, text_lang);
        Label {
            text: text.to_owned(),
            lang: Some(text_lang.to_owned()),
            note: tr!(lang, "translation-missing", original = original),
        }
    }

    /// A text already in the page's language.
    pub fn plain(text: &str) -> Label {
        Label {
            text: text.to_owned(),
            lang: None,
            note: String::new(),
        }
    }
}

/// The colour of an answer value in charts and maps: dark enough against white for a mark
/// (3:1), and always with the value's word in a legend beside it.
pub fn value_colour(value: AnswerValue) -> &'static str {
    match value {
        AnswerValue::Present => "#1e6b3a",
        AnswerValue::Partial => "#b07800",
        AnswerValue::Absent => "#8c1d18",
        AnswerValue::NotApplicable => "#5f5f5f",
        AnswerValue::Unknown => "#949494",
    }
}

/// The tag of a stage: its name, and its code for the stylesheet and the tests.
pub struct StageTag {
    pub code: &'static str,
    pub name: String,
}

impl StageTag {
    pub fn new(lang: Lang, stage: Stage) -> StageTag {
        StageTag {
            code: stage.as_str(),
            name: stage.localise(lang),
        }
    }
}

/// A value of the answer scale as a tag: a symbol that black-and-white print and colour-blind
/// readers can tell apart (filled, half, empty circle, dash), a colour, and always its word.
pub struct ValueTag {
    pub code: &'static str,
    pub symbol: &'static str,
    pub name: String,
}

impl ValueTag {
    pub fn new(lang: Lang, value: AnswerValue) -> ValueTag {
        ValueTag {
            code: value.as_str(),
            symbol: match value {
                AnswerValue::Present => "●",
                AnswerValue::Partial => "◐",
                AnswerValue::Absent => "○",
                AnswerValue::NotApplicable => "–",
                AnswerValue::Unknown => "?",
            },
            name: value.localise(lang),
        }
    }
}

/// A domain of the framework with its colour (the stylesheet's, by the domain's number: the
/// same in the portal, the profile and the charts).
pub struct DomainTag {
    pub number: u8,
    pub name: Label,
}

impl DomainTag {
    pub fn new(lang: Lang, d: &mgi_framework::Domain) -> DomainTag {
        DomainTag {
            number: d.number,
            name: Label::new(lang, &d.name),
        }
    }
}

/// How far a task of an assessment's task list is, as a tag: its name, and its code for the
/// stylesheet and the tests.
pub struct TaskTag {
    pub code: &'static str,
    pub name: String,
}

impl TaskTag {
    pub fn new(lang: Lang, status: TaskStatus) -> TaskTag {
        TaskTag {
            code: status.as_str(),
            name: status.localise(lang),
        }
    }
}

/// How many tasks of an assessment are done: in words, and as a bar (`<progress>`, drawn
/// without a script) that says the same.
pub struct ProgressBar {
    pub done: usize,
    pub total: usize,
    pub text: String,
}

impl ProgressBar {
    pub fn new(lang: Lang, p: &Progress) -> ProgressBar {
        let (done, total) = (p.done(), p.len());
        ProgressBar {
            done,
            total,
            text: tr!(lang, "tasks-done", done = done, total = total),
        }
    }
}

/// An `<option>` of a drop-down.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    /// One option per value of `all`, by its code and its name in `lang`; `selected` marked.
    pub fn all<T: Localise + Copy + PartialEq>(
        lang: Lang,
        all: &[T],
        code: impl Fn(T) -> &'static str,
        selected: Option<T>,
    ) -> Vec<Choice> {
        all.iter()
            .map(|&v| Choice {
                value: code(v).to_owned(),
                label: v.localise(lang),
                selected: selected == Some(v),
            })
            .collect()
    }
}

/// A link: where and what it says.
pub struct Link {
    pub href: String,
    pub text: String,
}

/// A message that names someone or something typed by a person (a user's or a country's
/// name): the text around the name, and the name, which the template isolates in `<bdi>` so
/// that a right-to-left name reads right inside a left-to-right sentence.
pub struct Named {
    pub before: String,
    pub name: String,
    pub after: String,
}

/// Stands for the name inside a message until [`Named::new`] splits it there: a character of
/// the private use area, which no catalogue contains.
pub const NAME: &str = "\u{E000}";

impl Named {
    /// `text` is a message made with [`NAME`] where `name` goes; a message without it shows
    /// the name after the text.
    pub fn new(text: &str, name: &str) -> Named {
        let (before, after) = text.split_once(NAME).unwrap_or((text, ""));
        Named {
            before: before.to_owned(),
            name: name.to_owned(),
            after: after.to_owned(),
        }
    }
}

/// What a notification banner says, GOV.UK style: success after a change, or something
/// important to know before going on.
pub struct Banner {
    pub kind: BannerKind,
    pub title: String,
    pub text: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BannerKind {
    Success,
    Important,
}

impl BannerKind {
    /// The class of the banner in the stylesheet.
    pub fn class(self) -> &'static str {
        match self {
            BannerKind::Success => "banner banner-success",
            BannerKind::Important => "banner",
        }
    }

    /// `role="alert"` for a success, which the reader should hear at once; a plain region
    /// otherwise.
    pub fn role(self) -> &'static str {
        match self {
            BannerKind::Success => "alert",
            BannerKind::Important => "region",
        }
    }
}

/// How a list names a finding to its reader: its kind, its domain and its first words.
pub fn finding_label(lang: Lang, fw: &Framework, doc: &AssessmentDoc, f: &Finding) -> String {
    const WORDS: usize = 8;
    let domain = fw
        .set(&doc.framework.set, doc.framework.version)
        .and_then(|s| s.domain(&f.domain))
        .map_or_else(
            || f.domain.clone(),
            |d| d.name.resolve(lang.code()).0.to_owned(),
        );
    let words: Vec<&str> = f
        .text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | '`')))
        .filter(|w| !w.is_empty())
        .collect();
    let mut start = words[..words.len().min(WORDS)].join(" ");
    if words.len() > WORDS {
        start.push('…');
    }
    tr!(
        lang,
        "work-finding-label",
        kind = f.kind.localise(lang),
        domain = domain,
        start = start
    )
}

/// How the pages name an indicator to their reader: its short name in the page's language
/// (the framework's `name`, English when the framework has none in that language); its id when
/// no version of the framework knows it.
pub fn indicator_name(lang: Lang, fw: &Framework, id: &str) -> String {
    fw.indicator_name(id, lang.code()).to_owned()
}

/// A row of an answer table (`partials/answers.html`): an indicator, its question, the answer
/// given (none yet: `value` is `None`), where it stands, and how many sources it cites.
pub struct AnswerRow {
    pub href: String,
    /// See [`indicator_name`].
    pub indicator_name: String,
    pub question: Option<Label>,
    pub value: Option<ValueTag>,
    pub status: String,
    /// The number of sources cited, written as the language writes numbers.
    pub sources: String,
}

/// A source as the pages cite it: who issued it, its title (both as written) and its year.
pub struct SourceRef {
    pub issuer: String,
    pub title: String,
    pub year: Option<i32>,
}

/// A source cited by an answer or a finding, with the place in it (an article, a page)
/// (`partials/citations.html`).
pub struct Cited {
    pub source: SourceRef,
    pub pinpoint: Option<String>,
}

impl Cited {
    pub fn all(cited: &[PrintedCitation]) -> Vec<Cited> {
        cited
            .iter()
            .map(|c| Cited {
                source: SourceRef {
                    issuer: c.issuer.clone(),
                    title: c.title.clone(),
                    year: c.year,
                },
                pinpoint: c.pinpoint.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use mgi_framework::{Text, TranslationStatus};
    use mgi_i18n::Lang;

    use super::*;

    #[test]
    fn a_label_without_translation_is_marked() {
        let text = Text::english("Migrants' rights");
        let fr = Label::new(Lang::Fr, &text);
        assert_eq!(fr.text, "Migrants' rights");
        assert_eq!(fr.lang.as_deref(), Some("en"));
        assert!(fr.note.contains("traduit"), "{}", fr.note);
        assert!(Label::new(Lang::En, &text).lang.is_none());
        let text = text
            .with_translation("fr", "Droits des migrants", TranslationStatus::Draft)
            .expect("translation");
        let fr = Label::new(Lang::Fr, &text);
        assert_eq!((fr.text.as_str(), fr.lang), ("Droits des migrants", None));
    }

    #[test]
    fn a_name_goes_where_the_message_puts_it() {
        let n = Named::new(&format!("Approved by {NAME} today"), "مصر");
        assert_eq!(
            (n.before.as_str(), n.name.as_str(), n.after.as_str()),
            ("Approved by ", "مصر", " today")
        );
        let n = Named::new("No mark", "x");
        assert_eq!((n.before.as_str(), n.after.as_str()), ("No mark", ""));
    }
}
