//! The questionnaire workbook of an assessment: About, a sheet per domain, Sources.

use mgi_framework::{Domain, Framework, FrameworkSet, RECONSTRUCTION_NOTICE};
use mgi_model::{Answer, AnswerStatus, AnswerValue, AssessmentDoc, Confidence, Source, SourceKind};
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder,
    ProtectionOptions, Workbook, Worksheet,
};

use crate::citation;
use crate::error::WorkbookError;
use crate::layout::{
    ABOUT_LABEL_COL, ABOUT_SHEET, ABOUT_VALUE_COL, Code, Column, HEADER_ROW, IDENTITY_ROW, NO,
    QuestionColumn, SOURCES_SHEET, SPARE_SOURCE_ROWS, SourceColumn, YEARS, YES, domain_sheets,
    identity,
};

/// The questionnaire workbook of an assessment: a sheet per domain of its framework set, a row
/// per indicator, the source register, and an About sheet that says how to fill it in.
pub fn write_questionnaire(
    framework: &Framework,
    doc: &AssessmentDoc,
) -> Result<Vec<u8>, WorkbookError> {
    let set = framework
        .set(&doc.framework.set, doc.framework.version)
        .ok_or_else(|| WorkbookError::UnknownFrameworkSet {
            set: doc.framework.set.clone(),
            version: doc.framework.version,
        })?;
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    write_about(
        &mut SheetWriter::add(&mut workbook, ABOUT_SHEET)?,
        set,
        doc,
        &formats,
    )?;
    for (name, domain) in domain_sheets(set) {
        write_domain(
            &mut SheetWriter::add(&mut workbook, &name)?,
            framework,
            domain,
            doc,
            &formats,
        )?;
    }
    write_sources(
        &mut SheetWriter::add(&mut workbook, SOURCES_SHEET)?,
        &doc.sources,
        &formats,
    )?;
    Ok(workbook.save_to_buffer()?)
}

const ABOUT_LABEL_WIDTH: f64 = 30.0;
const ABOUT_VALUE_WIDTH: f64 = 100.0;
/// The height of a line of text in the default font, in points.
const LINE_HEIGHT: f64 = 15.0;
/// Excel's tallest row, in points.
const MAX_ROW_HEIGHT: f64 = 409.0;

struct Formats {
    title: Format,
    header: Format,
    label: Format,
    text: Format,
    locked: Format,
    editable: Format,
}

impl Formats {
    fn new() -> Formats {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border_bottom(FormatBorder::Thin),
            label: text.clone().set_bold(),
            locked: text.clone().set_background_color(Color::RGB(0xEEEEEE)),
            editable: text.clone().set_unlocked(),
            text,
        }
    }

    /// Grey and locked for columns the analyst reads, white and open for those they fill in.
    fn column(&self, column: impl Column) -> &Format {
        if column.editable() {
            &self.editable
        } else {
            &self.locked
        }
    }
}

/// A worksheet and its name, so that a failed write names its cell.
struct SheetWriter<'a> {
    sheet: &'a mut Worksheet,
    name: String,
}

