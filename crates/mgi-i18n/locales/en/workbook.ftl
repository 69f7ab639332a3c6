# The questionnaire workbook (XLSX): its sheet names, column headings, drop-down lists and the
# About sheet; the reasons a filled workbook is refused, cell by cell; and what `mgi workbook`
# prints. Drop-down labels must not contain commas (Excel splits its lists at commas), and no
# label may equal the code of another value of its list (codes are accepted too).

## Sheet names (at most 31 characters, none of [ ] : * ? / \)

workbook-sheet-about = About
workbook-sheet-sources = Sources
workbook-sheet-findings = Findings
# $domain: the domain's id in the framework; $number: its number. A short name per domain.
workbook-sheet-domain =
    { $domain ->
        [rights] Rights
        [government] Government
        [partnerships] Partnerships
        [wellbeing] Wellbeing
        [crises] Crises
        [safe-migration] Safe migration
       *[other] Domain { $number }
    }

## The identity block of the About sheet (labels of column A)

workbook-id-jurisdiction = Jurisdiction code
workbook-id-year = Round year
workbook-id-set = Framework set
workbook-id-version = Framework version
workbook-id-fingerprint = Content fingerprint
workbook-id-language = Language of the workbook
workbook-id-layout = Workbook layout version

## Column headings of the domain sheets, and what each column holds

workbook-col-indicator = Indicator ID
workbook-col-name = Indicator
workbook-col-subarea = Sub-area
workbook-col-question = Question
workbook-col-answer = Answer
workbook-col-narrative = Narrative
workbook-col-confidence = Confidence
workbook-col-status = Status
workbook-col-notes = Research notes
workbook-help-indicator = The indicator's ID: the key of the row. Do not change it.
workbook-help-name = The indicator's short name (for reading; changes are ignored).
workbook-help-subarea = The sub-area of the domain (for reading; changes are ignored).
workbook-help-question = The indicator's question (for reading; changes are ignored).
workbook-col-criteria = Answer criteria
workbook-help-criteria = When the answer is present, partial or absent, as the indicator's guidance says (for reading; changes are ignored).
workbook-help-answer = One of the answers listed below (drop-down).
workbook-help-narrative = What the evidence shows, in full sentences (published).
# $choices: the confidence levels, separated by commas.
workbook-help-confidence = How sure the answer is: { $choices } (or empty).
workbook-help-status = Where the answer stands (drop-down); empty means draft.
workbook-help-notes = Private research notes: never published.
# $number: the number of the pair of columns (1, 2, …), or N on the About sheet.
workbook-col-citation-source = Source { $number }
workbook-col-pinpoint = Pinpoint { $number }
workbook-help-citation-source = A source cited, picked from the drop-down of the { workbook-sheet-sources } sheet ("key — title (year)"); a source added there is offered at once. One source per pair of columns; leave the others empty.
workbook-help-pinpoint = Where in the source beside it (e.g. Article 9.1, p. 12); optional.

## Column headings of the Sources sheet, and what each column holds

workbook-col-key = Key
workbook-col-issuer = Issuer
workbook-col-title = Title
workbook-col-year = Year
workbook-col-kind = Kind
workbook-col-amended = Amended (years)
workbook-col-url = URL
workbook-col-online = Online
workbook-col-language = Language
workbook-col-note = Note
workbook-help-key = The source's key, shown first in the Source drop-downs of the domain sheets and of the { workbook-sheet-findings } sheet: lower-case letters, digits and '-', unique. A new key is a new source.
workbook-help-issuer = Who issued it (required).
workbook-help-title = The title (required).
workbook-help-year = Year of issue; empty when undated.
workbook-help-kind = One of the source kinds listed below (drop-down).
workbook-help-amended = Years of amendments, oldest first, separated by ',' (e.g. 2015, 2021).
workbook-help-url = Where it can be read online, if anywhere.
# $yes, $no: the two values of the drop-down.
workbook-help-online = { $yes } or { $no }: whether it is available online; empty means { $yes }.
workbook-help-language = Language code of the source (BCP 47, e.g. mn, en).
workbook-help-note = What the bibliography adds after the title (place, date, report type).
workbook-col-source-label = In citation drop-downs
workbook-help-source-label = How the Source columns offer this source: key — title (year). Computed from the row (locked, not read).

