# The signed-in work pages: the dashboard, an assessment's workspace and its editors, comments,
# validation and publication, rounds, API tokens and accounts. Names, titles and texts people
# typed are shown as written.

## Dashboard

work-dashboard-title = My work
# $name: the signed-in person's name; $role: their role (web-role-*).
work-dashboard-signed-in = Signed in as { $name } ({ $role }).
work-dashboard-empty = Nothing to work on yet.
work-accounts = Accounts
work-api-tokens = API tokens
work-todo-approve = to approve
work-todo-write = to write
work-todo-comment = to comment
work-todo-read = to read

## Table headings

work-col-assessment = Assessment
work-col-round = Round
work-col-stage = Stage
work-col-for-you = For you
work-col-indicator = Indicator
work-col-question = Question
work-col-answer = Answer
work-col-status = Status
work-col-sources = Sources
work-col-when = When
work-col-who = Who
work-col-what = What
work-col-field = Field
work-col-before = Before
work-col-after = After
work-col-label = Label
work-col-created = Created
work-col-expires = Expires
work-col-state = State
work-col-name = Name
work-col-role = Role

## Codes shown by name (the forms post the codes)

# $stage (code): the stage of an assessment, by its name.
work-stage =
    { $stage ->
        [data-collection] data collection
        [draft-shared] draft shared
        [consultation] consultation
        [validated] validated
        [published] published
        [correction] correction
       *[launched] launched
    }
# $status (code): how far an answer is.
work-status =
    { $status ->
        [not-started] not started
        [draft] draft
        [complete] complete
        [reviewed] reviewed
       *[carried-over] carried over – to verify
    }
# $confidence (code): how sure the team is of an answer.
work-confidence =
    { $confidence ->
        [low] low
        [medium] medium
       *[high] high
    }
work-confidence-none = not stated
# $kind (code): the kind of a source.
work-source-kind =
    { $kind ->
        [law] law
        [regulation] regulation
        [policy] policy
        [agreement] agreement
        [report] report
        [data] data
        [web] web page
       *[other] other
    }
# $sex (code): whom a context figure counts.
work-sex =
    { $sex ->
        [male] male
        [female] female
       *[total] total
    }
# $state (code): where a comment stands.
work-comment-state =
    { $state ->
        [accepted] accepted
        [declined] declined
        [resolved] resolved
       *[open] open
    }
work-visibility-government = the government and the team
work-visibility-internal = the team only

## Workspace

# $set: the framework set's id; $version: its version number.
work-framework = framework { $set }, version { $version }
work-link-preview = Preview the profile
work-link-sources = Source register
work-link-context = Context and conventions
work-link-audit = Audit log
work-link-approve = Read and approve
work-link-progress = Change log since the previous round
work-pages-label = Pages of this assessment
# $stage: the name of the stage (work-stage).
work-move-to = Move to { $stage }
work-round-label = Start the next round (answers, findings and sources carried over, every answer to re-verify)
work-round-button = Start the round
work-share-label = Invite consultation participants with a link
work-share-placeholder = e.g. civil society organisations
work-share-days = Valid for (days)
work-share-button = Create link
work-summary-link = Summary of this domain
work-findings = Findings
work-share-created = Link created
# $label: who the link is for, as typed; $days (number): how long it is valid.
work-share-created-text =
    Send this address to the participants ({ $label }). It opens this draft for comments for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; it is shown only now.
work-back-to-assessment = Back to the assessment
work-audit-empty = Nothing has been changed yet.
work-audit-title = Audit log

## Share links of the workspace

work-share-links = Share links
work-share-col-guests = Participants admitted
# $when: the date and time it was made; $who: who made it (a user name); $stage: the name of the
# stage it was made in (work-stage).
work-share-made = { $when }, by { $who }, in { $stage }
# $count (number): participants admitted through the link; $max (number): the most it admits.
work-share-guests = { $count } of { $max }
# $state (code): where the link stands.
work-share-state =
    { $state ->
        [open] open
        [full] full: admits no one else
        [expired] expired
        [revoked] revoked
       *[ended] ended: the draft left the shared stages
    }
