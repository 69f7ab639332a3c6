//! The key-sources list: sources grouped by issuer, ordered by year, with the year labels of the
//! published profiles ("1994a", "1994b" when one issuer has several items in a year, "n.d." for
//! undated ones).

use std::collections::BTreeMap;

use crate::Source;

/// One issuer's block of the key sources.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuerBlock<'a> {
    pub issuer: &'a str,
    /// (label, source), ordered by year (undated last), then as listed.
    pub items: Vec<(String, &'a Source)>,
}

/// Group by issuer (in order of first appearance), order by year, compute the labels.
pub fn key_sources(sources: &[Source]) -> Vec<IssuerBlock<'_>> {
    let mut blocks: Vec<IssuerBlock<'_>> = Vec::new();
    for s in sources {
        match blocks.iter_mut().find(|b| b.issuer == s.issuer) {
            Some(b) => b.items.push((String::new(), s)),
            None => blocks.push(IssuerBlock {
                issuer: &s.issuer,
                items: vec![(String::new(), s)],
            }),
        }
    }
    for b in &mut blocks {
        // Stable sort: items of one year keep the order in which they were listed.
        b.items
            .sort_by_key(|(_, s)| s.year.map_or(i64::MAX, i64::from));
        let mut per_year: BTreeMap<Option<i32>, usize> = BTreeMap::new();
        for (_, s) in &b.items {
            *per_year.entry(s.year).or_default() += 1;
        }
        let mut seen: BTreeMap<Option<i32>, u8> = BTreeMap::new();
        for (label, s) in &mut b.items {
            let base = s.year.map_or_else(|| "n.d.".to_owned(), |y| y.to_string());
            let n = seen.entry(s.year).or_default();
            *label = if per_year.get(&s.year).copied().unwrap_or(0) > 1 && s.year.is_some() {
                format!("{base}{}", char::from(b'a'.saturating_add(*n)))
            } else {
                base
            };
            *n = n.saturating_add(1);
        }
    }
    blocks
}

/// The label of each source, by key.
pub fn labels(sources: &[Source]) -> BTreeMap<&str, String> {
    key_sources(sources)
        .into_iter()
        .flat_map(|b| {
            b.items
                .into_iter()
                .map(|(label, s)| (s.key.as_str(), label))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SourceKind;

    fn source(key: &str, issuer: &str, year: Option<i32>) -> Source {
        Source {
            key: key.into(),
            issuer: issuer.into(),
            title: key.into(),
            year,
            kind: SourceKind::Law,
            amended: vec![],
            url: None,
            online: true,
            language: None,
            note: None,
        }
    }

    #[test]
    fn letters_only_where_an_issuer_has_several_items_in_a_year() {
        let list = vec![
            source("pensions", "Gov", Some(1994)),
            source("election", "Gov", Some(1993)),
            source("insurance", "Gov", Some(1994)),
            source("undated", "Gov", None),
            source("iom", "IOM", Some(1994)),
        ];
        let blocks = key_sources(&list);
        let gov: Vec<(&str, &str)> = blocks[0]
            .items
            .iter()
            .map(|(l, s)| (l.as_str(), s.key.as_str()))
            .collect();
        assert_eq!(
            gov,
            vec![
                ("1993", "election"),
                ("1994a", "pensions"),
                ("1994b", "insurance"),
                ("n.d.", "undated")
            ]
        );
        assert_eq!(labels(&list).get("iom").map(String::as_str), Some("1994"));
    }
}
