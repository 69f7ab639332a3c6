//! The maps as files of their own (`/map.svg`, `/explore/map.svg?indicator=…`): the same
//! drawing as in the page with its title, its legend in words and the source of the outlines
//! drawn in, every colour an attribute, so that the file needs no stylesheet.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use mgi_i18n::{Lang, tr};

use super::world::world;
use super::{Map, answers, latest};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::portal::query_values;
use crate::portal::scope::Scope;
use crate::portal::views::IndicatorRef;
use crate::ui::Ui;

/// The margin left of the title and the legend, in map units.
const MARGIN: f32 = 10.0;
/// Where the map starts below the title.
const MAP_TOP: f32 = 40.0;
/// The height of a line of the legend.
const ROW: f32 = 22.0;

/// A line of the legend.
pub struct Row<'a> {
    pub y: f32,
    pub baseline: f32,
    pub fill: &'a str,
    pub text: &'a str,
}

#[derive(Template)]
#[template(path = "portal/map.svg")]
pub struct MapFile<'a> {
    pub map: &'a Map,
    pub lang: &'static str,
    /// The width of the file, and the height of the map in it (the view's proportions).
    pub width: f32,
    pub map_height: f32,
    pub margin: f32,
    pub text_x: f32,
    pub map_top: f32,
    pub legend: Vec<Row<'a>>,
    pub source_y: f32,
    pub height: f32,
    pub source: String,
}

impl<'a> MapFile<'a> {
    pub fn new(map: &'a Map, lang: Lang) -> MapFile<'a> {
        let width = world().width;
        let map_height = (width * map.view.height / map.view.width).round();
        let legend_top = MAP_TOP + map_height + 12.0;
        let legend: Vec<Row<'a>> = map
            .keys
            .iter()
            .enumerate()
            .map(|(i, k)| {
                #[expect(clippy::cast_precision_loss, reason = "a handful of keys")]
                let y = legend_top + ROW * i as f32;
                Row {
                    y,
                    baseline: y + 12.0,
                    fill: &k.fill,
                    text: &k.text,
                }
            })
            .collect();
        #[expect(clippy::cast_precision_loss, reason = "a handful of keys")]
        let source_y = legend_top + ROW * legend.len() as f32 + 14.0;
        MapFile {
            map,
            lang: lang.code(),
            width,
            map_height,
            margin: MARGIN,
            text_x: MARGIN + 22.0,
            map_top: MAP_TOP,
            legend,
            source_y,
            height: source_y + 12.0,
            source: tr!(lang, "portal-map-source"),
        }
    }
}

/// The map as an SVG file named `name` (without its extension).
fn svg(map: &Map, lang: Lang, name: &str) -> WebResult {
    let body = MapFile::new(map, lang)
        .render()
        .map_err(|e| WebError::Server(e.to_string()))?;
    Ok((
        [
            (CONTENT_TYPE, "image/svg+xml; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.svg\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// `name` with only letters, digits, dots and hyphens (anything else a hyphen): a file name
/// that needs no quoting.
fn file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// `GET /map.svg`: the home page's map.
pub async fn home(State(state): State<AppState>, ui: Ui) -> WebResult {
    let published = state.store.published().await?;
    let map = latest::by_latest_round(&ui, &published);
    svg(&map, ui.lang, &format!("mgi-map-{}", ui.lang.code()))
}

/// `GET /explore/map.svg?indicator=…&region=…&level=…`: the map of the explorer's page of the
/// indicator, with the same scope.
pub async fn indicator(
    State(state): State<AppState>,
    ui: Ui,
    RawQuery(query): RawQuery,
) -> WebResult<Response> {
    let lang = ui.lang;
    let query = query.as_deref();
    let id = query_values(query, "indicator")
        .into_iter()
        .next()
        .ok_or(WebError::NotFound)?;
    let fw = state.store.framework();
    if fw.indicator(&id).is_none() {
        return Err(WebError::NotFound);
    }
    let scope = Scope::from_query(lang, query)?;
    let answers = state.store.indicator_answers(&id, &scope.among()).await?;
    let shown = IndicatorRef::new(&ui, fw, &id);
    let map = answers::by_answer(&ui, &shown, &scope, &answers);
    let name = format!("mgi-map-{id}{}-{}", scope.file_suffix(), lang.code());
    svg(&map, lang, &file_name(&name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_keep_to_safe_characters() {
        assert_eq!(
            super::file_name("mgi-map-1.2.3-Africa-fr"),
            "mgi-map-1.2.3-Africa-fr"
        );
        assert_eq!(super::file_name("a\"b c/é"), "a-b-c--");
    }
}
