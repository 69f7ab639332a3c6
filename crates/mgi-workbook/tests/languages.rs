//! Workbooks in French and Spanish: their names and labels are that language's, a user's edits
//! made with those labels are read, and a bad cell is named in the workbook's own sheet names,
//! with the reason in the language asked.

mod common;

use calamine::Data;
use common::{DOMAIN_CITATIONS, answer_mut, framework, reference, versions};
use mgi_i18n::Lang;
use mgi_model::{AnswerStatus, AnswerValue, AssessmentDoc, Confidence, Source, SourceKind};
use mgi_testkit::Book;
use mgi_workbook::{CellReason, WorkbookErrors, read_questionnaire, write_questionnaire};

fn exported(doc: &AssessmentDoc, lang: Lang) -> Book {
    Book::open(&write_questionnaire(&framework(), doc, &versions(doc), lang).expect("written"))
}

fn text(value: &str) -> Data {
    Data::String(value.to_owned())
}

/// The cell problems of a refused workbook.
fn cell_problems(base: &AssessmentDoc, book: &Book) -> Vec<mgi_workbook::CellProblem> {
    match read_questionnaire(&framework(), base, &versions(base), &book.save()) {
        Err(WorkbookErrors::Cells(problems)) => problems,
        other => panic!("expected cell problems, got {other:?}"),
    }
}

#[test]
fn each_language_has_its_own_sheet_names_headers_and_labels() {
    let fw = framework();
    let doc = reference(&fw);
    let english = exported(&doc, Lang::En);
    let french = exported(&doc, Lang::Fr);
    let spanish = exported(&doc, Lang::Es);
    assert_eq!(
        french.names(),
        [
            "À propos",
            "Droits",
            "Gouvernement",
            "Partenariats",
            "Bien-être",
            "Crises",
            "Migration sûre",
            "Constats",
            "Registre des sources"
        ]
    );
    assert_eq!(spanish.names()[0], "Acerca de");
    assert_eq!(spanish.names()[7], "Conclusiones");
    assert_eq!(spanish.names()[8], "Fuentes");
    for (lang, book) in [(Lang::Fr, &french), (Lang::Es, &spanish)] {
        let shared: Vec<&str> = book
            .names()
            .into_iter()
            .filter(|name| english.names().contains(name))
            .collect();
        // "Crises" is the same word in English and French.
        assert!(shared.iter().all(|n| *n == "Crises"), "{lang}: {shared:?}");
        let sheets = book.names();
        for (sheet, english_sheet, columns) in [
            (sheets[1], "Rights", 10),
            (sheets[7], "Findings", 7),
            (sheets[8], "Sources", 10),
        ] {
            for col in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
                .iter()
                .take(columns)
            {
                let cell = format!("{col}1");
                let (header, english_header) =
                    (book.get(sheet, &cell), english.get(english_sheet, &cell));
                assert!(
                    header != english_header && header != Data::Empty,
                    "{lang} {sheet}!{cell}: {header:?}"
                );
            }
        }
        // The language is recorded below the content fingerprint.
        assert_eq!(book.get(sheets[0], "B8"), text(lang.code()));
        assert_eq!(
            book.get(sheets[0], "B7"),
            text(&mgi_model::content_hash(&doc))
        );
    }
    assert_eq!(english.get("About", "B8"), text("en"));
    assert_eq!(french.get("À propos", "A8"), text("Langue du classeur"));

    // Drop-down values by their French label; framework texts in French.
    let row = french.row_of("Droits", "health-access");
    assert_eq!(french.get("Droits", &format!("F{row}")), text("en place"));
    assert_eq!(french.get("Droits", &format!("H{row}")), text("élevée"));
    assert_eq!(french.get("Droits", &format!("I{row}")), text("relue"));
    let question = fw
        .indicator("health-access")
        .and_then(|i| i.question.get_exact("fr"))
        .expect("a French question");
    assert_eq!(french.get("Droits", &format!("D{row}")), text(question));
    // The indicator's name beside its ID.
    assert_eq!(french.get("Droits", "B1"), text("Indicateur"));
    assert_eq!(
        french.get("Droits", &format!("B{row}")),
        text("Égal accès des migrants aux soins de santé")
    );
    assert_eq!(
        spanish.get("Derechos", &format!("B{row}")),
        text("Acceso igualitario de los migrantes a la atención de salud")
    );
    assert_eq!(french.get("Registre des sources", "E2"), text("rapport"));
    assert_eq!(french.get("Registre des sources", "H2"), text("oui"));
    assert_eq!(
        spanish.get("Derechos", &format!("F{row}")),
        text("existente")
    );
    let about: Vec<String> = french.sheets[0].1.values().map(|v| v.to_string()).collect();
    for shown in [
        "sans objet",
        "Réponses",
        "Droits",
        "1. Droits des migrants",
        &mgi_i18n::tr!(Lang::Fr, "profile-reconstruction-notice"),
    ] {
        assert!(about.iter().any(|t| t == shown), "À propos lacks {shown:?}");
    }
}

