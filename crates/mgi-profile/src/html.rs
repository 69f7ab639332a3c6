//! One standalone, accessible HTML page: semantic headings, table headers, charts with a text
//! alternative, footnotes linked both ways, a print stylesheet. No script.

use std::fmt::Write;

use mgi_i18n::{Lang, tr};
use mgi_model::TextRef;

use crate::doc::*;

/// Text for HTML and SVG: the five markup characters escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The colour bar of each domain's heading, from the palette's one list.
macro_rules! domain_rules {
    ($c1:literal, $c2:literal, $c3:literal, $c4:literal, $c5:literal, $c6:literal) => {
        concat!(
            ".domain-heading{border-left:.4rem solid;padding-left:.5rem}",
            "[data-domain=\"1\"]{border-color:",
            $c1,
            "}",
            "[data-domain=\"2\"]{border-color:",
            $c2,
            "}",
            "[data-domain=\"3\"]{border-color:",
            $c3,
            "}",
            "[data-domain=\"4\"]{border-color:",
            $c4,
            "}",
            "[data-domain=\"5\"]{border-color:",
            $c5,
            "}",
            "[data-domain=\"6\"]{border-color:",
            $c6,
            "}"
        )
    };
}

/// The style of a profile's standalone page, inside its `<style>` element (a server sending the
/// page names its hash in the Content-Security-Policy).
pub const STYLE: &str = concat!(
    "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;line-height:1.5;max-width:52rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1b1b}\
h1{font-size:1.8rem;color:#0d3b66}h2{color:#0d3b66;border-bottom:2px solid #0d3b66;padding-bottom:.2rem;margin-top:2.5rem}\
h3{color:#1f5f99}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef3f8}caption{text-align:left;font-weight:bold;padding:.3rem 0}figure{margin:1.5rem 0}figcaption{font-size:.9rem}\
.draft{border:3px solid #b00020;color:#b00020;font-weight:bold;padding:.5rem 1rem;text-transform:uppercase}\
.statement{font-style:italic;color:#555}.front{font-size:.9rem;color:#333}.notice{font-style:italic}\
sup a{text-decoration:none}.footnotes{font-size:.9rem}svg{max-width:100%;height:auto}\
.series{text-transform:uppercase;letter-spacing:.08em;font-weight:bold;color:#0d3b66;margin:0}\
.cover-domains{display:flex;flex-wrap:wrap;list-style:none;padding:0;margin:.5rem 0;gap:2px}.cover-domains li{flex:1 1 7rem;border-top-width:1.2rem;border-top-style:solid;padding:.2rem .3rem;font-size:.8rem}\
.cover-domains .number{font-weight:bold}\
.mgi-boxes{display:flex;flex-wrap:wrap;gap:1rem}.mgi-box{flex:1 1 16rem;border-top:6px solid #0d3b66;background:#eef3f8;padding:.2rem 1rem}\
.mgi-box+.mgi-box{border-top-color:#8a8a8a;background:#f3f3f3}\
.process{list-style:none;counter-reset:step;padding:0}.process li{counter-increment:step;position:relative;padding:0 0 1rem 3.2rem;min-height:2.6rem}\
.process li::before{content:counter(step);position:absolute;left:0;top:0;width:2.4rem;height:2.4rem;border-radius:50%;background:#0d3b66;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center}\
@media print{body{max-width:none;padding:0}nav{display:none}h2{page-break-before:always}a{color:inherit;text-decoration:none}.draft{position:fixed;top:0}}",
    crate::palette::with_domain_colours!(domain_rules)
);

/// A text with its marks: a run in another language in an element with its `lang`, data that
/// holds right-to-left characters in `<bdi>` (which takes its direction from its content).
fn rich(r: &Rich) -> String {
    let mut out = String::new();
    for run in &r.0 {
        let text = escape(&run.text);
        let lang = run
            .lang
            .as_deref()
            .map(|l| format!(" lang=\"{}\"", escape(l)))
            .unwrap_or_default();
        if run.data && has_rtl(&run.text) {
            let _ = write!(out, "<bdi{lang}>{text}</bdi>");
        } else if !lang.is_empty() {
            let _ = write!(out, "<span{lang}>{text}</span>");
        } else {
            out.push_str(&text);
        }
    }
    out
}

/// The ` id="…"` attribute of an element other pages link to, nothing for one they do not.
fn id(anchor: Option<&str>) -> String {
    anchor.map_or_else(String::new, |a| format!(" id=\"{}\"", escape(a)))
}

