//! The profile in French and Spanish: the reference profile in each language (snapshots), numbers
//! and dates by language, the marked fallback where a text exists only in English, and data in a
//! right-to-left script kept in order.

mod common;

use common::{cite_arabic_law, context_paragraphs, framework, reference};
use mgi_framework::Text;
use mgi_model::{AssessmentDoc, Stage};
use mgi_profile::{Block, Lang, ProfileDoc, Publication, build, build_in, has_rtl, html, markdown};

const NNBSP: char = '\u{202F}';
const FR_FALLBACK: &str = "Texte non encore traduit en français\u{202F}; affiché en anglais.";
const ES_FALLBACK: &str = "Texto aún no traducido al español; se muestra en inglés.";

fn profile_in(doc: &AssessmentDoc, lang: Lang) -> ProfileDoc {
    build_in(doc, &framework(), &Publication::default(), lang)
}

fn section<'a>(p: &'a ProfileDoc, id: &str) -> &'a mgi_profile::Section {
    p.sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("section {id}"))
}

#[test]
fn reference_markdown_fr() {
    insta::assert_snapshot!(markdown(&profile_in(&reference(), Lang::Fr)));
}

#[test]
fn reference_html_fr() {
    insta::assert_snapshot!(html(&profile_in(&reference(), Lang::Fr)));
}

#[test]
fn reference_markdown_es() {
    insta::assert_snapshot!(markdown(&profile_in(&reference(), Lang::Es)));
}

#[test]
fn reference_html_es() {
    insta::assert_snapshot!(html(&profile_in(&reference(), Lang::Es)));
}

#[test]
fn build_is_the_english_profile() {
    let doc = reference();
    assert_eq!(
        build(&doc, &framework(), &Publication::default()),
        profile_in(&doc, Lang::En)
    );
}

#[test]
fn section_titles_are_in_the_language_asked_for() {
    let doc = reference();
    let titles = |lang| -> Vec<String> {
        profile_in(&doc, lang)
            .sections
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    assert_eq!(
        titles(Lang::Fr),
        [
            "Objectifs",
            "Présentation",
            "Cadre conceptuel",
            "Résumé",
            "Contexte",
            "Principaux constats",
            "Après l’évaluation des IGM",
            "Annexe\u{202F}: consultation nationale",
            "Le processus des IGM",
            "Principales sources"
        ]
    );
    assert_eq!(
        titles(Lang::Es),
        [
            "Objetivos",
            "Introducción",
            "Marco conceptual",
            "Resumen",
            "Contexto",
            "Principales conclusiones",
            "Después de la evaluación de los IGM",
            "Anexo: consulta nacional",
            "El proceso de los IGM",
            "Fuentes principales"
        ]
    );
    let fr = profile_in(&doc, Lang::Fr);
    assert_eq!(
        fr.title,
        "Profil des Indicateurs de gouvernance des migrations 2023 – Mongolie"
    );
    let page = html(&fr);
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("<h2 id=\"contents\">Sommaire</h2>"));
    assert!(page.contains("<strong>Éditeur\u{202F}:</strong> déploiement de démonstration de mgi"));
    assert!(markdown(&fr).starts_with(
        "---\ntitle: \"Profil des Indicateurs de gouvernance des migrations 2023 – Mongolie\"\nlang: fr\n"
    ));
}

