# The command line (`mgi`): what it prints for people, on standard output and standard error.
# Machine output (JSON, CSV, exported files, tab-separated lists) keeps its codes and is not
# here; `--help` texts are in help.ftl; the benchmarks (developer tooling) stay English.
# $file is a path and $url a database address, as given; $jurisdiction is a code (MNG,
# GHA-accra) and $year a round, as written.

## Errors

# $message: what went wrong (the store's refusals are refusal-* messages).
cli-error = error: { $message }
# $reason: the system's explanation.
cli-no-runtime = cannot start the async runtime: { $reason }
cli-cannot-read = cannot read { $file }
cli-cannot-write = cannot write { $file }
cli-not-utf8 = { $file }: not UTF-8 text
cli-config-unreadable = cannot read the configuration { $file }
cli-cannot-open-db = cannot open the database { $url }
cli-no-temp-folder = cannot create a temporary folder
# $file: one of the reference assessments built into mgi.
cli-reference-assessment = reference assessment { $file }
# $count (number): how many problems were listed above.
cli-problems-nothing-stored = { $count } problem(s); nothing was stored

## mgi framework

# $count (number): how many problems were listed above.
cli-framework-not-loaded = { $count } problem(s); the framework was not loaded
# $indicators (number), $sets (the sets, cli-framework-set each, separated by commas),
# $objectives (number), $subcategories (number), $crosswalks (number).
cli-framework-summary = framework OK: { $indicators } indicators; sets { $sets }; { $objectives } GCM objectives; { $subcategories } SDG 10.7.2 sub-categories; { $crosswalks } crosswalk(s)
# $set: the set's id; $version: its version; $count (number): its indicators.
cli-framework-set = { $set } v{ $version } ({ $count } indicators)

## mgi assessment, mgi check

# $answers, $findings, $sources (numbers): what the document holds.
cli-assessment-valid = { $file }: valid { $jurisdiction } { $year } ({ $answers } answers, { $findings } findings, { $sources } sources)
cli-assessment-stored = stored { $jurisdiction } { $year } ({ $answers } answers, { $findings } findings)
cli-assessment-exists = { $file }: { $jurisdiction } { $year } is already stored; give --replace to replace it
cli-assessment-none = no assessments stored (try: mgi assessment import FILE)
# $version (number): the record's version, for optimistic locking.
cli-assessment-record-version = (record version { $version })
# The three counts of `mgi check`, each followed by its number (aligned by the program).
cli-check-no-indicator = findings without an indicator:
cli-check-unknown-sources = citations of unknown sources:
cli-check-uncited = sources never cited:
cli-check-refused = values the rules refuse:
# $place: a finding or an answer; $key: the source key it cites.
cli-check-cites = { $place } cites { $key }

## mgi import profile

# $lines, $summaries, $figures, $conventions, $findings, $footnotes, $sources, $consultations,
# $unplaced, $warnings: numbers read from the profile.
cli-import-report = { $file }: { $lines } lines; { $summaries } summaries, { $figures } context figures, { $conventions } conventions, { $findings } findings ({ $footnotes } footnotes attached), { $sources } sources, { $consultations } consultation(s); { $unplaced } line(s) not placed, { $warnings } warning(s)
# $warning: what the importer noticed (English).
cli-import-warning = warning: { $warning }
# $line (number): the line; $part: the part of the profile (a code); $text: its first words.
cli-import-unplaced = not placed: line { $line } ({ $part }): { $text }
# $count (number): the lines not placed beyond those printed.
cli-import-more = … { $count } more in the report

## mgi import profiles

# $column: the summary table's column, as a code.
cli-import-batch-column = { $column ->
        [file] file
        [jurisdiction] jurisdiction
        [year] year
        [language] language
        [findings] findings
        [sources] sources
        [unplaced] lines not placed
        [warnings] warnings
       *[result] result
    }
cli-import-batch-checked = read
# $file: where the draft was written.
cli-import-batch-written = written to { $file }
cli-import-batch-stored = stored
# $reason: why the draft could not be kept or the file read.
cli-import-batch-not-kept = read, not kept: { $reason }
cli-import-batch-refused = refused: { $reason }
# $files, $refused: numbers of files.
cli-import-batch-done = { $files } file(s) read, { $refused } refused or not kept
cli-import-batch-too-many = { $count } files found; one run reads at most { $max }

## mgi render

cli-render-pdf-terminal = a PDF is not printed to a terminal: give -o FILE or redirect the output

## mgi context import

# $count (number): bad rows; $good (number): the figures that could be stored.
cli-context-problems = { $count } problem(s): nothing stored (fix the file, or give --skip-bad to store the { $good } good figures)
# $source: the table's title; $figures, $skipped, $added, $replaced, $rounds: numbers.
cli-context-imported = { $source }: { $figures } figures read ({ $skipped } aggregate rows skipped); { $added } added, { $replaced } replaced in { $rounds } round(s)
# $jurisdictions: codes separated by commas.
cli-context-no-round = no working round for: { $jurisdictions } (none stored, or published/validated)

## mgi demo