impl<'a> SheetWriter<'a> {
    fn add(workbook: &'a mut Workbook, name: &str) -> Result<SheetWriter<'a>, WorkbookError> {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        Ok(SheetWriter {
            sheet,
            name: name.to_owned(),
        })
    }

    fn at(
        &self,
        row: u32,
        col: u16,
    ) -> impl FnOnce(rust_xlsxwriter::XlsxError) -> WorkbookError + use<> {
        let (sheet, cell) = (self.name.clone(), row_col_to_cell(row, col));
        move |source| WorkbookError::Cell {
            sheet,
            cell,
            source,
        }
    }

    /// A text cell (an empty text leaves the cell blank, formatted).
    fn text(
        &mut self,
        row: u32,
        col: u16,
        text: &str,
        format: &Format,
    ) -> Result<(), WorkbookError> {
        let at = self.at(row, col);
        self.sheet
            .write_string_with_format(row, col, text, format)
            .map_err(at)?;
        Ok(())
    }

    fn number(&mut self, row: u32, col: u16, n: f64, format: &Format) -> Result<(), WorkbookError> {
        let at = self.at(row, col);
        self.sheet
            .write_number_with_format(row, col, n, format)
            .map_err(at)?;
        Ok(())
    }

    /// Header row, widths, a frozen header and ID column, and the drop-downs of `rows` data rows.
    fn columns<C: Column>(&mut self, rows: u32, formats: &Formats) -> Result<(), WorkbookError> {
        for &column in C::ALL {
            let col = column.index();
            self.text(HEADER_ROW, col, column.header(), &formats.header)?;
            self.sheet.set_column_width(col, column.width())?;
            if let (Some(choices), true) = (column.choices(), rows > 0) {
                let validation = DataValidation::new()
                    .allow_list_strings(&choices)?
                    .set_error_title("Not in the list")?
                    .set_error_message(format!("Use one of: {}.", choices.join(", ")))?;
                self.sheet.add_data_validation(
                    HEADER_ROW + 1,
                    col,
                    HEADER_ROW + rows,
                    col,
                    &validation,
                )?;
            }
        }
        self.sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
        Ok(())
    }

    /// Make a row tall enough for its wrapped texts, given as (text, column width): not every
    /// spreadsheet program fits rows when it opens a file.
    fn fit_row<'t>(
        &mut self,
        row: u32,
        cells: impl IntoIterator<Item = (&'t str, f64)>,
    ) -> Result<(), WorkbookError> {
        let lines = cells
            .into_iter()
            .map(|(text, width)| wrapped_lines(text, width))
            .max()
            .unwrap_or(1);
        if lines > 1 {
            let height = (lines as f64 * LINE_HEIGHT).min(MAX_ROW_HEIGHT);
            self.sheet.set_row_height(row, height)?;
        }
        Ok(())
    }

    /// Lock the sheet (no password): only unlocked cells can be edited; columns and rows can
    /// still be resized.
    fn protect(&mut self) {
        self.sheet.protect_with_options(&ProtectionOptions {
            format_columns: true,
            format_rows: true,
            ..ProtectionOptions::default()
        });
    }
}

/// About how many lines a text takes in a wrapped column of `width` (in characters).
fn wrapped_lines(text: &str, width: f64) -> usize {
    let per_line = width.max(1.0) as usize;
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum()
}

fn write_domain(
    sheet: &mut SheetWriter,
    framework: &Framework,
    domain: &Domain,
    doc: &AssessmentDoc,
    formats: &Formats,
) -> Result<(), WorkbookError> {
    let indicators = domain
        .subareas
        .iter()
        .flat_map(|sub| sub.indicators.iter().map(move |id| (sub, id.as_str())));
    let mut rows = 0;
    for (row, (subarea, id)) in (HEADER_ROW + 1..).zip(indicators) {
        let question = framework.indicator(id).map_or("", |i| i.question.en());
        let answer = doc.answer(id);
        let cells: Vec<(QuestionColumn, String)> = QuestionColumn::ALL
            .iter()
            .map(|&column| {
                let value = match column {
                    QuestionColumn::Indicator => id.to_owned(),
                    QuestionColumn::SubArea => subarea.name.en().to_owned(),
                    QuestionColumn::Question => question.to_owned(),
                    _ => answer.map(|a| answer_cell(a, column)).unwrap_or_default(),
                };
                (column, value)
            })
            .collect();
        for (column, value) in &cells {
            sheet.text(row, column.index(), value, formats.column(*column))?;
        }
        sheet.fit_row(row, cells.iter().map(|(c, v)| (v.as_str(), c.width())))?;
        rows = row - HEADER_ROW;
    }
    sheet.columns::<QuestionColumn>(rows, formats)?;
    sheet.protect();
    Ok(())
}

/// The cell of an answer's column (only the columns an analyst fills in hold answer fields).
fn answer_cell(answer: &Answer, column: QuestionColumn) -> String {
    match column {
        QuestionColumn::Answer => answer.value.code().to_owned(),
        QuestionColumn::Narrative => answer.narrative.clone(),
        QuestionColumn::Sources => citation::format(&answer.citations),
        QuestionColumn::Confidence => answer
            .confidence
            .map(|c| c.code().to_owned())
            .unwrap_or_default(),
        QuestionColumn::Status => answer.status.code().to_owned(),
        QuestionColumn::Notes => answer.notes.clone(),
        QuestionColumn::Indicator | QuestionColumn::SubArea | QuestionColumn::Question => {
            String::new()
        }
    }
}

fn write_sources(
    sheet: &mut SheetWriter,
    sources: &[Source],
    formats: &Formats,
) -> Result<(), WorkbookError> {
    for (row, source) in (HEADER_ROW + 1..).zip(sources) {
        let cells: Vec<(SourceColumn, String)> = SourceColumn::ALL
            .iter()
            .map(|&column| (column, source_cell(source, column)))
            .collect();
        for (column, value) in &cells {
            let (col, format) = (column.index(), formats.column(*column));
            match (column, source.year) {
                (SourceColumn::Year, Some(year)) => {
                    sheet.number(row, col, f64::from(year), format)?
                }
                _ => sheet.text(row, col, value, format)?,
            }
        }
        sheet.fit_row(row, cells.iter().map(|(c, v)| (v.as_str(), c.width())))?;
    }
    let rows = u32::try_from(sources.len())
        .unwrap_or(u32::MAX - SPARE_SOURCE_ROWS)
        .saturating_add(SPARE_SOURCE_ROWS);
    sheet.columns::<SourceColumn>(rows, formats)?;
    let years = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(*YEARS.start(), *YEARS.end()))
        .set_error_title("Not a year")?
        .set_error_message(format!(
            "A year is a whole number from {} to {}.",
            YEARS.start(),
            YEARS.end()
        ))?;
    let col = SourceColumn::Year.index();
    sheet
        .sheet
        .add_data_validation(HEADER_ROW + 1, col, HEADER_ROW + rows, col, &years)?;
    Ok(())
}

