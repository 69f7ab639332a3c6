//! A synthetic dataset for benchmarks: countries and localities over several rounds, with an
//! answer for every indicator of the framework set, some findings, sources and citations.
//! Deterministic: the same sizes give the same data.

use mgi_framework::{Framework, Level};
use mgi_model::*;

pub struct Sizes {
    pub countries: usize,
    pub localities: usize,
    pub rounds: usize,
}

const VALUES: [AnswerValue; 4] = [
    AnswerValue::Present,
    AnswerValue::Partial,
    AnswerValue::Absent,
    AnswerValue::Present,
];

/// The code of the n-th synthetic country: the n-th country of the UN M49 table, so that the
/// portal's maps draw them, then XAA, XAB, … (ISO 3166 leaves codes starting with X to users).
fn country_code(n: usize) -> String {
    let real = m49_entries();
    if let Some(e) = real.get(n) {
        return e.iso3.clone();
    }
    let n = n - real.len();
    let a = (n / 26) % 26;
    let b = n % 26;
    let letter = |i: usize| char::from(b'A' + u8::try_from(i).unwrap_or(0));
    format!("X{}{}", letter(a), letter(b))
}

fn doc(
    framework: &Framework,
    jurisdiction: Jurisdiction,
    year: i32,
    seed: usize,
) -> Option<AssessmentDoc> {
    let set = framework.latest_for_level(jurisdiction.kind.level())?;
    let mut doc = AssessmentDoc::new(jurisdiction, year, FrameworkRef::of(set));
    doc.stage = Stage::Published;
    doc.sources = (0..8i32)
        .map(|i| Source {
            key: format!("src-{i}"),
            issuer: "Government".into(),
            title: format!("Law number {i} on migration matters"),
            year: Some(year - 10 + i),
            kind: SourceKind::Law,
            amended: vec![year - 1],
            url: Some(format!("https://example.org/law/{i}")),
            online: true,
            language: Some("en".into()),
            note: None,
        })
        .collect();
    doc.answers = set
        .indicator_ids()
        .enumerate()
        .map(|(i, id)| Answer {
            indicator: id.to_owned(),
            value: VALUES[(i + seed) % VALUES.len()],
            narrative: format!(
                "Synthetic narrative for {id}: the law provides for this in part, with conditions."
            ),
            status: AnswerStatus::Reviewed,
            confidence: Some(Confidence::Medium),
            notes: String::new(),
            citations: vec![Citation {
                source: format!("src-{}", i % 8),
                pinpoint: Some(format!("Article {}", i + 1)),
            }],
        })
        .collect();
    doc.findings = set
        .domains
        .iter()
        .flat_map(|d| {
            let first = d.indicator_ids().next().unwrap_or_default().to_owned();
            [FindingKind::WellDeveloped, FindingKind::Potential].into_iter().map(move |kind| (d.id.clone(), kind, first.clone()))
        })
        .enumerate()
        .map(|(i, (domain, kind, indicator))| Finding {
            key: format!("f-{i}"),
            domain,
            kind,
            text: "A synthetic finding that describes a policy, the law that sets it and what remains to be done.".into(),
            indicators: vec![indicator],
            citations: vec![Citation { source: format!("src-{}", i % 8), pinpoint: None }],
            footnotes: Vec::new(),
            suggested: Vec::new(),
        })
        .collect();
    Some(doc)
}

/// A synthetic jurisdiction; where its code happens to be a real one, the real M49 region.
fn jurisdiction(code: &str, kind: JurisdictionKind, name: String, n: usize) -> Jurisdiction {
    let mut j = Jurisdiction::with_m49(code, kind, Some(&name));
    if j.region.is_empty() {
        j.region = M49_REGIONS[n % M49_REGIONS.len()].to_owned();
    }
    j
}

/// The whole dataset, in the order it is loaded.
pub fn dataset(framework: &Framework, sizes: &Sizes) -> Vec<AssessmentDoc> {
    let years: Vec<i32> = (0..sizes.rounds)
        .map(|r| 2018 + 3 * i32::try_from(r).unwrap_or(0))
        .collect();
    let mut out = Vec::new();
    if framework.latest_for_level(Level::National).is_some() {
        for c in 0..sizes.countries {
            for (r, year) in years.iter().enumerate() {
                let j = jurisdiction(
                    &country_code(c),
                    JurisdictionKind::Country,
                    format!("Country {c}"),
                    c,
                );
                out.extend(doc(framework, j, *year, c + r));
            }
        }
    }
    for l in 0..sizes.localities {
        for (r, year) in years.iter().enumerate() {
            let country = l % sizes.countries.max(1);
            let code = format!("{}-city-{l}", country_code(country));
            let j = jurisdiction(
                &code,
                JurisdictionKind::Locality,
                format!("City {l}"),
                country,
            );
            out.extend(doc(framework, j, *year, l + r));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_documents_are_valid_and_distinct() {
        let fw = Framework::embedded().expect("embedded framework");
        let docs = dataset(
            &fw,
            &Sizes {
                countries: 3,
                localities: 2,
                rounds: 2,
            },
        );
        assert_eq!(docs.len(), 10);
        for d in &docs {
            assert_eq!(
                validate(d, &fw),
                vec![],
                "{} {}",
                d.jurisdiction.code,
                d.year
            );
        }
        let codes: std::collections::BTreeSet<_> = docs
            .iter()
            .map(|d| (&d.jurisdiction.code, d.year))
            .collect();
        assert_eq!(codes.len(), docs.len());
    }

    #[test]
    fn country_codes_are_iso3_shaped_and_unique() {
        let codes: std::collections::BTreeSet<String> = (0..676).map(country_code).collect();
        assert_eq!(codes.len(), 676);
        assert_eq!(country_code(0), "ABW", "the first country of M49");
        assert!(
            m49(&country_code(199)).is_some(),
            "200 countries are real ones"
        );
        assert_eq!(country_code(m49_entries().len()), "XAA");
        assert!(
            codes
                .iter()
                .all(|c| Jurisdiction::code_problem(c, JurisdictionKind::Country).is_none())
        );
    }
}