#[test]
fn context_figures_are_written_as_each_language_writes_numbers() {
    let doc = reference();
    let fr = context_paragraphs(&profile_in(&doc, Lang::Fr));
    assert_eq!(
        fr[0],
        format!(
            "D’après les chiffres de United Nations Department of Economic and Social Affairs \
             (DESA), les personnes immigrées étaient au nombre de 21{NNBSP}345 en 2020, soit \
             0,6{NNBSP}% d’une population totale de 3,3 millions. Parmi les personnes \
             immigrées recensées en 2020, 66,8{NNBSP}% étaient des hommes et 33,2{NNBSP}% des \
             femmes (voir la figure 1)."
        )
    );
    for expected in [
        format!("au nombre de 82{NNBSP}100 en 2020, soit l’équivalent de 2,5{NNBSP}%"),
        format!("52{NNBSP}% des femmes"),
        "avait évolué de 0,3 point de pourcentage".to_owned(),
        format!("représentaient 3,2{NNBSP}% du produit intérieur brut (PIB) en 2022"),
        format!("76,1{NNBSP}% appartenaient au groupe des 20-64 ans"),
    ] {
        assert!(fr.iter().any(|p| p.contains(&expected)), "{expected:?}");
    }

    let es = context_paragraphs(&profile_in(&doc, Lang::Es));
    for expected in [
        "vivían en Mongolia 21.345 inmigrantes, es decir, el 0,6\u{A0}% de una población de \
         3,3 millones",
        "el 66,8\u{A0}% eran hombres y el 33,2\u{A0}%, mujeres (véase la figura 1)",
        "82.100 emigrantes de Mongolia, el equivalente al 2,5\u{A0}%",
        "equivalían al 3,2\u{A0}% de su producto interno bruto (PIB) en 2022",
    ] {
        assert!(es.iter().any(|p| p.contains(expected)), "{expected:?}");
    }

    // The same figures in the chart and in the Markdown.
    let md = markdown(&profile_in(&doc, Lang::Fr));
    assert!(md.contains(&format!("| Personnes immigrées, hommes | 66,8{NNBSP}% |")));
    let page = html(&profile_in(&doc, Lang::Fr));
    assert!(page.contains(&format!("Personnes immigrées, hommes: 66,8{NNBSP}%")));
}

#[test]
fn dates_and_counts_follow_the_language() {
    let doc = reference();
    let heading = |lang| {
        section(&profile_in(&doc, lang), "annex")
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Heading { level: 3, text, .. } => Some(text.text()),
                _ => None,
            })
            .expect("the event's heading")
    };
    assert!(heading(Lang::En).ends_with(" (26–29 August 2023)"));
    assert!(heading(Lang::Fr).ends_with(" (26–29 août 2023)"));
    assert!(heading(Lang::Es).ends_with(" (26–29 de agosto de 2023)"));
    let md = markdown(&profile_in(&doc, Lang::Fr));
    assert!(
        md.contains("Organisée à Oulan-Bator, Mongolie. Plus de 30 personnes y ont participé."),
        "{}",
        md.lines()
            .find(|l| l.contains("Organisée"))
            .unwrap_or_default()
    );
}

/// The reference without its translations: every text of the assessment is in English only.
fn untranslated() -> AssessmentDoc {
    let mut doc = reference();
    doc.translations.clear();
    doc
}

#[test]
fn english_content_in_a_french_profile_is_marked_once_per_section() {
    let p = profile_in(&untranslated(), Lang::Fr);
    for s in &p.sections {
        let expected = match s.id.as_str() {
            "summary" | "context" | "key-findings" | "annex" | "key-sources" => Some(FR_FALLBACK),
            _ => None,
        };
        assert_eq!(s.fallback.as_deref(), expected, "section {}", s.id);
    }
    assert_eq!(
        p.front.fallback, None,
        "the name is the UN's French name, the rest the profile's own words"
    );
    assert_eq!(p.front.translation, None, "nothing translated is shown");
    assert_eq!(p.footnotes_fallback.as_deref(), Some(FR_FALLBACK));

    let page = html(&p);
    let summary = &page[page.find("<h2 id=\"summary\">").expect("summary")..];
    assert!(summary.starts_with(&format!(
        "<h2 id=\"summary\">Résumé</h2>\n<p class=\"statement translation-note\" role=\"note\">{FR_FALLBACK}</p>\n<h3 id=\"summary-rights\" class=\"domain-heading\" data-domain=\"1\">Droits des migrants</h3>\n<p><span lang=\"en\">Regular migrants"
    )));
    assert_eq!(
        page.matches(FR_FALLBACK).count(),
        6,
        "five sections, notes (the country's name is the UN's French name)"
    );
    // Framework labels are translated: not marked.
    assert!(page.contains("<li><strong>Droits des migrants.</strong> Respecter"));

    let es = html(&profile_in(&untranslated(), Lang::Es));
    assert_eq!(es.matches(ES_FALLBACK).count(), 6);

    let en = profile_in(&reference(), Lang::En);
    assert!(en.sections.iter().all(|s| s.fallback.is_none()));
    assert!(en.front.fallback.is_none() && en.footnotes_fallback.is_none());
    assert!(
        !html(&en).contains("<span lang="),
        "nothing marked in English"
    );
}

