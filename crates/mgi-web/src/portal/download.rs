//! Every portal view as data: the rows a page shows as CSV or JSON, and its chart as a
//! standalone SVG, asked for with `format=` on the page's own address (`/gcm?level=local&
//! format=csv`). The other parameters are the page's, so a download holds exactly what the page
//! shows.

use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use mgi_i18n::{Lang, tr};

use super::query_values;
use crate::error::WebError;
use crate::ui::Ui;
use crate::views::Link;

/// What a portal address asks for: the page, or its data in one format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Page,
    Csv,
    Json,
    Svg,
}

impl Format {
    const DOWNLOADS: [Format; 3] = [Format::Csv, Format::Json, Format::Svg];

    fn code(self) -> &'static str {
        match self {
            Format::Page => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Svg => "svg",
        }
    }

    /// `format=` of `query`: the page without one; an unknown format is refused.
    pub fn of(lang: Lang, query: Option<&str>) -> Result<Format, WebError> {
        match query_values(query, "format").first() {
            None => Ok(Format::Page),
            Some(asked) => [Format::Page]
                .into_iter()
                .chain(Format::DOWNLOADS)
                .find(|f| f.code() == asked)
                .ok_or_else(|| {
                    WebError::Form(vec![(
                        "format".into(),
                        tr!(lang, "portal-error-format", value = format!("{asked:?}")),
                    )])
                }),
        }
    }
}

/// The rows of a view as its page shows them: the heads of its columns and a row of cells per
/// line, in the page's language. Numbers are written plainly (`1234`, `40.5`) for software to
/// read; `name` is the file's name without extension.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(serde::Serialize)]
struct JsonTable<'a> {
    columns: &'a [String],
    rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl DataTable {
    /// The table as `format` (CSV or JSON), a file to save.
    pub fn answer(&self, format: Format) -> Response {
        match format {
            Format::Json => {
                let rows = self
                    .rows
                    .iter()
                    .map(|row| {
                        self.columns
                            .iter()
                            .cloned()
                            .zip(row.iter().cloned().map(serde_json::Value::String))
                            .collect()
                    })
                    .collect();
                let body = serde_json::to_string_pretty(&JsonTable {
                    columns: &self.columns,
                    rows,
                })
                .unwrap_or_default();
                file(&self.name, "json", "application/json", body)
            }
            _ => {
                let mut out = csv::Writer::from_writer(Vec::new());
                let mut written = out.write_record(&self.columns).is_ok();
                for row in &self.rows {
                    written &= out.write_record(row).is_ok();
                }
                let body = out
                    .into_inner()
                    .ok()
                    .filter(|_| written)
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default();
                file(&self.name, "csv", "text/csv; charset=utf-8", body)
            }
        }
    }
}

/// A standalone SVG drawing as a file to save.
pub fn svg_file(name: &str, body: String) -> Response {
    file(name, "svg", "image/svg+xml", body)
}

fn file(name: &str, extension: &str, content_type: &'static str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"mgi-{name}.{extension}\"");
    (
        [
            (CONTENT_TYPE, content_type.to_owned()),
            (CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// A whole number as a data cell.
pub fn count(n: u64) -> String {
    n.to_string()
}

/// A share in percent as a data cell, one decimal at most.
pub fn share(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// The links to a view's downloads, under what it shows: its address with `format=` set,
/// every other parameter kept. `svg` when the view draws a chart or a map.
pub struct Downloads {
    pub heading: String,
    pub links: Vec<Link>,
}

impl Downloads {
    pub fn new(ui: &Ui, svg: bool) -> Downloads {
        let lang = ui.lang;
        let (path, query) = ui.here.split_once('?').unwrap_or((&ui.here, ""));
        let link = |format: Format, key: &str| {
            let mut q = form_urlencoded::Serializer::new(String::new());
            for (k, v) in form_urlencoded::parse(query.as_bytes()) {
                if k != "format" {
                    q.append_pair(&k, &v);
                }
            }
            q.append_pair("format", format.code());
            Link {
                href: ui.href(&format!("{path}?{}", q.finish())),
                text: mgi_i18n::tr(lang, key),
            }
        };
        let mut links = vec![
            link(Format::Csv, "portal-download-csv"),
            link(Format::Json, "portal-download-json"),
        ];
        if svg {
            links.push(link(Format::Svg, "portal-download-svg"));
        }
        Downloads {
            heading: tr!(lang, "portal-download"),
            links,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_links_keep_the_page_parameters_and_replace_the_format() {
        let ui = Ui::new(Lang::Fr, "/gcm?level=local&format=json");
        let d = Downloads::new(&ui, true);
        let hrefs: Vec<&str> = d.links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(
            hrefs,
            [
                "/fr/gcm?level=local&format=csv",
                "/fr/gcm?level=local&format=json",
                "/fr/gcm?level=local&format=svg"
            ]
        );
    }

    #[test]
    fn formats_are_read_and_an_unknown_one_is_refused() {
        assert_eq!(Format::of(Lang::En, None).ok(), Some(Format::Page));
        assert_eq!(
            Format::of(Lang::En, Some("level=local&format=csv")).ok(),
            Some(Format::Csv)
        );
        assert!(matches!(
            Format::of(Lang::En, Some("format=xls")),
            Err(WebError::Form(fields)) if fields[0].0 == "format"
        ));
    }

    #[test]
    fn shares_are_written_plainly() {
        assert_eq!(share(40.0), "40");
        assert_eq!(share(33.333), "33.3");
        assert_eq!(count(1234), "1234");
    }
}