#[test]
fn a_french_workbook_edited_by_hand_is_read() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, Lang::Fr);
    let (rights, register) = ("Droits", "Registre des sources");
    let row = book.row_of(rights, "health-access");
    // Labels as a French user picks or types them, in any case; a code typed by a script.
    book.text(rights, &format!("F{row}"), "En partie");
    book.text(rights, &format!("H{row}"), "moyenne");
    book.text(rights, &format!("I{row}"), "brouillon");
    book.cite(
        rights,
        DOMAIN_CITATIONS,
        row,
        &[("rapport-2024 — Un nouveau rapport (2024)", "p. 3")],
    );
    let other = book.row_of(rights, "right-to-work");
    book.text(rights, &format!("F{other}"), "absent");
    book.text(rights, &format!("I{other}"), "Relue");
    let new_row = book.row_after_sources();
    for (col, value) in [
        ("A", text("rapport-2024")),
        ("B", text("OIM")),
        ("C", text("Un nouveau rapport")),
        ("D", Data::Float(2024.0)),
        ("E", text("Rapport")),
        ("H", text("non")),
        ("I", text("fr")),
    ] {
        book.set(register, &format!("{col}{new_row}"), value);
    }

    let doc = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .unwrap_or_else(|e| panic!("{e}"));

    let mut expected = base.clone();
    for answer in &mut expected.answers {
        match answer.indicator.as_str() {
            "health-access" => {
                answer.value = AnswerValue::Partial;
                answer.confidence = Some(Confidence::Medium);
                answer.status = AnswerStatus::Draft;
                answer.citations = vec![mgi_model::Citation {
                    source: "rapport-2024".into(),
                    pinpoint: Some("p. 3".into()),
                }];
            }
            "right-to-work" => {
                answer.value = AnswerValue::Absent;
                answer.status = AnswerStatus::Reviewed;
            }
            _ => {}
        }
    }
    expected.sources.push(Source {
        key: "rapport-2024".into(),
        issuer: "OIM".into(),
        title: "Un nouveau rapport".into(),
        year: Some(2024),
        kind: SourceKind::Report,
        amended: Vec::new(),
        url: None,
        online: false,
        language: Some("fr".into()),
        note: None,
    });
    assert_eq!(doc, expected);
}

