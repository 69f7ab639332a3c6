//! Pandoc-compatible Markdown: a YAML title block, pipe tables, `[^n]` footnotes. Texts shown in
//! another language than the profile's, and data in a right-to-left script, are pandoc spans
//! (`[text]{lang=en}`, `[text]{dir=rtl}`), which pandoc carries into HTML and Word.

use std::fmt::Write;

use mgi_i18n::text_dir;

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

/// A text with its marks: runs in another language or data holding right-to-left characters
/// become pandoc spans with their `lang` and `dir`.
fn rich(r: &Rich) -> String {
    let mut out = String::new();
    for run in &r.0 {
        let mut attrs = Vec::new();
        if let Some(l) = &run.lang {
            attrs.push(format!("lang={l}"));
        }
        if run.data && has_rtl(&run.text) {
            attrs.push(format!("dir={}", text_dir(&run.text).attr()));
        }
        if attrs.is_empty() {
            out.push_str(&md(&run.text));
        } else {
            let _ = write!(out, "[{}]{{{}}}", md(&run.text), attrs.join(" "));
        }
    }
    out
}

/// The statement that some texts are shown in another language, as a quotation.
fn fallback(out: &mut String, note: Option<&String>) {
    if let Some(note) = note {
        let _ = writeln!(out, "> *{}*\n", md(note));
    }
}

/// The profile in Markdown, in the language it was built in (`lang` of the title block).
pub fn markdown(p: &ProfileDoc) -> String {
    let l = &p.labels;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "---\ntitle: {}\nlang: {}",
        yaml_string(&p.title),
        p.lang
    );
    if p.draft.is_some() {
        let _ = writeln!(
            out,
            "subtitle: {}",
            yaml_string(&format!("{} — {}", l.draft_caps, l.draft_stage))
        );
    }
    let _ = writeln!(out, "---\n");
    if p.draft.is_some() {
        let _ = writeln!(out, "**{}**\n", md(&l.draft_notice_caps()));
    }
    let f = &p.front;
    fallback(&mut out, f.fallback.as_ref());
    let _ = writeln!(
        out,
        "**{}** {}{}\n",
        md(&l.publisher),
        rich(&f.publisher),
        f.address
            .iter()
            .map(|a| format!("\\\n{}", rich(a)))
            .collect::<String>()
    );
    if let Some(partner) = &f.research_partner {
        let _ = writeln!(out, "**{}** {}\n", md(&l.research_partner), rich(partner));
    }
    let _ = writeln!(
        out,
        "**{}** {}\n",
        md(&l.required_citation),
        rich(&f.citation)
    );
    if let Some(isbn) = &f.isbn {
        let _ = writeln!(out, "{} {}\n", md(&l.isbn), md(isbn));
    }
    let licence = match &f.licence_url {
        Some(url) => format!("[{}](<{}>)", rich(&f.licence), url.replace('>', "%3E")),
        None => rich(&f.licence),
    };
    let _ = writeln!(
        out,
        "{}\n\n**{}** {licence}\n",
        rich(&f.copyright),
        md(&l.licence)
    );
    let _ = writeln!(out, "{}\n\n*{}*\n", rich(&f.disclaimer), md(&f.notice));
    if let Some(t) = &f.translation {
        let _ = writeln!(out, "*{}*\n", md(t));
    }
    let _ = writeln!(out, "## {}\n", md(&l.contents));
    for s in &p.sections {
        let _ = writeln!(out, "- [{}](#{})", md(&s.title), s.id);
    }
    out.push('\n');
    for s in &p.sections {
        let _ = writeln!(out, "## {} {{#{}}}\n", md(&s.title), s.id);
        fallback(&mut out, s.fallback.as_ref());
        for b in &s.blocks {
            block(&mut out, l, b);
        }
    }
    for (i, n) in p.footnotes.iter().enumerate() {
        let _ = writeln!(out, "[^{}]: {}", i + 1, rich(n));
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
        let _ = writeln!(out, "| {} |", r.join(" | "));
    }
}

fn block(out: &mut String, l: &Labels, b: &Block) {
    match b {
        Block::Heading { level, text: t, .. } => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(usize::from(*level)), rich(t));
        }
        Block::Para { text, notes, .. } => {
            let _ = writeln!(out, "{}{}\n", rich(text), refs(notes));
        }
        Block::Statement { text: t } => {
            let _ = writeln!(out, "*{}*\n", md(t));
        }
        Block::List { items } => {
            for i in items {
                let _ = writeln!(out, "- {}", rich(i));
            }
            out.push('\n');
        }
        Block::Steps { items } | Block::Process { steps: items } => {
            for (n, (lead, text)) in items.iter().enumerate() {
                let _ = writeln!(out, "{}. **{}** {}", n + 1, rich(lead), rich(text));
            }
            out.push('\n');
        }
        Block::Panels { panels } => {
            for p in panels {
                let _ = writeln!(out, "**{}**\n", md(&p.title));
                for i in &p.items {
                    let _ = writeln!(out, "- {}", rich(i));
                }
                out.push('\n');
            }
        }
        Block::Table {
            caption,
            headers,
            rows,
        } => {
            let rows: Vec<Vec<String>> =
                rows.iter().map(|r| r.iter().map(rich).collect()).collect();
            table(out, headers, &rows);
            let _ = writeln!(out, "\n: {}\n", md(caption));
        }
        Block::Figure { figure: f } => {
            table(
                out,
                &["".to_owned(), l.per_cent.clone()],
                &f.rows
                    .iter()
                    .map(|(a, b)| vec![md(a), md(b)])
                    .collect::<Vec<_>>(),
            );
            let _ = writeln!(
                out,
                "\n: {}\n\n{} {}\n",
                md(&f.caption),
                md(&l.source),
                rich(&f.source)
            );
        }
        Block::Sources { groups } => {
            for g in groups {
                let _ = writeln!(out, "### {}\n", rich(&g.issuer));
                for item in &g.items {
                    let _ = match &item.url {
                        Some(url) => writeln!(
                            out,
                            "- {} [{}](<{}>)",
                            md(&item.label),
                            rich(&item.entry),
                            url.replace('>', "%3E")
                        ),
                        None => writeln!(out, "- {} {}", md(&item.label), rich(&item.entry)),
                    };
                }
                out.push('\n');
            }
        }
    }
}
