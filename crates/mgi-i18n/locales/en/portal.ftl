# The public portal: the home page, the indicator explorer, the comparison, search, the GCM and
# SDG views, the progress between rounds, and the site's banner on a profile page. Texts the
# assessments themselves hold (names, narratives, titles of sources) are shown as written.

## Home page

portal-home-intro = Governments ask for the Migration Governance Indicators to take stock of their migration policies in six domains, find what is well developed and what could be developed further, and learn from each other. The profiles here were validated by the governments concerned. They are not a ranking and not a score.
portal-home-domains = The six domains
portal-home-participants = Participating countries and localities
portal-home-none = No profile has been published yet.
portal-home-search = Search the published profiles
portal-home-figures = Key figures
# After a number, written apart: what it counts.
portal-home-figure-countries = { $count ->
    [one] country with a published profile
   *[other] countries with a published profile
}
portal-home-figure-localities = { $count ->
    [one] locality with a published profile
   *[other] localities with a published profile
}
portal-home-figure-rounds = { $count ->
    [one] profile published, all rounds together
   *[other] profiles published, all rounds together
}
portal-home-recent = Latest publications
# After a published profile's name and year. $date: e.g. 28 November 2026.
portal-home-published = published on { $date }
# After the name of a city or region that has a profile of its own.
portal-home-progress = progress between rounds
portal-home-local = (local)
portal-reconstruction-notice = Indicator texts are the mgi project's reconstruction of the Migration Governance Indicators, not IOM's official wording.

## Regions (UN M49)

portal-region = Region
portal-region-all = All regions
portal-region-africa = Africa
portal-region-americas = Americas
portal-region-asia = Asia
portal-region-europe = Europe
portal-region-oceania = Oceania

## Answers and findings, as every portal page shows them

# The values of the answer scale, in table cells and after "Answer:".
portal-value-present = present
portal-value-partial = partial
portal-value-absent = absent
portal-value-not-applicable = not applicable
portal-value-unknown = unknown
portal-kind-well-developed = Well developed
portal-kind-potential = Area with potential for further development
portal-answer = Answer:
portal-sources = Sources:
portal-indicator = Indicator
portal-jurisdiction = Jurisdiction
portal-round = Round
# The name of a query parameter follows, then what is wrong with it.
# $value: what the address gave, in quotes.
portal-error-region = { $value } is not a UN M49 region
portal-error-page = { $value } is not a page number
portal-error-level = { $value }: national or local
portal-error-year = { $value } is not a year

## Indicator explorer

portal-explore-title = Indicator explorer
portal-explore-intro = Pick an indicator to read what every published profile says about it: the answer, the narrative, the findings and the laws and policies cited. The profiles are shown in alphabetical order; this is peer learning, not a ranking.
# $name: the indicator's short name, in the page's language.
portal-indicator-title = Indicator: { $name }
# $count (number): how many jurisdictions have something on the indicator.
portal-indicator-intro =
    What the latest published profile of each jurisdiction says, in alphabetical order. Not a ranking. { $count ->
        [one] { $count } jurisdiction.
       *[other] { $count } jurisdictions.
    }
portal-indicator-none = No published profile answers this indicator yet.
# The button of the region filter.
portal-show = Show
# $page, $pages (numbers): this page and how many there are.
portal-pager = Page { $page } of { $pages }.
portal-pager-previous = Previous
portal-pager-next = Next

## Comparison

portal-compare-intro = Profiles side by side, domain by domain, to learn from each other. This is not a ranking: there is no score and no order by results.
# $max (number): the most profiles shown side by side.
portal-compare-choose = Choose 2 to { $max } published profiles
portal-compare-one = Pick at least two profiles to compare, and at most { $max }, each once.
portal-compare-problem = These profiles cannot be compared
portal-compare-button = Compare
# $max (number): as above; $given (number): how many the address asked for.
portal-compare-too-many = Pick at most { $max } profiles to see side by side ({ $given } chosen).
# $asked: a jurisdiction code as the address gave it (MNG, or MNG/2023).
portal-compare-twice = { $asked } is chosen twice: pick each profile once, two to { $max } in all.
portal-compare-unknown = There is no published profile { $asked }: pick profiles from the list below.

## Search

portal-search-title = Search the published profiles
portal-search-words = Words
portal-search-button = Search
# $count (number): passages found.
portal-search-found =
    { $count ->
        [one] { $count } passage found.
       *[other] { $count } passages found.
    }
# $count (number): passages shown, the most the search returns.
portal-search-found-capped = { $count } passages found (the first ones; refine the words to see others).
# What kind of text a passage found is part of.
portal-search-kind-finding = finding
portal-search-kind-summary = summary
portal-search-kind-answer = answer
portal-search-kind-source = source
# Under the search form: how words are matched.
portal-search-hint = Each word also finds its other forms (migrant, migrants), the longer words it begins (traffic finds trafficking) and its British or American spelling (labor, labour).
portal-search-problem = These words cannot be searched
# $max (number): the most characters a search may have; $count (number): how many were typed.
portal-search-too-long = Search with at most { $max } characters ({ $count } typed).

## Global Compact for Migration (GCM)

