//! The ids of the parts of a profile's web page that other pages link to (the portal's search
//! results link each passage found to its place): the same in every language and revision of
//! a profile, made only of what the public document already shows (finding and source keys,
//! the framework's domain ids), which are lower-case letters, digits and `-`.

/// A finding's paragraph.
pub fn finding(key: &str) -> String {
    format!("finding-{key}")
}

/// The heading of a domain's summary.
pub fn summary(domain: &str) -> String {
    format!("summary-{domain}")
}

/// The heading of a domain's key findings.
pub fn findings(domain: &str) -> String {
    format!("findings-{domain}")
}

/// A source's entry among the key sources.
pub fn source(key: &str) -> String {
    format!("source-{key}")
}