cli-demo-accounts = demo accounts (sign in at /login):
cli-demo-unchanged = (unchanged)
# $backend: sqlite or postgres.
cli-demo-database = database: { $url } ({ $backend })
# $name: the jurisdiction's name; $set, $version: the framework set; $stage: the stage's name.
cli-demo-assessment = assessment { $jurisdiction } { $year } ({ $name }), { $set } v{ $version }, stage { $stage }
# $answers, $findings, $sources, $figures, $conventions: numbers; $consistency: one of the two
# cli-demo-consistency-* messages.
cli-demo-counts = { $answers } answers, { $findings } findings, { $sources } sources, { $figures } context figures, { $conventions } conventions; consistency: { $consistency }
cli-demo-consistency-clean = clean
cli-demo-consistency-problems = problems (run mgi check)
cli-demo-temporary = The database is temporary and goes when the demo stops; `mgi demo --keep` keeps it, and prints the `--db` to give the other commands.
cli-demo-explore = Explore it: mgi --db { $url } assessment list

## mgi serve

# $addr: the address served, such as 127.0.0.1:8080.
cli-serve-listening = portal: http://{ $addr }/ (published profiles at /profiles/<code>/<year>); stop with Ctrl-C
cli-cannot-serve = cannot serve on { $addr }

## mgi user

cli-user-assessment-format = --assessment is CODE/YEAR, e.g. MNG/2026
# $value: what was given; $year: the part after the slash.
cli-user-assessment-year = --assessment { $value }: “{ $year }” is not a year
cli-password-unreadable = cannot read the password from standard input
cli-password-missing = no password: set MGI_PASSWORD or give it on standard input
# $user: the user name; $role: the role's name (web-role-*).
cli-user-created = user { $user } created ({ $role })
# $user: the user name; $label: what the token is for; $days (number): how long it is valid.
cli-token-issued = token for { $user } ({ $label }), valid { $days } days; shown once:
# $count (number): how many tokens were revoked.
cli-tokens-revoked = { $count } token(s) revoked

## mgi round, mgi diff, mgi aggregate

# $from: the round started from; $answers, $unanswered: numbers.
cli-round-started = round { $jurisdiction } { $year } started from { $from }: { $answers } answers carried over (to re-verify), { $unanswered } indicators without an answer
# $indicators: indicator ids separated by commas.
cli-round-retired = retired by the framework: { $indicators }
cli-round-merged = merged from disagreeing answers, set to unknown: { $indicators }
cli-assessment-migrated = { $jurisdiction } { $year } now uses framework version { $version }: { $answers } answers, { $unanswered } indicators without an answer
cli-assessment-migrated-added = new in this version: { $indicators }
# $from, $to: the two rounds' years.
cli-diff-heading = { $jurisdiction } from { $from } to { $to }
# $kind (code): new, amended or removed; $title: the source's title; $key: its key in the
# register.
cli-diff-source =
    { $kind ->
        [new] new source: { $title } ({ $key })
        [amended] amended source: { $title } ({ $key })
       *[removed] source removed: { $title } ({ $key })
    }
# $indicator: the indicator's id; $from, $to: kinds of finding (cli-finding-kind).
cli-diff-finding-moved = finding on { $indicator }: { $from } -> { $to }
# $count (number): jurisdictions counted.
cli-aggregate-gcm = GCM objectives over { $count } jurisdiction(s); answers per value (not applicable left out)

## mgi export data

# $count (number): published assessments in the package.
cli-export-data = data package in { $file } ({ $count } published assessments):
# $count (number): the rows of a table; the number itself is printed before, aligned.
cli-export-rows =
    { $count ->
        [one] row
       *[other] rows
    }

## mgi backup, mgi restore

# $tool: pg_dump or pg_restore.
cli-pg-tool-missing = { $tool } not found: install the PostgreSQL client (Debian: postgresql-client)
# $command: the command line run.
cli-cannot-run = cannot run { $command }
# $command: the program; $output: what it printed on standard error.
cli-command-failed = { $command } failed: { $output }
cli-backup-exists = { $file } exists already: choose a new file
cli-backup-written = backup of { $url } written to { $file }
cli-not-a-backup = { $file } is not a backup file
# $count (number): the assessments the database holds.
cli-restore-not-empty = { $url } holds { $count } assessment(s): restore into an empty database
cli-restore-target-exists = { $file } exists: restore into a new file (give --db a path that does not exist)
# $count (number): the assessments restored.
cli-restored = restored { $file } into { $url } ({ $count } assessments)
# A finding only the later round has, or only the earlier: $finding (its key), $kind, $text.
cli-diff-finding-new = new finding { $finding } ({ $kind }): { $text }
cli-diff-priority = priority «{ $text }»: { $before } → { $after }
cli-diff-finding-retired = retired finding { $finding } ({ $kind }): { $text }
# The server's log settings refused: $name (MGI_LOG or RUST_LOG), $value as given, $reason.
cli-log-filter = { $name }: { $value } is not a log filter ({ $reason })
cli-log-format = MGI_LOG_FORMAT: { $value }: "text" or "json"
