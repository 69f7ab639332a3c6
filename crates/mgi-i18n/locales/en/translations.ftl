## Translations of an assessment's texts (work pages)

# Link on the workspace; $language: the language's name.
work-link-translations = Translations into { $language }
# $language: the language's name.
work-translations-title = Translations into { $language }
# $done, $all (numbers); $share: a percentage, already formatted.
work-translations-coverage = { $done } of { $all } texts translated ({ $share }).
work-translations-how = Each text of the assessment is shown as written, above its translation. Save one translation at a time; leave the text empty and save to remove a translation. A draft has not been checked by a second translator; “official” means validated with the profile.
work-translations-text = Translation
work-translations-status-label = Status
work-translations-status-expected = draft, reviewed or official
work-translations-save = Save the translation
work-translations-outdated = The text was changed after this translation was made: check the translation against it and save it again.
work-translations-none = Not translated yet.
work-what-translation = this translation
# $status: draft, reviewed or official.
work-translations-status = { $status ->
        [reviewed] Reviewed
        [official] Official
       *[draft] Draft
    }
# What a text is. $kind: its kind; $key: the record it belongs to; $n: its position (1-based).
work-translations-what = { $kind ->
        [jurisdiction] Name of the country or city
        [summary] Summary of the domain { $key }
        [answer] Answer to indicator { $key }
        [finding] Finding { $key }
        [footnote] Footnote { $n } of finding { $key }
        [source] Title of the source { $key }
        [convention] Name of the convention ({ $key })
        [event-title] Title of the consultation { $key }
        [event-place] Place of the consultation { $key }
        [event-description] Participants of the consultation { $key }
        [event-key-finding] Key finding { $n } of the consultation { $key }
       *[event-recommendation] Recommendation { $n } of the consultation { $key }
    }
