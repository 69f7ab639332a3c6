//! From an assessment to its profile document, in one of the languages of mgi.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use mgi_framework::{Framework, FrameworkSet, Text};
use mgi_i18n::{Lang, tr};
use mgi_model::{
    AssessmentDoc, EventField, FindingKind, Stage, TextRef, TextStatus, bibliography, rules,
};

use crate::Publication;
use crate::anchor;
use crate::boilerplate;
use crate::cite;
use crate::doc::*;
use crate::notes::Notes;

mod context;

/// What every part of the build needs: the language asked for and the assessment, whose texts
/// are in its own language or translated.
pub(crate) struct Cx<'a> {
    pub lang: Lang,
    pub doc: &'a AssessmentDoc,
}

/// Markers that stand for data inside a message while it is formatted (private use characters,
/// never in a catalogue): `tr!(lang, "profile-held-in", place = SLOT[0])`.
const SLOT: [&str; 2] = ["\u{E000}", "\u{E001}"];

/// The languages written in the Latin script, among those an assessment may be written in.
const LATIN_SCRIPT: [&str; 4] = ["en", "fr", "es", "pt"];

impl<'a> Cx<'a> {
    pub fn new(lang: Lang, doc: &'a AssessmentDoc) -> Cx<'a> {
        Cx { lang, doc }
    }

    /// The profile's own words.
    pub fn ours(&self, text: impl Into<String>) -> Rich {
        Rich::plain(text)
    }

    /// Data of the assessment that is not translated (a name, an issuer, a pinpoint): marked as
    /// data, and with the assessment's language when that is not the profile's. In an
    /// assessment written in a Latin-script language, a text without any Latin letter (a name
    /// in Arabic or Cyrillic script, a number) cannot be in that language: it is not marked.
    pub fn data(&self, text: impl Into<String>) -> Rich {
        let text = text.into();
        let content = self.doc.language.as_str();
        let other = content != self.lang.code()
            && (!LATIN_SCRIPT.contains(&content) || has_latin_letter(&text));
        Rich::data(text, other.then(|| content.to_owned()))
    }

    /// A text of the assessment that may be translated: its translation into the profile's
    /// language, else the original, marked with its language.
    pub fn text(&self, target: TextRef, original: &str) -> Rich {
        let shown = self.doc.shown(target, original, self.lang.code());
        if shown.status.is_some() {
            Rich::data(shown.text.to_owned(), None)
        } else {
            self.data(shown.text)
        }
    }

    /// The note on the translation the profile shows, when it shows any: the language the
    /// assessment was written in and the least trusted status among the translations shown
    /// (those of the current wording: an outdated one is not shown).
    pub fn translation_note(&self) -> Option<String> {
        let lang = self.lang.code();
        let status = self
            .doc
            .translations
            .iter()
            .filter(|t| t.lang == lang)
            .filter_map(|t| t.target.parse::<TextRef>().ok())
            .filter_map(|target| self.doc.current_translation(&target, lang))
            .map(|t| t.status)
            .min()?;
        // An official translation is validated with the profile: not before the profile is.
        let status = match status {
            TextStatus::Official if !is_validated(self.doc.stage) => "official-pending",
            status => status.as_str(),
        };
        Some(tr!(
            self.lang,
            "profile-translation-note",
            original = mgi_i18n::language_name(self.lang, &self.doc.language),
            status = status
        ))
    }

    /// A framework text in the profile's language, or in English, marked, when it has none.
    pub fn label(&self, text: &Text) -> Rich {
        let (shown, used) = text.resolve(self.lang.code());
        let mut r = Rich::default();
        r.push(Run {
            text: shown.to_owned(),
            lang: (used != self.lang.code()).then(|| used.to_owned()),
            data: false,
        });
        r
    }

    /// A formatted message whose [`SLOT`] markers are replaced by `slots`, in order.
    pub fn fill(&self, message: &str, slots: &[Rich]) -> Rich {
        let mut out = Rich::default();
        let mut rest = message;
        while let Some((at, n)) = SLOT
            .iter()
            .enumerate()
            .filter_map(|(n, s)| rest.find(s).map(|at| (at, n)))
            .min()
        {
            out = out.then_plain(&rest[..at]);
            if let Some(slot) = slots.get(n) {
                out = out.then(slot.clone());
            }
            rest = &rest[at + SLOT[n].len()..];
        }
        out.then_plain(rest)
    }

    /// One statement per language the texts are shown in instead of the profile's language.
    pub fn fallback<'t>(&self, texts: impl IntoIterator<Item = &'t Rich>) -> Option<String> {
        let langs: BTreeSet<&str> = texts.into_iter().flat_map(Rich::fallback_langs).collect();
        let notes: Vec<String> = langs
            .into_iter()
            .map(|l| {
                let original = mgi_i18n::language_name(self.lang, l);
                tr!(self.lang, "translation-missing", original = original)
            })
            .collect();
        (!notes.is_empty()).then(|| notes.join(" "))
    }

