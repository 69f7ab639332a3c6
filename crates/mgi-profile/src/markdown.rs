//! Pandoc-compatible Markdown: a YAML title block, pipe tables, `[^n]` footnotes.

use std::fmt::Write;

use crate::doc::*;

/// Characters Markdown would read as markup, escaped.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '`' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn refs(notes: &[usize]) -> String {
    notes.iter().map(|n| format!("[^{n}]")).collect()
}

pub fn markdown(p: &ProfileDoc) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "---\ntitle: {}\nlang: {}",
        yaml_string(&p.title),
        p.lang
    );
    if let Some(stage) = &p.draft {
        let _ = writeln!(
            out,
            "subtitle: {}",
            yaml_string(&format!("DRAFT — stage: {stage}"))
        );
    }
    let _ = writeln!(out, "---\n");
    if let Some(stage) = &p.draft {
        let _ = writeln!(
            out,
            "**DRAFT — stage: {}. Not for publication.**\n",
            md(stage)
        );
    }
    let f = &p.front;
    for (label, text) in [
        ("Publisher", &f.publisher),
        ("Licence", &f.licence),
        ("Required citation", &f.citation),
    ] {
        let _ = writeln!(out, "**{label}:** {}\n", md(text));
    }
    let _ = writeln!(out, "{}\n\n*{}*\n", md(&f.disclaimer), md(&f.notice));
    let _ = writeln!(out, "## Contents\n");
    for s in &p.sections {
        let _ = writeln!(out, "- [{}](#{})", md(&s.title), s.id);
    }
    out.push('\n');
    for s in &p.sections {
        let _ = writeln!(out, "## {} {{#{}}}\n", md(&s.title), s.id);
        for b in &s.blocks {
            block(&mut out, b);
        }
    }
    if !p.footnotes.is_empty() {
        for (i, n) in p.footnotes.iter().enumerate() {
            let _ = writeln!(out, "[^{}]: {}", i + 1, md(n));
        }
    }
    out
}

fn table(out: &mut String, headers: &[String], rows: &[Vec<String>]) {
    let _ = writeln!(
        out,
        "| {} |",
        headers
            .iter()
            .map(|h| md(h))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(
        out,
        "|{}",
        headers.iter().map(|_| "---|").collect::<String>()
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} |",
            r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ")
        );
    }
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Heading { level, text: t } => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), md(t));
        }
        Block::Para { text, notes } => {
            let _ = writeln!(out, "{}{}\n", md(text), refs(notes));
        }
        Block::Statement { text: t } => {
            let _ = writeln!(out, "*{}*\n", md(t));
        }
        Block::List { items } => {
            for i in items {
                let _ = writeln!(out, "- {}", md(i));
            }
            out.push('\n');
        }
        Block::Steps { items } => {
            for (n, (lead, text)) in items.iter().enumerate() {
                let _ = writeln!(out, "{}. **{}** {}", n + 1, md(lead), md(text));
            }
            out.push('\n');
        }
        Block::Table {
            caption,
            headers,
            rows,
        } => {
            table(out, headers, rows);
            let _ = writeln!(out, "\n: {}\n", md(caption));
        }
        Block::Figure { figure: f } => {
            table(
                out,
                &["".to_owned(), "Per cent".to_owned()],
                &f.rows
                    .iter()
                    .map(|(a, b)| vec![a.clone(), b.clone()])
                    .collect::<Vec<_>>(),
            );
            let _ = writeln!(out, "\n: {}\n\n{}\n", md(&f.caption), md(&f.source));
        }
        Block::Sources { groups } => {
            for g in groups {
                let _ = writeln!(out, "### {}\n", md(&g.issuer));
                for (label, entry) in &g.items {
                    let _ = writeln!(out, "- {} {}", md(label), md(entry));
                }
                out.push('\n');
            }
        }
    }
}
