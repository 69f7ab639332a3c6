# Messages every part of mgi shares: the site's name, navigation, language switch, error pages,
# counts. English is the reference catalogue and the fallback for a message another language
# lacks.

site-title = Migration Governance Indicators

## Navigation of the public portal

nav-home = Home
nav-explore = Explore
nav-compare = Compare
nav-search = Search
# The page of the Global Compact for Safe, Orderly and Regular Migration (GCM) objectives.
nav-gcm = Global Compact
# The indicative readings of SDG indicator 10.7.2.
nav-sdg = SDG 10.7.2
# Label of the language switch.
language-switch = Language

## Error pages

error-not-found = Page not found
error-forbidden = You are not allowed to do this
error-server = Something went wrong on the server

## Counts

# $count (number): how many indicators.
count-indicators =
    { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    }

## Fallback

# Shown beside a text that exists only in another language.
# $original (language code: en, fr or es; pass the Lang itself to tr!): the language the text
# is shown in.
# $code: a language code of mgi.
language-name = { $code ->
        [fr] French
        [es] Spanish
        [ar] Arabic
        [ru] Russian
        [zh] Chinese
        [pt] Portuguese
        [mn] Mongolian
       *[en] English
    }
# $original: the name of the language the text is shown in (language-name).
translation-missing =
    Not yet translated into English; shown in { $original }.

# The status of a priority of the consultation ($status: planned, in-progress, done, dropped, none).
priority-status = { $status ->
    [planned] planned
    [in-progress] in progress
    [done] done
    [dropped] dropped
   *[none] not followed in this round
}