## Column headings of the Findings sheet, and what each column holds

workbook-col-domain = Domain
workbook-col-finding-kind = Kind of finding
workbook-col-text = Text
workbook-col-indicators = Indicators
workbook-col-footnotes = Footnotes
workbook-col-version = Version
workbook-help-finding-key = The finding's key, written by the export: it finds the row's finding. Locked; a new row has none.
workbook-help-domain = The domain, by the name of its sheet (drop-down). A new finding needs one; a finding cannot move to another domain.
# $choices: the kinds of finding, separated by commas.
workbook-help-finding-kind = { $choices } (drop-down).
workbook-help-text = The finding's paragraph, as the profile prints it (Markdown; published).
workbook-help-indicators = The indicators the finding speaks to, one per line, the main one first: by ID (as in the { workbook-col-indicator } column of the domain sheets) or by name.
workbook-help-footnotes = The finding's footnotes, one per line, in order.
workbook-help-version = The finding's version when the workbook was exported, written by the export. Locked: a row edited after someone else saved its finding is refused.

## Drop-down lists: the label of each code (no commas), and what it means

workbook-answer-meaning =
    { $value ->
        [present] What the indicator asks for is in place in law or practice.
        [partial] It is in place only in part: for some groups, in some places, or in law but not in practice.
        [absent] It is not in place.
        [not-applicable] The question does not apply to this jurisdiction.
       *[unknown] Researched, but the evidence found does not settle it.
    }
workbook-confidence-meaning =
    { $value ->
        [low] Indirect or dated evidence; the answer may change.
        [medium] Good evidence with gaps.
       *[high] Primary sources settle it (the law, official data).
    }
workbook-status-meaning =
    { $value ->
        [not-started] Not worked on yet.
        [draft] Being written.
        [complete] Written, waiting for review.
        [reviewed] Checked by a reviewer.
       *[carried-over] Copied from an earlier round and not yet checked again.
    }
workbook-kind-meaning =
    { $value ->
        [law] A law, code or constitution.
        [regulation] A decree, resolution, rule or procedure under a law.
        [policy] A policy, strategy, plan or programme.
        [agreement] A bilateral or multilateral agreement or convention.
        [report] A report, study or review.
        [data] A statistical table or data set.
        [web] A web page.
       *[other] Anything else.
    }
workbook-finding-kind-meaning =
    { $value ->
        [well-developed] An area where the jurisdiction's policies are well developed.
       *[potential] An area with potential for further development.
    }
# $value: yes or no, whether a source is online.
workbook-online =
    { $value ->
        [no] no
       *[yes] yes
    }
workbook-online-meaning =
    { $value ->
        [no] Only in print, in an archive or on request.
       *[yes] Available online (give its URL when there is one).
    }
# $list: which list (answer, confidence, status, finding-kind, kind, online); what a value of it is.
workbook-list-what =
    { $list ->
        [answer] an answer
        [confidence] a confidence
        [status] a status
        [finding-kind] a kind of finding
        [kind] a source kind
       *[online] yes or no
    }
# $list: as above; the heading of the list on the About sheet.
workbook-list-heading =
    { $list ->
        [answer] Answers
        [confidence] Confidence
        [status] Status
        [finding-kind] Kinds of finding
        [kind] Source kinds
       *[online] Online
    }
