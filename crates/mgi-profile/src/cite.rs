//! Citations, one format everywhere: "Law on Health Insurance (2015, last amended in 2022),
//! Article 4" the first time, "Law on Health Insurance, Article 4" after, and key-source entries "Law on Social Insurance, amended in 2021.", in the
//! profile's language; titles, issuers, pinpoints and notes are data.

use mgi_i18n::tr;
use mgi_model::{Citation, Source, SourceKind, TextRef};

use crate::build::Cx;
use crate::doc::Rich;

fn dated(cx: &Cx, source: &Source) -> String {
    let year = source.year.map_or_else(|| cx.no_date(), |y| y.to_string());
    match source.amended.last() {
        Some(last) => tr!(
            cx.lang,
            "profile-last-amended",
            year = year,
            last = last.to_string()
        ),
        None => year,
    }
}

/// The title of a source, translated when the assessment has its translation.
fn title(cx: &Cx, source: &Source, original: &str) -> Rich {
    cx.text(TextRef::SourceTitle(source.key.clone()), original)
}

/// A source cited the first time in a note: "Law on Health Insurance (2015, last amended in
/// 2022), Article 4"; an issuer before the title of a report or a data set. No final stop: a
/// note lists its sources separated by semicolons.
pub fn full(cx: &Cx, source: &Source, c: &Citation) -> Rich {
    let head = match source.kind {
        SourceKind::Law | SourceKind::Regulation | SourceKind::Agreement | SourceKind::Policy => {
            title(cx, source, &source.title)
        }
        _ => {
            cx.data(source.issuer.as_str())
                .then_plain(", ")
                .then(title(cx, source, &source.title))
        }
    }
    .then_plain(&format!(" ({})", dated(cx, source)));
    pinpointed(cx, head, c)
}

/// A source cited again: its title alone, and the pinpoint.
pub fn short(cx: &Cx, source: &Source, c: &Citation) -> Rich {
    pinpointed(cx, title(cx, source, source.title.trim_end_matches('.')), c)
}

fn pinpointed(cx: &Cx, head: Rich, c: &Citation) -> Rich {
    match &c.pinpoint {
        Some(p) => head.then_plain(", ").then(cx.data(p.as_str())),
        None => head,
    }
}

/// A key-source entry (the year label is printed before it).
pub fn entry(cx: &Cx, source: &Source) -> Rich {
    let mut s = title(cx, source, source.title.trim_end_matches('.'));
    if let Some(last) = source.amended.last() {
        s = s.then_plain(", ").then_plain(&tr!(
            cx.lang,
            "profile-amended-in",
            year = last.to_string()
        ));
    }
    s = s.then_plain(".");
    if let Some(note) = &source.note {
        s = s.then_plain(" ").then(cx.data(note.as_str()));
    }
    if !source.online {
        s = s
            .then_plain(" ")
            .then_plain(&tr!(cx.lang, "profile-not-online"));
    }
    s
}
