//! Horizontal bar charts as SVG: the same picture in the web page and the PDF.
//!
//! The label column is as wide as the longest label (and at least [`MIN_LABEL`]), estimated from the widths of the
//! characters in DejaVu Sans (the PDF's font; the web page's Noto Sans is narrower), so that a
//! label is never cut in any language. A label wider than [`MAX_LABEL`] is set on two lines.

use mgi_i18n::Lang;

use crate::format::percent;
use crate::html::escape;

/// The font size of every text of a chart, in pixels.
const FONT: f64 = 13.0;
/// The distance between the baselines of a label's two lines.
const LINE: f64 = 15.0;
/// The narrowest the label column is, so that charts with short labels keep one scale.
const MIN_LABEL: f64 = 190.0;
/// The widest a label's line may be before the label is wrapped.
const MAX_LABEL: f64 = 260.0;
/// The length of the longest bar.
const BARS: f64 = 300.0;
/// The margin at the edges of the picture, and between a label and its bar.
const MARGIN: f64 = 8.0;
/// The space between a bar and its value.
const VALUE_GAP: f64 = 6.0;
/// The space between two rows.
const ROW_GAP: f64 = 12.0;
const BAR: f64 = 18.0;
/// The distance from the top of a line of text to its baseline.
const ASCENT: f64 = 12.0;
const COLOURS: [&str; 2] = ["#1f5f99", "#e08a2c"];

/// One bar: its label, its value in percent, its colour group (0 or 1).
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub group: usize,
}

/// The width of a character in DejaVu Sans, in ems, rounded up by classes of letters.
fn em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | 'I' | 'J' | '.' | ',' | ':' | ';' | '\'' | '’' | '!' | '|' => 0.3,
        ' ' | '\u{A0}' | '\u{202F}' | 'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.42,
        'm' | 'w' | 'M' | 'W' | '%' => 1.0,
        'A'..='Z' => 0.78,
        _ => 0.64,
    }
}

/// The estimated width of `text` in a chart, in pixels.
fn text_width(text: &str) -> f64 {
    text.chars().map(em).sum::<f64>() * FONT
}

/// The lines a label is set on: itself when it fits in [`MAX_LABEL`], else two, split at the
/// space that makes the longer line shortest. A label without a space stays on one line.
fn lines(label: &str) -> Vec<&str> {
    if text_width(label) <= MAX_LABEL {
        return vec![label];
    }
    let longer = |at: usize| text_width(&label[..at]).max(text_width(&label[at + 1..]));
    label
        .match_indices(' ')
        .map(|(at, _)| at)
        .min_by(|a, b| longer(*a).total_cmp(&longer(*b)))
        .map_or_else(|| vec![label], |at| vec![&label[..at], &label[at + 1..]])
}

