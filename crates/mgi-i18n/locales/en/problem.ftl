# Why a value of an assessment, or of a form that edits one, cannot be accepted. Each message
# follows the field or JSON path it is about ("title: must not be empty"), so it starts in lower
# case. Keys, codes, identifiers and values are quoted as given; $set names a framework set with
# its version (mgi-national v1); years are written as they are.

problem-empty = must not be empty
problem-empty-key = empty key
problem-key = use 1 to { $max } lower-case letters, digits and '-'
problem-control = contains a line break or another control character; write it on one line
problem-web-address = give an address starting with http:// or https://, or a DOI (doi:10.…)
# $count: the citations given; $max: the most allowed.
problem-citations = { $count } citations; at most { $max }
# $value: the key or identifier used twice.
problem-duplicate = duplicate "{ $value }"
problem-not-finite = not a finite number
# $expected: the format tag mgi reads; $found: the document's.
problem-format = expected "{ $expected }", found "{ $found }"
# $from, $to: the first and last plausible years.
problem-year = { $year } is not a plausible round year ({ $from }-{ $to })
problem-not-year = "{ $given }" is not a year (four digits, e.g. 2023)
problem-unknown-framework = unknown framework { $set } version { $version }
# $kind (code: country, locality): the jurisdiction's kind; $needed, $level (codes: national,
# local, both): the level its kind is assessed at, and the level of the set $set.
problem-level = a { $kind } is assessed with a { $needed } set, not { $set } ({ $level })
problem-country-code = "{ $code }" is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. MNG)
problem-locality-code = "{ $code }" is not a locality id (ISO3 of the country, a dash, a lowercase slug, e.g. GHA-accra)
# $regions: the UN M49 regions (in English), separated by commas.
problem-region = "{ $region }" is not a UN M49 region ({ $regions })
# $country: the country's name; $region: its UN M49 region; $given: the region the document gives.
problem-wrong-region = { $country } is in { $region } (UN M49), not { $given }
problem-unknown-domain = unknown domain "{ $domain }" in { $set }
problem-unknown-indicator-in-set = unknown indicator "{ $id }" in { $set }
# An indicator the framework does not have in any set.
problem-unknown-indicator = unknown indicator "{ $id }"
problem-unknown-source = unknown source "{ $key }"
problem-unknown-finding = unknown finding "{ $key }"
problem-no-wording = a priority needs its own words or a recommendation of a consultation of this round to take them from
problem-unknown-recommendation = no consultation of this round has recommendation { $number } of «{ $consultation }»
problem-set-after-round = a priority of the { $year } round carried from an earlier round cannot have been set in { $since }
# $key: the source named both as the one to remove and as the one to keep.
problem-merge-into-itself = "{ $key }" cannot be merged into itself; choose another source
problem-unknown-jurisdiction = unknown jurisdiction "{ $code }"
problem-year-not-ratified = a ratification year is given but ratified is false
# $start, $end: dates, written in full.
problem-ends-before-start = ends ({ $end }) before it starts ({ $start })
problem-amended-before-issued = amended in { $amended }, before it was issued ({ $issued })
# $languages: the language codes of mgi, separated by commas.
problem-not-language = "{ $code }" is not a language code of mgi ({ $languages })
# $lang: a language code.
problem-not-translation = the assessment is written in "{ $lang }": this is not a translation
# $target: what a translation names as the text it translates.
problem-not-text-ref = "{ $target }" is not a text of an assessment (e.g. finding/KEY, summary/DOMAIN, answer/INDICATOR, jurisdiction/name)
problem-no-such-text = the assessment has no text "{ $target }" to translate
problem-second-translation = a second translation of "{ $target }" into "{ $lang }"
# $chars: the length of the text; $max: the most characters allowed.
problem-too-long = { $chars } characters; at most { $max }
problem-nul = contains a NUL character (U+0000), which cannot be stored; remove it
problem-username = use 1 to 64 letters, digits, '.', '-', '_' or '@'
problem-password = must have at least { $min } characters
problem-focal-point = a focal point answers for at least one jurisdiction
problem-commenter = a commenter is invited to one assessment
problem-name = give your name (at most { $max } characters)
problem-token-label = a label of 1 to { $max } characters says what the token is for
problem-token-days = { $days }: a token lasts 1 to { $max } days
problem-link-days = a link lasts from 1 to { $max } days
# $previous, $new: the years of the previous round and of the new one.
problem-year-not-after = the new round's year { $new } must come after { $previous }
problem-unknown-set = unknown framework set { $set }
# $from, $to: framework sets with their versions.
problem-sets-backwards = cannot compare { $from } with the older { $to }
problem-no-crosswalk = no crosswalk from { $from } to { $to }: add crosswalks/*.yaml for every version step
problem-same-version = the round already uses { $set }
# $earlier, $later: jurisdiction codes.
problem-other-jurisdiction = { $earlier } and { $later } are not the same jurisdiction
# $earlier, $later: the years of the two rounds compared.
problem-round-order = the earlier round ({ $earlier }) must come before the later one ({ $later })