# $state (code): revoked or ended; $when: the date and time it happened.
work-share-state-since =
    { $state ->
        [revoked] revoked on { $when }
       *[ended] ended on { $when }: the draft left the shared stages
    }
work-share-revoke = Revoke

## Edit conflict (someone saved the same record first)

work-conflict-title = Edit conflict
# $what: the record, one of the work-what-* messages.
work-conflict-heading = Someone else saved { $what } first
work-conflict-text = Nothing of yours was saved, and nothing is lost: compare the two versions, merge what you want to keep into the form, and save again.
work-conflict-theirs = Saved meanwhile
work-conflict-yours = Yours
work-conflict-again = Your version, to save again
# $name: the indicator's short name, in the page's language.
work-what-answer = the answer on “{ $name }”
work-what-finding = this finding
work-what-summary = this summary
work-what-source = this source
work-what-figure = this figure
work-what-convention = this convention
work-what-note = this note

## Indicator page

# $name: the indicator's short name, in the page's language.
work-indicator-title = Indicator: { $name }
work-answer-value = Answer
work-answer-narrative = Narrative (Markdown)
work-answer-confidence = Confidence
work-answer-notes = Private research notes (never published)
work-answer-evidence = Evidence from the source register
# $n (number): the citation's place in the list.
work-answer-source = Source { $n }
work-evidence-hint = Pick a source of the register by typing part of its issuer, title or year, and say where in it (an article, a page). Leave a row empty to remove a citation.
work-answer-pin = Where in it (article, page)
work-answer-new-source = Or cite a new source (added to the register)
work-answer-new-pin = Where in it
work-answer-save = Save the answer
work-evidence = Evidence
work-research-notes = Research notes
work-year = Year

## Source register

work-sources-title = Source register
# $title: the source's issuer, title and year.
work-source-page = Source: { $title }
work-source-issuer = Issuer
work-source-title = Title
work-source-kind-label = Kind
work-source-url = Address (URL)
work-source-amended = Amended in (years, separated by commas)
work-source-note = Note (place, date, report type)
# $years: the years of its amendments, separated by commas.
work-source-amended-in = Amended in { $years }.
work-source-save = Save the source
work-sources-find = Find a source
work-sources-find-hint = Words of its issuer or title, or its year; accents and capitals do not matter.
work-sources-find-button = Find
work-sources-show-all = Show all sources
# $total (number): the sources of the register.
work-sources-count =
    { $total ->
        [one] { $total } source
       *[other] { $total } sources
    }
# $shown (number): the sources found; $total (number): the sources of the register.
work-sources-shown =
    { $total ->
        [one] { $shown } of { $total } source
       *[other] { $shown } of { $total } sources
    }
work-sources-none-found = No source of the register matches these words.
# Before the names of the other sources with the same title.
work-sources-twins = Possibly the same document as:
# $name: the name of the source to keep (issuer, title and year).
work-sources-merge-into = merge into { $name }
work-source-merge-heading = Merge into another source
work-source-merge-help = If this entry and another one of the register are the same document, merge them: every citation of this entry moves to the other one, and this entry leaves the register.
work-source-merge-into-label = Source to keep
work-source-merge-continue = Continue
work-source-merge-title = Merge two sources
work-source-merge-removed-label = Removed from the register
work-source-merge-kept-label = Kept
# $count (number): the citations of the source removed (answers, findings, context figures);
# $from, $into: the names of the source removed and of the source kept.
work-source-merge-moves =
    { $count ->
        [0] Nothing cites { $from }: no citation moves to { $into }.
        [one] One citation will move from { $from } to { $into }.
       *[other] { $count } citations will move from { $from } to { $into }.
    }