/// The cell of a source's column as text (the year is written as a number when present).
fn source_cell(source: &Source, column: SourceColumn) -> String {
    let optional = |text: &Option<String>| text.clone().unwrap_or_default();
    match column {
        SourceColumn::Key => source.key.clone(),
        SourceColumn::Issuer => source.issuer.clone(),
        SourceColumn::Title => source.title.clone(),
        SourceColumn::Year => source.year.map(|y| y.to_string()).unwrap_or_default(),
        SourceColumn::Kind => source.kind.code().to_owned(),
        SourceColumn::Amended => source
            .amended
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        SourceColumn::Url => optional(&source.url),
        SourceColumn::Online => (if source.online { YES } else { NO }).to_owned(),
        SourceColumn::Language => optional(&source.language),
        SourceColumn::Note => optional(&source.note),
    }
}

/// A row of the About sheet after the identity block.
enum Line {
    Heading(String),
    Pair(String, String),
    Blank,
}

fn write_about(
    sheet: &mut SheetWriter,
    set: &FrameworkSet,
    doc: &AssessmentDoc,
    formats: &Formats,
) -> Result<(), WorkbookError> {
    sheet.text(
        0,
        ABOUT_LABEL_COL,
        &format!("MGI questionnaire: {} {}", doc.jurisdiction.name, doc.year),
        &formats.title,
    )?;
    let identity = identity(doc);
    for (row, (label, value)) in (IDENTITY_ROW..).zip(&identity) {
        sheet.text(row, ABOUT_LABEL_COL, label, &formats.label)?;
        sheet.text(row, ABOUT_VALUE_COL, value, &formats.text)?;
    }
    let first = IDENTITY_ROW + identity.len() as u32;
    for (row, line) in (first..).zip(about_lines(set, doc)) {
        match line {
            Line::Heading(text) => sheet.text(row, ABOUT_LABEL_COL, &text, &formats.title)?,
            Line::Pair(label, text) => {
                sheet.text(row, ABOUT_LABEL_COL, &label, &formats.label)?;
                sheet.text(row, ABOUT_VALUE_COL, &text, &formats.text)?;
                sheet.fit_row(
                    row,
                    [
                        (label.as_str(), ABOUT_LABEL_WIDTH),
                        (&text, ABOUT_VALUE_WIDTH),
                    ],
                )?;
            }
            Line::Blank => {}
        }
    }
    sheet
        .sheet
        .set_column_width(ABOUT_LABEL_COL, ABOUT_LABEL_WIDTH)?;
    sheet
        .sheet
        .set_column_width(ABOUT_VALUE_COL, ABOUT_VALUE_WIDTH)?;
    sheet.protect();
    Ok(())
}

