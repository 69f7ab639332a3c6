//! Citations in a cell: `source-key` or `source-key: pinpoint`, one per line.
//!
//! Pinpoints often hold ';' themselves ("Article 3; Article 9"), so a ';' starts a new citation
//! only when a known source key follows it; any other ';' stays in the pinpoint. The writer puts
//! each citation on its own line, so what it writes always reads back the same.

use std::collections::BTreeSet;

use mgi_model::Citation;

/// The cell text of a list of citations.
pub(crate) fn format(citations: &[Citation]) -> String {
    citations
        .iter()
        .map(|c| match &c.pinpoint {
            Some(pinpoint) => format!("{}: {pinpoint}", c.source),
            None => c.source.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The citations of a cell, each citing one of `known`; the error is every unknown key.
pub(crate) fn parse(text: &str, known: &BTreeSet<&str>) -> Result<Vec<Citation>, Vec<String>> {
    let mut citations = Vec::new();
    let mut unknown = Vec::new();
    for line in text.lines() {
        for part in split_line(line, known) {
            let (key, pinpoint) = match part.split_once(':') {
                Some((key, pinpoint)) => (key.trim(), Some(pinpoint.trim())),
                None => (part.trim(), None),
            };
            if key.is_empty() && pinpoint.is_none() {
                continue;
            }
            if known.contains(key) {
                citations.push(Citation {
                    source: key.to_owned(),
                    pinpoint: pinpoint.filter(|p| !p.is_empty()).map(str::to_owned),
                });
            } else {
                unknown.push(key.to_owned());
            }
        }
    }
    if unknown.is_empty() {
        Ok(citations)
    } else {
        Err(unknown)
    }
}

/// The parts of one line: split at each ';' that a known source key follows.
fn split_line<'a>(line: &'a str, known: &BTreeSet<&str>) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in line.match_indices(';') {
        let rest = &line[at + 1..];
        let head = rest.split_once(':').map_or(rest, |(head, _)| head).trim();
        if known.contains(head) {
            parts.push(&line[start..at]);
            start = at + 1;
        }
    }
    parts.push(&line[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(source: &str, pinpoint: Option<&str>) -> Citation {
        Citation {
            source: source.to_owned(),
            pinpoint: pinpoint.map(str::to_owned),
        }
    }

    const KNOWN: [&str; 2] = ["law-a", "report-b"];

    #[test]
    fn semicolons_in_pinpoints_stay() {
        let known = BTreeSet::from(KNOWN);
        let cell = "law-a: Article 3; Article 9; report-b\nreport-b:p. 4";
        let citations = vec![
            cite("law-a", Some("Article 3; Article 9")),
            cite("report-b", None),
            cite("report-b", Some("p. 4")),
        ];
        assert_eq!(parse(cell, &known), Ok(citations.clone()));
        assert_eq!(parse(&format(&citations), &known), Ok(citations));
    }

    #[test]
    fn unknown_keys_are_named() {
        let known = BTreeSet::from(KNOWN);
        assert_eq!(
            parse("law-a\nlaw-x: Article 1\n\nreport-c", &known),
            Err(vec!["law-x".to_owned(), "report-c".to_owned()])
        );
        assert_eq!(parse("  \n", &known), Ok(Vec::new()));
    }
}