# Shown by the spreadsheet program when a typed value is not in the list (title: 32 characters
# at most). $choices: the values, separated by commas.
workbook-list-error-title = Not in the list
workbook-list-error = Use one of: { $choices }.
workbook-year-error-title = Not a year
# $from, $to: the first and last year allowed.
workbook-year-error = A year is a whole number from { $from } to { $to }.
# Shown by the spreadsheet program when a source cell holds no source of the register (title:
# 32 characters at most).
workbook-source-error-title = Not a source of the register
workbook-source-error = Pick a source from the list. To cite a new source, add it on the { workbook-sheet-sources } sheet first.

## The About sheet

# $jurisdiction: the jurisdiction's name; $year: the round's year.
workbook-title = MGI questionnaire: { $jurisdiction } { $year }
workbook-about-jurisdiction = Jurisdiction
workbook-about-framework = Framework
workbook-about-stage = Stage when exported
workbook-about-how = How to fill in
workbook-about-where-label = Where to write
# $columns: the headings of the columns to fill in, separated by commas.
workbook-about-where = On each domain sheet, fill in the white columns: { $columns }. The grey columns are locked: the indicator ID is the key of the row; name, sub-area, question and answer criteria are for reading.
workbook-about-rows-label = Rows
workbook-about-rows = Each indicator has one row and is found by its ID, not by its place. A row left without an answer stays unanswered. An answer given before cannot be withdrawn here: choose '{ $unknown }' instead. Do not add or delete rows or columns on the domain sheets; extra sheets are ignored.
workbook-about-sources-label = { workbook-sheet-sources } sheet
workbook-about-sources = The source register. A row with a new key adds a source; editing a row updates the source; deleting a row does not delete the source. Cite a source by picking it in a Source column of the domain sheets or of the { workbook-sheet-findings } sheet, and its pinpoint in the Pinpoint column beside it.
workbook-about-findings-label = { workbook-sheet-findings } sheet
workbook-about-findings = The key findings of the profile, one per row. Editing a row saves its finding; a row without a key, with a domain, a kind and a text, adds a finding to its domain; deleting a row does not delete the finding. Delete findings, change their order and review the suggested indicators on their pages.
workbook-about-import-label = Import
workbook-about-import = The workbook is imported whole or not at all: every problem is listed with its sheet and cell. Summaries, context figures and comments are not in this workbook and are kept as they are. The language cell above tells the reader in which language the sheet names, headings and drop-down lists are: do not change it.
workbook-about-question-columns = Columns of the domain sheets
workbook-about-source-columns = Columns of the { workbook-sheet-sources } sheet
workbook-about-finding-columns = Columns of the { workbook-sheet-findings } sheet
workbook-about-domains = Domain sheets
workbook-about-notice = Notice
workbook-about-indicator-texts = Indicator texts
workbook-about-set-notice = Framework set

## Why a cell of a filled workbook is refused (after "Sheet!Cell: ")

