//! The task list on the workspace and the dashboard, the panel that tells each role what to do
//! now, and the draft preview: the way back, the links to the editors, the approval block at
//! both ends, and no claim of a validation that has not happened.

mod common;

use axum::http::StatusCode;
use common::{Client, app, escaped};
use mgi_i18n::{Arg, Lang, tr, tr_args};

const DRAFT: &str = "/work/MNG/2026";

fn say(key: &str, args: &[(&str, Arg)]) -> String {
    escaped(&tr_args(Lang::En, key, args))
}

/// The `<li>` of the task `code` on a workspace page.
fn task<'p>(page: &'p str, code: &str) -> &'p str {
    let start = page
        .find(&format!("<li data-task=\"{code}\">"))
        .unwrap_or_else(|| panic!("no task {code}"));
    let end = page[start..]
        .find("</li>")
        .map_or(page.len(), |e| start + e);
    &page[start..end]
}

#[tokio::test]
async fn the_workspace_lists_the_tasks_with_their_status_and_counts() {
    let a = app().await;
    let (mut ana, csrf) = Client::signed_in(&a, "analyst").await;
    let page = ana.get(DRAFT).await.body;
    // The draft is the reference's content: its answers reviewed, a few indicators not
    // answered, every other part written.
    let doc = a.store.export_assessment("MNG", 2026).await.expect("doc");
    let set = a.store.framework().latest("mgi-national").expect("set");
    let done = mgi_model::progress::progress(&doc, set).done();
    let total = set.domains.len() + 4;
    assert!(done > 0 && done < total);
    assert!(page.contains(&say(
        "tasks-done",
        &[("done", done.into()), ("total", total.into())]
    )));
    assert!(page.contains(&format!("<progress max=\"{total}\" value=\"{done}\"")));
    let partial = task(&page, &format!("answers-{}", set.domains[0].id));
    assert!(
        partial.contains("data-task-status=\"in-progress\""),
        "answered in part: {partial}"
    );
    // A domain whose every indicator is answered and reviewed is done.
    let domain = set
        .domains
        .iter()
        .find(|d| d.indicator_ids().all(|id| doc.answer(id).is_some()))
        .expect("a domain answered in full");
    let ids: Vec<&str> = domain.indicator_ids().collect();
    let first = task(&page, &format!("answers-{}", domain.id));
    assert!(first.contains("data-task-status=\"done\""), "{first}");
    assert!(first.contains(&format!("href=\"{DRAFT}#domain-{}\"", domain.id)));
    assert!(first.contains(&say(
        "tasks-count-answers",
        &[
            ("done", ids.len().into()),
            ("total", ids.len().into()),
            ("to_verify", 0.into())
        ]
    )));
    assert!(task(&page, "context").contains(&format!("href=\"{DRAFT}/context\"")));

    // An answer back in draft puts its domain in progress, and one section less is done.
    let version = a.version("MNG", 2026, ids[0]).await;
    let r = ana
        .save_answer(ids[0], &csrf, &version, "present", "Being redone.", "draft")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = ana.get(DRAFT).await.body;
    let first = task(&page, &format!("answers-{}", domain.id));
    assert!(
        first.contains("data-task-status=\"in-progress\""),
        "{first}"
    );
    assert!(first.contains(&say(
        "tasks-count-answers",
        &[
            ("done", (ids.len() - 1).into()),
            ("total", ids.len().into()),
            ("to_verify", 0.into())
        ]
    )));
    assert!(page.contains(&say(
        "tasks-done",
        &[("done", (done - 1).into()), ("total", total.into())]
    )));
    // The dashboard says the same.
    let dashboard = ana.get("/work").await.body;
    assert!(dashboard.contains(&format!("<progress max=\"{total}\" value=\"{}\"", done - 1)));
}

