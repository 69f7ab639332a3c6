//! What the store finds wrong with a form (`problem.ftl`), said in the page's language: an
//! event without a title that ends before it starts, a context figure citing no source of the
//! register. Each comes back on its form, the fields named in words; nothing of either is
//! stored, and no English text of the problems is left.

mod common;

use axum::http::StatusCode;
use chrono::NaiveDate;
use common::lang::localised;
use common::{App, Client, app};
use mgi_i18n::{Lang, tr};
use mgi_model::Problem;
use mgi_profile::escape;

const DRAFT: &str = "/work/MNG/2026";

async fn stored(a: &App) -> String {
    a.store
        .export_assessment("MNG", 2026)
        .await
        .expect("doc")
        .to_json()
}

/// The form again in `lang` (422), its summary linking each `(field id, label key, problem)` in
/// that language and none in English.
fn assert_problems(lang: Lang, status: StatusCode, page: &str, problems: &[(&str, &str, Problem)]) {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{page}");
    assert!(
        page.contains(&escape(&tr!(lang, "web-error-form-title"))),
        "{page}"
    );
    let colon = if lang == Lang::Fr { "\u{202F}:" } else { ":" };
    for (id, label, problem) in problems {
        let line = format!(
            "<a href=\"#{id}\">{}{colon} {}</a>",
            escape(&mgi_i18n::tr(lang, label)),
            escape(&problem.localised(lang))
        );
        assert!(page.contains(&line), "{line}\n{page}");
        assert!(!page.contains(&escape(&problem.to_string())), "{page}");
    }
}

#[tokio::test]
async fn problems_the_store_finds_are_shown_in_french_and_spanish_and_nothing_is_stored() {
    let a = app().await;
    let (mut c, csrf) = Client::signed_in(&a, "analyst").await;
    let before = stored(&a).await;
    let date = |day| NaiveDate::from_ymd_opt(2026, 3, day).expect("a date");

    for lang in [Lang::Fr, Lang::Es] {
        let r = c
            .post(
                &localised(lang, &format!("{DRAFT}/consultations")),
                &[
                    ("csrf", csrf.as_str()),
                    ("title", "  "),
                    ("place", "Ulaanbaatar"),
                    ("start", "2026-03-12"),
                    ("end", "2026-03-10"),
                ],
            )
            .await;
        let ends = Problem::EndsBeforeStart {
            start: date(12),
            end: date(10),
        };
        assert_problems(
            lang,
            r.status,
            &r.body,
            &[
                ("ev-title", "work-event-title", Problem::Empty),
                ("ev-end", "work-event-end", ends),
            ],
        );

        let r = c
            .post(
                &localised(lang, &format!("{DRAFT}/context")),
                &[
                    ("csrf", csrf.as_str()),
                    ("measure", "Emigrants"),
                    ("value", "12"),
                    ("unit", "thousand"),
                    ("year", "2024"),
                    ("source", "nowhere"),
                    ("version", "0"),
                ],
            )
            .await;
        let unknown = Problem::UnknownSource("nowhere".into());
        assert_problems(
            lang,
            r.status,
            &r.body,
            &[("source-new", "work-figure-source", unknown)],
        );
        assert!(
            r.body.contains("value=\"Emigrants\""),
            "the figure as typed"
        );
    }

    // The French text is the catalogue's, dates written in full.
    assert_eq!(
        Problem::EndsBeforeStart {
            start: date(12),
            end: date(10)
        }
        .localised(Lang::Fr),
        tr!(
            Lang::Fr,
            "problem-ends-before-start",
            start = "12 mars 2026",
            end = "10 mars 2026"
        )
    );
    assert_eq!(stored(&a).await, before, "nothing stored");
}