# $value: the spreadsheet's error value, e.g. #N/A.
workbook-reason-error-value = holds the error value { $value }
workbook-reason-date = holds a date or time ({ $value }), not text; format the cell as text and type the value again
# $chars: the cell's length; $start: its first characters; $limit: the longest text taken.
workbook-reason-too-long = holds { $chars } characters ("{ $start }..."); the limit is { $limit }
# $what: workbook-list-what; $choices: the labels of the list, separated by commas.
workbook-reason-not-in-list = "{ $value }" is not { $what }; use one of { $choices }
# $from, $to: the first and last year allowed.
workbook-reason-not-a-year = "{ $value }" is not a year (a whole number from { $from } to { $to })
# $row: the last row read.
workbook-reason-below-last-row = content below row { $row } is not read; delete it
workbook-reason-header = the header should be "{ $expected }", found "{ $found }"; do not move, insert or delete columns
# $languages: the language codes a workbook may have.
workbook-reason-language = should give the workbook's language ({ $languages }), found "{ $found }"; export a new workbook instead of changing this cell
# $field: the label of the cell (workbook-id-*); $found: its value; $expected: the stored value.
workbook-reason-identity = { $field } is "{ $found }", but the assessment it is read onto has "{ $expected }"; import a workbook exported from that assessment
workbook-reason-content-changed = the assessment changed after this workbook was exported (someone saved an edit meanwhile); export a new workbook and copy your changes into it, so that nothing of theirs is overwritten
# $expected: the layout version this mgi reads; $found: what the cell holds.
workbook-reason-layout = should hold the workbook's layout version ({ $expected }), found "{ $found }": this workbook was exported by an earlier version of mgi, whose columns differ; export a new workbook and copy your work into it
workbook-reason-no-indicator = the row has content but no indicator ID
# $set: the framework set, e.g. mgi-national v1.
workbook-reason-unknown-indicator = unknown indicator "{ $id }" (not in { $set })
# $home: the name of the sheet the indicator belongs on.
workbook-reason-wrong-sheet = indicator "{ $id }" belongs on the sheet "{ $home }", not this one
# $first: the cell where it appears first, e.g. Rights!A2.
workbook-reason-duplicate-indicator = indicator "{ $id }" appears twice (also at { $first })
# $before: the stored answer; $unknown: the label of the answer "unknown".
workbook-reason-answer-withdrawn = empty, but the answer was "{ $before }"; an answer cannot be withdrawn in the workbook (choose "{ $unknown }" instead)
# $columns: the headings of the filled cells, separated by commas.
workbook-reason-answer-needed = empty, but the row has { $columns }; choose an answer: { $choices }
workbook-reason-duplicate-key = the key "{ $key }" is used twice (also at { $first })
workbook-reason-kind-missing = empty; a source needs a kind: { $choices }
# $value: the cell's value; $domains: the names of the domain sheets, separated by commas.
workbook-reason-not-a-domain = "{ $value }" is not a domain; use one of { $domains }
workbook-reason-domain-needed = empty; a new finding needs a domain: { $domains }
# $choices: the kinds of finding, separated by commas.
workbook-reason-finding-kind-missing = empty; a finding needs a kind: { $choices }
# $key: the key of the row's finding.
workbook-reason-unknown-finding = no finding has the key "{ $key }" (deleted since the export?); to add it again, copy its cells to an empty row below
# $domain: the name of the sheet of the finding's domain.
workbook-reason-domain-changed = finding "{ $key }" belongs to the domain { $domain }, which cannot change here; write it on an empty row with the other domain, and delete this finding on its page
# $version: the version the row was exported with; $current: the version stored now.
workbook-reason-finding-stale = finding "{ $key }" was saved by someone else after this workbook was exported (version { $current }; this row has version { $version }); export a new workbook and copy your changes into it, so that nothing of theirs is overwritten
workbook-reason-not-a-version = "{ $value }" is not the version the export wrote (a whole number); do not change this cell
# $values: the names given, each quoted (workbook-quoted), separated by commas; $count: how many;
# $set: the framework set, e.g. mgi-national v1.
workbook-reason-unknown-indicators =
    names { $values }, { $count ->
        [one] which is not an indicator
       *[other] which are not indicators
    } of { $set }; give each by its ID or its name, one per line
# $value: the cell's text; $sheet: the name of the Sources sheet.
workbook-reason-unknown-source = "{ $value }" is not a source of the { $sheet } sheet; pick one from the drop-down
# $source: the header of the source column beside the pinpoint.
workbook-reason-pinpoint-without-source = a pinpoint without a source: pick the source in the { $source } column beside it
# A rule of the assessment broken by the cell's value. $message: the rule, as the model states it.
workbook-reason-rule = "{ $value }": { $message }
# $text: a value quoted in a list.
workbook-quoted = "{ $text }"

## Why a filled workbook is not read at all

