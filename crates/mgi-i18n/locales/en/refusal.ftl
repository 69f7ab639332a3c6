# Why a change was not made: the workflow's refusals, a stage move it does not allow, a save or
# approval based on what someone else changed meanwhile. The web shows them on the "Not done"
# page, the command line after "error:". Stages are given by name (work-stage); $jurisdiction is
# a code (MNG, GHA-accra) and $year a round, as written.

# $jurisdiction, $year: the assessment; $stage: the name of its stage.
refusal-approval-not-now = Assessment { $jurisdiction } { $year } is at stage { $stage }; approval happens in consultation, validation or correction.
refusal-correction-without-note = A correction is published with a public change note saying what changed.
# $jurisdiction, $year: the assessment.
refusal-not-approved = Assessment { $jurisdiction } { $year } has no approval of its current content: the focal point must approve it (again) before publication.
# $jurisdiction, $year: the assessment; $gaps: what blocks publication, separated by semicolons.
refusal-not-ready = Assessment { $jurisdiction } { $year } is not ready for publication: { $gaps }. Fix them first, or publish anyway with a written reason (an override).
# $jurisdiction, $year: the assessment; $stage: the name of its stage.
refusal-round-closed = Assessment { $jurisdiction } { $year } is at stage { $stage }: a workbook can only fill a round in preparation.
# $from, $to: the names of the two stages; $allowed: the names of the stages it may move to,
# separated by commas.
refusal-transition = An assessment cannot move from { $from } to { $to }; from { $from } it may move to: { $allowed }.
refusal-content-changed = The assessment changed since you read it: read it again, then try again.
# $expected (number): the version the save was based on; $current (number): the stored one.
refusal-conflict = Someone else saved this record meanwhile (you edited version { $expected }, it is now at version { $current }); nothing was saved.
# $what: the record (a record- message).
refusal-already-exists = { $what } already exists; nothing was overwritten.
# $what: the record (a record- message).
refusal-not-found = Not found: { $what }.
# $jurisdiction, $year: the assessment; $stage: the name of its stage.
refusal-share-not-now = Assessment { $jurisdiction } { $year } is at stage { $stage }: links for consultation participants are made only while the draft is shared (draft-shared, consultation).
# $max (number): the most participants a link admits.
refusal-link-full = This link has admitted its { $max } participants: ask whoever sent it for a new link.
# $jurisdiction, $year: the assessment; $stage: the name of its stage.
refusal-edit-not-now = Assessment { $jurisdiction } { $year } is at stage { $stage }: its content cannot be changed at this stage (a published assessment is changed by starting a correction).
