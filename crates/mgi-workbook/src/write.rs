//! The questionnaire workbook of an assessment: About, a sheet per domain, Findings, Sources.

use mgi_framework::{Domain, Framework, FrameworkSet, Text};
use mgi_i18n::{Lang, tr};
use mgi_model::{Answer, AnswerValue, AssessmentDoc, Finding, Source};
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Formula,
    ProtectionOptions, Workbook, Worksheet,
};

use crate::FindingVersions;
use crate::citation::{self, Pairs};
use crate::error::{TextOwner, WorkbookError};
use crate::findings::lines_cell;
use crate::layout::{
    ABOUT_LABEL_COL, ABOUT_VALUE_COL, CitationColumn, Code, CodeList, Column, FindingColumn,
    HEADER_ROW, IDENTITY_ROW, LAYOUT_VERSION, Layout, Online, QuestionColumn, SPARE_FINDING_ROWS,
    SPARE_SOURCE_ROWS, SourceColumn, YEARS, identity,
};

/// The longest text a spreadsheet cell holds: 32,767 characters as Excel counts them (UTF-16
/// code units, so a character outside the Basic Multilingual Plane, such as an emoji, counts
/// twice). Every text is checked against it before it is written.
pub const EXCEL_MAX_CELL_CHARS: usize = 32_767;

/// The questionnaire workbook of an assessment in `lang`: a sheet per domain of its framework
/// set, a row per indicator, its findings, a row each with its version in `versions` (the
/// store's, by key: a finding missing there gets no version, and its row is refused when read
/// back), the source register, and an About sheet that says how to fill it in and records the
/// language.
///
/// A text longer than a cell holds ([`EXCEL_MAX_CELL_CHARS`]) is not cut: the workbook is not
/// written, and [`WorkbookError::TextTooLong`] names the sheet, the cell, and the indicator or
/// source whose text it is.
pub fn write_questionnaire(
    framework: &Framework,
    doc: &AssessmentDoc,
    versions: &FindingVersions,
    lang: Lang,
) -> Result<Vec<u8>, WorkbookError> {
    let set = framework
        .set(&doc.framework.set, doc.framework.version)
        .ok_or_else(|| WorkbookError::UnknownFrameworkSet {
            set: doc.framework.set.clone(),
            version: doc.framework.version,
        })?;
    let layout = Layout::new(set, lang);
    let register = Register::new(&layout.sources, &doc.sources);
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    write_about(
        &mut SheetWriter::add(&mut workbook, &layout.about, lang)?,
        &layout,
        set,
        doc,
        &formats,
    )?;
    for (name, domain) in &layout.domains {
        write_domain(
            &mut SheetWriter::add(&mut workbook, name, lang)?,
            framework,
            domain,
            doc,
            &register,
            &formats,
            lang,
        )?;
    }
    write_findings(
        &mut SheetWriter::add(&mut workbook, &layout.findings, lang)?,
        &layout,
        doc,
        versions,
        &register,
        &formats,
    )?;
    write_sources(
        &mut SheetWriter::add(&mut workbook, &layout.sources, lang)?,
        &register,
        &formats,
        lang,
    )?;
    Ok(workbook.save_to_buffer()?)
}

/// A framework text in `lang`, or in English followed by a note saying so when it has no
/// translation yet.
pub(crate) fn framework_text(text: &Text, lang: Lang) -> String {
    match text.resolve(lang.code()) {
        (shown, used) if used == lang.code() => shown.to_owned(),
        (shown, used) => format!(
            "{shown} ({})",
            tr!(
                lang,
                "translation-missing",
                original = mgi_i18n::language_name(lang, used)
            )
        ),
    }
}

/// The source register as the citation drop-downs offer it: the sources, and the rows of the
/// Sources sheet whose label cells the drop-downs list (the sources and the spare rows below
/// them, so that a source added there is offered at once).
struct Register<'d> {
    sources: &'d [Source],
    rows: u32,
    /// The drop-downs' list: the label cells of those rows, e.g. `=Sources!$K$2:$K$579`.
    list: Formula,
}

