//! The consultation annex: dates, place, participants, key findings, recommendations.

use std::sync::LazyLock;

use chrono::NaiveDate;
use mgi_model::ConsultationEvent;
use regex::Regex;

use crate::input::Line;
use crate::paragraphs::{Notes, Para, footnote_body};
use crate::report::ParseReport;
use crate::sections::{PartKind, Parts, unreachable_regex};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

static DATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})\s*(?:[–-]\s*(\d{1,2})\s+)?\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})")
        .unwrap_or_else(|_| unreachable_regex())
});
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4},?\s+in\s+([A-Z][^,.]+(?:,\s*[A-Z][^,.]+)?)")
        .unwrap_or_else(|_| unreachable_regex())
});
static PARTICIPANTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(more than|over|about|some)?\s*(\d{1,4})\s+(?:representatives|participants|people)",
    )
    .unwrap_or_else(|_| unreachable_regex())
});

#[derive(Clone, Copy, PartialEq)]
enum List {
    None,
    Findings,
    Recommendations,
}

fn dates(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let c = DATES.captures(text)?;
    let day1: u32 = c.get(1)?.as_str().parse().ok()?;
    let day2: u32 = c
        .get(2)
        .and_then(|d| d.as_str().parse().ok())
        .unwrap_or(day1);
    let month = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(c.get(3).map_or("", |m| m.as_str())))?;
    let month = u32::try_from(month).ok()? + 1;
    let year: i32 = c.get(4)?.as_str().parse().ok()?;
    Some((
        NaiveDate::from_ymd_opt(year, month, day1)?,
        NaiveDate::from_ymd_opt(year, month, day2)?,
    ))
}

pub fn read(
    lines: &[Line],
    parts: &Parts,
    notes: &Notes,
    report: &mut ParseReport,
) -> Vec<ConsultationEvent> {
    let mut out = Vec::new();
    for range in parts.of(PartKind::Annex) {
        let mut event: Option<ConsultationEvent> = None;
        let mut list = List::None;
        let mut note_numbers: Vec<u32> = Vec::new();
        for line in &lines[range] {
            let text = line.text.trim();
            if text.is_empty() || report.is_placed(line.no) || footnote_body(text).is_some() {
                continue;
            }
            let lower = text.to_lowercase();
            if event.is_none() {
                if let Some((start, end)) = dates(text) {
                    let title = text.rsplit_once(" (").map_or(text, |(t, _)| t).to_owned();
                    event = Some(ConsultationEvent {
                        key: format!("consultation-{}", out.len() + 1),
                        title,
                        start,
                        end,
                        place: String::new(),
                        participants: None,
                        participants_more_than: false,
                        description: String::new(),
                        key_findings: Vec::new(),
                        recommendations: Vec::new(),
                        footnotes: Vec::new(),
                    });
                    report.place(line.no);
                }
                continue;
            }
            let Some(e) = event.as_mut() else { continue };
            if lower == "key findings" {
                list = List::Findings;
                report.place(line.no);
                continue;
            }
            if lower == "recommendations" {
                list = List::Recommendations;
                report.place(line.no);
                continue;
            }
            let para = Para::new(line);
            note_numbers.extend(para.notes.iter().copied());
            if let Some(item) = para.text.strip_prefix("- ") {
                match list {
                    List::Findings => e.key_findings.push(item.trim().to_owned()),
                    List::Recommendations => e.recommendations.push(item.trim().to_owned()),
                    List::None => continue,
                }
                report.place(line.no);
            } else if list == List::None {
                if e.place.is_empty()
                    && let Some(p) = PLACE.captures(&para.text).and_then(|c| c.get(1))
                {
                    e.place = p.as_str().trim().to_owned();
                }
                if let Some(c) = PARTICIPANTS.captures(&para.text) {
                    e.participants = c.get(2).and_then(|n| n.as_str().parse().ok());
                    e.participants_more_than = c.get(1).is_some_and(|m| {
                        matches!(m.as_str().to_lowercase().as_str(), "more than" | "over")
                    });
                }
                if !e.description.is_empty() {
                    e.description.push_str("\n\n");
                }
                e.description.push_str(&para.text);
                report.place(line.no);
            }
        }
        if let Some(mut e) = event {
            let holder = Para {
                line: 0,
                lines: Vec::new(),
                text: String::new(),
                notes: note_numbers,
            };
            e.footnotes = holder.attach_notes(notes, report);
            out.push(e);
        }
    }
    out
}
