//! Horizontal bar charts as SVG: the same picture in the web page and the PDF.

use mgi_i18n::Lang;

use crate::format::percent;
use crate::html::escape;

const WIDTH: f64 = 560.0;
const LABEL: f64 = 190.0;
const ROW: f64 = 30.0;
const BAR: f64 = 18.0;
const COLOURS: [&str; 2] = ["#1f5f99", "#e08a2c"];

/// One bar: its label, its value in percent, its colour group (0 or 1).
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub group: usize,
}

/// A bar chart of percentages, its accessible name `title` and a description listing the values;
/// `id` keeps the element ids unique in a page. Values are written as `lang` writes percentages.
pub fn bar_chart(lang: Lang, id: &str, title: &str, bars: &[Bar]) -> String {
    let height = ROW * bars.len() as f64 + 20.0;
    let max = bars.iter().map(|b| b.value).fold(1.0_f64, f64::max);
    let scale = (WIDTH - LABEL - 60.0) / max;
    let desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, percent(lang, b.value)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"13\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&desc)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 10.0 + ROW * i as f64;
        let w = (b.value * scale).max(1.0);
        svg.push_str(&format!(
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#222\">{}</text>\
             <rect x=\"{LABEL}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#222\">{}</text>",
            LABEL - 8.0,
            y + 13.0,
            escape(&b.label),
            COLOURS[b.group % COLOURS.len()],
            LABEL + w + 6.0,
            y + 13.0,
            percent(lang, b.value)
        ));
    }
    svg.push_str("</svg>");
    svg
}
