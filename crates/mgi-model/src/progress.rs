//! The work on an assessment as a task list: what is done, what is left, what is to verify.
//!
//! [`progress`] is a pure function of the document and its framework set. It lists, in this
//! order, one task per domain of the set (its indicators' answers), then the context figures,
//! the conventions table, the domain summaries and the consultation annex. Each task has
//! counts ([`TaskProgress::done`], [`TaskProgress::to_verify`], [`TaskProgress::total`]) and a
//! [`TaskStatus`] computed from them by one rule:
//!
//! 1. **done** when there is something to do and all of it is done (`total > 0`,
//!    `done == total`);
//! 2. **not started** when nothing of it is done, drafted or to verify;
//! 3. **to verify** when what is not done is all to verify (`done + to_verify == total`);
//! 4. **in progress** otherwise.
//!
//! What is counted, per task:
//!
//! | task | total | done | to verify | started but not done |
//! |---|---|---|---|---|
//! | a domain's answers | the domain's indicators | answers complete or reviewed | answers carried over from the earlier round | answers in draft |
//! | context | the figures | figures whose source is in the register | — | figures citing a source not in the register |
//! | conventions | the table's rows | every row | — | — |
//! | summaries | the set's domains | domains with a summary that is not blank | — | — |
//! | consultation annex | the events | every event | — | — |
//!
//! So a domain whose every answer was carried over is *to verify*; one with an answer still
//! in draft or not started is *in progress* as soon as any answer is started; the conventions
//! and the annex are *done* once they have a row and *not started* before. Answers to
//! indicators the set does not place are not counted.

use mgi_framework::FrameworkSet;

use crate::{AnswerStatus, AssessmentDoc};

/// How far a task is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaskStatus {
    NotStarted,
    InProgress,
    /// Only what was carried over from an earlier round is left, to be checked again.
    ToVerify,
    Done,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 4] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::ToVerify,
        TaskStatus::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not-started",
            TaskStatus::InProgress => "in-progress",
            TaskStatus::ToVerify => "to-verify",
            TaskStatus::Done => "done",
        }
    }

    /// The rule of the module: from what is done, to verify and started (but neither) out of
    /// `total`.
    fn of(done: usize, to_verify: usize, started: usize, total: usize) -> TaskStatus {
        if total > 0 && done >= total {
            TaskStatus::Done
        } else if done + to_verify + started == 0 {
            TaskStatus::NotStarted
        } else if to_verify > 0 && done + to_verify >= total {
            TaskStatus::ToVerify
        } else {
            TaskStatus::InProgress
        }
    }
}

/// What a task is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    /// The answers to the indicators of a domain, by the domain's ID.
    Answers { domain: String },
    /// The figures of the migration context.
    Context,
    /// The conventions table.
    Conventions,
    /// The summary of each domain.
    Summaries,
    /// The consultation events of the annex.
    Consultations,
}

/// One task of the list, with its counts and its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskProgress {
    pub task: Task,
    pub status: TaskStatus,
    pub done: usize,
    pub to_verify: usize,
    pub total: usize,
}

impl TaskProgress {
    fn new(task: Task, done: usize, to_verify: usize, started: usize, total: usize) -> Self {
        TaskProgress {
            task,
            status: TaskStatus::of(done, to_verify, started, total),
            done,
            to_verify,
            total,
        }
    }
}

/// The task list of an assessment (see the module's documentation for the rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub tasks: Vec<TaskProgress>,
}

impl Progress {
    /// How many tasks are done.
    pub fn done(&self) -> usize {
        self.tasks
            .iter()
            .filter(|t| t.status == TaskStatus::Done)
            .count()
    }

    /// How many tasks there are.
    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tasks.is_empty()
    }

    /// Whether every task is done.
    pub fn is_complete(&self) -> bool {
        self.done() == self.len()
    }
}