#[test]
fn bad_cells_of_a_french_workbook_are_named_on_its_french_sheets() {
    let fw = framework();
    let base = reference(&fw);
    let mut book = exported(&base, Lang::Fr);
    book.text("Droits", "F2", "peut-être");
    book.text("Droits", "K3", "loi-inconnue");
    book.set("Droits", "F5", Data::Empty);
    book.text("Gouvernement", "H1", "Confidence");
    book.text("Registre des sources", "E2", "livre");

    let problems = cell_problems(&base, &book);
    let french: Vec<String> = problems.iter().map(|p| p.localised(Lang::Fr)).collect();
    assert_eq!(
        french,
        [
            "Droits!F2: «\u{202f}peut-être\u{202f}» n’est pas une réponse\u{202f}; choisissez parmi en place, en \
             partie, pas en place, sans objet, inconnu",
            "Droits!K3: «\u{202f}loi-inconnue\u{202f}» n’est pas une source de la feuille «\u{202f}Registre des \
             sources\u{202f}»\u{202f}; choisissez-en une dans la liste déroulante",
            "Droits!F5: vide, mais la réponse était «\u{202f}en place\u{202f}»\u{202f}; une réponse ne peut pas être \
             retirée dans le classeur (choisissez plutôt «\u{202f}inconnu\u{202f}»)",
            "Gouvernement!H1: l’en-tête devrait être «\u{202f}Confiance\u{202f}», il est «\u{202f}Confidence\u{202f}»\u{202f}; ne \
             déplacez, n’insérez ni ne supprimez de colonnes",
            "Registre des sources!E2: «\u{202f}livre\u{202f}» n’est pas un type de source\u{202f}; choisissez parmi \
             loi, règlement, politique, accord, rapport, données, page web, autre",
        ]
    );
    // The same problems in English still name the French sheets, headers and labels: what the
    // user sees in the workbook.
    assert_eq!(
        problems[0].to_string(),
        "Droits!F2: \"peut-être\" is not an answer; use one of en place, en partie, pas en \
         place, sans objet, inconnu"
    );
    assert_eq!(
        problems[3].to_string(),
        "Gouvernement!H1: the header should be \"Confiance\", found \"Confidence\"; do not \
         move, insert or delete columns"
    );
    let error = WorkbookErrors::Cells(problems);
    assert_eq!(error.localised(Lang::Fr), french.join("\n"));
    assert!(
        error.localised(Lang::Es).starts_with(
            "Droits!F2: «peut-être» no es una respuesta; use uno de estos valores: en place,"
        ),
        "{}",
        error.localised(Lang::Es)
    );
}

#[test]
fn a_missing_or_unknown_language_cell_is_refused_at_its_place() {
    let fw = framework();
    let base = reference(&fw);
    for (value, shown) in [
        (text("de"), "de"),
        (Data::Empty, ""),
        (text("Français"), "Français"),
    ] {
        let mut book = exported(&base, Lang::Fr);
        book.set("À propos", "B8", value);
        let problems = cell_problems(&base, &book);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = &problems[0];
        assert_eq!(
            (problem.sheet.as_str(), problem.cell.as_str()),
            ("À propos", "B8")
        );
        assert_eq!(
            problem.reason,
            CellReason::Language {
                found: shown.to_owned()
            }
        );
        assert_eq!(
            problem.localised(Lang::Fr),
            format!(
                "À propos!B8: devrait indiquer la langue du classeur (en, fr, es), elle contient \
                 «\u{202f}{shown}\u{202f}»\u{202f}; exportez un nouveau classeur plutôt que de modifier cette cellule"
            )
        );
    }
}

#[test]
fn the_language_cell_decides_which_sheets_are_read() {
    let fw = framework();
    let base = reference(&fw);
    // A French workbook whose language cell says Spanish: the Spanish sheets are not there.
    let mut book = exported(&base, Lang::Fr);
    book.text("À propos", "B8", "es");
    let error = read_questionnaire(&fw, &base, &versions(&base), &book.save())
        .expect_err("no Spanish sheets");
    let WorkbookErrors::MissingSheets { missing, .. } = &error else {
        panic!("expected missing sheets, got {error:?}");
    };
    assert_eq!(missing.first().map(String::as_str), Some("Acerca de"));
    // Without an About sheet in any language, the workbook is not a questionnaire.
    let mut book = exported(&base, Lang::Es);
    book.rename_sheet("Acerca de", "Notas");
    let error =
        read_questionnaire(&fw, &base, &versions(&base), &book.save()).expect_err("no About sheet");
    assert!(
        matches!(&error, WorkbookErrors::NoAboutSheet { found } if found[0] == "Notas"),
        "{error:?}"
    );
    assert!(
        error
            .localised(Lang::Es)
            .starts_with("no hay hoja «Acerca de» (About, À propos, Acerca de)"),
        "{}",
        error.localised(Lang::Es)
    );
}

