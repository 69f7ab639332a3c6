# The help of the command line (`mgi --help`, `mgi <command> --help`). The keys follow from the
# place of each text (crates/mgi-cli/src/help.rs): help-<subcommands> for a command, then
# -<argument> for an argument and -<value> for a value of it; the top command is help-mgi and its
# options help-global-*. Clap's own texts are help-heading-*, help-flag-* and help-subcommand-*.
# Option names, codes and example commands stay as they are in every language.

-help-jurisdiction = ISO3 code of a country (MNG) or id of a locality (GHA-accra)
-help-year = Year of the round
-help-actor = Who is importing (recorded in the audit log)
-help-runs = How many times to run

## Clap's own texts

# The heading of the usage line; the program adds the colon.
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)

## mgi

help-mgi = mgi: the Migration Governance Indicators from framework to published profile
# Each example keeps its command as written; the descriptions start at the same column.
help-mgi-examples =
    Examples:
      mgi demo                          the portal on a fresh database with Mongolia 2023
      mgi serve --addr 0.0.0.0:8080     the portal on the configured database
      MGI_PASSWORD=… mgi user add ana --role analyst
      MGI_PASSWORD=… mgi user add gov --role focal-point --jurisdiction MNG
      mgi framework check ./framework   check framework files (problems as file:line)
      mgi framework show --json         the framework tree as JSON
      mgi assessment import a.json      store an assessment (all or nothing)
      mgi assessment export MNG 2023    one assessment as a JSON document
      mgi check MNG 2023                findings without indicator, uncited sources
      mgi import profile profile.pdf    a published profile into a draft (JSON)
      mgi import profiles dir/ --out d  every profile in a folder, a draft each
      mgi render MNG 2023 --format pdf -o mongolia-2023.pdf
      mgi round new MNG 2026 --from 2023   the next round, evidence carried over to re-verify
      mgi diff MNG 2023 2026 --json     progress between two rounds
      mgi aggregate gcm --json          GCM objectives over the latest published rounds
      mgi export data --out open-data   a Frictionless data package of what is published
      mgi context import wb.csv         World Bank / UN DESA figures into the working rounds
      mgi workbook export MNG 2026 -o q.xlsx; mgi workbook import MNG 2026 q.xlsx
      mgi user token ana --label sync   an API token (Authorization: Bearer …)
      mgi backup mgi-backup.db          a consistent copy while serving; mgi --db NEW restore FILE

    The database is an SQLite file in the data folder unless --db (or MGI_DATABASE_URL)
    gives a postgres:// URL.
help-global-db = Database: a postgres:// URL, or an SQLite file path. Default: mgi.db in the data folder
help-global-data-dir = Folder for the embedded database and other local data. Default: $XDG_DATA_HOME/mgi, else ~/.local/share/mgi
help-global-framework = Use the framework files of this folder instead of the ones built into mgi
help-global-config = Configuration file (TOML). Default: mgi.toml in the data folder, when it exists

## mgi framework

help-framework = Check or show the indicator framework
help-framework-check = Load and check framework files: one-line summary and exit 0, or every problem with file:line and exit 1. Without DIR, checks the files built into mgi
help-framework-check-dir = Folder of framework files
help-framework-show = Print the framework tree: sets, domains, indicators with their GCM and SDG mappings
help-framework-show-json = Machine-readable JSON: {"{"}"frameworks":[{"{"}"id","version","level","domains":[...]{"}"}]{"}"}
help-framework-show-lang = Language of the texts (falls back to English)

## mgi assessment

help-assessment = Import, export, validate and list assessments
help-assessment-import = Store an assessment document. Everything is checked first; on any problem nothing is stored and every problem is printed with its JSON path
help-assessment-import-file = The assessment document (JSON)
help-assessment-import-replace = Replace the stored assessment of the same jurisdiction and year
help-assessment-import-actor = { -help-actor }
help-assessment-export = Print one stored assessment as a JSON document (or write it to --out)
help-assessment-export-jurisdiction = { -help-jurisdiction }
help-assessment-export-year = { -help-year }
help-assessment-export-out = Write the document here instead of standard output
help-assessment-validate = Check a document against the framework without storing it
help-assessment-validate-file = The assessment document (JSON)
help-assessment-list = List stored assessments
help-assessment-schema = Print the JSON Schema of the exchange format
help-assessment-audit = The audit log of an assessment: who changed what, when, old → new
help-assessment-audit-jurisdiction = { -help-jurisdiction }
help-assessment-audit-year = { -help-year }
help-assessment-migrate = Move a round that is not yet validated to a newer version of its framework set, through the crosswalks: answers of kept indicators stay as they are, new indicators start unanswered; audited
help-assessment-migrate-jurisdiction = { -help-jurisdiction }
help-assessment-migrate-year = { -help-year }
help-assessment-migrate-to = The framework version to move to, e.g. 1.1
help-assessment-migrate-actor = { -help-actor }

## mgi render

