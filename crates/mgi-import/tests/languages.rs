//! French and Spanish profiles: mgi's own profile of the reference assessment written in French
//! and in Spanish (its headings, domain titles, "bien développés" / "podrían desarrollarse más"
//! blocks, conventions table and key sources in that language; the findings' texts as the
//! reference has them), read back as Markdown and measured against the reference both ways.

mod common;

use common::{framework, measures, reference};
use mgi_import::{ImportOptions, compare, import_profile};
use mgi_profile::Lang;

/// Findings recovered, findings in the draft, sources found: French, then Spanish.
const FR: (usize, usize, usize) = (17, 17, 73);
const ES: (usize, usize, usize) = (17, 17, 73);

#[test]
fn mgi_profiles_in_french_and_spanish_read_back() {
    let fw = framework();
    let reference = reference(&fw);
    let mut got = Vec::new();
    for lang in [Lang::Fr, Lang::Es] {
        let profile =
            mgi_profile::build_in(&reference, &fw, &mgi_profile::Publication::default(), lang);
        let text = mgi_profile::markdown(&profile);
        let draft =
            import_profile(text.as_bytes(), &ImportOptions::default(), &fw).expect("imports");
        let c = compare(&draft.doc, &reference);
        let r = &draft.report;
        eprintln!(
            "{lang:?}: {}, warnings {:?}",
            measures(&c, &draft),
            r.warnings
        );
        for u in r.unplaced.iter().take(10) {
            eprintln!("  not placed, line {} ({}): {}", u.line, u.part, u.text);
        }
        got.push((c.findings.hit, c.draft_findings, c.sources_found.hit));
    }
    // Today's reach, held exactly (found and drafted: nothing invented). The part headings and
    // key sources are read in both languages; most findings are not yet (mgi's Markdown sets
    // them as list items under its own block titles), nor the title, conventions and context
    // figures: issue 20's French and Spanish work is not finished.
    assert_eq!(got, [FR, ES]);
}
