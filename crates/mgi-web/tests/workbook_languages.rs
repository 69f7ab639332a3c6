//! The questionnaire workbook under /fr and /es: the download is in the page's language, any
//! language is uploaded back, and the cells of a refused upload are listed with the workbook's
//! own sheet names and the reasons in the page's language. Findings edited and added on the
//! workbook's Findings sheet are stored on top of their versions.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app};
use mgi_i18n::{Lang, tr};
use mgi_model::Citation;
use mgi_profile::escape;
use mgi_store::FindingEdit;
use mgi_testkit::Book;

const DRAFT: &str = "/work/MNG/2026";
/// The column of `Source 1` on the Findings sheet (0-based: H), after the sheet's own columns.
const FINDING_CITATIONS: u16 = 7;

/// The problem line of a workbook exported before someone else's save, as a page shows it.
fn stale_line(about_sheet: &str, lang: Lang) -> String {
    escape(&format!(
        "{about_sheet}!B7: {}",
        tr!(lang, "workbook-reason-content-changed")
    ))
}

/// The analyst's download of the draft under `prefix`, checked to be a workbook that reads back
/// onto the stored round whatever its language.
async fn download(a: &App, analyst: &mut Client<'_>, prefix: &str) -> Vec<u8> {
    let got = analyst.get(&format!("{prefix}{DRAFT}/workbook.xlsx")).await;
    assert_eq!(got.status, StatusCode::OK, "{prefix}");
    let base = a.store.workbook_base("MNG", 2026).await.expect("base");
    let read = mgi_workbook::read_questionnaire(
        a.store.framework(),
        &base.doc,
        &base.finding_versions,
        &got.bytes,
    );
    assert_eq!(read, Ok(base.doc), "{prefix}: the download reads back");
    got.bytes
}