#[test]
fn each_row_shows_its_answer_criteria_in_the_workbook_language_and_they_are_not_read() {
    let fw = framework();
    let base = reference(&fw);
    let guidance = &fw.indicator("health-access").expect("indicator").guidance;
    for (lang, sheet, header) in [
        (Lang::En, "Rights", "Answer criteria"),
        (Lang::Fr, "Droits", "Critères de réponse"),
        (Lang::Es, "Derechos", "Criterios de respuesta"),
    ] {
        let mut book = exported(&base, lang);
        let row = book.row_of(sheet, "health-access");
        assert_eq!(book.get(sheet, "E1"), text(header), "{lang}");
        // The framework's criteria are in English only so far: other languages show them in
        // English, marked as such.
        let expected = match guidance.get_exact(lang.code()) {
            Some(translated) => translated.to_owned(),
            None => format!(
                "{} ({})",
                guidance.get_exact("en").expect("English criteria"),
                mgi_i18n::tr!(
                    lang,
                    "translation-missing",
                    original = mgi_i18n::language_name(lang, "en")
                )
            ),
        };
        assert_eq!(
            book.get(sheet, &format!("E{row}")),
            text(&expected),
            "{lang}"
        );
        if lang == Lang::En {
            assert!(expected.starts_with("Present when"), "{expected}");
        } else {
            assert!(
                expected.contains(&mgi_i18n::language_name(lang, "en")),
                "{expected}"
            );
        }
        // For reading only: a changed or emptied criteria cell changes nothing.
        book.text(sheet, &format!("E{row}"), "Anything at all");
        book.set(sheet, &format!("E{}", row + 1), Data::Empty);
        assert_eq!(
            read_questionnaire(&fw, &base, &versions(&base), &book.save()),
            Ok(base.clone()),
            "{lang}"
        );
    }
}

#[test]
fn drop_downs_show_words_and_read_back_words_or_codes() {
    let fw = framework();
    let mut doc = reference(&fw);
    let answer = answer_mut(&mut doc, "health-access");
    answer.value = AnswerValue::NotApplicable;
    answer.status = AnswerStatus::CarriedOver;
    let key = doc.findings[0].key.clone();
    doc.findings[0].kind = mgi_model::FindingKind::Potential;
    for (lang, sheet, findings, words) in [
        (
            Lang::En,
            "Rights",
            "Findings",
            [
                "not applicable",
                "carried over – to verify",
                "Area with potential for further development",
            ],
        ),
        (
            Lang::Fr,
            "Droits",
            "Constats",
            [
                "sans objet",
                "reprise du cycle précédent – à vérifier",
                "Aspect qui pourrait être renforcé",
            ],
        ),
        (
            Lang::Es,
            "Derechos",
            "Conclusiones",
            [
                "no aplicable",
                "traída del ciclo anterior – por verificar",
                "Área con potencial de mayor desarrollo",
            ],
        ),
    ] {
        let mut book = exported(&doc, lang);
        let row = book.row_of(sheet, "health-access");
        let finding = book.row_of(findings, &key);
        let cells = [
            (sheet, format!("F{row}")),
            (sheet, format!("I{row}")),
            (findings, format!("C{finding}")),
        ];
        let shown: Vec<Data> = cells.iter().map(|(s, c)| book.get(s, c)).collect();
        assert_eq!(shown, words.map(text), "{lang}");
        // Read back as shown, in capitals with blanks around them, and as codes.
        let shouted = words.map(|w| format!("  {}  ", w.to_uppercase()));
        let codes = ["not-applicable", "carried-over", "potential"].map(str::to_owned);
        for typed in [words.map(str::to_owned), shouted, codes] {
            for ((s, c), value) in cells.iter().zip(&typed) {
                book.text(s, c, value);
            }
            assert_eq!(
                read_questionnaire(&fw, &doc, &versions(&doc), &book.save()),
                Ok(doc.clone()),
                "{lang}: {typed:?}"
            );
        }
    }
}
