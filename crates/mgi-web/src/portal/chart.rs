//! Stacked bar charts drawn as SVG by a template (`partials/chart.html`, and `portal/chart.svg`
//! for the file to save): one bar per row, cut into the shares of each category, a legend in
//! words above the bars and each row's label above its bar, so no label is cut whatever the
//! language. The chart is a picture of the table beneath it, which stays its text equivalent.

use askama::Template;

/// The drawing's width in SVG units; it scales to the page.
const WIDTH: f64 = 420.0;
const LEGEND_LINE: f64 = 20.0;
const LABEL_LINE: f64 = 18.0;
const BAR: f64 = 16.0;
const GAP: f64 = 10.0;

/// A category of the chart: its name and colour.
pub struct Category {
    pub name: String,
    pub colour: &'static str,
}

/// A row before layout: its label, a longer title for the tooltip, and a count per category
/// (in the categories' order).
pub struct RowData {
    pub label: String,
    pub title: String,
    pub counts: Vec<u64>,
}

/// The chart laid out, ready for the template.
pub struct StackedChart {
    /// Prefix of the element ids, unique in the page.
    pub id: String,
    pub title: String,
    /// The chart in words, for readers who cannot see it.
    pub desc: String,
    pub width: f64,
    pub height: f64,
    pub legend: Vec<LegendKey>,
    pub rows: Vec<ChartRow>,
}

pub struct LegendKey {
    pub y: f64,
    pub colour: &'static str,
    pub text: String,
}

pub struct ChartRow {
    pub label: String,
    pub label_y: f64,
    pub title: String,
    pub segments: Vec<Segment>,
    /// Said in the bar's place when the row counts nothing, and where.
    pub empty: Option<(String, f64)>,
}

pub struct Segment {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub colour: &'static str,
    /// "Present: 12 (40 %)".
    pub title: String,
}

impl StackedChart {
    /// Lay out `rows` over `categories`; `describe` writes one count and its share (in percent)
    /// as the page's language writes them; `none` is said for a row that counts nothing.
    pub fn new(
        id: &str,
        title: &str,
        categories: &[Category],
        rows: Vec<RowData>,
        describe: impl Fn(u64, f64) -> String,
        none: &str,
    ) -> StackedChart {
        let legend: Vec<LegendKey> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| LegendKey {
                y: LEGEND_LINE * i as f64,
                colour: c.colour,
                text: c.name.clone(),
            })
            .collect();
        let top = LEGEND_LINE * categories.len() as f64 + GAP;
        let row_height = LABEL_LINE + BAR + GAP;
        let mut desc = Vec::with_capacity(rows.len());
        let rows: Vec<ChartRow> = rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let y = top + row_height * i as f64;
                let total: u64 = r.counts.iter().sum();
                let mut x = 0.0;
                let mut said = Vec::new();
                let segments = categories
                    .iter()
                    .zip(&r.counts)
                    .filter(|(_, n)| **n > 0)
                    .map(|(c, n)| {
                        let share = 100.0 * *n as f64 / total as f64;
                        let width = (10.0 * WIDTH * *n as f64 / total as f64).round() / 10.0;
                        let words = format!("{}: {}", c.name, describe(*n, share));
                        said.push(words.clone());
                        let s = Segment {
                            x,
                            y: y + LABEL_LINE,
                            width,
                            colour: c.colour,
                            title: words,
                        };
                        x = (10.0 * (x + width)).round() / 10.0;
                        s
                    })
                    .collect();
                let empty = (total == 0).then(|| (none.to_owned(), y + LABEL_LINE + BAR - 4.0));
                if total == 0 {
                    said.push(none.to_owned());
                }
                desc.push(format!("{}: {}", r.label, said.join(", ")));
                ChartRow {
                    label: r.label,
                    label_y: y + LABEL_LINE - 5.0,
                    title: r.title,
                    segments,
                    empty,
                }
            })
            .collect();
        StackedChart {
            id: id.to_owned(),
            title: title.to_owned(),
            desc: desc.join("; "),
            width: WIDTH,
            height: top + row_height * rows.len() as f64,
            legend,
            rows,
        }
    }
}

/// The chart as a file of its own: the same drawing, with the XML declaration.
#[derive(Template)]
#[template(path = "portal/chart.svg")]
pub struct ChartFile<'a> {
    pub chart: &'a StackedChart,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_fill_the_width_in_proportion_and_skip_empty_categories() {
        let categories = [
            Category {
                name: "Yes".into(),
                colour: "#111",
            },
            Category {
                name: "No".into(),
                colour: "#222",
            },
            Category {
                name: "Unknown".into(),
                colour: "#333",
            },
        ];
        let chart = StackedChart::new(
            "c",
            "Answers",
            &categories,
            vec![RowData {
                label: "Objective 1".into(),
                title: "Collect data".into(),
                counts: vec![3, 1, 0],
            }],
            |n, s| format!("{n} ({s}%)"),
            "none",
        );
        let row = &chart.rows[0];
        assert_eq!(row.segments.len(), 2);
        assert_eq!(row.segments[0].width, 315.0);
        assert_eq!(row.segments[1].x, 315.0);
        assert_eq!(row.segments[1].width, 105.0);
        assert_eq!(chart.desc, "Objective 1: Yes: 3 (75%), No: 1 (25%)");
        assert_eq!(chart.legend.len(), 3);
        assert!(row.label_y > chart.legend[2].y);
    }
}