# $detail: what the XLSX reader said.
workbook-error-unreadable = not a readable XLSX workbook (save it from Excel or LibreOffice as .xlsx): { $detail }
# $sheet: the missing sheet; $found: the sheets the workbook has, separated by commas.
workbook-error-missing-sheet = the sheet "{ $sheet }" is missing (deleted or renamed?); the workbook has: { $found }
# $names: the About sheet's name in each language, separated by commas.
workbook-error-no-about = there is no About sheet ({ $names }): this is not an mgi questionnaire workbook, or that sheet was deleted or renamed; the workbook has: { $found }
# The file is not a zip archive (the format of .xlsx files).
workbook-error-not-xlsx = this file is not an XLSX workbook (an .xls, .ods or .csv file, or a workbook protected by a password?); save it from Excel or LibreOffice as .xlsx, without a password, and import it again
workbook-error-damaged = the workbook is damaged: a part of the file cannot be unpacked (was it cut short while copying or downloading?); open it in Excel or LibreOffice, save it again as .xlsx and import it again
# $limit: in megabytes.
workbook-error-too-large = the workbook is too large once unpacked (more than { $limit } MB); save it again without extra sheets or pictures
workbook-error-part-too-large = a part of the workbook (a sheet, a picture or the list of its texts) is too large once unpacked (more than { $limit } MB); save it again without extra rows or pictures
# $limit: the most parts a workbook may have.
workbook-error-too-many-parts = the workbook is made of too many parts (more than { $limit } sheets, pictures and other pieces); save it again without extra sheets or pictures
workbook-error-too-many-texts = the workbook holds too many different texts (more than { $limit }); delete the sheets and rows that are not part of the questionnaire and save it again
workbook-error-too-many-cells = a sheet of the workbook has too many cells (more than { $limit }); delete the rows and columns that are not part of the questionnaire and save it again
# $limit: in megabytes; $sheet: the sheet being read when it was reached.
workbook-error-too-much-text = the questionnaire's columns hold too much text (more than { $limit } MB, reached on the sheet "{ $sheet }"); delete the rows that are not part of the questionnaire and save it again

## Why a workbook cannot be written (export)

# $set, $version: the assessment's framework set.
workbook-error-unknown-set = the assessment uses framework set { $set } version { $version }, which this framework does not have
# $column: the column's header; $id: the indicator; $sheet, $cell: where it would be written;
# $length: the text's length; $limit: the most a spreadsheet cell holds.
workbook-error-indicator-text-too-long = the workbook cannot be exported: the field "{ $column }" of indicator { $id } (cell { $sheet }!{ $cell }) has { $length } characters, more than the { $limit } a spreadsheet cell can hold; shorten it and export again
# $key: the source's key.
workbook-error-source-text-too-long = the workbook cannot be exported: the field "{ $column }" of source "{ $key }" (cell { $sheet }!{ $cell }) has { $length } characters, more than the { $limit } a spreadsheet cell can hold; shorten it and export again
# $key: the finding's key.
workbook-error-finding-text-too-long = the workbook cannot be exported: the field "{ $column }" of finding "{ $key }" (cell { $sheet }!{ $cell }) has { $length } characters, more than the { $limit } a spreadsheet cell can hold; shorten it and export again
workbook-error-text-too-long = the workbook cannot be exported: the text of cell { $sheet }!{ $cell } has { $length } characters, more than the { $limit } a spreadsheet cell can hold; shorten it and export again
# $detail: what the XLSX writer said.
workbook-error-write-cell = cannot write the workbook at { $sheet }!{ $cell }: { $detail }
workbook-error-write = cannot write the workbook: { $detail }

## mgi workbook (command line)

# $jurisdiction: a jurisdiction code; $year: the round's year; $path: a file.
workbook-cli-written = workbook of { $jurisdiction } { $year } written to { $path }
# $answers, $findings, $sources: how many were saved (findings: saved or added).
workbook-cli-saved = { $jurisdiction } { $year }: { $answers } answer(s), { $findings } finding(s) and { $sources } source(s) saved from { $path }
workbook-cli-nothing-stored = { $path }: nothing stored
# $size: the file's size in bytes; $max: the largest size taken.
workbook-cli-too-big = { $path }: { $size } bytes; a workbook may have at most { $max }
