# The task list of an assessment (mgi_model::progress), the panel that tells each role what to
# do now and what comes next, and the head of the draft preview. Names of domains come from the
# framework; counts are numbers.

## Task list

tasks-title = Task list
# $done (number): the tasks done; $total (number): all the tasks.
tasks-done =
    { $total ->
        [one] { $done } of { $total } section done
       *[other] { $done } of { $total } sections done
    }
# $status (code): how far a task is.
tasks-status =
    { $status ->
        [not-started] Not started
        [in-progress] In progress
        [to-verify] To verify
       *[done] Done
    }
# The dashboard's column of each assessment's progress.
tasks-col-progress = Progress
# A heading of the design page (/design).
tasks-design = Task statuses and progress
tasks-context = Migration context (figures)
tasks-conventions = Conventions table
tasks-summaries = Domain summaries
tasks-consultations = Consultation annex
# $done, $total, $to_verify (numbers): the answers of a domain complete or reviewed, its
# indicators, and the answers carried over from the earlier round.
tasks-count-answers =
    { $to_verify ->
        [0] { $done } of { $total } answers done
       *[other] { $done } of { $total } answers done, { $to_verify } to verify
    }
# $done (number): figures whose source is in the register; $total (number): all the figures.
tasks-count-figures =
    { $total ->
        [0] No figure yet
       *[other] { $done } of { $total } figures with their source in the register
    }
# $total (number): the rows of the conventions table.
tasks-count-conventions =
    { $total ->
        [0] No convention yet
        [one] One convention
       *[other] { $total } conventions
    }
# $done (number): domains with a summary; $total (number): the domains.
tasks-count-summaries = { $done } of { $total } summaries written
# $total (number): the consultation events.
tasks-count-events =
    { $total ->
        [0] No consultation event yet
        [one] One consultation event
       *[other] { $total } consultation events
    }

## What you can do now

guide-title = What you can do now
# $role: the signed-in person's role (web-role-*); $stage: the stage's name (work-stage).
guide-where = You are signed in as { $role }; this assessment is at the stage “{ $stage }”.
guide-approve = Read the preview, comment on anything, then approve it.
guide-write = Complete the task list, then read the preview.
guide-write-done = Every task is done: read the preview.
guide-comment = Read the draft and its preview, and comment on anything.
guide-read = You can read this assessment; there is nothing for you to do at this stage.
# $stage: the name of the stage (work-stage), after publication.
guide-correct = If the published profile needs a correction, move it to “{ $stage }”.
# $stage: the name of the stage (work-stage).
guide-move = When it is ready, move it to “{ $stage }” with the button below.
guide-share = Invite consultation participants with a link.
guide-moderate = Accept, decline or resolve the comments.
guide-publish = Check that the approval covers the current content, then publish it.
# $stage: the name of the next stage (work-stage).
# $by_approval (yes or no): whether the move happens by approving the content.
guide-next-you =
    { $by_approval ->
        [yes] Next stage: “{ $stage }”, once you approve the content.
       *[no] Next stage: “{ $stage }”, which you move it to.
    }
# $stage: the name of the next stage (work-stage); $roles: the roles that move it there
# (web-role-*), separated by commas.
guide-next-by = Next stage: “{ $stage }”, moved there by: { $roles }.

## The draft preview

preview-back = Back to the workspace
preview-edit-finding = Edit this finding
preview-edit-summary = Edit this summary
preview-open-finding = Open this finding
preview-open-summary = Open this summary
# The label of the navigation at the top of the preview.
preview-nav = The draft
# $date: now, written out.
approval-as-of = The content as it stands on { $date }.
# $count (number)
approval-answers =
    { $count ->
        [one] One answer
       *[other] { $count } answers
    }
# $count (number)
approval-findings =
    { $count ->
        [one] One finding
       *[other] { $count } findings
    }
# $count (number)
approval-sources =
    { $count ->
        [one] One source
       *[other] { $count } sources
    }
