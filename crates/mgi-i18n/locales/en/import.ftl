## The importer's report on a published profile read into a draft (mgi import profile)

# $part: a part of a profile, as a code.
import-part = { $part ->
        [front-matter] front matter
        [contents] contents
        [objectives] objectives
        [introduction] introduction
        [conceptual-framework] conceptual framework
        [summary] summary
        [context] context
        [key-findings] key findings
        [annex] annex
        [after-the-assessment] after the assessment
        [the-mgi-process] the MGI process
        [key-sources] key sources
       *[other] { $part }
    }
import-warning-no-jurisdiction = no jurisdiction given: the draft uses the placeholder code { $code }; give --jurisdiction
import-warning-no-year = no round year found in the title; give --year
import-warning-not-in-m49 = { $code } is not in the UN M49 table: region set to { $region }, correct it
# $part: a part's name (import-part).
import-warning-part-missing = no { $part } part found (heading missing)
import-warning-no-context = no context figures recognised
import-warning-no-source-caption = context: no 'Source:' caption found; figures point to a placeholder source to complete
import-warning-convention-unreadable = line { $line }: convention row without a readable ratification ("{ $status }")
import-warning-convention-unmatched = line { $line }: no indicator matches convention "{ $name }"
import-warning-no-findings = no findings recognised in the key findings
import-warning-domain-without-findings = domain { $domain } has no findings
import-warning-footnote-without-marker = line { $line }: footnote { $n } has no marker in the text; attached to finding { $finding }
import-warning-footnote-twice = line { $line }: footnote { $n } appears twice; the first is kept
import-warning-marker-without-footnote = line { $line }: footnote marker { $n } has no footnote text
import-warning-no-key-sources = no key sources recognised

## Why a file could not be read as a profile
import-error-empty = the file is empty
# $bytes, $max: sizes in bytes.
import-error-too-large = the file is { $bytes } bytes; a profile is at most { $max } bytes
import-error-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset }); convert it, e.g. with iconv
import-error-binary = the file looks binary (a NUL byte at offset { $offset }); give the profile as PDF, Word (.docx), text or Markdown
# $level: national or local.
import-error-no-framework = no { $level } framework set to assess against
import-error-assessment = this is an assessment document (mgi-assessment JSON), not a profile; import it with `mgi assessment import`
import-error-json = this is a JSON file, not a profile; give the profile as PDF, Word (.docx), text or Markdown
import-error-workbook = this is a workbook (XLSX), not a profile; a questionnaire workbook is read with `mgi workbook import`
import-error-archive = this is a zip archive but neither a Word document nor a workbook
import-error-not-a-profile = this does not look like an MGI profile: none of its parts (summary, context, key findings, key sources) and no finding were found
import-error-pdf-damaged = the PDF cannot be read: its structure is damaged
import-error-pdf-encrypted = the PDF is encrypted; save a copy without a password, then import that
# $pages: the PDF's page count.
import-error-pdf-image-only = the PDF has no text layer (its { $pages } page(s) are images): it needs OCR first (e.g. ocrmypdf), then import the result
import-error-pdf-too-many-pages = the PDF has { $pages } pages; a profile has at most { $max }
import-error-pdf-page = page { $page }: its text cannot be read (damaged content)
import-error-docx-damaged = the Word document cannot be read: its zip archive is damaged
import-error-docx-no-body = the zip archive has no Word body (word/document.xml)
import-error-docx-too-many-entries = the Word document has more than { $max } parts
# $part: a part of the zip archive (word/document.xml); $max: in MiB.
import-error-docx-part-too-large = the Word document's part { $part } unpacks to more than { $max } MiB
import-error-docx-xml = the Word document's part { $part } is not well-formed XML (at byte { $position })