impl<'d> Register<'d> {
    fn new(sheet: &str, sources: &'d [Source]) -> Register<'d> {
        let rows = u32::try_from(sources.len())
            .unwrap_or(u32::MAX - SPARE_SOURCE_ROWS)
            .saturating_add(SPARE_SOURCE_ROWS);
        let col = citation::label_col();
        let range = rust_xlsxwriter::utility::worksheet_range_absolute(
            sheet,
            HEADER_ROW + 1,
            col,
            HEADER_ROW + rows,
            col,
        );
        let list = Formula::new(format!("={range}"));
        Register {
            sources,
            rows,
            list,
        }
    }
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

/// A worksheet, its name and language, so that a failed write names its cell.
struct SheetWriter<'a> {
    sheet: &'a mut Worksheet,
    name: String,
    lang: Lang,
}

impl<'a> SheetWriter<'a> {
    fn add(
        workbook: &'a mut Workbook,
        name: &str,
        lang: Lang,
    ) -> Result<SheetWriter<'a>, WorkbookError> {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        Ok(SheetWriter {
            sheet,
            name: name.to_owned(),
            lang,
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

    /// A text of the workbook itself (the About sheet, a header).
    fn text(
        &mut self,
        row: u32,
        col: u16,
        text: &str,
        format: &Format,
    ) -> Result<(), WorkbookError> {
        self.owned_text(row, col, text, format, || TextOwner::Workbook)
    }

    /// A text of an indicator's row in a domain sheet's column.
    fn indicator_text(
        &mut self,
        row: u32,
        column: QuestionColumn,
        id: &str,
        text: &str,
        format: &Format,
    ) -> Result<(), WorkbookError> {
        let lang = self.lang;
        self.owned_text(row, column.index(), text, format, || TextOwner::Indicator {
            id: id.to_owned(),
            column: column.header(lang),
        })
    }

    /// A text of a finding's row in a column of the Findings sheet.
    fn finding_text(
        &mut self,
        row: u32,
        column: FindingColumn,
        key: &str,
        text: &str,
        format: &Format,
    ) -> Result<(), WorkbookError> {
        let lang = self.lang;
        self.owned_text(row, column.index(), text, format, || TextOwner::Finding {
            key: key.to_owned(),
            column: column.header(lang),
        })
    }

    /// A text of a source's row in a column of the Sources sheet.
    fn source_text(
        &mut self,
        row: u32,
        column: SourceColumn,
        key: &str,
        text: &str,
        format: &Format,
    ) -> Result<(), WorkbookError> {
        let lang = self.lang;
        self.owned_text(row, column.index(), text, format, || TextOwner::Source {
            key: key.to_owned(),
            column: column.header(lang),
        })
    }

