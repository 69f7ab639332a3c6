# What is wrong in the framework files (framework/*.yaml), as `mgi framework check` lists them
# after "file:line: ". Each message starts in lower case. Identifiers, codes, YAML keys and file
# names are quoted as written in the files; $set names a framework set, $version its version.

# The header of a refused framework's problems, one per line below it.
framework-problems =
    { $count ->
        [one] { $count } problem in the framework files:
       *[other] { $count } problems in the framework files:
    }

## Reading the files

# $reason: what the operating system said (in its own words).
framework-cannot-read-folder = cannot read folder: { $reason }
framework-cannot-read-file = cannot read file: { $reason }
# $offset: the byte where the text stops being UTF-8.
framework-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })
framework-no-files = no framework files (*.yaml) in this folder
framework-unknown-file = unknown framework file: expected gcm.yaml, sdg-10-7-2.yaml, indicators/, sets/, crosswalks/ or coverage/
# $detail: the YAML reader's own message, in English: a syntax error, or a file not of the shape
# its kind of file has (an unknown or missing field, a value of the wrong type).
framework-invalid-yaml = invalid YAML: { $detail }
framework-missing-gcm = missing: the GCM objectives file is required
framework-missing-sdg = missing: the SDG 10.7.2 configuration is required
framework-no-set = no framework set: at least one sets/*.yaml is required

## Texts in several languages

# $field: the field (framework-field-*); $problem: what is wrong with one of its entries
# (framework-text-*).
framework-text = { $field }: { $problem }
framework-no-english = { $field } has no English (en) text
# The fields. $id: an identifier or number as written in the file; $kind: a crosswalk change's
# kind as written (moved, split, merged, added, retired).
framework-field-notice = notice
framework-field-title = title
framework-field-objective-short = GCM objective { $id }: short
framework-field-objective-title = GCM objective { $id }: title
framework-field-category-label = category { $id }: label
framework-field-domain-name = domain { $id }: name
framework-field-domain-principle = domain { $id }: principle
framework-field-subcategory-label = sub-category { $id }: label
framework-field-subarea-name = sub-area { $id }: name
framework-field-name = indicator { $id }: name
framework-field-question = indicator { $id }: question
framework-field-guidance = indicator { $id }: guidance
framework-field-change-note = { $kind } change: note
# What is wrong with one entry of a text. $code, $lang: language codes as written; $languages:
# the codes mgi knows, separated by commas; $value: a status as written. "status" is the YAML key.
framework-text-unknown-language = unknown language code "{ $code }" (allowed: { $languages })
framework-text-status-unknown-language = status: unknown language code "{ $code }" (allowed: { $languages })
framework-text-unknown-status = status: unknown translation status "{ $value }" for { $lang } (allowed: draft, reviewed, official)
framework-text-status-without-text = status: { $lang } has a status but no { $lang } text
framework-text-status-for-source = status: en is the source text and takes no translation status
framework-text-empty = the { $lang } text is empty
framework-text-duplicate = { $lang } is given twice
framework-text-duplicate-status = status for { $lang } is given twice

## GCM objectives and the SDG 10.7.2 configuration

# $number: a GCM objective's number.
framework-duplicate-objective = duplicate GCM objective { $number }
# $answer: a key of answer_values as written.
framework-unknown-answer = answer_values: unknown answer "{ $answer }" (present, partial, absent)
framework-duplicate-subcategory = duplicate sub-category "{ $id }"
# $number: an SDG 10.7.2 domain's number.
framework-unknown-sdg-domain = unknown SDG domain { $number }

## The indicator catalogue

framework-id-not-kebab = indicator id "{ $id }" must be lowercase kebab-case
# $file, $line: where the indicator is first defined.
framework-duplicate-indicator = duplicate indicator id "{ $id }" (first at { $file }:{ $line })
framework-no-gcm-mapping = indicator { $id } has no GCM objective mapping
framework-unknown-objective = indicator { $id }: unknown GCM objective { $number }
# $subcategory: an SDG 10.7.2 sub-category as written.
framework-unknown-subcategory = indicator { $id }: unknown SDG 10.7.2 sub-category "{ $subcategory }"

## Framework sets

framework-set-level-both = a set's level is national or local, not both
framework-duplicate-set = duplicate set { $set } version { $version }
framework-duplicate-domain-id = duplicate domain id "{ $id }"
framework-duplicate-domain-number = duplicate domain number { $number }
framework-duplicate-subarea-id = duplicate sub-area id "{ $id }"
framework-unknown-indicator = unknown indicator "{ $id }"
# $level (code: national, local, both): the indicator's level; $set_level (national, local): the set's.
framework-wrong-level = indicator { $id } is { $level }-level and cannot sit in a { $set_level } set
# $line: the line where the indicator is placed first.
framework-placed-twice = indicator { $id } placed twice (also line { $line })
framework-not-placed = indicator { $id } is not placed in any set
# $other: the indicator placed earlier in the set with the same name; $lang: the language code of
# the names (en, fr, es, …); $name: the name as written.
framework-duplicate-name = indicator { $id } has the same { $lang } name as { $other } in this set, "{ $name }": each indicator of a set needs a name of its own

## Crosswalks

framework-unknown-set = unknown set { $set } version { $version }
# $kind: the change's kind as written (moved, added, retired; split, merged).
framework-change-needs-id = { $kind } change needs an `id`
framework-change-needs-lists = { $kind } change needs `from` and `to` lists
# $set: a framework set with its version (mgi-national v2).
framework-not-in-set = { $id } is not an indicator of { $set }
framework-disappears = { $id } disappears in { $set } but is not retired, split or merged
framework-new-unexplained = { $id } is new in { $set } but is not added or the result of a split or merge
