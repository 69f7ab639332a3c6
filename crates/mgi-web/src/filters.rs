//! The templates' own filters. `markdown` is the only way raw HTML reaches a page: a narrative
//! written in Markdown, rendered and then cleaned by ammonia (see `tests/templates.rs`, which
//! fails if a template marks anything else safe or code builds a safe value elsewhere).
//!
//! A module that derives a template using a filter imports this one as `filters`
//! (`use crate::filters;`), where askama looks for it.

use askama::Values;
use askama::filters::Safe;

/// A narrative written in Markdown, as HTML that cannot carry scripts, styles, event handlers
/// or images (an image, even from this site, would make every reader's browser fetch an
/// address of the writer's choosing).
pub fn markdown_html(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES);
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, parser);
    ammonia::Builder::default()
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&out)
        .to_string()
}

/// `{{ text|markdown }}`: [`markdown_html`], written as it is.
#[askama::filter_fn]
pub fn markdown(text: impl AsRef<str>, _: &dyn Values) -> askama::Result<Safe<String>> {
    Ok(Safe(markdown_html(text.as_ref())))
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_keeps_emphasis_and_links_and_drops_scripts() {
        let html = super::markdown_html(
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