/// Each role is told, at the consultation stage, what the access rules let it do now and who
/// makes the next move; the dashboard's "for you" is the same duty in a word.
#[tokio::test]
async fn each_role_is_told_what_to_do_now_and_what_comes_next() {
    let a = app().await;
    let stage = || ("stage", Arg::from("consultation"));
    let next_stage = || {
        (
            "stage",
            Arg::from(tr_args(
                Lang::En,
                "work-stage",
                &[("stage", "validated".into())],
            )),
        )
    };
    let by_focal_point = say(
        "guide-next-by",
        &[
            next_stage(),
            ("roles", tr(Lang::En, "web-role-focal-point").into()),
        ],
    );

    let (mut gov, _) = Client::signed_in(&a, "focal-point").await;
    let page = gov.get(DRAFT).await.body;
    assert!(page.contains(&say("guide-approve", &[])), "{page}");
    assert!(page.contains(&say(
        "guide-next-you",
        &[next_stage(), ("by_approval", "yes".into())]
    )));
    assert!(!page.contains(&say("guide-share", &[])));
    assert!(
        gov.get("/work")
            .await
            .body
            .contains(&say("work-todo-approve", &[]))
    );

    let (mut ana, _) = Client::signed_in(&a, "analyst").await;
    let page = ana.get(DRAFT).await.body;
    for line in ["guide-write", "guide-share", "guide-moderate"] {
        assert!(page.contains(&say(line, &[])), "{line}");
    }
    assert!(!page.contains(&say("guide-approve", &[])));
    assert!(page.contains(&by_focal_point));
    let where_ = say(
        "guide-where",
        &[
            ("role", tr(Lang::En, "web-role-analyst").into()),
            ("stage", tr_args(Lang::En, "work-stage", &[stage()]).into()),
        ],
    );
    assert!(page.contains(&where_), "{where_}");

    for reader in ["reviewer", "commenter"] {
        let (mut c, _) = Client::signed_in(&a, reader).await;
        let page = c.get(DRAFT).await.body;
        assert!(page.contains(&say("guide-comment", &[])), "{reader}");
        assert!(page.contains(&by_focal_point), "{reader}");
        assert!(!page.contains(&say("guide-write", &[])), "{reader}");
    }

    // On the published round there is nothing to write; a correction is the analyst's move.
    let page = ana.get("/work/MNG/2023").await.body;
    assert!(page.contains(&say("guide-read", &[])));
    assert!(page.contains(&say(
        "guide-correct",
        &[(
            "stage",
            tr_args(Lang::En, "work-stage", &[("stage", "correction".into())]).into()
        )]
    )));
}

#[tokio::test]
async fn the_preview_leads_back_links_to_the_editors_and_claims_no_validation() {
    let a = app().await;
    let doc = a.store.export_assessment("MNG", 2026).await.expect("doc");
    let finding = &doc.findings[0].key;
    let claim = "validated by the government concerned";
    let back = format!(
        "<a href=\"{DRAFT}\" data-back>{}</a>",
        say("preview-back", &[])
    );

    let (mut ana, _) = Client::signed_in(&a, "analyst").await;
    let page = ana.get(&format!("{DRAFT}/preview")).await.body;
    assert!(page.contains(&back), "the way back");
    assert!(page.find(&back) < page.find("<h1>"), "at the top");
    assert!(page.contains(&format!(
        "<a class=\"edit\" href=\"{DRAFT}/findings/{finding}\">{}</a>",
        say("preview-edit-finding", &[])
    )));
    assert!(page.contains(&format!(
        "<a class=\"edit\" href=\"{DRAFT}/summaries/{}\">",
        doc.summaries[0].domain
    )));
    assert!(!page.contains(claim), "the draft is not validated yet");
    assert!(page.contains(&say("profile-draft-disclaimer", &[])));
    assert!(!page.contains("id=\"approve\""), "analysts do not approve");

    // The focal point reads the same links as ways to the findings, and approves at the top
    // or at the end, knowing what it approves.
    let (mut gov, _) = Client::signed_in(&a, "focal-point").await;
    let page = gov.get(&format!("{DRAFT}/preview")).await.body;
    assert!(page.contains(&format!(
        "<a class=\"edit\" href=\"{DRAFT}/findings/{finding}\">{}</a>",
        say("preview-open-finding", &[])
    )));
    let top = page
        .find("id=\"approve\"")
        .expect("the approval at the top");
    let end = page.find("id=\"approve-end\"").expect("and at the end");
    let title = page.find("<h1>").expect("the profile's title");
    assert!(top < title && title < end);
    assert_eq!(page.matches("name=\"hash\"").count(), 2);
    for (key, count) in [
        ("approval-answers", doc.answers.len()),
        ("approval-findings", doc.findings.len()),
        ("approval-sources", doc.sources.len()),
    ] {
        assert_eq!(
            page.matches(&say(key, &[("count", count.into())])).count(),
            2,
            "{key}"
        );
    }
    assert!(!page.contains(claim));

    // The published profile says it was validated: it was.
    let mut public = Client::new(&a);
    assert!(public.get("/profiles/MNG/2023").await.body.contains(claim));
}