/// The statement that some texts are shown in another language, when there is one.
fn fallback(out: &mut String, note: Option<&String>) {
    if let Some(note) = note {
        let _ = writeln!(
            out,
            "<p class=\"statement translation-note\" role=\"note\">{}</p>",
            escape(note)
        );
    }
}

/// A link from a text of the profile to the page where it is edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditLink {
    pub href: String,
    pub text: String,
}

/// The profile as one standalone page, in the language it was built in (`<html lang>`).
pub fn html(p: &ProfileDoc) -> String {
    html_linked(p, &|_| None)
}

/// The profile's page with a link after each paragraph that shows a text of the assessment
/// edited on its own ([`Block::Para`]'s `of`), where `edit` gives one: a draft's preview
/// links each finding and summary to its editor. [`html`] is this with no link.
pub fn html_linked(p: &ProfileDoc, edit: &dyn Fn(&TextRef) -> Option<EditLink>) -> String {
    let lang = Lang::from_code(&p.lang).unwrap_or_default();
    let l = &p.labels;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n",
        escape(&p.lang),
        escape(&p.title)
    );
    if p.draft.is_some() {
        let _ = writeln!(
            out,
            "<p class=\"draft\" role=\"note\">{}</p>",
            escape(&l.draft_notice())
        );
    }
    cover(&mut out, &p.cover);
    let _ = writeln!(out, "<h1>{}</h1>", rich(&p.heading));
    imprint(&mut out, l, &p.front);
    let _ = writeln!(out, "</header>");
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">{}</h2>\n<ol>",
        escape(&l.contents)
    );
    for s in &p.sections {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            escape(&s.id),
            escape(&s.title)
        );
    }
    let _ = writeln!(out, "</ol>\n</nav>\n<main id=\"main\">");
    for s in &p.sections {
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>",
            escape(&s.id),
            escape(&s.title)
        );
        fallback(&mut out, s.fallback.as_ref());
        for b in &s.blocks {
            block(&mut out, lang, l, b, edit);
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</main>");
    if !p.footnotes.is_empty() {
        let _ = writeln!(
            out,
            "<footer class=\"footnotes\">\n<h2 id=\"notes\">{}</h2>",
            escape(&l.notes)
        );
        fallback(&mut out, p.footnotes_fallback.as_ref());
        out.push_str("<ol>\n");
        for (i, n) in p.footnotes.iter().enumerate() {
            let n_ = i + 1;
            let _ = writeln!(
                out,
                "<li id=\"fn{n_}\">{} <a href=\"#fnref{n_}\" aria-label=\"{}\">↩</a></li>",
                rich(n),
                escape(&tr!(lang, "profile-note-back", number = n_))
            );
        }
        let _ = writeln!(out, "</ol>\n</footer>");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A paragraph led by its label in bold: `label` is escaped here, `html` already is.
fn labelled(out: &mut String, label: &str, html: &str) {
    let _ = writeln!(out, "<p><strong>{}</strong> {html}</p>", escape(label));
}

/// The cover's strip: the six domains in their colours, numbered and named.
fn cover(out: &mut String, c: &Cover) {
    let _ = writeln!(
        out,
        "<p class=\"series\">{}</p>\n<ol class=\"cover-domains\">",
        escape(&c.series)
    );
    for d in &c.domains {
        let _ = writeln!(
            out,
            "<li data-domain=\"{}\"><span class=\"number\">{}</span> {}</li>",
            d.mark.number,
            d.mark.number,
            rich(&d.name)
        );
    }
    let _ = writeln!(out, "</ol>");
}

/// The imprint: publisher and address, research partner, how to cite, ISBN, copyright, licence
/// (linked to its terms), disclaimer and notices.
fn imprint(out: &mut String, l: &Labels, f: &FrontMatter) {
    let _ = writeln!(out, "<div class=\"front\">");
    fallback(out, f.fallback.as_ref());
    let address: String = f
        .address
        .iter()
        .map(|a| format!("<br>{}", rich(a)))
        .collect();
    labelled(
        out,
        &l.publisher,
        &format!("{}{address}", rich(&f.publisher)),
    );
    if let Some(partner) = &f.research_partner {
        labelled(out, &l.research_partner, &rich(partner));
    }
    labelled(out, &l.required_citation, &rich(&f.citation));
    if let Some(isbn) = &f.isbn {
        let _ = writeln!(out, "<p>{} {}</p>", escape(&l.isbn), escape(isbn));
    }
    let licence = match &f.licence_url {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), rich(&f.licence)),
        None => rich(&f.licence),
    };
    let _ = writeln!(out, "<p>{}</p>", rich(&f.copyright));
    labelled(out, &l.licence, &licence);
    let _ = writeln!(
        out,
        "<p>{}</p>\n<p class=\"notice\">{}</p>",
        rich(&f.disclaimer),
        escape(&f.notice),
    );
    if let Some(t) = &f.translation {
        let _ = writeln!(out, "<p class=\"notice translation\">{}</p>", escape(t));
    }
    let _ = writeln!(out, "</div>");
}

