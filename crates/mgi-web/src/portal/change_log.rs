//! The change log between two rounds of a jurisdiction, as the public progress page and the
//! team's page both show it: per indicator on the answer scale, the sources that changed, the
//! findings that moved and the findings new or retired. [`ChangeLog`] is what the `change_log` macro of
//! `templates/partials/change_log.html` shows; the page that calls it adds what it wants to each
//! line's note (the team's page, its form).

use mgi_framework::Framework;
use mgi_i18n::{Localise, number, tr};
use mgi_model::diff::{Change, FindingChange, IndicatorChange, RoundDiff, SourceChangeKind};
use mgi_store::RoundNote;

use super::download::DataTable;
use super::labels;
use super::views::{FindingLine, IndicatorRef};
use crate::ui::{Ui, colon};
use crate::views::SourceRef;
use crate::views::{DomainTag, Label, ValueTag, indicator_name};

/// Years as they are written, with no grouping (`2023`, never `2,023`), separated by commas.
pub fn years_list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The change log in one language.
pub struct ChangeLog {
    pub colon: &'static str,
    /// How many indicators each kind of change has, in the order of [`Change::ALL`].
    pub counts: Vec<ChangeCount>,
    /// What the changes are measured by.
    pub scale: String,
    /// The headings of the table's columns.
    pub head: Vec<String>,
    /// The indicators whose answer changed, then those whose answer did not (folded under
    /// `unchanged_summary`).
    pub changed: Vec<ChangeLine>,
    pub unchanged: Vec<ChangeLine>,
    pub unchanged_summary: String,
    pub sources_title: String,
    pub sources: Vec<SourceLine>,
    pub no_source_change: String,
    pub moves_title: String,
    /// What "findings that moved" means.
    pub moves_hint: String,
    pub moves: Vec<FindingMoveLine>,
    pub no_move: String,
    /// (title, findings) for the new findings, then the retired ones.
    pub findings: [(String, Vec<FindingChangeLine>); 2],
}

impl ChangeLog {
    /// The table's lines, changed then unchanged, as the page shows them, for a download.
    pub fn table(&self, name: String) -> DataTable {
        let words = |v: &Option<ValueTag>| v.as_ref().map_or_else(String::new, |v| v.name.clone());
        let rows = self
            .changed
            .iter()
            .chain(&self.unchanged)
            .map(|l| {
                vec![
                    l.indicator.text.clone(),
                    l.domain
                        .as_ref()
                        .map_or_else(String::new, |d| format!("{}. {}", d.number, d.name.text)),
                    l.change.clone(),
                    words(&l.before),
                    words(&l.after),
                    l.new_sources.clone(),
                    l.note.as_ref().map_or_else(String::new, |n| n.note.clone()),
                ]
            })
            .collect();
        DataTable {
            name,
            columns: self.head.clone(),
            rows,
        }
    }
}

/// A kind of change and how many indicators have it.
pub struct ChangeCount {
    pub name: String,
    pub count: String,
}

/// The change of one indicator's answer.
pub struct ChangeLine {
    /// The code of the change, the line's class for the stylesheet and the tests.
    pub code: &'static str,
    pub change: String,
    pub indicator: IndicatorRef,
    /// The earlier round's indicators it comes from, when not the same one.
    pub from: Option<String>,
    pub domain: Option<DomainTag>,
    pub before: Option<ValueTag>,
    pub after: Option<ValueTag>,
    /// The sources the later answer cites and the earlier one did not.
    pub new_sources: String,
    /// The team's note on the line.
    pub note: Option<RoundNote>,
}

/// A source that changed between the rounds, and how.
pub struct SourceLine {
    pub source: SourceRef,
    pub how: String,
}

/// An indicator whose findings moved from one kind to the other.
pub struct FindingMoveLine {
    pub indicator: IndicatorRef,
    pub from: String,
    pub to: String,
}

/// A finding new in the later round, or retired from the earlier one: its domain, its kind and
/// its text in the reader's language when translated.
pub struct FindingChangeLine {
    pub domain: Option<DomainTag>,
    pub finding: FindingLine,
}

impl FindingChangeLine {
    fn new(ui: &Ui, fw: &Framework, f: &FindingChange) -> FindingChangeLine {
        let lang = ui.lang;
        let (text, text_lang) = f.text_in(lang.code());
        FindingChangeLine {
            domain: labels::domain_tag(lang, fw, &f.domain),
            finding: FindingLine::new(lang, f.kind, Label::written_in(lang, text, text_lang)),
        }
    }
}