help-render = The profile of a stored assessment as a web page, Markdown or PDF (drafts carry a DRAFT mark)
help-render-jurisdiction = { -help-jurisdiction }
help-render-year = { -help-year }
help-render-format = Format of the profile
help-render-format-html = One standalone, accessible HTML page
help-render-format-md = Pandoc-compatible Markdown (for people who edit in Word: `pandoc profile.md -o profile.docx`)
help-render-format-pdf = A4 PDF with a contents page, page numbers and footnotes at the foot of the page
help-render-lang = Language of the profile: en, fr or es. Texts of the assessment that exist only in another language are shown in it, with a note
help-render-out = Write here instead of standard output

## mgi import

help-import = Read published profiles (PDF, Word or text) into draft assessments
help-import-profile = Read a profile into a draft assessment (exchange format): findings with their footnotes and suggested indicators, summaries, context figures, conventions, sources, consultation. Every line it could not place is listed in the report with its line number
help-import-profile-file = The profile: a PDF, a Word document (.docx), or text (pdftotext output, Markdown), told apart by its content
help-import-profile-jurisdiction = ISO3 code (MNG) or locality id (GHA-accra); the title line is used when absent
help-import-profile-year = Round year; the title line ("MONGOLIA | PROFILE 2023") is used when absent
help-import-profile-out = Write the draft here instead of standard output
help-import-profile-report = Write the parse report (JSON) here; a summary goes to standard error in any case
help-import-profiles = Read every profile in some folders (with their subfolders) into drafts, each stored or written out, and print a summary table: file, jurisdiction, year, language, findings, sources, lines not placed, warnings. A file that cannot be read is listed with its reason and does not stop the others; the command fails if any file was refused
help-import-profiles-paths = Folders or files (PDF, Word, text)
help-import-profiles-out = Write each draft here, as FILE.json (the profile's file name and .json)
help-import-profiles-store = Store each draft in the database (a draft of a jurisdiction and year already stored is refused)
help-import-profiles-actor = { -help-actor }
help-import-compare = Import a profile and compare the draft with a hand-built reference of the same profile: findings recovered, sources field for field, context figures, suggestion accuracy
help-import-compare-file = { help-import-profile-file }
help-import-compare-jurisdiction = { help-import-profile-jurisdiction }
help-import-compare-year = { help-import-profile-year }
help-import-compare-reference = The reference assessment document (JSON)

## mgi check

help-check = Consistency of an assessment's evidence: findings without indicator, citations of unknown sources, sources never cited. Exits 1 on findings without indicator or unknown sources; sources never cited are listed without failing, since the key sources keep works consulted but not cited
help-check-jurisdiction = { -help-jurisdiction }
help-check-year = { -help-year }

## mgi demo, mgi serve

help-demo = The demo: a fresh embedded database with the framework and the reference assessment, served as the public portal
help-demo-keep = Keep the demo database in the data folder instead of a temporary folder
help-demo-addr = Address of the portal
help-demo-no-serve = Load and print the summary, then stop (no portal)
help-serve = Serve the web application (portal and signed-in work) on the database
help-serve-addr = Address to listen on

## mgi user

help-user = Accounts of the web application
help-user-add = Create an account. The password is read from MGI_PASSWORD, else from the first line of standard input
help-user-add-username = The user name to sign in with
help-user-add-role = admin, analyst, reviewer, focal-point or commenter
help-user-add-name = Name shown with comments and in the audit log (default: the user name)
help-user-add-jurisdictions = For a focal point: a jurisdiction it answers for (repeatable)
help-user-add-assessment = For a commenter: the assessment, as CODE/YEAR (e.g. MNG/2026)
help-user-list = Every account with its role
help-user-token = Issue an API token to an account; it acts with the account's role and scope. The token is printed once; only its hash is stored
help-user-token-username = The account
help-user-token-label = What the token is for (also the name to revoke it by)
help-user-token-days = How many days the token is valid
help-user-revoke = Revoke the API tokens of an account with a label
help-user-revoke-username = The account
help-user-revoke-label = The label the tokens were issued with

## mgi context

help-context = Context figures from downloaded tables (UN DESA migrant stock, World Bank remittances)
help-context-import = Read a DESA migrant-stock or World Bank remittances CSV and store its figures in the working round of every jurisdiction it covers. A file with bad rows stores nothing (each problem is listed as file:line) unless --skip-bad is given
help-context-import-file = The downloaded table (CSV)
help-context-import-year = The round to store into (default: each jurisdiction's latest round)
help-context-import-skip-bad = Store the good rows of a file that has bad ones

## mgi export

help-export = Open data from the published assessments (Frictionless data package, CSL-JSON)
help-export-data = A Frictionless data package of every published assessment (latest revision of each): datapackage.json with a field-by-field data dictionary, and one CSV per table
help-export-data-out = Folder to write the package into
help-export-csl = The source register of a published assessment as CSL-JSON (Zotero and other reference managers import it)
help-export-csl-jurisdiction = { -help-jurisdiction }
help-export-csl-year = { -help-year }

## mgi workbook

help-workbook = Questionnaire workbooks (XLSX) for desk research: export, then import the filled one
help-workbook-export = Write the questionnaire workbook of a stored assessment: a sheet per domain, a row per indicator (answer as a drop-down, narrative, sources, notes), the findings (a row each) and the source register
help-workbook-export-jurisdiction = { -help-jurisdiction }
help-workbook-export-year = { -help-year }
help-workbook-export-out = The workbook file to write (XLSX)
help-workbook-export-lang = The workbook's language (en, fr or es): sheet names, headers, drop-down labels, instructions and indicator questions. Any of them is read back by `import`
help-workbook-import = Read a filled workbook back. Every bad cell is listed as Sheet!Cell with the reason and nothing is stored until the whole workbook is valid; a workbook exported before someone else's edit is refused
help-workbook-import-jurisdiction = { -help-jurisdiction }
help-workbook-import-year = { -help-year }
help-workbook-import-file = The filled workbook (XLSX)
help-workbook-import-actor = { -help-actor }

## mgi round, mgi diff, mgi aggregate

help-round = Follow-up rounds
help-round-new = Start the next round of a jurisdiction from a stored one: answers, findings, sources and context carried over through the framework's crosswalks, every answer "carried over" to re-verify
help-round-new-jurisdiction = { -help-jurisdiction }
help-round-new-year = Year of the new round
help-round-new-from = The round to start from
help-diff = Progress between two stored rounds of a jurisdiction: new, strengthened, unchanged, weakened or retired per indicator, changed sources, findings that moved
help-diff-jurisdiction = { -help-jurisdiction }
help-diff-year1 = The earlier round
help-diff-year2 = The later round
help-diff-json = Print the comparison as JSON
help-aggregate = Aggregate views over the latest published rounds: gcm or sdg (indicative)
help-aggregate-view = The view to print
help-aggregate-view-gcm = Answers per value on the indicators of each GCM objective, globally and per region
help-aggregate-view-sdg = Indicative SDG 10.7.2 readings per jurisdiction and domain
help-aggregate-local = Localities instead of countries
help-aggregate-json = Print the view as JSON

## mgi backup, mgi restore

help-backup = A consistent copy of the database, taken while it serves (SQLite VACUUM INTO, or pg_dump)
help-backup-file = The backup file to write (a new file)
help-restore = A backup into an empty database (a new SQLite file, or an empty PostgreSQL database)
help-restore-file = The backup file to read

## mgi bench

help-bench = Benchmarks (not tests): print a table of measurements
help-bench-load = Generate the synthetic dataset and bulk-load it into a fresh database (--db, or a new SQLite file in a temporary folder); print rows, seconds, rows/s and peak memory
help-bench-load-countries = How many countries to generate
help-bench-load-localities = How many localities to generate
help-bench-load-rounds = How many rounds per country or locality
help-bench-load-batch = Assessments per transaction
help-bench-render = Render a stored profile in each format (in this process), then the web page as a whole `mgi render` process against pandoc turning the same Markdown into HTML
help-bench-render-jurisdiction = { -help-jurisdiction }
help-bench-render-year = { -help-year }
help-bench-render-runs = { -help-runs }
help-bench-portal = The home page, the explorer, the maps, the GCM view, search and SDG pages on a loaded database (`--db`, after `bench load` with the same `--db`): median and p90 per page against the targets
help-bench-portal-runs = { -help-runs }
help-bench-http = Many clients on loopback against a real `mgi serve` on `--db` (after `mgi demo --no-serve` on it) for a fixed time: portal pages, search, and API writes to the demo's draft round. Prints count, rate, median, p99 and max per kind, and the server's memory before and after; exits 1 when any request failed
help-bench-http-clients = How many clients at once
help-bench-http-seconds = How long to run, in seconds
help-bench-http-json = Print the report as JSON
help-bench-import = Import a profile text many times in this process; print min, median and p90 times
help-bench-import-file = { help-import-profile-file }
help-bench-import-jurisdiction = { help-import-profile-jurisdiction }
help-bench-import-year = { help-import-profile-year }
help-bench-import-runs = { -help-runs }

## Usage errors (a command line mgi cannot read); the way to the help follows on the next line.

# $value: what was given; $arg: the option or argument; $valid: the accepted values.
usage-error-invalid-value = invalid value "{ $value }" for { $arg }; accepted: { $valid }
# $reason: why, as the check of that value says it.
usage-error-value-validation = invalid value "{ $value }" for { $arg }: { $reason }
usage-error-unknown-argument = unexpected argument { $arg }
usage-error-unknown-subcommand = unknown command "{ $name }"
# $suggested: a close option or command.
usage-error-suggestion = (did you mean { $suggested }?)
usage-error-missing = missing: { $arg }
# $other: the option it cannot go with.
usage-error-conflict = { $arg } cannot be used with { $other }
usage-error-values = wrong number of values for { $arg }
usage-error-more = For more information, try "--help".
