# What is not ready in an assessment before it is shared, approved or published
# (mgi_model::readiness). $count (number): how many records.
readiness-answers-not-started =
    { $count ->
        [one] { $count } answer is not started
       *[other] { $count } answers are not started
    }
readiness-answers-draft =
    { $count ->
        [one] { $count } answer is a draft
       *[other] { $count } answers are drafts
    }
readiness-answers-to-verify =
    { $count ->
        [one] { $count } answer carried over from the earlier round is still to verify
       *[other] { $count } answers carried over from the earlier round are still to verify
    }
readiness-findings-without-citations =
    { $count ->
        [one] { $count } finding cites no source
       *[other] { $count } findings cite no source
    }
readiness-findings-without-indicators =
    { $count ->
        [one] { $count } finding is linked to no indicator
       *[other] { $count } findings are linked to no indicator
    }
readiness-suggestions-not-reviewed =
    { $count ->
        [one] { $count } finding has indicator suggestions nobody reviewed
       *[other] { $count } findings have indicator suggestions nobody reviewed
    }
readiness-uncited-sources =
    { $count ->
        [one] { $count } source of the register is cited nowhere
       *[other] { $count } sources of the register are cited nowhere
    }
readiness-figures-without-source =
    { $count ->
        [one] { $count } context figure has no source of the register
       *[other] { $count } context figures have no source of the register
    }
readiness-open-comments =
    { $count ->
        [one] { $count } comment is still open
       *[other] { $count } comments are still open
    }
# $language: the name of the language the texts are translated into.
readiness-untranslated =
    { $count ->
        [one] { $count } text has no current translation into { $language }
       *[other] { $count } texts have no current translation into { $language }
    }
readiness-stale-approval = The approval covers earlier content: the focal point must approve the current content again