impl ChangeLog {
    pub fn new(ui: &Ui, fw: &Framework, d: &RoundDiff, notes: &[RoundNote]) -> ChangeLog {
        let lang = ui.lang;
        let line = |c: &IndicatorChange| ChangeLine {
            code: c.change.as_str(),
            change: c.change.localise(lang),
            indicator: IndicatorRef::new(ui, fw, &c.indicator),
            from: (!c.from.is_empty()).then(|| {
                let from: Vec<String> = c
                    .from
                    .iter()
                    .map(|id| indicator_name(lang, fw, id))
                    .collect();
                tr!(lang, "portal-progress-from", indicators = from.join(", "))
            }),
            domain: c
                .domain
                .as_deref()
                .and_then(|id| labels::domain_tag(lang, fw, id)),
            before: c.before.map(|v| ValueTag::new(lang, v)),
            after: c.after.map(|v| ValueTag::new(lang, v)),
            new_sources: c.new_citations.join(", "),
            note: notes.iter().find(|n| n.indicator == c.indicator).cloned(),
        };
        let (changed, unchanged): (Vec<_>, Vec<_>) = d
            .indicators
            .iter()
            .partition(|c| c.change != Change::Unchanged);
        ChangeLog {
            colon: colon(lang),
            counts: Change::ALL
                .iter()
                .map(|&c| ChangeCount {
                    name: c.localise(lang),
                    count: number(lang, i64::try_from(d.count(c)).unwrap_or(i64::MAX)),
                })
                .collect(),
            scale: tr!(lang, "portal-progress-scale"),
            head: [
                "portal-indicator",
                "portal-progress-domain",
                "portal-progress-change",
                "portal-progress-before",
                "portal-progress-after",
                "portal-progress-new-sources",
                "portal-progress-note",
            ]
            .into_iter()
            .map(|key| mgi_i18n::tr(lang, key))
            .collect(),
            changed: changed.into_iter().map(line).collect(),
            unchanged: unchanged.into_iter().map(line).collect(),
            unchanged_summary: tr!(
                lang,
                "portal-progress-unchanged",
                count = d.count(Change::Unchanged)
            ),
            sources_title: tr!(lang, "portal-progress-sources"),
            sources: d
                .sources
                .iter()
                .map(|s| SourceLine {
                    source: SourceRef {
                        issuer: s.issuer.clone(),
                        title: s.title.clone(),
                        year: s.year,
                    },
                    how: match s.kind {
                        SourceChangeKind::New => tr!(lang, "portal-progress-source-new"),
                        SourceChangeKind::Amended if s.amendments.is_empty() => {
                            tr!(lang, "portal-progress-source-changed")
                        }
                        SourceChangeKind::Amended => tr!(
                            lang,
                            "portal-progress-source-amended",
                            years = years_list(&s.amendments)
                        ),
                        SourceChangeKind::Removed => tr!(lang, "portal-progress-source-removed"),
                    },
                })
                .collect(),
            no_source_change: tr!(lang, "portal-progress-no-source-change"),
            moves_title: tr!(lang, "portal-progress-findings-moved"),
            moves_hint: tr!(lang, "portal-progress-findings-moved-hint"),
            moves: d
                .finding_moves
                .iter()
                .map(|m| FindingMoveLine {
                    indicator: IndicatorRef::new(ui, fw, &m.indicator),
                    from: m.from.localise(lang),
                    to: m.to.localise(lang),
                })
                .collect(),
            no_move: tr!(lang, "portal-progress-none"),
            findings: [
                (
                    tr!(lang, "portal-progress-findings-new"),
                    d.new_findings
                        .iter()
                        .map(|f| FindingChangeLine::new(ui, fw, f))
                        .collect(),
                ),
                (
                    tr!(lang, "portal-progress-findings-retired"),
                    d.retired_findings
                        .iter()
                        .map(|f| FindingChangeLine::new(ui, fw, f))
                        .collect(),
                ),
            ],
        }
    }

    /// The lines whose answer changed, then those whose answer did not under their summary;
    /// a part without lines is not shown.
    pub fn parts(&self) -> [(&[ChangeLine], Option<&str>); 2] {
        [
            (&self.changed, None),
            (&self.unchanged, Some(&self.unchanged_summary)),
        ]
    }

    /// Every line of the table, in the order shown.
    pub fn lines(&self) -> impl Iterator<Item = &ChangeLine> {
        self.changed.iter().chain(&self.unchanged)
    }
}