    /// "n.d." in the profile's language.
    pub fn no_date(&self) -> String {
        tr!(self.lang, "profile-no-date")
    }
}

/// Whether `text` has a letter of the Latin script.
fn has_latin_letter(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_alphabetic()
            && matches!(u32::from(c),
                0x41..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF
                | 0xAB30..=0xAB6F | 0xFB00..=0xFB06 | 0xFF21..=0xFF5A)
    })
}

fn para(text: Rich) -> Block {
    Block::Para {
        text,
        notes: Vec::new(),
        anchor: None,
        of: None,
    }
}

/// A heading that no other page links to.
fn heading(level: u8, text: Rich, domain: Option<DomainMark>) -> Block {
    Block::Heading {
        level,
        text,
        domain,
        anchor: None,
    }
}

/// Whether the government has validated what the profile shows: the stages after an approval
/// (validated) and the publication. A correction is a new text, not validated until it is
/// published again.
fn is_validated(stage: Stage) -> bool {
    matches!(stage, Stage::Validated | Stage::Published)
}

fn section(cx: &Cx, id: &str, title: String, blocks: Vec<Block>) -> Section {
    let fallback = cx.fallback(blocks.iter().flat_map(Block::texts));
    Section {
        id: id.to_owned(),
        title,
        fallback,
        blocks,
    }
}

/// The profile of an assessment in English. See [`build_in`].
pub fn build(doc: &AssessmentDoc, framework: &Framework, publication: &Publication) -> ProfileDoc {
    build_in(doc, framework, publication, Lang::En)
}

