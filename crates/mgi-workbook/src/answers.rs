//! The rows of a domain sheet read as answers, matched by indicator ID.
//!
//! Rules: a row is found by its ID, wherever it sits; an ID must belong to the set, sit on its
//! domain's sheet and appear once in the workbook. A row without an answer leaves an unanswered
//! indicator unanswered, but it may not carry a narrative, citations, confidence, status or
//! notes, and it may not withdraw an answer given before (the analyst chooses `unknown`
//! instead). An answered row with no status is a draft. Name, sub-area, question and answer
//! criteria are for reading: they are not read.

use std::collections::BTreeMap;

use mgi_model::{Answer, AnswerStatus, AnswerValue, Confidence};

use crate::cell;
use crate::citation::Pairs;
use crate::error::CellReason;
use crate::layout::{Column, QuestionColumn as Q, SheetColumn};
use crate::read::{Context, Origin};
use crate::sheet::{Problems, Sheet};

/// The answers of a domain sheet. `seen` holds the cell of every ID met so far in the workbook.
pub(crate) fn read<'s>(
    sheet: &'s Sheet,
    context: &Context,
    seen: &mut BTreeMap<String, String>,
    problems: &mut Problems,
) -> Vec<(Answer, Origin<'s>)> {
    if !sheet.headers_intact::<Q>(problems) {
        return Vec::new();
    }
    let pairs = Pairs::found::<Q>(sheet);
    let mut answers = Vec::new();
    for row in sheet.data_rows() {
        let Some(indicator) = indicator(sheet, row, context, seen, problems) else {
            continue;
        };
        if let Some(answer) = answer(sheet, row, indicator, &pairs, context, problems) {
            answers.push((answer, Origin { sheet, row }));
        }
    }
    answers
}

/// The row's indicator ID, when it is one of this sheet not met before.
fn indicator(
    sheet: &Sheet,
    row: u32,
    context: &Context,
    seen: &mut BTreeMap<String, String>,
    problems: &mut Problems,
) -> Option<String> {
    let col = Q::Indicator.index();
    let id = sheet
        .read(row, col, problems, cell::text)?
        .trim()
        .to_owned();
    let reason = match context.home.get(id.as_str()) {
        _ if id.is_empty() => CellReason::NoIndicator,
        None => CellReason::UnknownIndicator {
            id,
            set: context.set.clone(),
        },
        Some(&home) if home != sheet.name => CellReason::WrongSheet {
            id,
            home: home.to_owned(),
        },
        Some(_) => match seen.get(&id) {
            Some(first) => CellReason::DuplicateIndicator {
                first: first.clone(),
                id,
            },
            None => {
                seen.insert(id.clone(), sheet.cell_name(row, col));
                return Some(id);
            }
        },
    };
    problems.add(sheet, row, col, reason);
    None
}

/// The answer of a row, or `None` when it has none (or has problems).
fn answer(
    sheet: &Sheet,
    row: u32,
    indicator: String,
    pairs: &Pairs,
    context: &Context,
    problems: &mut Problems,
) -> Option<Answer> {
    let lang = sheet.lang;
    let value = sheet.read(row, Q::Answer.index(), problems, |c| {
        cell::code::<AnswerValue>(c, lang)
    });
    let narrative = sheet.read(row, Q::Narrative.index(), problems, cell::text);
    let citations = pairs.read(
        sheet,
        row,
        &context.known_sources,
        &context.layout.sources,
        problems,
    );
    let confidence = sheet.read(row, Q::Confidence.index(), problems, |c| {
        cell::code::<Confidence>(c, lang)
    });
    let status = sheet.read(row, Q::Status.index(), problems, |c| {
        cell::code::<AnswerStatus>(c, lang)
    });
    let notes = sheet.read(row, Q::Notes.index(), problems, cell::text);
    let (
        Some(value),
        Some(narrative),
        Some(citations),
        Some(confidence),
        Some(status),
        Some(notes),
    ) = (value, narrative, citations, confidence, status, notes)
    else {
        return None;
    };
    let Some(value) = value else {
        unanswered(sheet, row, &indicator, pairs, context, problems);
        return None;
    };
    Some(Answer {
        indicator,
        value,
        narrative,
        status: status.unwrap_or(AnswerStatus::Draft),
        confidence,
        notes,
        citations,
    })
}

/// A row without an answer: fine when it is empty and the indicator had no answer.
fn unanswered(
    sheet: &Sheet,
    row: u32,
    indicator: &str,
    pairs: &Pairs,
    context: &Context,
    problems: &mut Problems,
) {
    let col = Q::Answer.index();
    if let Some(before) = context.base.answer(indicator) {
        let before = before.value;
        problems.add(sheet, row, col, CellReason::AnswerWithdrawn { before });
        return;
    }
    let filled: Vec<SheetColumn> = [Q::Narrative, Q::Confidence, Q::Status, Q::Notes]
        .into_iter()
        .filter(|&c| cell::text(sheet.get(row, c.index())).is_ok_and(|t| !t.trim().is_empty()))
        .map(Column::named)
        .chain(
            pairs
                .filled(sheet, row)
                .into_iter()
                .map(SheetColumn::Citation),
        )
        .collect();
    if !filled.is_empty() {
        problems.add(sheet, row, col, CellReason::AnswerNeeded { filled });
    }
}