#[test]
fn translated_content_is_shown_unmarked_and_the_rest_marked() {
    let mut doc = reference();
    let p = profile_in(&doc, Lang::Fr);
    let page = html(&p);
    let summary = &page[page.find("<h2 id=\"summary\">").expect("summary")..];
    assert!(
        summary.starts_with(
            "<h2 id=\"summary\">Résumé</h2>\n<h3 id=\"summary-rights\" class=\"domain-heading\" data-domain=\"1\">Droits des migrants</h3>\n<p>Les migrants en situation régulière"
        ),
        "{}",
        &summary[..300]
    );
    for id in ["summary", "key-findings", "annex"] {
        assert_eq!(section(&p, id).fallback, None, "section {id} is all French");
    }
    for id in ["context", "key-sources"] {
        assert_eq!(
            section(&p, id).fallback.as_deref(),
            Some(FR_FALLBACK),
            "section {id}: source titles are not translated"
        );
    }
    assert_eq!(p.footnotes_fallback.as_deref(), Some(FR_FALLBACK));
    let note = p.front.translation.clone().expect("a translation note");
    assert!(
        note.starts_with("Ce profil a été rédigé en anglais") && note.contains("provisoire"),
        "{note}"
    );
    assert!(page.contains(&format!("<p class=\"notice translation\">{note}</p>")));
    assert!(markdown(&p).contains(&format!("*{note}*")));

    // A finding without its French text: shown in English, marked, and said at the section.
    let key = doc.findings[0].key.clone();
    doc.translations
        .retain(|t| !(t.lang == "fr" && t.target == format!("finding/{key}")));
    let english = doc.findings[0].text.clone();
    let p = profile_in(&doc, Lang::Fr);
    assert_eq!(
        section(&p, "key-findings").fallback.as_deref(),
        Some(FR_FALLBACK)
    );
    let start: String = english.chars().take(40).collect();
    assert!(html(&p).contains(&format!(
        "<p id=\"finding-{key}\"><span lang=\"en\">{start}"
    )));

    // Reviewed translations everywhere: the note says so.
    for t in &mut doc.translations {
        t.status = mgi_model::TextStatus::Reviewed;
    }
    let note = profile_in(&doc, Lang::Es).front.translation.expect("note");
    assert!(note.contains("Un segundo traductor revisó"), "{note}");
    assert_eq!(profile_in(&doc, Lang::En).front.translation, None);
}

#[test]
fn an_assessment_written_in_french_is_marked_in_an_english_profile() {
    let mut doc = untranslated();
    doc.language = "fr".into();
    doc.jurisdiction.name = "Mongolie".into();
    doc.summaries[0].text = "Les migrants ont accès aux soins.".into();
    let p = profile_in(&doc, Lang::En);
    let page = html(&p);
    assert!(
        page.contains("<p><span lang=\"fr\">Les migrants ont accès aux soins.</span></p>"),
        "the French text in an English profile is marked as French"
    );
    assert!(
        p.title.ends_with("– Mongolia"),
        "the UN's English name: {}",
        p.title
    );
    let fr = html(&profile_in(&doc, Lang::Fr));
    assert!(
        fr.contains("<p>Les migrants ont accès aux soins.</p>"),
        "unmarked in French"
    );
}

#[test]
fn a_framework_label_without_translation_is_shown_in_english_and_marked() {
    let mut fw = framework();
    let doc = reference();
    for set in &mut fw.sets {
        if let Some(d) = set.domains.iter_mut().find(|d| d.id == "partnerships") {
            d.name = Text::english("Partnerships");
        }
    }
    let p = build_in(&doc, &fw, &Publication::default(), Lang::Fr);
    assert_eq!(
        section(&p, "framework").fallback.as_deref(),
        Some(FR_FALLBACK)
    );
    let page = html(&p);
    assert!(
        page.contains("<li><strong><span lang=\"en\">Partnerships</span>.</strong> Collaborer")
    );
    assert!(page.contains(
        "<h3 id=\"summary-partnerships\" class=\"domain-heading\" data-domain=\"3\"><span lang=\"en\">Partnerships</span></h3>"
    ));
}

