//! Citations, one format everywhere: "Law on Health Insurance (2015, last amended in 2022),
//! Article 4." and key-source entries "Law on Social Insurance, amended in 2021."

use mgi_model::{Citation, Source, SourceKind};

fn dated(source: &Source) -> String {
    let year = source
        .year
        .map_or_else(|| "n.d.".to_owned(), |y| y.to_string());
    match source.amended.last() {
        Some(last) => format!("{year}, last amended in {last}"),
        None => year,
    }
}

/// A citation as a footnote.
pub fn citation(source: &Source, c: &Citation) -> String {
    let head = match source.kind {
        SourceKind::Law | SourceKind::Regulation | SourceKind::Agreement | SourceKind::Policy => {
            format!("{} ({})", source.title, dated(source))
        }
        _ => format!("{}, {} ({})", source.issuer, source.title, dated(source)),
    };
    match &c.pinpoint {
        Some(p) => format!("{head}, {p}."),
        None => format!("{head}."),
    }
}

/// A key-source entry (the year label is printed before it).
pub fn entry(source: &Source) -> String {
    let mut s = source.title.trim_end_matches('.').to_owned();
    if let Some(last) = source.amended.last() {
        s.push_str(&format!(", amended in {last}"));
    }
    s.push('.');
    if let Some(note) = &source.note {
        s.push(' ');
        s.push_str(note);
    }
    if !source.online {
        s.push_str(" Not available online.");
    }
    s
}