# $from: the name of the source removed.
work-source-merge-removed = { $from } will be removed from the register.
work-source-merge-final = This cannot be undone.
work-source-merge-confirm = Merge the sources
work-source-merge-cancel = Cancel

## Findings and summaries

# $key: the finding's key.
work-finding-title = { $kind }: { $domain }
work-finding-text = Text
work-finding-indicators = Indicators it speaks to
work-finding-indicators-shown = Indicators
work-finding-new-title = New finding: { $domain }
work-finding-footnote = Footnote { $n }
work-finding-domain = Domain
work-field-shift = must be up or down
work-field-review = must be accept or dismiss
work-finding-delete-title = Delete this finding?
work-finding-delete-warning = The finding and its citations will be removed from the draft. Its text stays in the audit log and the comments on it are kept. This cannot be undone.
work-finding-delete-button = Delete the finding
work-cancel = Cancel
work-finding-text-hint = Markdown: **bold**, *italics*, lists. Written as the profile will print it.
work-finding-indicators-hint = Tick the indicators the finding speaks to; the first one is the main one. The finding’s own domain is open, the other domains below it.
work-finding-indicators-linked = Linked now (the main one first):
work-finding-footnotes = Footnotes
work-finding-footnotes-hint = One note per field, printed at the foot of the page. Empty a field to remove its note.
work-suggestions-title = Suggested indicators to review
work-suggestions-text = The importer proposed these indicators for this finding, closest first. Accept those it speaks to and dismiss the others.
work-suggestions-words = Words that matched:
work-suggestion-accept = Accept
work-suggestion-dismiss = Dismiss
work-finding-arrange = Order and deletion
work-finding-move-up = Move up
work-finding-move-down = Move down
work-finding-delete = Delete this finding
work-finding-label = { $kind }, { $domain }: “{ $start }”
work-finding-flag-suggestions = { $count ->
    [one] one suggested indicator to review
   *[other] { $count } suggested indicators to review
}
work-finding-flag-uncited = no source cited
work-finding-flag-unlinked = no indicator
work-finding-save = Save the finding
work-finding-add = Add a finding
work-finding-kind = Kind
work-finding-add-button = Add the finding
work-summary-title = Summary
work-summary-heading = Summary of the domain
work-summary-text = Summary (Markdown)
work-summary-save = Save the summary

## Consultation events