/// Everything the About sheet says after the identity block.
fn about_lines(set: &FrameworkSet, doc: &AssessmentDoc) -> Vec<Line> {
    let pair = |label: &str, text: &str| Line::Pair(label.to_owned(), text.to_owned());
    let heading = |text: &str| Line::Heading(text.to_owned());
    let editable: Vec<&str> = QuestionColumn::ALL
        .iter()
        .filter(|c| c.editable())
        .map(|c| c.header())
        .collect();
    let mut lines = vec![
        pair("Jurisdiction", &doc.jurisdiction.name),
        pair("Framework", set.title.en()),
        pair("Stage when exported", doc.stage.as_str()),
        Line::Blank,
        heading("How to fill in"),
        pair(
            "Where to write",
            &format!(
                "On each domain sheet, fill in the white columns: {}. The grey columns are \
                 locked: the indicator ID is the key of the row; sub-area and question are for \
                 reading.",
                editable.join(", ")
            ),
        ),
        pair(
            "Rows",
            "Each indicator has one row and is found by its ID, not by its place. A row left \
             without an answer stays unanswered. An answer given before cannot be withdrawn \
             here: choose 'unknown' instead. Do not add or delete rows or columns on the domain \
             sheets; extra sheets are ignored.",
        ),
        pair(
            "Sources sheet",
            "The source register. A row with a new key adds a source; editing a row updates the \
             source; deleting a row does not delete the source. Cite sources by key in the \
             Sources column of the domain sheets.",
        ),
        pair(
            "Import",
            "The workbook is imported whole or not at all: every problem is listed with its \
             sheet and cell. Findings, summaries, context figures and comments are not in this \
             workbook and are kept as they are.",
        ),
        Line::Blank,
        heading("Columns of the domain sheets"),
    ];
    lines.extend(columns_help::<QuestionColumn>());
    lines.push(Line::Blank);
    lines.push(heading("Columns of the Sources sheet"));
    lines.extend(columns_help::<SourceColumn>());
    let scales = [
        ("Answers", code_meanings::<AnswerValue>()),
        ("Confidence", code_meanings::<Confidence>()),
        ("Status", code_meanings::<AnswerStatus>()),
        ("Source kinds", code_meanings::<SourceKind>()),
    ];
    for (title, meanings) in scales {
        lines.push(Line::Blank);
        lines.push(heading(title));
        lines.extend(meanings);
    }
    lines.push(Line::Blank);
    lines.push(heading("Domain sheets"));
    lines.extend(domain_sheets(set).into_iter().map(|(name, domain)| {
        Line::Pair(name, format!("{}. {}", domain.number, domain.name.en()))
    }));
    lines.push(Line::Blank);
    lines.push(heading("Notice"));
    lines.push(pair("Indicator texts", RECONSTRUCTION_NOTICE));
    lines.push(pair("Framework set", set.notice.en()));
    lines
}

fn columns_help<C: Column>() -> impl Iterator<Item = Line> {
    C::ALL
        .iter()
        .map(|c| Line::Pair(c.header().to_owned(), c.help().to_owned()))
}

fn code_meanings<T: Code>() -> Vec<Line> {
    T::VALUES
        .iter()
        .map(|v| Line::Pair(v.code().to_owned(), v.meaning().to_owned()))
        .collect()
}
