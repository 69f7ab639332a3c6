## The importer's report on a published profile read into a draft (mgi import profile)

# $part: a part of a profile, as a code.
import-part = { $part ->
        [front-matter] front matter
        [contents] contents
        [objectives] objectives
        [introduction] introduction
        [conceptual-framework] conceptual framework
        [summary] summary
        [context] context
        [key-findings] key findings
        [annex] annex
        [after-the-assessment] after the assessment
        [the-mgi-process] the MGI process
        [key-sources] key sources
       *[other] { $part }
    }
import-warning-no-jurisdiction = no jurisdiction given: the draft uses the placeholder code { $code }; give --jurisdiction
import-warning-no-year = no round year found in the title; give --year
import-warning-not-in-m49 = { $code } is not in the UN M49 table: region set to { $region }, correct it
# $part: a part's name (import-part).
import-warning-part-missing = no { $part } part found (heading missing)
import-warning-no-context = no context figures recognised
import-warning-no-source-caption = context: no 'Source:' caption found; figures point to a placeholder source to complete
import-warning-convention-unreadable = line { $line }: convention row without a readable ratification ("{ $status }")
import-warning-convention-unmatched = line { $line }: no indicator matches convention "{ $name }"
import-warning-no-findings = no findings recognised in the key findings
import-warning-domain-without-findings = domain { $domain } has no findings
import-warning-footnote-without-marker = line { $line }: footnote { $n } has no marker in the text; attached to finding { $finding }
import-warning-footnote-twice = line { $line }: footnote { $n } appears twice; the first is kept
import-warning-marker-without-footnote = line { $line }: footnote marker { $n } has no footnote text
import-warning-no-key-sources = no key sources recognised