#[tokio::test]
async fn the_workbook_follows_the_page_language_and_its_problems_too() {
    let a = app().await;
    let (mut analyst, csrf) = Client::signed_in(&a, "analyst").await;
    let english = download(&a, &mut analyst, "").await;
    let french = download(&a, &mut analyst, "/fr").await;
    let spanish = download(&a, &mut analyst, "/es").await;
    assert!(english != french && french != spanish && english != spanish);

    // An unchanged French workbook uploaded on the Spanish page is taken.
    let back = analyst
        .upload(
            &format!("/es{DRAFT}/workbook"),
            &[("csrf", &csrf)],
            ("workbook", &french),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert_eq!(back.location, format!("/es{DRAFT}?done=workbook-imported"));

    // Someone saves meanwhile: every earlier download is refused at its About sheet's B7, in the
    // workbook's sheet name and the page's language.
    let version = a.version("MNG", 2026, "health-access").await;
    let saved = analyst
        .save_answer(
            "health-access",
            &csrf,
            &version,
            "partial",
            "Saved meanwhile.",
            "draft",
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    for (page, bytes, line) in [
        ("/fr", &french, stale_line("À propos", Lang::Fr)),
        ("/es", &french, stale_line("À propos", Lang::Es)),
        ("", &french, stale_line("À propos", Lang::En)),
        ("/fr", &spanish, stale_line("Acerca de", Lang::Fr)),
        ("/fr", &english, stale_line("About", Lang::Fr)),
    ] {
        let refused = analyst
            .upload(
                &format!("{page}{DRAFT}/workbook"),
                &[("csrf", &csrf)],
                ("workbook", bytes),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            refused.body.contains(&line),
            "{page}: {line}\n{}",
            refused.body
        );
        let lang = Lang::from_code(page.trim_start_matches('/')).unwrap_or_default();
        assert!(
            refused
                .body
                .contains(&escape(&tr!(lang, "work-workbook-failed-text"))),
            "{page}: the page's own texts are in its language"
        );
    }
}

#[tokio::test]
async fn findings_edited_in_the_workbook_are_stored_and_bad_or_stale_rows_are_named() {
    let a = app().await;
    let (mut analyst, csrf) = Client::signed_in(&a, "analyst").await;
    let upload = |book: &Book| book.save();
    let key = "rights-wd-2";

    // A finding's text and citations edited, and a new finding on the row below the last.
    let mut book = Book::open(&download(&a, &mut analyst, "").await);
    let row = book.row_of("Findings", key);
    book.text("Findings", &format!("D{row}"), "Edited in the workbook.");
    // Sources picked from the drop-downs (Source 1 is column H), a pinpoint beside the first.
    book.cite(
        "Findings",
        FINDING_CITATIONS,
        row,
        &[
            (
                "law-rights-of-children — Law on the Rights of Children (2016)",
                "Article 9",
            ),
            ("law-health-insurance — Law on Health Insurance (2015)", ""),
        ],
    );
    let new_row = book.row_of("Findings", "safe-migration-pot-2") + 1;
    for (col, value) in [
        ("B", "Government"),
        ("C", "potential"),
        ("D", "Added in the workbook."),
        ("E", "migration-agency"),
    ] {
        book.text("Findings", &format!("{col}{new_row}"), value);
    }
    let back = analyst
        .upload(
            &format!("{DRAFT}/workbook"),
            &[("csrf", &csrf)],
            ("workbook", &upload(&book)),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    let saved = a.store.finding("MNG", 2026, key).await.expect("finding");
    assert_eq!(saved.value.text, "Edited in the workbook.");
    assert_eq!(
        saved.value.citations,
        [
            Citation {
                source: "law-rights-of-children".into(),
                pinpoint: Some("Article 9".into()),
            },
            Citation {
                source: "law-health-insurance".into(),
                pinpoint: None,
            },
        ]
    );
    assert_eq!(saved.version, 2, "saved on top of the exported version");
    let added = a
        .store
        .finding("MNG", 2026, "government-pot-6")
        .await
        .expect("the new finding");
    assert_eq!(
        (added.value.text.as_str(), added.value.indicators.as_slice()),
        (
            "Added in the workbook.",
            ["migration-agency".to_owned()].as_slice()
        )
    );
    let log = a.store.audit_log("MNG", 2026).await.expect("audit");
    assert!(
        log.iter()
            .any(|l| l.entity_key == key && l.actor == "analyst"),
        "the workbook's save is audited"
    );

    // A bad citation: refused at its cell, nothing stored.
    let before = a.store.export_assessment("MNG", 2026).await.expect("doc");
    let mut book = Book::open(&download(&a, &mut analyst, "").await);
    book.text("Findings", &format!("D{row}"), "Not stored.");
    book.cite("Findings", FINDING_CITATIONS, row, &[("nowhere", "p. 1")]);
    let refused = analyst
        .upload(
            &format!("{DRAFT}/workbook"),
            &[("csrf", &csrf)],
            ("workbook", &upload(&book)),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // As the page escapes it.
    let line = format!(
        "Findings!H{row}: &#34;nowhere&#34; is not a source of the Sources sheet; pick one from \
         the drop-down"
    );
    assert!(refused.body.contains(&line), "{line}\n{}", refused.body);
    assert_eq!(
        a.store.export_assessment("MNG", 2026).await.expect("doc"),
        before,
        "nothing stored"
    );

    // Someone saves the finding again after the download: the row edited on top of the older
    // version is refused at its version cell, in the page's language.
    let mut book = Book::open(&download(&a, &mut analyst, "").await);
    book.text(
        "Findings",
        &format!("D{row}"),
        "Edited on top of an older version.",
    );
    let current = a.store.finding("MNG", 2026, key).await.expect("finding");
    a.store
        .save_finding(
            "MNG",
            2026,
            key,
            &FindingEdit::of(&current.value),
            current.version,
            "editor",
        )
        .await
        .expect("saved meanwhile");
    let stale = analyst
        .upload(
            &format!("/fr{DRAFT}/workbook"),
            &[("csrf", &csrf)],
            ("workbook", &upload(&book)),
        )
        .await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    let line = escape(&format!(
        "Findings!G{row}: le constat «\u{202f}{key}\u{202f}» a été enregistré par quelqu’un d’autre depuis \
         l’export de ce classeur (version 3\u{202f}; cette ligne a la version 2)"
    ));
    assert!(stale.body.contains(&line), "{line}\n{}", stale.body);
    assert_eq!(
        a.store
            .finding("MNG", 2026, key)
            .await
            .expect("finding")
            .value,
        current.value,
        "nothing stored"
    );
}
