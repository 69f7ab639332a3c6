## What a message about a stored record names (already exists, not found, conflict)

record-assessment = assessment { $jurisdiction } { $year }
# $kind: the kind of record; $key: its key in the assessment.
record-part = { $kind ->
        [answer] answer to indicator { $key }
        [finding] finding { $key }
        [summary] summary of domain { $key }
        [source] source { $key }
        [comment] comment { $key }
        [figure] context figure { $key }
        [convention] convention { $key }
        [translation] translation { $key }
       *[note] note on indicator { $key }
    } of { $jurisdiction } { $year }
record-publication = publication of { $jurisdiction } { $year }
record-published-rounds = published rounds of { $jurisdiction }
record-user = user { $name }
record-file = file { $path }