work-consultations = Consultation events
# $start, $end: dates, already written out.
work-event-dates = { $start } to { $end }
# $count (number): how many took part.
work-event-participants =
    { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
work-event-title = Event
work-event-start = From (YYYY-MM-DD)
work-event-end = To (YYYY-MM-DD)
work-event-place = Place
work-event-participants-label = Participants (number, if known)
work-event-description = Who took part
work-event-save = Record the event

## Context and conventions

work-context-title = Context and conventions
work-context-figures = Context figures
work-figure-new = New figure
work-figure-measure = Measure (e.g. immigrant-stock)
work-figure-value = Value
work-figure-unit = Unit (persons, percent, …)
work-figure-sex = Sex
work-figure-age = Age group
work-figure-source = Source
work-figure-save = Save the figure
work-figure-add = Add the figure
work-conventions = Conventions
# $year: the year of ratification, as written.
work-convention-ratified-in = ratified in { $year }
work-convention-ratified = ratified
work-convention-not-ratified = not ratified
work-convention-ratified-label = Ratified
work-save = Save

## Comments

work-comments = Comments
work-comments-none = No comments yet.
work-anchor-general = the assessment
work-anchor-finding = a finding
# $name: the indicator's name.
work-anchor-indicator = the indicator “{ $name }”
# $anchor: what the comment is about (work-anchor-*).
work-comment-on = on { $anchor }
work-comment-internal = internal
work-comment-state-label = State
work-comment-set = Set
work-comment-visible-to = Visible to
# $anchor: what the comment is about (work-anchor-*).
work-comment-yours = Your comment on { $anchor }
work-comment-button = Comment

## Validation and publication

work-validation = Validation
work-not-approved = Not approved yet.
# $who: the name of who approved; $date: when, written out.
work-approved = Approved by { $who } on { $date }: the approval covers the current content.
# $who: the name of who approved; $date: when, written out.
work-approval-stale = Approval by { $who } on { $date } is stale: the content changed since. A new approval is needed before publication.
work-publish-note = Note (optional)
work-publish-note-correction = Public change note (what was corrected)
work-publish = Publish
work-approval = Approval
# $fingerprint: the first characters of the content's hash.
work-approval-text = By approving, the government validates the content of this page as you read it (fingerprint { $fingerprint }). Any later change makes the approval stale.
work-approve-button = Approve this content

## Rounds

work-progress-title = Change log
# $from, $to: the years of the two rounds, as written.
work-progress-heading = Change log from { $from } to { $to }
work-progress-intro = Compares the stored rounds (drafts included). Notes are public on the portal's progress page once both rounds are published.
# $name: the indicator's short name, in the page's language.
work-note-on = Note on “{ $name }”
work-note-save = Save note

## Questionnaire workbook

work-workbook = Questionnaire workbook
work-workbook-download = Download the workbook
work-workbook-text = (a sheet per domain, a row per indicator, the findings, the source register), fill it in a spreadsheet, then upload it. Nothing is stored unless every cell is valid.
work-workbook-file = Filled workbook (.xlsx)
work-workbook-upload = Upload the workbook
work-workbook-failed-title = Workbook not imported
work-workbook-failed = The workbook was not imported
work-workbook-failed-text = Nothing was stored. Correct these cells and upload the workbook again:

## API tokens

work-tokens-title = API tokens
work-tokens-intro = A token lets a script use the API as you, with your role and your jurisdictions
work-tokens-send = Send it as
work-token-shown-once = Your new token, shown this once: copy it now.
work-token-active = active
work-token-revoked = revoked
work-token-new = New token
work-token-label = What it is for
# $max (number): the longest validity allowed.
work-token-days = Valid for (days, at most { $max })
work-token-create = Create the token
work-token-revoke-heading = Revoke
work-token-revoke-label = Label of the tokens to revoke
work-token-revoke = Revoke the tokens

## Accounts (administrators)

work-account-new = New account
work-account-username = User name
work-account-name = Name shown
work-account-jurisdictions = Jurisdictions (focal point; codes separated by commas)
work-account-assessment = Assessment (commenter; CODE/YEAR)
work-account-password = Initial password (at least 8 characters)
work-account-create = Create the account

## What is wrong with a form field (after the field's name)

work-field-required = is required
work-field-version = must be a version number
# $max: the limit in bytes, as written.
work-field-too-long = longer than { $max } bytes
work-field-nul = contains a NUL character (U+0000); remove it
work-field-days = must be a number of days
work-field-at-most-200 = at most 200 characters
work-field-confidence = must be low, medium or high
work-field-value = must be one of the answer scale
work-field-status = must be an answer status
work-field-stage = must be a stage
work-field-year = must be a year
work-field-kind = must be a kind of source
work-field-amended = must be years separated by commas
work-field-date = must be a date as YYYY-MM-DD
work-field-whole-number = must be a whole number
work-field-number = must be a number
work-field-sex = must be total, male or female
work-field-finding-kind = must be well-developed or potential
work-field-anchor = must be general, or a finding or an indicator with its reference
work-field-visibility = must be government or internal
work-field-internal-only = only the team writes internal comments
work-field-comment-state = must be open, accepted, declined or resolved
work-field-round-year = must be a round year, such as 2026
work-field-from = must be the earlier round's year
work-field-role = must be a role
work-field-assessment = must be CODE/YEAR, e.g. MNG/2026
work-field-workbook = choose the filled workbook (.xlsx) to upload

## Audit log: what an entry changed, by name (the log stores codes)

work-audit-entity-assessment = assessment
work-audit-entity-answer = answer
work-audit-entity-finding = finding
work-audit-entity-summary = summary
work-audit-entity-source = source
work-audit-entity-context = context figure
work-audit-entity-convention = convention
work-audit-entity-consultation = consultation event
work-audit-entity-comment = comment
work-audit-entity-share-link = share link
work-audit-entity-round-note = change log note
work-audit-entity-translation = translation
work-audit-field-stage = stage
work-audit-field-approval = approval
work-audit-field-import = import
work-audit-field-value = answer
work-audit-field-narrative = narrative
work-audit-field-status = status
work-audit-field-confidence = confidence
work-audit-field-notes = research notes
work-audit-field-citations = evidence
work-audit-field-text = text
work-audit-field-indicators = indicators
work-audit-field-issuer = issuer
work-audit-field-title = title
work-audit-field-year = year
work-audit-field-kind = kind
work-audit-field-url = address (URL)
work-audit-field-note = note
work-audit-field-figure = figure
work-audit-field-ratified = ratified
work-audit-field-created = created
work-audit-field-revoked = revoked
work-audit-field-state = state
work-audit-field-footnotes = footnotes
work-audit-field-position = position
work-audit-field-suggestions = suggested indicators
work-audit-field-override = publication override
# Confirmation pages before far-reaching actions (work::confirm).
# $count (number): how many records are not linked.
confirm-more = and { $count } more
confirm-not-ready = What is not ready
confirm-not-ready-blocks = Publication is refused while the items marked as blocking remain. Fix them first, or give a written reason to publish anyway (an override, recorded with your name and shown on the assessment).
confirm-not-ready-warns = You may go on, but these are not ready yet.
# $measure (code): what the figure measures.
confirm-figure = Context figure { $measure }
# $on: what the comment is about (work-anchor-*).
confirm-comment-on = Comment on { $on }
confirm-problems = There is a problem
confirm-cancel = Cancel and go back to the assessment
# $stage: the name of the stage moved to.
confirm-move-heading = Move to { $stage }?
# $stage (code): the stage moved to.
confirm-move-what =
    { $stage ->
        [data-collection] The team collects and writes the evidence; the draft is no longer shared with the government or consultation participants.
        [draft-shared] The draft is shared with the government's focal point, and links can be made for consultation participants.
        [consultation] The draft goes to consultation: participants with a link read it and comment.
        [correction] The published profile stays public while the team corrects it; the correction is published after a new approval.
       *[other] The assessment moves on.
    }
confirm-move-ends-sharing = Every share link ends for good, and the participants who came through them lose access.
confirm-override = Reason to publish anyway
# $max (number): the longest reason.
confirm-override-hint = One line, at most { $max } characters. It is recorded with your name in the audit log and shown on the assessment.
confirm-publish-heading = Publish this assessment?
# $address: where the profile is published.
confirm-publish-what = The profile becomes public at { $address }, for everyone.
confirm-publish-frozen = What is published is a frozen copy: any later change needs a correction, approved again.
confirm-publish-anyway = Publish anyway
confirm-revoke-heading = Revoke this share link?
# $label: who the link is for.
confirm-revoke-what = The link for { $label } will admit no one any more.
# $guests: how many participants it admitted, of how many (work-share-guests).
confirm-revoke-guests = The participants it admitted ({ $guests }) lose access now. This cannot be undone.
# $who: the administrator's name; $date: when.
work-published-override = Published on { $date } by { $who } although it was not ready. Reason given:
work-audit-field-merged-into = merged into
work-audit-field-framework = framework version
# $count (number): the citations that moved to the source kept, when a source was merged into it.
work-audit-citations-moved =
    { $count ->
        [one] { $count } citation moved
       *[other] { $count } citations moved
    }