    /// A text cell (an empty text leaves the cell blank, formatted); a text longer than a cell
    /// holds is refused, naming its `owner`, before the writer sees it.
    fn owned_text(
        &mut self,
        row: u32,
        col: u16,
        text: &str,
        format: &Format,
        owner: impl FnOnce() -> TextOwner,
    ) -> Result<(), WorkbookError> {
        // A text has no more UTF-16 units than UTF-8 bytes: count them only when it may matter.
        if text.len() > EXCEL_MAX_CELL_CHARS {
            let length = text.encode_utf16().count();
            if length > EXCEL_MAX_CELL_CHARS {
                return Err(WorkbookError::TextTooLong {
                    sheet: self.name.clone(),
                    cell: row_col_to_cell(row, col),
                    owner: owner(),
                    length,
                });
            }
        }
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

    /// The Sources sheet's label cell on `row`: its formula, and `label` as its value until the
    /// spreadsheet program computes it.
    fn label(&mut self, row: u32, label: &str, formats: &Formats) -> Result<(), WorkbookError> {
        let col = citation::label_col();
        let formula = Formula::new(citation::label_formula(row)).set_result(label);
        let at = self.at(row, col);
        self.sheet
            .write_formula_with_format(row, col, formula, &formats.locked)
            .map_err(at)?;
        Ok(())
    }

    /// Header row, widths, a frozen header and ID column, and the drop-downs of `rows` data rows,
    /// all in `lang`.
    fn columns<C: Column>(
        &mut self,
        rows: u32,
        formats: &Formats,
        lang: Lang,
    ) -> Result<(), WorkbookError> {
        for &column in C::ALL {
            let col = column.index();
            self.text(HEADER_ROW, col, &column.header(lang), &formats.header)?;
            self.sheet.set_column_width(col, column.width())?;
            if let Some(list) = column.list() {
                self.drop_down(col, rows, &list.labels(lang))?;
            }
        }
        self.sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
        Ok(())
    }

    /// A drop-down of `labels` on the first `rows` data rows of column `col`.
    fn drop_down(&mut self, col: u16, rows: u32, labels: &[String]) -> Result<(), WorkbookError> {
        if rows == 0 {
            return Ok(());
        }
        let lang = self.lang;
        let validation = DataValidation::new()
            .allow_list_strings(labels)?
            .set_error_title(tr!(lang, "workbook-list-error-title"))?
            .set_error_message(tr!(
                lang,
                "workbook-list-error",
                choices = labels.join(", ")
            ))?;
        self.sheet
            .add_data_validation(HEADER_ROW + 1, col, HEADER_ROW + rows, col, &validation)?;
        Ok(())
    }

    /// The headers, widths and source drop-downs of the citation `pairs` on `rows` data rows.
    fn citation_columns(
        &mut self,
        pairs: &Pairs,
        rows: u32,
        register: &Register,
        formats: &Formats,
    ) -> Result<(), WorkbookError> {
        let lang = self.lang;
        for column in pairs.columns() {
            let col = pairs.col(column);
            self.text(HEADER_ROW, col, &column.header(lang), &formats.header)?;
            self.sheet.set_column_width(col, citation_width(column))?;
            if rows == 0 {
                continue;
            }
            if let CitationColumn::Source(_) = column {
                let validation = DataValidation::new()
                    .allow_list_formula(register.list.clone())
                    .set_error_title(tr!(lang, "workbook-source-error-title"))?
                    .set_error_message(tr!(lang, "workbook-source-error"))?;
                self.sheet.add_data_validation(
                    HEADER_ROW + 1,
                    col,
                    HEADER_ROW + rows,
                    col,
                    &validation,
                )?;
            }
        }
        Ok(())
    }

    /// The citation cells of a row, each refused when too long as `owner` of its column's
    /// header.
    fn citation_texts(
        &mut self,
        row: u32,
        pairs: &Pairs,
        cells: &[(CitationColumn, String)],
        format: &Format,
        owner: impl Fn(String) -> TextOwner,
    ) -> Result<(), WorkbookError> {
        let lang = self.lang;
        for (column, text) in cells {
            self.owned_text(row, pairs.col(*column), text, format, || {
                owner(column.header(lang))
            })?;
        }
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

/// The width of the Sources sheet's label column.
const LABEL_WIDTH: f64 = 60.0;

/// The width of a citation column: a source's label is long, a pinpoint short.
fn citation_width(column: CitationColumn) -> f64 {
    match column {
        CitationColumn::Source(_) => 40.0,
        CitationColumn::Pinpoint(_) => 18.0,
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
    register: &Register,
    formats: &Formats,
    lang: Lang,
) -> Result<(), WorkbookError> {
    let indicators = domain
        .subareas
        .iter()
        .flat_map(|sub| sub.indicators.iter().map(move |id| (sub, id.as_str())));
    let most = domain
        .indicator_ids()
        .filter_map(|id| doc.answer(id))
        .map(|a| a.citations.len())
        .max()
        .unwrap_or(0);
    let pairs = Pairs::written::<QuestionColumn>(most);
    let mut rows = 0;
    for (row, (subarea, id)) in (HEADER_ROW + 1..).zip(indicators) {
        let indicator = framework.indicator(id);
        let name = indicator
            .map(|i| framework_text(&i.name, lang))
            .unwrap_or_default();
        let question = indicator
            .map(|i| framework_text(&i.question, lang))
            .unwrap_or_default();
        let criteria = indicator
            .map(|i| framework_text(&i.guidance, lang))
            .unwrap_or_default();
        let answer = doc.answer(id);
        let cells: Vec<(QuestionColumn, String)> = QuestionColumn::ALL
            .iter()
            .map(|&column| {
                let value = match column {
                    QuestionColumn::Indicator => id.to_owned(),
                    QuestionColumn::Name => name.clone(),
                    QuestionColumn::SubArea => framework_text(&subarea.name, lang),
                    QuestionColumn::Question => question.clone(),
                    QuestionColumn::Criteria => criteria.clone(),
                    _ => answer
                        .map(|a| answer_cell(a, column, lang))
                        .unwrap_or_default(),
                };
                (column, value)
            })
            .collect();
        for (column, value) in &cells {
            sheet.indicator_text(row, *column, id, value, formats.column(*column))?;
        }
        let citations = answer.map_or(&[][..], |a| a.citations.as_slice());
        let cited = pairs.cells(citations, register.sources);
        sheet.citation_texts(row, &pairs, &cited, &formats.editable, |column| {
            TextOwner::Indicator {
                id: id.to_owned(),
                column,
            }
        })?;
        let texts = cells.iter().map(|(c, v)| (v.as_str(), c.width()));
        let cited_texts = cited.iter().map(|(c, v)| (v.as_str(), citation_width(*c)));
        sheet.fit_row(row, texts.chain(cited_texts))?;
        rows = row - HEADER_ROW;
    }
    sheet.columns::<QuestionColumn>(rows, formats, lang)?;
    sheet.citation_columns(&pairs, rows, register, formats)?;
    sheet.protect();
    Ok(())
}

/// The cell of an answer's column (only the columns an analyst fills in hold answer fields);
/// drop-down values by their label in `lang`.
fn answer_cell(answer: &Answer, column: QuestionColumn, lang: Lang) -> String {
    match column {
        QuestionColumn::Answer => answer.value.label(lang),
        QuestionColumn::Narrative => answer.narrative.clone(),
        QuestionColumn::Confidence => answer.confidence.map(|c| c.label(lang)).unwrap_or_default(),
        QuestionColumn::Status => answer.status.label(lang),
        QuestionColumn::Notes => answer.notes.clone(),
        QuestionColumn::Indicator
        | QuestionColumn::Name
        | QuestionColumn::SubArea
        | QuestionColumn::Question
        | QuestionColumn::Criteria => String::new(),
    }
}

fn write_findings(
    sheet: &mut SheetWriter,
    layout: &Layout,
    doc: &AssessmentDoc,
    versions: &FindingVersions,
    register: &Register,
    formats: &Formats,
) -> Result<(), WorkbookError> {
    let lang = layout.lang;
    let most = doc.findings.iter().map(|f| f.citations.len()).max();
    let pairs = Pairs::written::<FindingColumn>(most.unwrap_or(0));
    for (row, finding) in (HEADER_ROW + 1..).zip(&doc.findings) {
        let cells: Vec<(FindingColumn, String)> = FindingColumn::ALL
            .iter()
            .map(|&column| (column, finding_cell(finding, column, layout)))
            .collect();
        for (column, value) in &cells {
            let col = column.index();
            match (column, versions.get(&finding.key)) {
                (FindingColumn::Version, Some(&version)) => {
                    // Versions are small counters: exact as a spreadsheet number.
                    sheet.number(row, col, version as f64, &formats.locked)?
                }
                // A stored finding stays in its domain.
                (FindingColumn::Domain, _) => {
                    sheet.finding_text(row, *column, &finding.key, value, &formats.locked)?
                }
                _ => sheet.finding_text(
                    row,
                    *column,
                    &finding.key,
                    value,
                    formats.column(*column),
                )?,
            }
        }
        let cited = pairs.cells(&finding.citations, register.sources);
        sheet.citation_texts(row, &pairs, &cited, &formats.editable, |column| {
            TextOwner::Finding {
                key: finding.key.clone(),
                column,
            }
        })?;
        let texts = cells.iter().map(|(c, v)| (v.as_str(), c.width()));
        let cited_texts = cited.iter().map(|(c, v)| (v.as_str(), citation_width(*c)));
        sheet.fit_row(row, texts.chain(cited_texts))?;
    }
    let rows = u32::try_from(doc.findings.len())
        .unwrap_or(u32::MAX - SPARE_FINDING_ROWS)
        .saturating_add(SPARE_FINDING_ROWS);
    sheet.columns::<FindingColumn>(rows, formats, lang)?;
    sheet.citation_columns(&pairs, rows, register, formats)?;
    sheet.drop_down(FindingColumn::Domain.index(), rows, &layout.domain_names())?;
    // The rows below the findings take new ones: their open columns are not locked.
    let open = FindingColumn::ALL
        .iter()
        .filter(|c| c.editable())
        .map(|c| c.index())
        .chain(pairs.columns().map(|c| pairs.col(c)));
    for col in open {
        sheet.sheet.set_column_format(col, &formats.editable)?;
    }
    sheet.protect();
    Ok(())
}

/// The cell of a finding's column as text (the version is written as a number); the domain by
/// its sheet's name, the kind by its label in the layout's language.
fn finding_cell(finding: &Finding, column: FindingColumn, layout: &Layout) -> String {
    match column {
        FindingColumn::Key => finding.key.clone(),
        FindingColumn::Domain => layout.domain_name(&finding.domain).to_owned(),
        FindingColumn::Kind => finding.kind.label(layout.lang),
        FindingColumn::Text => finding.text.clone(),
        FindingColumn::Indicators => lines_cell(&finding.indicators),
        FindingColumn::Footnotes => lines_cell(&finding.footnotes),
        FindingColumn::Version => String::new(),
    }
}

fn write_sources(
    sheet: &mut SheetWriter,
    register: &Register,
    formats: &Formats,
    lang: Lang,
) -> Result<(), WorkbookError> {
    for (row, source) in (HEADER_ROW + 1..).zip(register.sources) {
        let cells: Vec<(SourceColumn, String)> = SourceColumn::ALL
            .iter()
            .map(|&column| (column, source_cell(source, column, lang)))
            .collect();
        for (column, value) in &cells {
            let (col, format) = (column.index(), formats.column(*column));
            match (column, source.year) {
                (SourceColumn::Year, Some(year)) => {
                    sheet.number(row, col, f64::from(year), format)?
                }
                _ => sheet.source_text(row, *column, &source.key, value, format)?,
            }
        }
        sheet.label(row, &citation::label(source), formats)?;
        sheet.fit_row(row, cells.iter().map(|(c, v)| (v.as_str(), c.width())))?;
    }
    let rows = register.rows;
    let spare = u32::try_from(register.sources.len()).unwrap_or(rows);
    // A label left for the spreadsheet program to compute is empty until it does.
    sheet.sheet.set_formula_result_default("");
    for row in HEADER_ROW + 1 + spare..=HEADER_ROW + rows {
        sheet.label(row, "", formats)?;
    }
    sheet.columns::<SourceColumn>(rows, formats, lang)?;
    let col = citation::label_col();
    let (header, _) = citation::label_help(lang);
    sheet.text(HEADER_ROW, col, &header, &formats.header)?;
    sheet.sheet.set_column_width(col, LABEL_WIDTH)?;
    let years = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(*YEARS.start(), *YEARS.end()))
        .set_error_title(tr!(lang, "workbook-year-error-title"))?
        .set_error_message(tr!(
            lang,
            "workbook-year-error",
            from = YEARS.start().to_string(),
            to = YEARS.end().to_string()
        ))?;
    let col = SourceColumn::Year.index();
    sheet
        .sheet
        .add_data_validation(HEADER_ROW + 1, col, HEADER_ROW + rows, col, &years)?;
    Ok(())
}

/// The cell of a source's column as text (the year is written as a number when present);
/// drop-down values by their label in `lang`.
fn source_cell(source: &Source, column: SourceColumn, lang: Lang) -> String {
    let optional = |text: &Option<String>| text.clone().unwrap_or_default();
    match column {
        SourceColumn::Key => source.key.clone(),
        SourceColumn::Issuer => source.issuer.clone(),
        SourceColumn::Title => source.title.clone(),
        SourceColumn::Year => source.year.map(|y| y.to_string()).unwrap_or_default(),
        SourceColumn::Kind => source.kind.label(lang),
        SourceColumn::Amended => source
            .amended
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        SourceColumn::Url => optional(&source.url),
        SourceColumn::Online => (if source.online {
            Online::Yes
        } else {
            Online::No
        })
        .label(lang),
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
    layout: &Layout,
    set: &FrameworkSet,
    doc: &AssessmentDoc,
    formats: &Formats,
) -> Result<(), WorkbookError> {
    let lang = layout.lang;
    let title = tr!(
        lang,
        "workbook-title",
        jurisdiction = doc.name_in(lang.code()),
        year = doc.year.to_string()
    );
    sheet.text(0, ABOUT_LABEL_COL, &title, &formats.title)?;
    let identity = identity(doc).map(|(field, value)| (field.label(lang), value));
    let language = (tr!(lang, "workbook-id-language"), lang.code().to_owned());
    let version = (tr!(lang, "workbook-id-layout"), LAYOUT_VERSION.to_string());
    let recorded = identity.iter().chain([&language, &version]);
    let mut next = IDENTITY_ROW;
    for (row, (label, value)) in (IDENTITY_ROW..).zip(recorded) {
        sheet.text(row, ABOUT_LABEL_COL, label, &formats.label)?;
        sheet.text(row, ABOUT_VALUE_COL, value, &formats.text)?;
        next = row + 1;
    }
    for (row, line) in (next..).zip(about_lines(layout, set, doc)) {
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

/// Everything the About sheet says after the identity block and the language.
fn about_lines(layout: &Layout, set: &FrameworkSet, doc: &AssessmentDoc) -> Vec<Line> {
    let lang = layout.lang;
    let citations = citation::help(lang);
    let editable: Vec<String> = QuestionColumn::ALL
        .iter()
        .filter(|c| c.editable())
        .map(|c| c.header(lang))
        .chain(citations.iter().map(|(header, _)| header.clone()))
        .collect();
    let mut lines = vec![
        Line::Pair(
            tr!(lang, "workbook-about-jurisdiction"),
            doc.jurisdiction.name.clone(),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-framework"),
            framework_text(&set.title, lang),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-stage"),
            tr!(lang, "work-stage", stage = doc.stage.as_str()),
        ),
        Line::Blank,
        Line::Heading(tr!(lang, "workbook-about-how")),
        Line::Pair(
            tr!(lang, "workbook-about-where-label"),
            tr!(lang, "workbook-about-where", columns = editable.join(", ")),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-rows-label"),
            tr!(
                lang,
                "workbook-about-rows",
                unknown = AnswerValue::Unknown.label(lang)
            ),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-findings-label"),
            tr!(lang, "workbook-about-findings"),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-sources-label"),
            tr!(lang, "workbook-about-sources"),
        ),
        Line::Pair(
            tr!(lang, "workbook-about-import-label"),
            tr!(lang, "workbook-about-import"),
        ),
        Line::Blank,
        Line::Heading(tr!(lang, "workbook-about-question-columns")),
    ];
    let citation_lines = || {
        citations
            .iter()
            .map(|(header, help)| Line::Pair(header.clone(), help.clone()))
    };
    lines.extend(columns_help::<QuestionColumn>(lang));
    lines.extend(citation_lines());
    lines.push(Line::Blank);
    lines.push(Line::Heading(tr!(lang, "workbook-about-finding-columns")));
    lines.extend(columns_help::<FindingColumn>(lang));
    lines.extend(citation_lines());
    lines.push(Line::Blank);
    lines.push(Line::Heading(tr!(lang, "workbook-about-source-columns")));
    lines.extend(columns_help::<SourceColumn>(lang));
    let (label, help) = citation::label_help(lang);
    lines.push(Line::Pair(label, help));
    for list in CodeList::ALL {
        lines.push(Line::Blank);
        lines.push(Line::Heading(list.heading(lang)));
        lines.extend(
            list.entries(lang)
                .into_iter()
                .map(|(label, meaning)| Line::Pair(label, meaning)),
        );
    }
    lines.push(Line::Blank);
    lines.push(Line::Heading(tr!(lang, "workbook-about-domains")));
    lines.extend(layout.domains.iter().map(|(name, domain)| {
        let title = framework_text(&domain.name, lang);
        Line::Pair(name.clone(), format!("{}. {title}", domain.number))
    }));
    lines.push(Line::Blank);
    lines.push(Line::Heading(tr!(lang, "workbook-about-notice")));
    lines.push(Line::Pair(
        tr!(lang, "workbook-about-indicator-texts"),
        tr!(lang, "profile-reconstruction-notice"),
    ));
    lines.push(Line::Pair(
        tr!(lang, "workbook-about-set-notice"),
        framework_text(&set.notice, lang),
    ));
    lines
}

fn columns_help<C: Column>(lang: Lang) -> impl Iterator<Item = Line> {
    C::ALL
        .iter()
        .map(move |c| Line::Pair(c.header(lang), c.help(lang)))
}