/// The profile of an assessment in `lang`. The framework gives the domains' names and order.
///
/// Everything the profile says itself is in `lang`; framework labels are in `lang` where the
/// framework has them; the assessment's own texts are in the language they were written in.
/// Where a section shows texts in another language, it says so at its top and the texts carry
/// that language (see [`Run::lang`]).
pub fn build_in(
    doc: &AssessmentDoc,
    framework: &Framework,
    publication: &Publication,
    lang: Lang,
) -> ProfileDoc {
    let cx = Cx::new(lang, doc);
    let set = framework.set(&doc.framework.set, doc.framework.version);
    let year = doc.year.to_string();
    let name = cx.text(TextRef::JurisdictionName, &doc.jurisdiction.name);
    let heading = cx.fill(
        &tr!(
            lang,
            "profile-title",
            year = year.as_str(),
            jurisdiction_name = SLOT[0]
        ),
        std::slice::from_ref(&name),
    );
    let mut notes = Notes::default();
    let mut sections = vec![
        section(
            &cx,
            "objectives",
            tr!(lang, "profile-section-objectives"),
            boilerplate::objectives(lang)
                .into_iter()
                .map(|t| para(cx.ours(t)))
                .collect(),
        ),
        section(
            &cx,
            "introduction",
            tr!(lang, "profile-section-introduction"),
            boilerplate::introduction(lang)
                .into_iter()
                .map(|t| para(cx.ours(t)))
                .collect(),
        ),
        conceptual_framework(&cx, set),
        summary(&cx, doc, set),
        context::context(&cx, doc, &mut notes),
        key_findings(&cx, doc, set, &mut notes),
        section(
            &cx,
            "after",
            tr!(lang, "profile-section-after"),
            vec![Block::List {
                items: boilerplate::after(lang)
                    .into_iter()
                    .map(|t| cx.ours(t))
                    .collect(),
            }],
        ),
        annex(&cx, doc, &mut notes),
        section(
            &cx,
            "process",
            tr!(lang, "profile-section-process"),
            vec![Block::Process {
                steps: boilerplate::process(lang)
                    .into_iter()
                    .map(|(a, b)| (cx.ours(a), cx.ours(b)))
                    .collect(),
            }],
        ),
        key_sources(&cx, doc),
    ];
    sections.retain(|s| !s.blocks.is_empty());
    number_tables(lang, &mut sections);
    let draft = (!doc.stage.is_public() || doc.stage == Stage::Correction)
        .then(|| doc.stage.as_str().to_owned());
    let stage_name = match &draft {
        Some(stage) => tr!(lang, "profile-stage", stage = stage.as_str()),
        None => String::new(),
    };
    let labels = Labels {
        contents: tr!(lang, "profile-contents"),
        tables_and_figures: tr!(lang, "profile-tables-and-figures"),
        subject: tr!(
            lang,
            "profile-subject",
            year = year.as_str(),
            jurisdiction_name = name.text()
        ),
        keywords: vec![
            tr!(lang, "profile-keyword-mgi"),
            tr!(lang, "profile-keyword-governance"),
            name.text(),
            year.clone(),
        ],
        notes: tr!(lang, "profile-notes"),
        publisher: tr!(lang, "profile-publisher"),
        research_partner: tr!(lang, "profile-research-partner"),
        isbn: tr!(lang, "profile-isbn"),
        licence: tr!(lang, "profile-licence"),
        required_citation: tr!(lang, "profile-required-citation"),
        source: tr!(lang, "profile-source-label"),
        per_cent: tr!(lang, "profile-per-cent"),
        draft: tr!(lang, "profile-draft"),
        draft_caps: tr!(lang, "profile-draft-caps"),
        draft_stage: if draft.is_some() {
            tr!(
                lang,
                "profile-draft-stage",
                stage_name = stage_name.as_str()
            )
        } else {
            String::new()
        },
        stage_name,
        not_for_publication: tr!(lang, "profile-not-for-publication"),
    };
    let assessed = set.map(|s| {
        tr!(
            lang,
            "profile-assessed-against",
            set = s.title.get(lang.code()),
            version = s.version.to_string()
        )
    });
    let front = front_matter(&cx, publication, &name, &year, assessed);
    let cover = Cover {
        series: tr!(lang, "profile-series"),
        name: name.clone(),
        edition: tr!(lang, "profile-edition", year = year.as_str()),
        domains: set
            .map(|s| s.domains.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|d| {
                DomainMark::of(d.number).map(|mark| CoverDomain {
                    mark,
                    name: cx.label(&d.name),
                })
            })
            .collect(),
    };
    let footnotes_fallback = cx.fallback(notes.texts());
    ProfileDoc {
        lang: lang.code().to_owned(),
        title: heading.text(),
        heading,
        draft,
        labels,
        cover,
        front,
        sections,
        footnotes: notes.into_texts(),
        footnotes_fallback,
    }
}

/// The lines of a text, trimmed, empty ones left out.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Numbers the tables in reading order: "Table 1. International conventions ratified".
fn number_tables(lang: Lang, sections: &mut [Section]) {
    let tables = sections
        .iter_mut()
        .flat_map(|s| s.blocks.iter_mut())
        .filter_map(|b| match b {
            Block::Table { caption, .. } => Some(caption),
            _ => None,
        });
    for (i, caption) in tables.enumerate() {
        *caption = tr!(
            lang,
            "profile-table",
            number = i + 1,
            caption = caption.as_str()
        );
    }
}