portal-gcm-title = Global Compact for Migration
portal-gcm-page-title = GCM objectives
portal-gcm-intro-national = For each of the 23 GCM objectives: how many answers of the latest published round of each country fall on each value, over the indicators mapped to the objective. Not applicable answers are left out.
portal-gcm-intro-local = For each of the 23 GCM objectives: how many answers of the latest published round of each locality fall on each value, over the indicators mapped to the objective. Not applicable answers are left out.
# $count (number): jurisdictions whose latest published round is counted.
portal-gcm-counted = Jurisdictions counted: { $count }.
portal-not-a-ranking = Shares, not scores; no jurisdiction is ranked.
# Before the choice between countries and localities.
portal-view = View
portal-level-countries = countries
portal-level-localities = localities
# $number (number): the objective's number, 1 to 23; its title follows.
portal-gcm-objective = Objective { $number }
# Heading of the column of regions.
portal-gcm-where = Where
# Heading of the column of totals.
portal-gcm-answers = Answers
portal-gcm-by-indicator = By indicator

## SDG indicator 10.7.2

portal-sdg-title = SDG indicator 10.7.2, indicative
portal-sdg-page-title = SDG 10.7.2 (indicative)
# The label every figure of the page carries.
portal-sdg-indicative = Indicative, not the official SDG 10.7.2 figure
portal-sdg-method = Per domain: the mean of the configured sub-category values × 100, and the category whose cut-off it reaches. A domain with a sub-category that no answer informs has no value (—).
portal-sdg-none = No published profile yet.

## Progress between two published rounds

portal-progress-title = Progress
# $code: the jurisdiction's code; $years: the published round, such as 2023.
portal-progress-one-round = Only one round of { $code } is published ({ $years }); progress shows once a second round is.
# After the jurisdiction's name. $from, $to: years, such as 2019 and 2023.
portal-progress-heading = progress from { $from } to { $to }
portal-progress-rounds = Published rounds
portal-progress-scale = (by the answer scale absent → partial → present)
# $count (number): indicators whose answer did not change.
portal-progress-unchanged =
    { $count ->
        [one] { $count } indicator unchanged
       *[other] { $count } indicators unchanged
    }
portal-progress-domain = Domain
portal-progress-change = Change
portal-progress-before = Before
portal-progress-after = After
portal-progress-new-sources = New sources cited
portal-progress-note = Note
# $indicators: the earlier round's indicators this one comes from, separated by commas.
portal-progress-from = from { $indicators }
portal-progress-sources = Sources
portal-progress-source-new = new
portal-progress-source-changed = changed
# $years: years of amendment, separated by commas.
portal-progress-source-amended = amended in { $years }
portal-progress-source-removed = no longer cited
portal-progress-no-source-change = No change in the sources.
portal-progress-findings-moved = Findings that moved
portal-progress-none = None.
# How an indicator's answer changed between the two rounds.
portal-change-new = new
portal-change-strengthened = strengthened
portal-change-unchanged = unchanged
portal-change-weakened = weakened
portal-change-retired = retired

## The site's banner on a profile page

portal-profile-downloads = Downloads
portal-profile-download = Download
portal-profile-data = data (JSON)
# $revision (number): the publication's revision.
portal-profile-revision = revision { $revision }
portal-profile-first-publication = First publication
portal-profile-corrections = Corrections
# $revision (number); $date: the day it was published. The public change note follows.
portal-profile-correction = Revision { $revision } ({ $date })

portal-gcm-chart = Answers per GCM objective, all regions
portal-gcm-objective-column = Objective
portal-gcm-objective-title = Title
portal-chart-table-below = The table below each heading gives the same figures.
portal-download = Download
portal-download-csv = Rows (CSV)
portal-download-json = Rows (JSON)
portal-download-svg = Chart (SVG)
portal-download-share = { $value } (%)
portal-error-format = No download in the format { $value }: ask for csv, json or svg.
portal-sdg-chart = Jurisdictions per SDG 10.7.2 category, by domain
portal-sdg-chart-table = The table below gives each jurisdiction's reading.
portal-sdg-no-reading = No value
portal-sdg-value-of = { $domain }: value
portal-sdg-category-of = { $domain }: category
portal-domain = Domain
portal-compare-no-finding = No finding in this domain.
portal-compare-findings = Findings side by side
portal-framework-set = Set of indicators
portal-question = Question
portal-answer-column = Answer
portal-narrative = What the profile says
portal-findings = Findings
portal-progress-api = The comparison in the API (JSON)
portal-chart-none = no answer counted
portal-gcm-description = How the answers of the latest published profiles fall on each objective of the Global Compact for Migration, by region and by indicator. Not a ranking.
portal-sdg-description = An indicative reading of SDG indicator 10.7.2 per domain from each jurisdiction's latest published profile. Not the official figure.
portal-compare-description = Two to four published profiles side by side, domain by domain: answers and findings. Never ranked.
portal-explore-description = What every published profile says on each indicator: answers, findings and their sources.
portal-progress-description = What changed between two published rounds of a jurisdiction, indicator by indicator.
portal-home-kind = Kind
portal-home-rounds = Rounds published
portal-home-kind-country = country
portal-home-kind-locality = locality
portal-search-kind = Kind of text
portal-search-about = About
portal-search-text = Passage
# The explorer's choice of level, and its options.
portal-level = Level
portal-level-all = Countries and localities
portal-level-countries-only = Countries
portal-level-localities-only = Localities
# After an answer found by search: a link to every published answer on its indicator.
portal-search-peers = Every published answer on this indicator
# Under "Findings that moved" on the progress page.
portal-progress-findings-moved-hint = Indicators whose findings changed side: listed among the well-developed areas in one round and among the areas with potential for further development in the other.
portal-progress-findings-new = New findings
portal-progress-findings-retired = Findings no longer in the profile
# On a profile's page, once its jurisdiction has more than one published round.
portal-profile-rounds = Rounds
portal-profile-progress = Progress between rounds