/// A bar chart of percentages, its accessible name `title` and a description listing the values;
/// `id` keeps the element ids unique in a page. Values are written as `lang` writes percentages.
pub fn bar_chart(lang: Lang, id: &str, title: &str, bars: &[Bar]) -> String {
    let labels: Vec<Vec<&str>> = bars.iter().map(|b| lines(&b.label)).collect();
    let values: Vec<String> = bars.iter().map(|b| percent(lang, b.value)).collect();
    let label_width = labels
        .iter()
        .flatten()
        .map(|l| text_width(l))
        .fold(MIN_LABEL, f64::max);
    let value_width = values.iter().map(|v| text_width(v)).fold(0.0, f64::max);
    let label_end = MARGIN + label_width;
    let bar_start = label_end + MARGIN;
    let width = (bar_start + BARS + VALUE_GAP + value_width + MARGIN).ceil();
    let heights: Vec<f64> = labels
        .iter()
        .map(|l| BAR.max(LINE * l.len() as f64))
        .collect();
    let height = (heights.iter().map(|h| h + ROW_GAP).sum::<f64>() + 2.0 * MARGIN).ceil();
    let max = bars.iter().map(|b| b.value).fold(1.0_f64, f64::max);
    let scale = BARS / max;
    let desc = bars
        .iter()
        .zip(&values)
        .map(|(b, v)| format!("{}: {v}", b.label))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"{FONT}\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&desc)
    );
    let mut top = MARGIN + ROW_GAP / 2.0;
    for (((b, label), value), row) in bars.iter().zip(&labels).zip(&values).zip(&heights) {
        let first_line = top + (row - LINE * label.len() as f64) / 2.0 + ASCENT;
        let tspans: String = label
            .iter()
            .enumerate()
            .map(|(i, line)| {
                format!(
                    "<tspan x=\"{label_end:.1}\" y=\"{:.1}\">{}</tspan>",
                    first_line + LINE * i as f64,
                    escape(line)
                )
            })
            .collect();
        let y = top + (row - BAR) / 2.0;
        let w = (b.value * scale).max(1.0);
        svg.push_str(&format!(
            "<text text-anchor=\"end\" fill=\"#222\">{tspans}</text>\
             <rect x=\"{bar_start:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#222\">{value}</text>",
            COLOURS[b.group % COLOURS.len()],
            bar_start + w + VALUE_GAP,
            y + (BAR - LINE) / 2.0 + ASCENT,
        ));
        top += row + ROW_GAP;
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use mgi_i18n::tr;

    use super::*;

    /// The value of attribute `name` in `tag`, as a number.
    fn attr(tag: &str, name: &str) -> f64 {
        let start = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
        let end = start + tag[start..].find('"').expect("closing quote");
        tag[start..end].parse().expect("a number")
    }

    /// The texts of `svg` with the x of their anchor: (x, text, anchored at its end).
    fn texts(svg: &str) -> Vec<(f64, String, bool)> {
        let mut out = Vec::new();
        for element in svg.split("<text").skip(1) {
            let end_anchor = element.starts_with(" text-anchor=\"end\"");
            let body = &element[..element.find("</text>").expect("closed text")];
            if body.contains("<tspan") {
                for span in body.split("<tspan").skip(1) {
                    let (tag, rest) = span.split_once('>').expect("tag");
                    let text = rest.split("</tspan>").next().unwrap_or_default();
                    out.push((attr(tag, "x"), text.to_owned(), end_anchor));
                }
            } else {
                let (tag, text) = body.split_once('>').expect("tag");
                out.push((attr(tag, "x"), text.to_owned(), end_anchor));
            }
        }
        out
    }

    /// The bars of the reference profile's two charts (Mongolia 2023), labelled in `lang`.
    fn reference_bars(lang: Lang) -> Vec<Vec<Bar>> {
        let bar = |label: String, value: f64, group: usize| Bar {
            label,
            value,
            group,
        };
        let by_sex = [("immigrant", 66.8, 33.2, 0), ("emigrant", 48.0, 52.0, 1)]
            .into_iter()
            .flat_map(|(who, men, women, group)| {
                let who = tr!(lang, "profile-group", group = who);
                [
                    bar(
                        tr!(lang, "profile-measure-men", measure = who.as_str()),
                        men,
                        group,
                    ),
                    bar(
                        tr!(lang, "profile-measure-women", measure = who.as_str()),
                        women,
                        group,
                    ),
                ]
            })
            .collect();
        let by_age = [("0-19", 19.1), ("20-64", 76.1), ("65+", 4.8)]
            .into_iter()
            .map(|(age, value)| bar(tr!(lang, "profile-age-years", age_group = age), value, 0))
            .collect();
        vec![by_sex, by_age]
    }

    /// Every label starts inside the picture and every value ends inside it.
    fn assert_fits(svg: &str) {
        let view_box = &svg[svg.find("viewBox=\"").expect("viewBox") + 9..];
        let width: f64 = view_box
            .split(' ')
            .nth(2)
            .and_then(|w| w.parse().ok())
            .expect("width");
        let texts = texts(svg);
        assert!(!texts.is_empty());
        for (x, text, end_anchor) in texts {
            let (left, right) = if end_anchor {
                (x - text_width(&text), x)
            } else {
                (x, x + text_width(&text))
            };
            assert!(left >= 0.0, "{text:?} starts at {left}");
            assert!(right <= width, "{text:?} ends at {right}, beyond {width}");
        }
    }

    #[test]
    fn labels_and_values_fit_in_every_language() {
        for lang in Lang::ALL {
            for bars in reference_bars(lang) {
                assert_fits(&bar_chart(lang, "f", "t", &bars));
            }
        }
        let fr = bar_chart(Lang::Fr, "f", "t", &reference_bars(Lang::Fr)[0]);
        assert!(fr.contains(">Personnes immigrées, hommes</tspan>"));
        assert!(fr.contains(">66,8\u{202F}%</text>"));
    }

    #[test]
    fn the_label_column_is_as_wide_as_the_longest_label() {
        let bars = |label: &str| {
            vec![Bar {
                label: label.to_owned(),
                value: 50.0,
                group: 0,
            }]
        };
        let short = bar_chart(Lang::En, "f", "t", &bars("Men"));
        let long = bar_chart(Lang::En, "f", "t", &bars("Personnes immigrées, femmes"));
        let x = |svg: &str| texts(svg)[0].0;
        assert_eq!(x(&short), MARGIN + MIN_LABEL);
        // The margin, 8, and the label's width, 16.74 em (P 0.78, e 0.64, space 0.42, …), to a tenth.
        assert_eq!(text_width("Men"), (1.0 + 0.64 + 0.64) * FONT);
        assert_eq!(x(&long), 225.6);
        let bar_start = |svg: &str| attr(&svg[svg.find("<rect").expect("a bar")..], "x");
        assert_eq!(bar_start(&short), 206.0);
        assert_eq!(bar_start(&long), 233.6);
    }

    #[test]
    fn a_long_label_is_set_on_two_lines() {
        let label = "Immigrants resident for more than five years, women and men aged 65 or over";
        let bars = [Bar {
            label: label.to_owned(),
            value: 4.8,
            group: 0,
        }];
        let svg = bar_chart(Lang::En, "f", "t", &bars);
        let lines: Vec<String> = texts(&svg)
            .into_iter()
            .filter(|t| t.2)
            .map(|t| t.1)
            .collect();
        assert_eq!(
            lines,
            [
                "Immigrants resident for more than five",
                "years, women and men aged 65 or over"
            ]
        );
        assert_fits(&svg);
        // A word longer than the column widens it rather than being cut.
        let word = "Einwanderungsbevölkerungsstatistikgesamtübersichtsergebnisse";
        let svg = bar_chart(
            Lang::En,
            "f",
            "t",
            &[Bar {
                label: word.to_owned(),
                value: 1.0,
                group: 0,
            }],
        );
        assert_eq!(texts(&svg)[0].1, word);
        assert_fits(&svg);
    }

    #[test]
    fn labels_and_values_are_escaped() {
        let bars = [Bar {
            label: "<b>&".to_owned(),
            value: 1.0,
            group: 0,
        }];
        let svg = bar_chart(Lang::En, "f", "<t>", &bars);
        assert!(
            svg.contains(">&lt;b&gt;&amp;</tspan>")
                && svg.contains("<title id=\"f-title\">&lt;t&gt;</title>")
        );
        assert!(!svg.contains("<b>"));
    }
}