/// The front matter: the deployment's texts where it set them (shown as they were written), the
/// defaults in the profile's language where it did not.
fn front_matter(
    cx: &Cx,
    publication: &Publication,
    name: &Rich,
    year: &str,
    assessed: Option<String>,
) -> FrontMatter {
    let english = Publication::default_in(Lang::En);
    let ours = Publication::default_in(cx.lang);
    // A key left at its English default is printed in the profile's language; a key the
    // deployment set is its own text, shown as written.
    let pick = |set: &str, default_en: &str, default: &str| -> Rich {
        if set == default_en {
            cx.ours(default)
        } else {
            cx.data(set)
        }
    };
    let publisher = pick(&publication.publisher, &english.publisher, &ours.publisher);
    // The disclaimer says the government validated the views: not before it has.
    let disclaimer = if is_validated(cx.doc.stage) {
        pick(
            &publication.disclaimer,
            &english.disclaimer,
            &ours.disclaimer,
        )
    } else {
        cx.ours(tr!(cx.lang, "profile-draft-disclaimer"))
    };
    let licence = pick(&publication.licence, &english.licence, &ours.licence);
    let address: Vec<Rich> = if publication.address == english.address {
        lines(&ours.address).map(|l| cx.ours(l)).collect()
    } else {
        lines(&publication.address).map(|l| cx.data(l)).collect()
    };
    let copyright = filled(
        pick(&publication.copyright, &english.copyright, &ours.copyright),
        year,
        name,
    );
    let optional = |text: &str| (!text.trim().is_empty()).then(|| cx.data(text.trim()));
    let citation = filled(
        pick(&publication.citation, &english.citation, &ours.citation),
        year,
        name,
    );
    let research_partner = optional(&publication.research_partner);
    let fallback = cx.fallback(
        [
            name,
            &publisher,
            &disclaimer,
            &licence,
            &citation,
            &copyright,
        ]
        .into_iter()
        .chain(&address)
        .chain(&research_partner),
    );
    FrontMatter {
        publisher,
        address,
        research_partner,
        isbn: optional(&publication.isbn).map(|i| i.text()),
        copyright,
        licence_url: Some(publication.licence_url.trim().to_owned())
            .filter(|u| rules::web_address(u)),
        disclaimer,
        licence,
        citation,
        notice: assessed
            .into_iter()
            .chain([tr!(cx.lang, "profile-reconstruction-notice")])
            .collect::<Vec<_>>()
            .join(" "),
        translation: cx.translation_note(),
        fallback,
    }
}

/// A configured text with `{year}` replaced in it and `{name}` by the name, marked as data.
fn filled(template: Rich, year: &str, name: &Rich) -> Rich {
    let mut out = Rich::default();
    for run in template.0 {
        let text = run.text.replace("{year}", year);
        for (i, piece) in text.split("{name}").enumerate() {
            if i > 0 {
                out = out.then(name.clone());
            }
            out.push(Run {
                text: piece.to_owned(),
                lang: run.lang.clone(),
                data: run.data,
            });
        }
    }
    out
}

