//! A store error people can act on (a refusal, a conflict, what was not found), in any
//! language: kept typed ([`NotDone`]) so that each page, command or workbook says it in the
//! language of its reader; stages and records by their names.

use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};
use mgi_model::{Stage, TransitionError};

use crate::{Record, Refusal, StoreError};

/// Why the store did not make a change, kept typed so that each page says it in its language.
#[derive(Clone, Debug)]
pub enum NotDone {
    Refused(Refusal),
    Transition(TransitionError),
    /// What was read (to approve, or to fill from a workbook) changed since.
    ContentChanged,
    /// A save based on a stale version.
    Conflict {
        expected: i64,
        current: i64,
    },
    /// The record named is there already.
    AlreadyExists(Record),
}

impl NotDone {
    /// The reason of a store error that people can act on; `None` for the others (not found,
    /// invalid input, failures).
    pub fn of(e: &StoreError) -> Option<NotDone> {
        Some(match e {
            StoreError::Refused(r) => NotDone::Refused(r.clone()),
            StoreError::Transition(t) => NotDone::Transition(*t),
            StoreError::ContentChanged(_) => NotDone::ContentChanged,
            StoreError::Conflict {
                expected, current, ..
            } => NotDone::Conflict {
                expected: *expected,
                current: *current,
            },
            StoreError::AlreadyExists(what) => NotDone::AlreadyExists(what.clone()),
            _ => return None,
        })
    }

    /// The reason in `lang` (plain text), stages by their names.
    pub fn text(&self, lang: Lang) -> String {
        let stage = |s: Stage| s.localise(lang);
        match self {
            NotDone::Refused(Refusal::ApprovalNotNow {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-approval-not-now",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::CorrectionWithoutNote) => {
                tr!(lang, "refusal-correction-without-note")
            }
            NotDone::Refused(Refusal::NotApproved { jurisdiction, year }) => tr!(
                lang,
                "refusal-not-approved",
                jurisdiction = jurisdiction,
                year = year.to_string()
            ),
            NotDone::Refused(Refusal::NotReady {
                jurisdiction,
                year,
                blockers,
            }) => {
                let gaps: Vec<String> = blockers.iter().map(|(g, n)| g.text(lang, *n)).collect();
                tr!(
                    lang,
                    "refusal-not-ready",
                    jurisdiction = jurisdiction,
                    year = year.to_string(),
                    gaps = gaps.join("; ")
                )
            }
            NotDone::Refused(Refusal::RoundClosed {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-round-closed",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::ShareNotNow {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-share-not-now",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::EditNotNow {
                jurisdiction,
                year,
                stage: at,
            }) => tr!(
                lang,
                "refusal-edit-not-now",
                jurisdiction = jurisdiction,
                year = year.to_string(),
                stage = stage(*at)
            ),
            NotDone::Refused(Refusal::LinkFull { max }) => {
                tr!(lang, "refusal-link-full", max = *max)
            }
            NotDone::Transition(t) => {
                let allowed: Vec<String> = t.allowed().iter().map(|&s| stage(s)).collect();
                tr!(
                    lang,
                    "refusal-transition",
                    from = stage(t.from),
                    to = stage(t.to),
                    allowed = allowed.join(", ")
                )
            }
            NotDone::ContentChanged => tr!(lang, "refusal-content-changed"),
            NotDone::Conflict { expected, current } => tr!(
                lang,
                "refusal-conflict",
                expected = *expected,
                current = *current
            ),
            NotDone::AlreadyExists(what) => {
                tr!(
                    lang,
                    "refusal-already-exists",
                    what = record_text(lang, what)
                )
            }
        }
    }
}

/// A store error people can act on (a refusal, a conflict), written in `lang`; `None` for the
/// others, which are shown as they are.
pub fn store_error_text(lang: Lang, e: &StoreError) -> Option<String> {
    match e {
        StoreError::NotFound(what) => Some(tr!(
            lang,
            "refusal-not-found",
            what = record_text(lang, what)
        )),
        _ => NotDone::of(e).map(|reason| reason.text(lang)),
    }
}

/// What a store error names, in `lang`.
pub fn record_text(lang: Lang, record: &Record) -> String {
    match record {
        Record::Assessment { jurisdiction, year } => tr!(
            lang,
            "record-assessment",
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::Publication { jurisdiction, year } => tr!(
            lang,
            "record-publication",
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::PublishedRounds { jurisdiction } => {
            tr!(lang, "record-published-rounds", jurisdiction = jurisdiction)
        }
        Record::Part {
            kind,
            key,
            jurisdiction,
            year,
        } => tr!(
            lang,
            "record-part",
            kind = kind.code(),
            key = key,
            jurisdiction = jurisdiction,
            year = year.to_string()
        ),
        Record::User(name) => tr!(lang, "record-user", name = name),
        Record::File(path) => tr!(lang, "record-file", path = path),
    }
}

#[cfg(test)]
mod tests {
    use mgi_model::Stage;

    use super::*;

    #[test]
    fn a_refused_stage_move_names_the_stages_in_the_language() {
        let refused = Stage::DataCollection
            .check_transition(Stage::Published)
            .expect_err("publication skips consultation and validation");
        let stage = |lang: Lang, s: Stage| tr!(lang, "work-stage", stage = s.as_str());
        for lang in [Lang::Fr, Lang::Es] {
            let expected = tr!(
                lang,
                "refusal-transition",
                from = stage(lang, Stage::DataCollection),
                to = stage(lang, Stage::Published),
                allowed = stage(lang, Stage::DraftShared)
            );
            assert_eq!(NotDone::Transition(refused).text(lang), expected);
            assert!(expected.contains(&stage(lang, Stage::DataCollection)));
        }
        assert_eq!(
            store_error_text(Lang::Fr, &StoreError::Transition(refused)),
            Some(NotDone::Transition(refused).text(Lang::Fr))
        );
        assert_eq!(
            store_error_text(
                Lang::Fr,
                &StoreError::NotFound(Record::assessment("MNG", 2029))
            ),
            Some("Introuvable\u{202F}: évaluation MNG 2029.".to_owned())
        );
        let exists =
            StoreError::AlreadyExists(Record::part(crate::PartKind::Source, "law-x", "MNG", 2026));
        assert_eq!(
            store_error_text(Lang::Es, &exists),
            Some(
                "Este elemento ya existe (fuente law-x de MNG 2026); no se ha sobrescrito nada."
                    .to_owned()
            )
        );
        assert_eq!(
            exists.to_string(),
            "source law-x of MNG 2026 already exists (use replace to overwrite it)"
        );
    }
}
