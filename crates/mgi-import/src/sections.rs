//! The profile's parts, found by their headings.

use crate::ImportWarning;
use regex::Regex;
use std::ops::Range;

use crate::input::Line;
use crate::report::ParseReport;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A part without assessment data, named.
    Boilerplate(&'static str),
    Summary,
    Context,
    KeyFindings,
    Annex,
    KeySources,
}

impl PartKind {
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Boilerplate(name) => name,
            PartKind::Summary => "summary",
            PartKind::Context => "context",
            PartKind::KeyFindings => "key findings",
            PartKind::Annex => "annex",
            PartKind::KeySources => "key sources",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Part {
    pub kind: PartKind,
    /// Indices into the lines.
    pub range: Range<usize>,
}

#[derive(Debug, Default)]
pub struct Parts(Vec<Part>);

impl Parts {
    /// Whether any part that holds assessment data was found.
    pub fn has_data(&self) -> bool {
        self.0
            .iter()
            .any(|p| !matches!(p.kind, PartKind::Boilerplate(_)))
    }

    /// The line indices of every part of a kind, in order.
    pub fn of(&self, kind: PartKind) -> impl Iterator<Item = Range<usize>> + '_ {
        self.0
            .iter()
            .filter(move |p| p.kind == kind)
            .map(|p| p.range.clone())
    }
}

/// The heading words that open each part (whole line, upper-cased, accents kept), in English,
/// French and Spanish as IOM's profiles and mgi's own print them.
pub fn heading(text: &str) -> Option<PartKind> {
    let t = text
        .trim()
        .trim_end_matches([':', '*'])
        .trim()
        .to_uppercase()
        .replace('’', "'")
        .replace(['\u{a0}', '\u{202f}'], " ");
    let t = t.trim_end_matches([' ', ':']);
    Some(match t {
        "CONTENTS"
        | "TABLE OF CONTENTS"
        | "TABLE DES MATIÈRES"
        | "SOMMAIRE"
        | "ÍNDICE"
        | "CONTENIDO" => PartKind::Boilerplate("contents"),
        "OBJECTIVES" | "OBJECTIFS" | "OBJETIVOS" => PartKind::Boilerplate("objectives"),
        "INTRODUCTION" | "PRÉSENTATION" | "INTRODUCCIÓN" => PartKind::Boilerplate("introduction"),
        "CONCEPTUAL FRAMEWORK" | "CADRE CONCEPTUEL" | "MARCO CONCEPTUAL" => {
            PartKind::Boilerplate("conceptual framework")
        }
        "SUMMARY"
        | "SUMMARY OF FINDINGS"
        | "EXECUTIVE SUMMARY"
        | "RÉSUMÉ"
        | "SYNTHÈSE"
        | "RESUMEN"
        | "RESUMEN EJECUTIVO" => PartKind::Summary,
        "CONTEXT" | "MIGRATION CONTEXT" | "BACKGROUND" | "CONTEXTE" | "CONTEXTO" => {
            PartKind::Context
        }
        "KEY FINDINGS"
        | "FINDINGS"
        | "MIGRATION GOVERNANCE: KEY FINDINGS"
        | "PRINCIPAUX CONSTATS"
        | "PRINCIPAUX RÉSULTATS"
        | "PRINCIPALES CONCLUSIONS"
        | "PRINCIPALES CONSTATATIONS"
        | "PRINCIPALES CONCLUSIONES"
        | "CONCLUSIONES PRINCIPALES"
        | "PRINCIPALES CONSTATACIONES"
        | "RESULTADOS PRINCIPALES" => PartKind::KeyFindings,
        "AFTER THE MGI ASSESSMENT"
        | "AFTER THE ASSESSMENT"
        | "APRÈS L'ÉVALUATION DES IGM"
        | "APRÈS L'ÉVALUATION"
        | "DESPUÉS DE LA EVALUACIÓN DE LOS IGM"
        | "DESPUÉS DE LA EVALUACIÓN" => PartKind::Boilerplate("after the assessment"),
        "ANNEX" | "ANNEXES" | "ANNEXE" | "ANEXO" | "ANEXOS" => PartKind::Annex,
        "THE MGI PROCESS" | "LE PROCESSUS DES IGM" | "EL PROCESO DE LOS IGM" => {
            PartKind::Boilerplate("the MGI process")
        }
        "KEY SOURCES"
        | "SOURCES"
        | "REFERENCES"
        | "BIBLIOGRAPHY"
        | "PRINCIPALES SOURCES"
        | "SOURCES PRINCIPALES"
        | "RÉFÉRENCES"
        | "BIBLIOGRAPHIE"
        | "FUENTES PRINCIPALES"
        | "PRINCIPALES FUENTES"
        | "FUENTES"
        | "REFERENCIAS"
        | "BIBLIOGRAFÍA" => PartKind::KeySources,
        _ => return None,
    })
}

/// Cut the lines into parts. Lines before the first heading are front matter.
pub fn split(lines: &[Line], report: &mut ParseReport) -> Parts {
    let mut starts: Vec<(usize, PartKind)> = vec![(0, PartKind::Boilerplate("front matter"))];
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].text.trim();
        // "KEY" and "FINDINGS" on lines of their own (a PDF title set in two lines).
        let kind = if text.eq_ignore_ascii_case("KEY") {
            next_non_blank(lines, i + 1)
                .filter(|&j| lines[j].text.trim().eq_ignore_ascii_case("FINDINGS"))
                .map(|j| {
                    report.place(lines[j].no);
                    PartKind::KeyFindings
                })
        } else {
            heading(text)
        };
        if let Some(kind) = kind {
            let same = starts.last().is_some_and(|(_, k)| *k == kind);
            // A data part opens once: "Key findings" inside the annex is the annex's own heading.
            let seen =
                !matches!(kind, PartKind::Boilerplate(_)) && starts.iter().any(|(_, k)| *k == kind);
            if same {
                report.place(lines[i].no); // a second heading of the part just opened
            } else if !seen {
                starts.push((i, kind));
                report.place(lines[i].no);
            }
        }
        i += 1;
    }
    let mut parts = Vec::new();
    for (n, (start, kind)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(lines.len(), |(s, _)| *s);
        if end <= *start {
            continue;
        }
        for l in &lines[*start..end] {
            report.set_part(l.no, kind.name());
        }
        if let PartKind::Boilerplate(name) = kind {
            report.skip(name, lines[*start].no, lines[end - 1].no);
        }
        parts.push(Part {
            kind: *kind,
            range: *start..end,
        });
    }
    for (kind, what) in [
        (PartKind::Summary, "summary"),
        (PartKind::Context, "context"),
        (PartKind::KeyFindings, "key findings"),
        (PartKind::KeySources, "key sources"),
    ] {
        if !parts.iter().any(|p| p.kind == kind) {
            report.warn(ImportWarning::PartMissing { part: what });
        }
    }
    Parts(parts)
}

pub fn next_non_blank(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&j| !lines[j].text.trim().is_empty())
}

/// A regex that matches nothing, for the impossible case that a literal pattern fails to build.
pub fn unreachable_regex() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| std::process::abort())
}
