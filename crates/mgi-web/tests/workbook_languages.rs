//! The questionnaire workbook under /fr and /es: the download is in the page's language, any
//! language is uploaded back, and the cells of a refused upload are listed with the workbook's
//! own sheet names and the reasons in the page's language.

mod common;

use axum::http::StatusCode;
use common::{App, Client, app};
use mgi_i18n::{Lang, tr};
use mgi_profile::escape;

const DRAFT: &str = "/work/MNG/2026";

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
    let doc = a.store.export_assessment("MNG", 2026).await.expect("doc");
    let read = mgi_workbook::read_questionnaire(a.store.framework(), &doc, &got.bytes);
    assert_eq!(read, Ok(doc), "{prefix}: the download reads back");
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
