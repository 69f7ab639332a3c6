# The site's own pages (about, methodology, data, privacy, contact), its footer, feed and
# description. The default texts say they belong to a demonstration: a deployment sets its own
# under [site] in mgi.toml.

site-description = Migration Governance Indicators: the profiles governments validated, compared domain by domain, never ranked, with open data.
site-footer-label = About this site
site-feed-title = Migration Governance Indicators: publications and corrections
site-feed-link = Feed of publications (Atom)
# $name: the country or city; $year: the round.
site-feed-published = { $name } { $year }: profile published
site-feed-corrected = { $name } { $year }: correction (revision { $revision })
site-feed-no-note = No note was written with this revision.

site-about-title = About the MGI
site-about-description = What the Migration Governance Indicators are, what they are not, and how a government takes part.
site-about-1 = The Migration Governance Indicators (MGI) help a government take stock of its migration policies. About ninety indicators in six domains ask what laws, strategies, institutions and agreements are in place; the answers and the evidence behind them make up a profile of the country or city.
site-about-2 = The exercise is voluntary and led by the government. It brings ministries together, is discussed with civil society and other partners in a consultation, and the profile is published only once the government has validated it. It can be repeated after a few years to see what has changed.
site-about-3 = The MGI are not a ranking and give no score: they describe policies, not their results, and say where they are well developed and where they could be developed further. Countries and cities read them to learn from one another.
site-about-4 = This is a demonstration of mgi, an open-source platform that runs the MGI process from evidence to publication. Its indicator texts are the project's own reconstruction, not IOM's official wording; a deployment replaces this page with its own text.

site-methodology-title = Methodology
site-methodology-description = The indicators by domain, the answer scale, the process from launch to publication, the GCM objectives and the indicative SDG 10.7.2 reading.
site-method-intro = This page is written from the framework the site runs, so it always matches the indicators used in the profiles.
site-method-sets = Indicators by domain
site-method-indicators = { $count ->
    [one] one indicator
   *[other] { $count } indicators
}
site-method-version = version { $version }
site-method-release = What version { $to } changed since version { $from }
# $kind: moved, split, merged, added, retired; $from, $to: indicator names.
site-method-change = { $kind ->
    [added] Added: { $to }
    [retired] Retired: { $from }
    [moved] Moved: { $from }
    [split] Split: { $from } became { $to }
   *[merged] Merged: { $from } became { $to }
}
site-method-scale = The answer scale
site-method-value-present = The policy, law, institution or practice the indicator asks about is in place.
site-method-value-partial = It is in place in part, or only for some groups or places.
site-method-value-absent = It is not in place.
site-method-value-not-applicable = The question does not apply to this country or city.
site-method-value-unknown = The evidence gathered does not say.
site-method-process = The process
site-method-step-1 = Launch: the government asks to take part and names a focal point; the ministries concerned meet.
site-method-step-2 = Data collection: analysts gather laws, strategies, agreements and other sources and answer each indicator with its evidence.
site-method-step-3 = Draft profile: the answers, findings and sources are written up as a draft and shared with the government.
site-method-step-4 = Consultation: ministries, civil society and other partners comment on the draft and set priorities.
site-method-step-5 = Validation: the government reviews the final text and approves it.
site-method-step-6 = Publication: the profile is published here, as a web page, a PDF and open data; corrections are published as new revisions.
site-method-gcm-title = Global Compact for Migration
site-method-gcm = Each indicator is mapped to the objectives of the Global Compact for Safe, Orderly and Regular Migration it speaks to ({ $count } objectives). The GCM page counts the answers per objective, over all countries or cities.
site-method-sdg-title = SDG indicator 10.7.2, indicative reading
site-method-sdg-values = What each answer counts for
site-method-sdg-weight = Value
site-method-sdg-categories = Categories of the reading
site-method-sdg-category = Category
site-method-sdg-from = Reached from
site-method-sdg-domains = The SDG 10.7.2 domains and the MGI domains they read
site-method-sdg-domain = SDG 10.7.2 domain
site-method-mgi-domain = MGI domain

site-data-title = Data and licence
site-data-description = Download the published profiles as open data, use the API, or follow new publications.
site-data-1 = Everything the profiles publish can be downloaded: every page of the portal offers its rows as CSV and JSON and its charts as SVG, and the open data package holds all published profiles as tables with their descriptions. Cells hold stable codes; the package explains each column.
site-data-2 = In this demonstration the data are the project's reconstruction of published MGI profiles and may be reused with attribution. A deployment states its own licence here.
site-data-package = Open data package (ZIP)
site-data-api = API documentation (OpenAPI)
site-data-feed = Feed of publications and corrections (Atom)

site-privacy-title = Privacy
site-privacy-description = What this site records about its visitors and the people who work on the profiles.
site-privacy-1 = Reading the public pages sets no cookie and needs no account. The server may record in its logs the pages asked for and the time, to keep the service running.
site-privacy-2 = People who sign in to work on an assessment get a session cookie, which ends when they sign out. Their name is kept with what they change, in the assessment's audit log, which only the team and the government concerned can read.
site-privacy-3 = This text describes the demonstration. A deployment states here who is responsible for the data and how to reach them.

site-contact-title = Contact
site-contact-description = How to reach the people who run this site.
site-contact-1 = This demonstration has no contact address.
site-contact-2 = A deployment writes here how to reach its team, for questions about a profile, corrections or access to the work pages.