fn table(out: &mut String, caption: &str, headers: &[String], rows: &[Vec<Rich>]) {
    let _ = write!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        escape(caption)
    );
    for h in headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{}</th>", rich(c));
            } else {
                let _ = write!(out, "<td>{}</td>", rich(c));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn block(
    out: &mut String,
    lang: Lang,
    l: &Labels,
    b: &Block,
    edit: &dyn Fn(&TextRef) -> Option<EditLink>,
) {
    match b {
        Block::Heading {
            level,
            text: t,
            domain,
            anchor,
        } => {
            let id = id(anchor.as_deref());
            let _ = match domain {
                Some(d) => writeln!(
                    out,
                    "<h{level}{id} class=\"domain-heading\" data-domain=\"{}\">{}</h{level}>",
                    d.number,
                    rich(t)
                ),
                None => writeln!(out, "<h{level}{id}>{}</h{level}>", rich(t)),
            };
        }
        Block::Para {
            text,
            notes,
            anchor,
            of,
        } => {
            let refs = notes
                .iter()
                .map(|n| {
                    format!(
                        "<sup><a href=\"#fn{n}\" id=\"fnref{n}\" aria-label=\"{}\">{n}</a></sup>",
                        escape(&tr!(lang, "profile-note-ref", number = *n))
                    )
                })
                .collect::<Vec<_>>()
                .join("<sup>,</sup>");
            let link = of.as_ref().and_then(edit).map_or_else(String::new, |e| {
                format!(
                    " <a class=\"edit\" href=\"{}\">{}</a>",
                    escape(&e.href),
                    escape(&e.text)
                )
            });
            let id = id(anchor.as_deref());
            let _ = writeln!(out, "<p{id}>{}{refs}{link}</p>", rich(text));
        }
        Block::Statement { text: t } => {
            let _ = writeln!(out, "<p class=\"statement\">{}</p>", escape(t));
        }
        Block::List { items } => {
            out.push_str("<ul>\n");
            for i in items {
                let _ = writeln!(out, "<li>{}</li>", rich(i));
            }
            out.push_str("</ul>\n");
        }
        Block::Steps { items } => {
            out.push_str("<ol>\n");
            for (lead, text) in items {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> {}</li>",
                    rich(lead),
                    rich(text)
                );
            }
            out.push_str("</ol>\n");
        }
        Block::Process { steps } => {
            out.push_str("<ol class=\"process\">\n");
            for (name, text) in steps {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong><br>{}</li>",
                    rich(name),
                    rich(text)
                );
            }
            out.push_str("</ol>\n");
        }
        Block::Panels { panels } => {
            out.push_str("<div class=\"mgi-boxes\">\n");
            for p in panels {
                let _ = writeln!(
                    out,
                    "<section class=\"mgi-box\"><h3>{}</h3>\n<ul>",
                    escape(&p.title)
                );
                for i in &p.items {
                    let _ = writeln!(out, "<li>{}</li>", rich(i));
                }
                out.push_str("</ul></section>\n");
            }
            out.push_str("</div>\n");
        }
        Block::Table {
            caption,
            headers,
            rows,
        } => table(out, caption, headers, rows),
        Block::Figure { figure: f } => {
            let _ = writeln!(
                out,
                "<figure id=\"{}\">\n{}\n<figcaption>{}<br>{} {}</figcaption>\n</figure>",
                escape(&f.id),
                f.svg,
                escape(&f.caption),
                escape(&l.source),
                rich(&f.source)
            );
        }
        Block::Sources { groups } => {
            for g in groups {
                let _ = writeln!(out, "<h3>{}</h3>\n<ul class=\"sources\">", rich(&g.issuer));
                for item in &g.items {
                    let entry = match &item.url {
                        Some(url) => {
                            format!("<a href=\"{}\">{}</a>", escape(url), rich(&item.entry))
                        }
                        None => rich(&item.entry),
                    };
                    let _ = writeln!(
                        out,
                        "<li{}><strong>{}</strong> {entry}</li>",
                        id(Some(&item.anchor)),
                        escape(&item.label),
                    );
                }
                out.push_str("</ul>\n");
            }
        }
    }
}
