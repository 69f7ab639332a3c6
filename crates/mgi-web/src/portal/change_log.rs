//! The change log between two rounds of a jurisdiction, as the public progress page and the
//! team's page both show it: per indicator on the answer scale, the sources that changed and the
//! findings that moved.

use mgi_i18n::Localise;
use std::fmt::Write;

use mgi_framework::Framework;
use mgi_i18n::{number, tr};
use mgi_model::diff::{Change, RoundDiff, SourceChangeKind};
use mgi_store::RoundNote;

use super::labels;
use crate::html::{bdi, escape};
use crate::ui::{Ui, colon};

/// Years as they are written, with no grouping (`2023`, never `2,023`), separated by commas.
pub fn years_list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The change log as HTML in `ui`'s language; `note_form(indicator, note)` adds the team's form
/// to a line.
pub fn change_log(
    ui: &Ui,
    fw: &Framework,
    d: &RoundDiff,
    notes: &[RoundNote],
    note_form: &dyn Fn(&str, Option<&RoundNote>) -> String,
) -> String {
    let lang = ui.lang;
    let mut out = String::from("<p>");
    for c in Change::ALL {
        let _ = write!(
            out,
            "{}{}<strong>{}</strong> · ",
            escape(&c.localise(lang)),
            colon(lang),
            number(lang, i64::try_from(d.count(c)).unwrap_or(i64::MAX))
        );
    }
    let _ = writeln!(out, "{}</p>", escape(&tr!(lang, "portal-progress-scale")));
    let (changed, unchanged): (Vec<_>, Vec<_>) = d
        .indicators
        .iter()
        .partition(|c| c.change != Change::Unchanged);
    let head: String = [
        tr!(lang, "portal-indicator"),
        tr!(lang, "portal-progress-domain"),
        tr!(lang, "portal-progress-change"),
        tr!(lang, "portal-progress-before"),
        tr!(lang, "portal-progress-after"),
        tr!(lang, "portal-progress-new-sources"),
        tr!(lang, "portal-progress-note"),
    ]
    .iter()
    .map(|h| format!("<th>{}</th>", escape(h)))
    .collect();
    for (lines, open, close) in [
        (changed, String::new(), String::new()),
        (
            unchanged,
            format!(
                "<details><summary>{}</summary>\n",
                escape(&tr!(
                    lang,
                    "portal-progress-unchanged",
                    count = d.count(Change::Unchanged)
                ))
            ),
            "</details>\n".to_owned(),
        ),
    ] {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&open);
        let _ = writeln!(out, "<table><thead><tr>{head}</tr></thead><tbody>");
        for c in lines {
            let note = notes.iter().find(|n| n.indicator == c.indicator);
            let text = note.map(|n| escape(&n.note)).unwrap_or_default();
            let from = if c.from.is_empty() {
                String::new()
            } else {
                format!(
                    " <small>({})</small>",
                    escape(&tr!(
                        lang,
                        "portal-progress-from",
                        indicators = c.from.join(", ")
                    ))
                )
            };
            let _ = writeln!(
                out,
                "<tr class=\"{ch}\"><td><a href=\"{}\">{id}</a>{from}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><span dir=\"auto\">{text}</span>{}</td></tr>",
                escape(&ui.href(&format!("/explore?indicator={}", c.indicator))),
                c.domain
                    .as_deref()
                    .map(|id| labels::domain(lang, fw, id))
                    .unwrap_or_default(),
                escape(&c.change.localise(lang)),
                escape(&labels::value_or_dash(lang, c.before)),
                escape(&labels::value_or_dash(lang, c.after)),
                escape(&c.new_citations.join(", ")),
                note_form(&c.indicator, note),
                id = escape(&c.indicator),
                ch = c.change.as_str(),
            );
        }
        out.push_str("</tbody></table>\n");
        out.push_str(&close);
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul>",
        escape(&tr!(lang, "portal-progress-sources"))
    );
    for s in &d.sources {
        let kind = match s.kind {
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
        };
        let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
        let _ = writeln!(
            out,
            "<li>{}{}<em>{}</em>{year}{}{}</li>",
            bdi(&s.issuer),
            colon(lang),
            bdi(&s.title),
            colon(lang),
            escape(&kind)
        );
    }
    if d.sources.is_empty() {
        let _ = writeln!(
            out,
            "<li>{}</li>",
            escape(&tr!(lang, "portal-progress-no-source-change"))
        );
    }
    let _ = writeln!(
        out,
        "</ul>\n<h2>{}</h2>\n<ul>",
        escape(&tr!(lang, "portal-progress-findings-moved"))
    );
    for m in &d.finding_moves {
        let _ = writeln!(
            out,
            "<li>{}{}{} → {}</li>",
            escape(&m.indicator),
            colon(lang),
            escape(&m.from.localise(lang)),
            escape(&m.to.localise(lang))
        );
    }
    if d.finding_moves.is_empty() {
        let _ = writeln!(
            out,
            "<li>{}</li>",
            escape(&tr!(lang, "portal-progress-none"))
        );
    }
    out.push_str("</ul>\n");
    out
}
