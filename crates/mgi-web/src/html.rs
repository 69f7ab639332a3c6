//! The page layout, escaping, and Markdown narratives through a sanitiser.

use std::fmt::Write;

pub use mgi_profile::escape;
use mgi_store::Session;

const STYLE: &str = "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5;color:#1b1b1b}\
h1,h2,h3{color:#0d3b66}li{margin:.2rem 0}.notice{font-style:italic;color:#444}\
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-bottom:1px solid #ccd;padding-bottom:.5rem;margin-bottom:1rem}\
header form{display:inline;margin:0}nav a{margin-right:.8rem}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
label{display:block;margin-top:.6rem;font-weight:600}input[type=text],input[type=password],input[type=search],textarea,select{width:100%;max-width:40rem;padding:.3rem;font:inherit}\
textarea{min-height:6rem}button{margin-top:.6rem;padding:.3rem .9rem;font:inherit}\
.stage{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;background:#e8eef6}\
.problems,.conflict{border-left:4px solid #b00020;padding-left:1rem}.ok{border-left:4px solid #2e7d32;padding-left:1rem}\
.internal{background:#fff8e1}.muted{color:#555}.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}";

/// A whole page: the site header (navigation, who is signed in and the sign-out form), then `body`.
pub fn page(title: &str, viewer: Option<&Session>, body: &str) -> String {
    let mut head = String::from(
        "<nav><a href=\"/\">Portal</a><a href=\"/explore\">Indicators</a><a href=\"/compare\">Compare</a><a href=\"/search\">Search</a><a href=\"/gcm\">GCM</a><a href=\"/sdg\">SDG 10.7.2</a>",
    );
    match viewer {
        Some(s) => {
            let _ = write!(
                head,
                "<a href=\"/work\">My work</a></nav><span>{} ({})</span><form method=\"post\" action=\"/logout\">{}<button>Sign out</button></form>",
                escape(&s.display_name),
                s.principal.role.label(),
                csrf_field(s)
            );
        }
        None => head.push_str("<a href=\"/login\">Sign in</a></nav>"),
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>{head}</header>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(title)
    )
}

/// The hidden field every form of a signed-in page carries.
pub fn csrf_field(s: &Session) -> String {
    format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        escape(&s.csrf)
    )
}

/// A narrative written in Markdown, as HTML that cannot carry scripts, styles or event handlers.
pub fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES);
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&out)
        .to_string()
}

/// `<option>`s for `choices` (value, label), `selected` marked.
pub fn options<'a>(
    choices: impl IntoIterator<Item = (&'a str, &'a str)>,
    selected: &str,
) -> String {
    choices
        .into_iter()
        .map(|(v, l)| {
            let sel = if v == selected { " selected" } else { "" };
            format!(
                "<option value=\"{}\"{sel}>{}</option>",
                escape(v),
                escape(l)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_keeps_emphasis_and_links_and_drops_scripts() {
        let html = super::markdown(
            "Article **7** of the [law](https://legalinfo.mn/). <script>alert(1)</script> <img src=x onerror=alert(1)>",
        );
        assert!(html.contains("<strong>7</strong>"), "{html}");
        assert!(html.contains("href=\"https://legalinfo.mn/\""), "{html}");
        assert!(
            !html.contains("<script") && !html.contains("onerror"),
            "{html}"
        );
    }
}