#[test]
fn the_configured_publication_is_shown_as_written_and_defaults_are_translated() {
    let publication = Publication {
        publisher: "Ministry of Examples".into(),
        address: "1 Example Street\n\n  Ulaanbaatar  ".into(),
        research_partner: "Example Research".into(),
        isbn: "978-0-00-000000-0".into(),
        citation: "Profile {year} of {name}.".into(),
        ..Publication::default()
    };
    let p = build_in(&reference(), &framework(), &publication, Lang::Fr);
    let page = html(&p);
    assert!(page.contains(
        "<span lang=\"en\">Ministry of Examples</span><br><span lang=\"en\">1 Example Street</span><br><span lang=\"en\">Ulaanbaatar</span></p>"
    ), "the address a line each, as written");
    assert!(page.contains(
        "<p><strong>Recherche et analyse\u{202F}:</strong> <span lang=\"en\">Example Research</span></p>"
    ));
    assert!(page.contains("<p>ISBN 978-0-00-000000-0</p>"));
    assert!(
        page.contains("<p>© déploiement de démonstration de mgi, 2023</p>"),
        "the default copyright, translated, with the round's year"
    );
    // Without a research partner, an ISBN or a licence link, none is printed.
    let bare = Publication {
        licence_url: "javascript:alert(1)".into(),
        ..Publication::default()
    };
    let bare = html(&build_in(&reference(), &framework(), &bare, Lang::En));
    assert!(!bare.contains("With research and analysis by"));
    assert!(!bare.contains("ISBN"));
    assert!(
        !bare.contains("javascript:"),
        "only web addresses are linked"
    );
    assert!(bare.contains("Demonstration only: no postal address."));
    assert!(page.contains(
        "<strong>Éditeur\u{202F}:</strong> <span lang=\"en\">Ministry of Examples</span>"
    ));
    assert!(page.contains(
        "<strong>Citation requise\u{202F}:</strong> <span lang=\"en\">Profile 2023 of </span>Mongolie<span lang=\"en\">.</span>"
    ));
    assert!(page.contains(
        "<strong>Licence\u{202F}:</strong> <a href=\"https://creativecommons.org/licenses/by/4.0/\">Licence Creative Commons Attribution 4.0 International (CC BY 4.0)</a>"
    ));
    assert_eq!(
        Publication::default_in(Lang::Fr).citation,
        "Profil des Indicateurs de gouvernance des migrations {year} – {name}. Produit avec mgi."
    );
}

#[test]
fn drafts_are_marked_in_the_language() {
    let mut doc = reference();
    doc.stage = Stage::Consultation;
    let p = profile_in(&doc, Lang::Fr);
    assert_eq!(p.draft.as_deref(), Some("consultation"), "the stage's code");
    assert!(html(&p).contains(
        "<p class=\"draft\" role=\"note\">Projet — étape\u{202F}: consultation. Ne pas diffuser.</p>"
    ));
    assert!(markdown(&p).contains("**PROJET — étape\u{202F}: consultation. Ne pas diffuser.**"));
    doc.stage = Stage::DraftShared;
    let es = profile_in(&doc, Lang::Es);
    assert!(markdown(&es).contains("subtitle: \"BORRADOR — etapa: borrador compartido\""));
}

#[test]
fn missing_data_statements_are_translated() {
    let mut doc = reference();
    doc.context.clear();
    doc.summaries.clear();
    doc.consultations.clear();
    doc.sources.clear();
    doc.findings.clear();
    let page = html(&profile_in(&doc, Lang::Es));
    for statement in [
        "No se han registrado datos de contexto para esta evaluación.",
        "No se ha registrado ninguna conclusión aquí.",
        "No se ha redactado ningún resumen para este dominio.",
        "No se ha registrado ninguna consulta para esta evaluación.",
        "No se ha registrado ninguna fuente para esta evaluación.",
    ] {
        assert!(
            page.contains(&format!("<p class=\"statement\">{statement}</p>")),
            "{statement}"
        );
    }
}

/// A document with an Arabic locality name, an Arabic source title cited by a finding, and
/// Arabic in a consultation: for the HTML and PDF checks.
pub fn arabic_document() -> (AssessmentDoc, &'static str, &'static str) {
    let title = "قانون تنظيم الهجرة ومكافحة الاتجار بالبشر";
    let name = "الدار البيضاء";
    let mut doc = reference();
    doc.jurisdiction.name = name.into();
    cite_arabic_law(&mut doc, title);
    (doc, title, name)
}