fn conceptual_framework(cx: &Cx, set: Option<&FrameworkSet>) -> Section {
    let steps = set
        .map(|s| {
            s.domains
                .iter()
                .map(|d| {
                    (
                        cx.label(&d.name).then_plain("."),
                        cx.label(&d.principle).then_plain("."),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    section(
        cx,
        "framework",
        tr!(cx.lang, "profile-section-framework"),
        vec![
            para(cx.ours(tr!(cx.lang, "profile-framework-intro"))),
            Block::Steps { items: steps },
            Block::Panels {
                panels: boilerplate::panels(cx.lang)
                    .into_iter()
                    .map(|(title, items)| Panel {
                        title,
                        items: items.into_iter().map(|t| cx.ours(t)).collect(),
                    })
                    .collect(),
            },
        ],
    )
}

fn summary(cx: &Cx, doc: &AssessmentDoc, set: Option<&FrameworkSet>) -> Section {
    let mut blocks = Vec::new();
    for d in set.map(|s| s.domains.as_slice()).unwrap_or_default() {
        blocks.push(Block::Heading {
            level: 3,
            text: cx.label(&d.name),
            domain: DomainMark::of(d.number),
            anchor: Some(anchor::summary(&d.id)),
        });
        match doc.summaries.iter().find(|s| s.domain == d.id) {
            Some(s) => {
                let of = TextRef::Summary(s.domain.clone());
                let text = cx.text(of.clone(), &s.text);
                blocks.extend(text.paragraphs().into_iter().map(para));
                if let Some(Block::Para { of: last, .. }) = blocks.last_mut() {
                    *last = Some(of);
                }
            }
            None => blocks.push(Block::Statement {
                text: tr!(cx.lang, "profile-no-summary"),
            }),
        }
    }
    section(
        cx,
        "summary",
        tr!(cx.lang, "profile-section-summary"),
        blocks,
    )
}

fn key_findings(
    cx: &Cx,
    doc: &AssessmentDoc,
    set: Option<&FrameworkSet>,
    notes: &mut Notes,
) -> Section {
    let lang = cx.lang;
    let mut blocks = Vec::new();
    for (n, d) in set
        .map(|s| s.domains.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        blocks.push(Block::Heading {
            level: 3,
            text: cx.ours(format!("{}. ", n + 1)).then(cx.label(&d.principle)),
            domain: DomainMark::of(d.number),
            anchor: Some(anchor::findings(&d.id)),
        });
        // The parts of a domain are numbered 1.1, 1.2, … as IOM numbers them.
        let mut part = 0;
        let mut numbered = |title: String| {
            part += 1;
            let number = format!("{}.{part}", n + 1);
            cx.ours(tr!(lang, "profile-part", number = number, title = title))
        };
        if n == 0 && !doc.conventions.is_empty() {
            blocks.push(heading(
                4,
                numbered(tr!(lang, "profile-conventions-heading")),
                None,
            ));
            blocks.push(Block::Table {
                caption: tr!(lang, "profile-conventions-caption"),
                headers: vec![
                    tr!(lang, "profile-conventions-name"),
                    tr!(lang, "profile-conventions-ratified"),
                ],
                rows: doc
                    .conventions
                    .iter()
                    .map(|c| {
                        let status = match (c.ratified, c.year) {
                            (true, Some(y)) => tr!(
                                lang,
                                "profile-ratified",
                                answer = "yes-in",
                                year = y.to_string()
                            ),
                            (true, None) => tr!(lang, "profile-ratified", answer = "yes"),
                            (false, _) => tr!(lang, "profile-ratified", answer = "no"),
                        };
                        let name = cx.text(TextRef::Convention(c.indicator.clone()), &c.name);
                        vec![name, cx.ours(status)]
                    })
                    .collect(),
            });
        }
        for (kind, title) in [
            (
                FindingKind::WellDeveloped,
                tr!(lang, "profile-well-developed"),
            ),
            (FindingKind::Potential, tr!(lang, "profile-potential")),
        ] {
            blocks.push(heading(4, numbered(title), None));
            let findings: Vec<_> = doc
                .findings
                .iter()
                .filter(|f| f.domain == d.id && f.kind == kind)
                .collect();
            if findings.is_empty() {
                blocks.push(Block::Statement {
                    text: tr!(lang, "profile-no-findings"),
                });
            }
            for f in findings {
                let remarks: Vec<Rich> = f
                    .footnotes
                    .iter()
                    .enumerate()
                    .map(|(i, t)| cx.text(TextRef::FindingFootnote(f.key.clone(), i + 1), t))
                    .collect();
                let numbers = notes
                    .passage(cx, &f.citations, &remarks)
                    .into_iter()
                    .collect();
                let of = TextRef::Finding(f.key.clone());
                blocks.push(Block::Para {
                    text: cx.text(of.clone(), &f.text),
                    notes: numbers,
                    anchor: Some(anchor::finding(&f.key)),
                    of: Some(of),
                });
            }
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Statement {
            text: tr!(lang, "profile-no-framework"),
        });
    }
    section(
        cx,
        "key-findings",
        tr!(lang, "profile-section-key-findings"),
        blocks,
    )
}

/// The days of an event: "26 August 2023", "26–29 August 2023", or both dates in full when the
/// month or the year differs.
fn date_range(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        mgi_i18n::date(lang, start)
    } else if (start.year(), start.month()) == (end.year(), end.month()) {
        format!("{}–{}", start.day(), mgi_i18n::date(lang, end))
    } else {
        format!(
            "{} – {}",
            mgi_i18n::date(lang, start),
            mgi_i18n::date(lang, end)
        )
    }
}

fn annex(cx: &Cx, doc: &AssessmentDoc, notes: &mut Notes) -> Section {
    let lang = cx.lang;
    let mut blocks = Vec::new();
    for e in &doc.consultations {
        let field = |field, original: &str| cx.text(TextRef::Event(e.key.clone(), field), original);
        blocks.push(heading(
            3,
            field(EventField::Title, &e.title)
                .then_plain(&format!(" ({})", date_range(lang, e.start, e.end))),
            None,
        ));
        let numbers = e
            .footnotes
            .iter()
            .map(|t| notes.add(cx.data(t.as_str())))
            .collect();
        let mut text = cx.fill(
            &tr!(lang, "profile-held-in", place = SLOT[0]),
            &[field(EventField::Place, &e.place)],
        );
        let who = match (e.participants, e.participants_more_than) {
            (Some(n), true) => tr!(lang, "profile-participants-more-than", count = n),
            (Some(n), false) => tr!(lang, "profile-participants", count = n),
            (None, _) => String::new(),
        };
        if !who.is_empty() {
            text = text.then_plain(" ").then_plain(&who);
        }
        if !e.description.trim().is_empty() {
            text = text
                .then_plain(" ")
                .then(field(EventField::Description, e.description.trim_end()));
        }
        blocks.push(Block::Para {
            text,
            notes: numbers,
            anchor: None,
            of: None,
        });
        if !e.key_findings.is_empty() {
            blocks.push(heading(
                4,
                cx.ours(tr!(lang, "profile-section-key-findings")),
                None,
            ));
            blocks.push(Block::List {
                items: e
                    .key_findings
                    .iter()
                    .enumerate()
                    .map(|(i, t)| field(EventField::KeyFinding(i + 1), t))
                    .collect(),
            });
        }
        if !e.recommendations.is_empty() {
            blocks.push(heading(
                4,
                cx.ours(tr!(lang, "profile-recommendations")),
                None,
            ));
            blocks.push(Block::List {
                items: e
                    .recommendations
                    .iter()
                    .enumerate()
                    .map(|(i, t)| field(EventField::Recommendation(i + 1), t))
                    .collect(),
            });
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Statement {
            text: tr!(lang, "profile-no-consultation"),
        });
    }
    section(cx, "annex", tr!(lang, "profile-section-annex"), blocks)
}

fn key_sources(cx: &Cx, doc: &AssessmentDoc) -> Section {
    let groups: Vec<SourceGroup> = bibliography::key_sources(&doc.sources)
        .into_iter()
        .map(|b| SourceGroup {
            issuer: cx.data(b.issuer),
            items: b
                .items
                .into_iter()
                .map(|(label, s)| {
                    let label = if s.year.is_none() {
                        cx.no_date()
                    } else {
                        label
                    };
                    SourceItem {
                        label,
                        entry: cite::entry(cx, s),
                        url: s.url.clone().filter(|u| rules::web_address(u)),
                        anchor: anchor::source(&s.key),
                    }
                })
                .collect(),
        })
        .collect();
    let blocks = if groups.is_empty() {
        vec![Block::Statement {
            text: tr!(cx.lang, "profile-no-sources"),
        }]
    } else {
        vec![Block::Sources { groups }]
    };
    section(
        cx,
        "key-sources",
        tr!(cx.lang, "profile-section-key-sources"),
        blocks,
    )
}
