//! The task list of an assessment ([`mgi_model::progress`]) as the workspace shows it, and the
//! panel that tells the signed-in user what they can do now and what comes next. Both are
//! derived, never listed by hand: the tasks from the document, the guidance from the access
//! rules ([`Ctx::can`], [`movers`]). The dashboard's "for you" is the same [`Duty`].

use mgi_framework::FrameworkSet;
use mgi_i18n::{Lang, Localise, tr};
use mgi_model::access::{Action, Principal, Subject, movers};
use mgi_model::progress::{Progress, Task, TaskProgress};
use mgi_model::{AssessmentDoc, Stage};

use super::Ctx;
use crate::views::{DomainTag, ProgressBar, TaskTag};

/// A task of the list: where its work is done, what it is, how far it is, and its counts in
/// words ("34 of 41 answers done, 5 to verify").
pub struct TaskRow {
    /// The task's code for the tests (`answers-<domain>`, `context`, …).
    pub code: String,
    pub href: String,
    /// A domain's answers are named by their domain; the other tasks by [`TaskRow::name`].
    pub domain: Option<DomainTag>,
    pub name: String,
    pub status: TaskTag,
    pub counts: String,
}

/// The task list on the workspace (`partials/tasks.html`): how many tasks are done, then each.
pub struct TaskList {
    pub bar: ProgressBar,
    pub rows: Vec<TaskRow>,
}

impl TaskList {
    pub fn new(ctx: &Ctx, set: &FrameworkSet, doc: &AssessmentDoc, p: &Progress) -> TaskList {
        TaskList {
            bar: ProgressBar::new(ctx.lang(), p),
            rows: p.tasks.iter().map(|t| row(ctx, set, doc, t)).collect(),
        }
    }
}

fn row(ctx: &Ctx, set: &FrameworkSet, doc: &AssessmentDoc, t: &TaskProgress) -> TaskRow {
    let lang = ctx.lang();
    let (done, total) = (t.done, t.total);
    let named = |code: &str, href: String, name: String, counts: String| TaskRow {
        code: code.to_owned(),
        href,
        domain: None,
        name,
        status: TaskTag::new(lang, t.status),
        counts,
    };
    match &t.task {
        Task::Answers { domain } => TaskRow {
            code: format!("answers-{domain}"),
            href: ctx.url(&format!("#domain-{domain}")),
            domain: set.domain(domain).map(|d| DomainTag::new(lang, d)),
            name: domain.clone(),
            status: TaskTag::new(lang, t.status),
            counts: tr!(
                lang,
                "tasks-count-answers",
                done = done,
                total = total,
                to_verify = t.to_verify
            ),
        },
        Task::Context => named(
            "context",
            ctx.url("/context"),
            tr!(lang, "tasks-context"),
            tr!(lang, "tasks-count-figures", done = done, total = total),
        ),
        Task::Conventions => named(
            "conventions",
            ctx.url("/context#conventions"),
            tr!(lang, "tasks-conventions"),
            tr!(lang, "tasks-count-conventions", total = total),
        ),
        Task::Summaries => {
            // The first domain without a summary, else the first domain.
            let written = |id: &str| {
                doc.summaries
                    .iter()
                    .any(|s| s.domain == id && !s.text.trim().is_empty())
            };
            let to_write = set
                .domains
                .iter()
                .find(|d| !written(&d.id))
                .or(set.domains.first());
            let href =
                to_write.map_or_else(|| ctx.url(""), |d| ctx.url(&format!("/summaries/{}", d.id)));
            named(
                "summaries",
                href,
                tr!(lang, "tasks-summaries"),
                tr!(lang, "tasks-count-summaries", done = done, total = total),
            )
        }
        Task::Consultations => named(
            "consultations",
            ctx.url("#consultations"),
            tr!(lang, "tasks-consultations"),
            tr!(lang, "tasks-count-events", total = total),
        ),
    }
}

/// What a user does with an assessment at its stage, by the access rules: approve it, write
/// it, comment on it, or read it. The dashboard says it in a word, the workspace's guidance in
/// a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    Approve,
    Write,
    Comment,
    Read,
}

impl Duty {
    pub fn of(p: &Principal, s: &Subject<'_>) -> Duty {
        if p.can(Action::Approve, s) {
            Duty::Approve
        } else if p.can(Action::Edit, s) {
            Duty::Write
        } else if p.can(Action::Comment, s) {
            Duty::Comment
        } else {
            Duty::Read
        }
    }

    /// The dashboard's "for you" column.
    pub fn todo(self, lang: Lang) -> String {
        match self {
            Duty::Approve => tr!(lang, "work-todo-approve"),
            Duty::Write => tr!(lang, "work-todo-write"),
            Duty::Comment => tr!(lang, "work-todo-comment"),
            Duty::Read => tr!(lang, "work-todo-read"),
        }
    }
}

/// What the signed-in user can do now on this assessment, and what comes next
/// (`partials/tasks.html`, `guidance`).
pub struct Guidance {
    /// "You are signed in as Analyst; this assessment is at the stage “data collection”."
    pub role_and_stage: String,
    /// What to do now, the main thing first.
    pub now: Vec<String>,
    /// The next stage and who moves the assessment there.
    pub next: Option<String>,
}

impl Guidance {
    pub fn new(ctx: &Ctx, progress: &Progress) -> Guidance {
        let lang = ctx.lang();
        let stage = ctx.summary.stage;
        let role = ctx.session.principal.role;
        let mut now = vec![match Duty::of(&ctx.session.principal, &ctx.subject()) {
            Duty::Approve => tr!(lang, "guide-approve"),
            Duty::Write if progress.is_complete() => tr!(lang, "guide-write-done"),
            Duty::Write => tr!(lang, "guide-write"),
            Duty::Comment => tr!(lang, "guide-comment"),
            Duty::Read => tr!(lang, "guide-read"),
        }];
        if stage.is_shared() && ctx.can(Action::Share) {
            now.push(tr!(lang, "guide-share"));
        }
        if stage.is_shared() && ctx.can(Action::Moderate) {
            now.push(tr!(lang, "guide-moderate"));
        }
        // The forward move is the first the workflow offers.
        let forward = stage.next().first().copied();
        match forward {
            Some(Stage::Published) if ctx.can(Action::Move(Stage::Published)) => {
                now.push(tr!(lang, "guide-publish"));
            }
            // Validation happens by approval, said above.
            Some(to) if to != Stage::Validated && ctx.can(Action::Move(to)) => {
                let to = to.localise(lang);
                now.push(if stage.is_public() {
                    tr!(lang, "guide-correct", stage = to)
                } else {
                    tr!(lang, "guide-move", stage = to)
                });
            }
            _ => {}
        }
        let next = forward.map(|to| {
            let who = movers(stage, to);
            if who.contains(&role) {
                let by_approval = if to == Stage::Validated { "yes" } else { "no" };
                tr!(
                    lang,
                    "guide-next-you",
                    stage = to.localise(lang),
                    by_approval = by_approval
                )
            } else {
                let roles: Vec<String> = who.iter().map(|r| r.localise(lang)).collect();
                tr!(
                    lang,
                    "guide-next-by",
                    stage = to.localise(lang),
                    roles = roles.join(", ")
                )
            }
        });
        Guidance {
            role_and_stage: tr!(
                lang,
                "guide-where",
                role = role.localise(lang),
                stage = stage.localise(lang)
            ),
            now,
            next,
        }
    }
}