/// The task list of `doc` against `set`, the framework set it is pinned to.
pub fn progress(doc: &AssessmentDoc, set: &FrameworkSet) -> Progress {
    let mut tasks: Vec<TaskProgress> = set
        .domains
        .iter()
        .map(|d| {
            let (mut done, mut to_verify, mut started, mut total) = (0, 0, 0, 0);
            for id in d.indicator_ids() {
                total += 1;
                match doc.answer(id).map(|a| a.status) {
                    Some(AnswerStatus::Complete | AnswerStatus::Reviewed) => done += 1,
                    Some(AnswerStatus::CarriedOver) => to_verify += 1,
                    Some(AnswerStatus::Draft) => started += 1,
                    Some(AnswerStatus::NotStarted) | None => {}
                }
            }
            let task = Task::Answers {
                domain: d.id.clone(),
            };
            TaskProgress::new(task, done, to_verify, started, total)
        })
        .collect();
    let sourced = doc
        .context
        .iter()
        .filter(|f| doc.source(&f.source).is_some())
        .count();
    let figures = doc.context.len();
    tasks.push(TaskProgress::new(
        Task::Context,
        sourced,
        0,
        figures - sourced,
        figures,
    ));
    let rows = doc.conventions.len();
    tasks.push(TaskProgress::new(Task::Conventions, rows, 0, 0, rows));
    let written = set
        .domains
        .iter()
        .filter(|d| {
            doc.summaries
                .iter()
                .any(|s| s.domain == d.id && !s.text.trim().is_empty())
        })
        .count();
    tasks.push(TaskProgress::new(
        Task::Summaries,
        written,
        0,
        0,
        set.domains.len(),
    ));
    let events = doc.consultations.len();
    tasks.push(TaskProgress::new(Task::Consultations, events, 0, 0, events));
    Progress { tasks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Answer, AnswerValue, ContextFigure, Convention, DomainSummary, FrameworkRef, Jurisdiction,
        JurisdictionKind, Source, SourceKind,
    };
    use mgi_framework::Framework;

    fn framework() -> Framework {
        Framework::embedded().expect("the shipped framework")
    }

    fn empty(set: &FrameworkSet) -> AssessmentDoc {
        let j = Jurisdiction::with_m49("MNG", JurisdictionKind::Country, None);
        AssessmentDoc::new(j, 2023, FrameworkRef::of(set))
    }

    fn answer(indicator: &str, status: AnswerStatus) -> Answer {
        Answer {
            indicator: indicator.into(),
            value: AnswerValue::Present,
            narrative: String::new(),
            status,
            confidence: None,
            notes: String::new(),
            citations: Vec::new(),
        }
    }

    fn task<'p>(p: &'p Progress, task: &Task) -> &'p TaskProgress {
        p.tasks.iter().find(|t| &t.task == task).expect("the task")
    }

    #[test]
    fn the_rule_from_counts() {
        use TaskStatus::*;
        // (done, to verify, started, total)
        assert_eq!(TaskStatus::of(0, 0, 0, 0), NotStarted, "nothing to do yet");
        assert_eq!(TaskStatus::of(0, 0, 0, 7), NotStarted);
        assert_eq!(TaskStatus::of(7, 0, 0, 7), Done);
        assert_eq!(TaskStatus::of(0, 7, 0, 7), ToVerify, "all carried over");
        assert_eq!(TaskStatus::of(5, 2, 0, 7), ToVerify, "only checks left");
        assert_eq!(TaskStatus::of(5, 1, 0, 7), InProgress, "one not started");
        assert_eq!(TaskStatus::of(0, 0, 1, 7), InProgress, "one draft");
        assert_eq!(TaskStatus::of(4, 2, 1, 7), InProgress);
    }

    #[test]
    fn an_empty_assessment_has_every_task_not_started() {
        let fw = framework();
        let set = fw.latest("mgi-national").expect("national set");
        let p = progress(&empty(set), set);
        assert_eq!(p.len(), set.domains.len() + 4, "a task per domain and four");
        assert!(p.tasks.iter().all(|t| t.status == TaskStatus::NotStarted));
        assert_eq!(p.done(), 0);
        assert!(!p.is_complete());
        let first = &set.domains[0];
        let answers = task(
            &p,
            &Task::Answers {
                domain: first.id.clone(),
            },
        );
        assert_eq!(answers.total, first.indicator_ids().count());
        assert_eq!(task(&p, &Task::Summaries).total, set.domains.len());
    }

    #[test]
    fn answers_count_by_status_and_carried_over_ones_are_to_verify() {
        let fw = framework();
        let set = fw.latest("mgi-national").expect("national set");
        let d = &set.domains[0];
        let ids: Vec<&str> = d.indicator_ids().collect();
        assert!(ids.len() >= 3, "the first domain has a few indicators");
        let this = Task::Answers {
            domain: d.id.clone(),
        };

        let mut doc = empty(set);
        doc.answers = ids
            .iter()
            .map(|id| answer(id, AnswerStatus::CarriedOver))
            .collect();
        let t = task(&progress(&doc, set), &this).clone();
        assert_eq!(t.status, TaskStatus::ToVerify);
        assert_eq!((t.done, t.to_verify, t.total), (0, ids.len(), ids.len()));

        doc.answers[0].status = AnswerStatus::Reviewed;
        doc.answers[1].status = AnswerStatus::Complete;
        let t = task(&progress(&doc, set), &this).clone();
        assert_eq!(t.status, TaskStatus::ToVerify, "only checks are left");
        assert_eq!((t.done, t.to_verify), (2, ids.len() - 2));

        doc.answers[2].status = AnswerStatus::Draft;
        let t = task(&progress(&doc, set), &this).clone();
        assert_eq!(t.status, TaskStatus::InProgress, "a draft is work left");

        doc.answers.truncate(1);
        doc.answers
            .push(answer("no-such-indicator", AnswerStatus::Reviewed));
        let t = task(&progress(&doc, set), &this).clone();
        assert_eq!(t.status, TaskStatus::InProgress);
        assert_eq!(
            (t.done, t.to_verify),
            (1, 0),
            "unplaced answers are not counted"
        );

        doc.answers = ids
            .iter()
            .map(|id| answer(id, AnswerStatus::Reviewed))
            .collect();
        let p = progress(&doc, set);
        assert_eq!(task(&p, &this).status, TaskStatus::Done);
        assert_eq!(p.done(), 1);
    }

    #[test]
    fn the_other_tasks_follow_their_rows() {
        let fw = framework();
        let set = fw.latest("mgi-national").expect("national set");
        let mut doc = empty(set);
        doc.sources.push(Source {
            key: "desa".into(),
            issuer: "UN DESA".into(),
            title: "International Migrant Stock".into(),
            year: Some(2020),
            kind: SourceKind::Data,
            amended: Vec::new(),
            url: None,
            online: true,
            language: None,
            note: None,
        });
        let figure = |source: &str| ContextFigure {
            measure: "immigrant-stock".into(),
            value: 21345.0,
            unit: "persons".into(),
            year: 2020,
            sex: None,
            age_group: None,
            source: source.into(),
        };
        doc.context = vec![figure("desa"), figure("missing")];
        doc.conventions.push(Convention {
            indicator: "ilo-97".into(),
            name: "ILO C97".into(),
            ratified: false,
            year: None,
        });
        doc.summaries.push(DomainSummary {
            domain: set.domains[0].id.clone(),
            text: "Written.".into(),
        });
        doc.summaries.push(DomainSummary {
            domain: set.domains[1].id.clone(),
            text: "  ".into(),
        });
        let p = progress(&doc, set);
        let context = task(&p, &Task::Context);
        assert_eq!(
            context.status,
            TaskStatus::InProgress,
            "a figure lacks its source"
        );
        assert_eq!((context.done, context.total), (1, 2));
        assert_eq!(task(&p, &Task::Conventions).status, TaskStatus::Done);
        let summaries = task(&p, &Task::Summaries);
        assert_eq!(summaries.status, TaskStatus::InProgress);
        assert_eq!(summaries.done, 1, "a blank summary is not written");
        assert_eq!(
            task(&p, &Task::Consultations).status,
            TaskStatus::NotStarted
        );

        doc.context.truncate(1);
        let p = progress(&doc, set);
        assert_eq!(task(&p, &Task::Context).status, TaskStatus::Done);
    }

    #[test]
    fn the_reference_assessment_is_complete_but_for_what_it_lacks() {
        let fw = framework();
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/reference/mongolia-2023.json"
        );
        let doc = AssessmentDoc::from_json(&std::fs::read_to_string(path).expect("file"), &fw)
            .expect("valid");
        let set = fw
            .set(&doc.framework.set, doc.framework.version)
            .expect("its set");
        let p = progress(&doc, set);
        assert_eq!(task(&p, &Task::Summaries).status, TaskStatus::Done);
        assert_eq!(task(&p, &Task::Consultations).status, TaskStatus::Done);
        assert!(p.done() > 0 && p.done() <= p.len());
    }
}