#[test]
fn right_to_left_data_is_isolated_in_html_and_markdown() {
    let (doc, title, name) = arabic_document();
    assert!(has_rtl(title) && !has_rtl("Law on Health Insurance (2015)"));
    for lang in Lang::ALL {
        let p = profile_in(&doc, lang);
        let page = html(&p);
        // The key-source entry and the citation keep their punctuation outside the title. Text
        // without a Latin letter is not marked as English in French or Spanish.
        assert!(
            page.contains(&format!("<bdi>{title}</bdi>, ")),
            "{lang}: the key source"
        );
        assert!(
            page.contains(&format!("<bdi>{title}</bdi> (2020, ")),
            "{lang}: the citation"
        );
        assert!(
            page.contains(&format!("– <bdi>{name}</bdi></h1>")),
            "{lang}: the title"
        );
        let md = markdown(&p);
        assert!(
            md.contains(&format!("[{title}]{{dir=rtl}} (2020, ")),
            "{lang}: Markdown span"
        );
    }
    let fr = profile_in(&doc, Lang::Fr);
    assert!(fr.front.fallback.is_none(), "an Arabic name is not English");
    // Latin data is not wrapped: the English page of the reference has no <bdi>.
    assert!(!html(&profile_in(&reference(), Lang::En)).contains("<bdi"));
}

/// The French and Spanish Markdown, spans included, are read by pandoc without a warning, and
/// the spans become elements with their language and direction.
#[test]
fn markdown_in_every_language_is_read_by_pandoc() {
    let (doc, title, _) = arabic_document();
    let tmp = tempfile::tempdir().expect("temp dir");
    for lang in [Lang::Fr, Lang::Es] {
        let md = tmp.path().join(format!("profile-{lang}.md"));
        std::fs::write(&md, markdown(&profile_in(&doc, lang))).expect("write");
        let Some(page) = common::tool_output(std::process::Command::new("pandoc").arg(&md).args([
            "--fail-if-warnings",
            "--wrap=none",
            "-t",
            "html",
        ])) else {
            return;
        };
        assert!(
            page.contains("<span lang=\"en\">"),
            "{lang}: marked English"
        );
        assert!(
            page.contains(&format!("<span dir=\"rtl\">{title}</span>")),
            "{lang}: the Arabic title"
        );
    }
}

#[test]
fn the_notice_names_the_framework_version_then_the_framework_notice() {
    assert_eq!(
        profile_in(&reference(), Lang::En).front.notice,
        format!(
            "Assessed against MGI national indicators (mgi reconstruction), version 1. {}",
            mgi_framework::RECONSTRUCTION_NOTICE
        )
    );
    // A round moved to framework 1.1 says so.
    let fw = mgi_framework::Framework::embedded().expect("framework");
    let mut draft = reference();
    draft.stage = mgi_model::Stage::DataCollection;
    let (draft, _) = mgi_model::rounds::migrate(&draft, &fw, mgi_framework::Version::new(1, 1))
        .expect("migrated");
    assert!(profile_in(&draft, Lang::En).front.notice.starts_with(
        "Assessed against MGI national indicators (mgi reconstruction), version 1.1."
    ));
}

#[test]
fn the_translation_note_counts_only_the_translations_shown() {
    let mut doc = reference();
    for t in &mut doc.translations {
        t.status = mgi_model::TextStatus::Reviewed;
    }
    // One draft translation, of a wording the finding no longer has: it is not shown, so the
    // note does not call the translation a draft.
    let key = doc.findings[0].key.clone();
    let outdated = doc
        .translations
        .iter_mut()
        .find(|t| t.lang == "fr" && t.target == format!("finding/{key}"))
        .expect("the French first finding");
    outdated.status = mgi_model::TextStatus::Draft;
    doc.findings[0].text.push_str(" Revised.");
    let note = profile_in(&doc, Lang::Fr).front.translation.expect("note");
    assert!(note.contains("relue par un second traducteur"), "{note}");
    assert!(!note.contains("provisoire"), "{note}");
}
