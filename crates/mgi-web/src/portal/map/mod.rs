//! The portal's maps: a world map drawn on the server as SVG (no script), every country an
//! outline from [`world`]. A jurisdiction with a published profile is painted by its category
//! (the year of its latest round on the home page, its answer in the explorer), linked to its
//! profile and named in a tooltip; a locality is a dot at its country's anchor. The legend says
//! each category in words, and the page's list of jurisdictions beside the map is its text
//! equivalent. The same [`Map`] is drawn in the page (`partials/map.html`) and as a file of its
//! own ([`download`]), with its colours as attributes, never classes of the stylesheet.

pub mod answers;
pub mod download;
pub mod frame;
pub mod latest;
pub mod world;

use std::collections::{BTreeMap, HashMap};

use mgi_i18n::{Lang, tr};
use mgi_model::JurisdictionKind;

pub use frame::{Sizes, View};

use crate::ui::Ui;
use crate::views::Link;
use world::world;

/// How a category is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Solid(&'static str),
    /// Diagonal stripes of `ink` on `ground`: told apart from solid colours without colour.
    Stripes {
        ink: &'static str,
        ground: &'static str,
    },
    /// Dots of `ink` on `ground`.
    Dots {
        ink: &'static str,
        ground: &'static str,
    },
}

/// The grey of the countries the map does not colour.
const NONE_FILL: &str = "#e3e6ea";
pub const NONE: Paint = Paint::Solid(NONE_FILL);

/// A category of the map as its legend and its shapes use it.
pub struct Key {
    /// The `fill` attribute: a colour, or the pattern's address in the document.
    pub fill: String,
    /// The pattern the fill refers to, written once in the map's `<defs>`.
    pub pattern: Option<Pattern>,
    /// The category in words.
    pub text: String,
}

/// A pattern of a key: stripes, or dots.
pub struct Pattern {
    pub id: String,
    pub ink: &'static str,
    pub ground: &'static str,
    pub dots: bool,
}

impl Key {
    fn new(index: usize, paint: Paint, text: String) -> Key {
        let (fill, pattern) = match paint {
            Paint::Solid(colour) => (colour.to_owned(), None),
            Paint::Stripes { ink, ground } | Paint::Dots { ink, ground } => {
                let id = format!("map-pattern-{index}");
                (
                    format!("url(#{id})"),
                    Some(Pattern {
                        id,
                        ink,
                        ground,
                        dots: matches!(paint, Paint::Dots { .. }),
                    }),
                )
            }
        };
        Key {
            fill,
            pattern,
            text,
        }
    }
}

/// Where a shape or a dot leads, and what its tooltip says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub href: String,
    pub title: String,
}

/// A country's outline on the map: its key (an index into [`Map::keys`]) and, for a
/// jurisdiction shown, where it leads.
pub struct Outline {
    pub d: &'static str,
    pub key: usize,
    pub target: Option<Target>,
}

/// A locality on the map.
pub struct Dot {
    pub x: f32,
    pub y: f32,
    pub key: usize,
    pub target: Target,
}

/// A map, ready for its templates.
pub struct Map {
    /// Its accessible name and the title of the file.
    pub title: String,
    /// What it shows, in a sentence, and where its text equivalent is.
    pub desc: String,
    pub view: View,
    pub sizes: Sizes,
    /// The countries not shown first, so that the edges of those shown are drawn over them.
    pub outlines: Vec<Outline>,
    pub dots: Vec<Dot>,
    /// The categories, the last one for the countries not shown.
    pub keys: Vec<Key>,
    /// "Too small to draw at this scale: Malta.": the jurisdictions the legend counts that
    /// have no outline at this scale (nor their country, for a locality).
    pub not_drawn: Option<String>,
    /// The map as a file of its own.
    pub download: Link,
}

impl Map {
    /// The `fill` attribute of key `key` (the grey of [`NONE`] for a key the map does not
    /// have, which [`draw`] never makes). By reference, as templates call it.
    pub fn fill(&self, key: &usize) -> &str {
        self.keys.get(*key).map_or(NONE_FILL, |k| k.fill.as_str())
    }
}

/// A jurisdiction the map shows: its code, its kind, its key and its target.
pub struct Placed {
    pub code: String,
    /// Its name in the reader's language.
    pub name: String,
    pub kind: JurisdictionKind,
    pub key: usize,
    pub target: Target,
}

/// A jurisdiction's latest published round, as the lists the maps are drawn from give it.
pub struct Round<'a> {
    pub code: &'a str,
    /// Its name as stored.
    pub name: &'a str,
    pub kind: JurisdictionKind,
    pub year: i64,
}

impl Placed {
    /// `round` in key `key`, linked to its profile; its tooltip names it and says `what` its
    /// category is.
    pub fn round(ui: &Ui, round: &Round<'_>, key: usize, what: String) -> Placed {
        let lang = ui.lang;
        let name = mgi_model::name_in(round.code, round.name, lang.code());
        let name = match round.kind {
            JurisdictionKind::Country => name.to_owned(),
            JurisdictionKind::Locality => format!("{name} {}", tr!(lang, "portal-home-local")),
        };
        Placed {
            code: round.code.to_owned(),
            name: name.clone(),
            kind: round.kind,
            key,
            target: Target {
                href: ui.href(&format!("/profiles/{}/{}", round.code, round.year)),
                title: tr!(lang, "portal-map-shape", name = name, what = what),
            },
        }
    }
}

/// The words of a map.
pub struct Caption {
    pub lang: Lang,
    pub title: String,
    pub desc: String,
    /// The category of the countries not shown.
    pub none: String,
}

impl Caption {
    fn not_drawn(&self, names: &[&str]) -> String {
        tr!(self.lang, "portal-map-not-drawn", names = names.join(", "))
    }
}

/// How far apart the localities of one country are spread around its anchor, in map units.
const SPREAD: f32 = 8.0;

/// The map of `placed` (each with the index of its key in `keys`), framing `view`. A country
/// without an outline at this scale, and a locality of such a country, is left out: the list
/// beside the map names it.
pub fn draw(
    caption: Caption,
    keys: Vec<(Paint, String)>,
    placed: &[Placed],
    download: Link,
    view: View,
) -> Map {
    let world = world();
    let sizes = Sizes::of(&view);
    let none = keys.len();
    let mut countries: HashMap<usize, (usize, &Target)> = HashMap::new();
    let mut localities: BTreeMap<usize, Vec<&Placed>> = BTreeMap::new();
    let mut not_drawn = Vec::new();
    for p in placed {
        let country = p.code.split('-').next().unwrap_or_default();
        let Some(shape) = world.shape_of(country) else {
            not_drawn.push(p.name.as_str());
            continue;
        };
        match p.kind {
            JurisdictionKind::Country => {
                countries.insert(shape, (p.key.min(none), &p.target));
            }
            JurisdictionKind::Locality => localities.entry(shape).or_default().push(p),
        }
    }
    let (shown, not_shown): (Vec<_>, Vec<_>) = world
        .shapes
        .iter()
        .enumerate()
        .map(|(i, s)| match countries.get(&i) {
            Some((key, target)) => Outline {
                d: &s.d,
                key: *key,
                target: Some((*target).clone()),
            },
            None => Outline {
                d: &s.d,
                key: none,
                target: None,
            },
        })
        .partition(|o| o.target.is_some());
    let mut dots = Vec::new();
    for (shape, mut list) in localities {
        list.sort_by(|a, b| a.code.cmp(&b.code));
        let [x, y] = world.shapes[shape].anchor;
        for (n, p) in list.into_iter().enumerate() {
            let (dx, dy) = spread(n, view.width / world.width);
            dots.push(Dot {
                x: tenth(x + dx),
                y: tenth(y + dy),
                key: p.key.min(none),
                target: p.target.clone(),
            });
        }
    }
    not_drawn.sort_unstable();
    let not_drawn = (!not_drawn.is_empty()).then(|| caption.not_drawn(&not_drawn));
    let keys = keys
        .into_iter()
        .chain(std::iter::once((NONE, caption.none)))
        .enumerate()
        .map(|(i, (paint, text))| Key::new(i, paint, text))
        .collect();
    Map {
        title: caption.title,
        desc: caption.desc,
        view,
        sizes,
        outlines: not_shown.into_iter().chain(shown).collect(),
        dots,
        keys,
        not_drawn,
        download,
    }
}

/// Where the `n`-th locality of a country goes from its anchor, at `scale` (the view's units
/// per world unit): the first on it, the next ones on a sunflower's spiral (each at the golden
/// angle from the last, its distance growing as the square root of `n`), so that any number of
/// them stay apart and near the country.
fn spread(n: usize, scale: f32) -> (f32, f32) {
    const GOLDEN_ANGLE: f32 = 2.399_963;
    #[expect(clippy::cast_precision_loss, reason = "a count of localities")]
    let n = n as f32;
    let r = SPREAD * scale * n.sqrt();
    let a = n * GOLDEN_ANGLE;
    (r * a.cos(), r * a.sin())
}

/// `x` to a tenth, as the outlines are.
pub(super) fn tenth(x: f32) -> f32 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(code: &str, kind: JurisdictionKind, key: usize) -> Placed {
        Placed {
            code: code.into(),
            name: format!("Name of {code}"),
            kind,
            key,
            target: Target {
                href: format!("/profiles/{code}/2023"),
                title: code.into(),
            },
        }
    }

    #[test]
    fn participants_are_painted_linked_and_drawn_last() {
        let map = draw(
            Caption {
                lang: Lang::En,
                title: "t".into(),
                desc: "d".into(),
                none: "none".into(),
            },
            vec![(Paint::Solid("#111111"), "one".into())],
            &[
                placed("MNG", JurisdictionKind::Country, 0),
                placed("TUV", JurisdictionKind::Country, 0),
                placed("GHA-accra", JurisdictionKind::Locality, 0),
                placed("GHA-kumasi", JurisdictionKind::Locality, 0),
            ],
            Link {
                href: "/map.svg".into(),
                text: "download".into(),
            },
            View::world(),
        );
        assert_eq!(map.outlines.len(), world().shapes.len());
        let shown: Vec<_> = map.outlines.iter().filter(|o| o.target.is_some()).collect();
        assert_eq!(shown.len(), 1, "Tuvalu has no outline at this scale");
        assert_eq!(
            map.not_drawn.as_deref(),
            Some("Too small to draw at this scale: Name of TUV."),
            "the legend counts it: the caption says why it is not on the map"
        );
        assert_eq!(
            map.outlines.last().and_then(|o| o.target.as_ref()),
            Some(&placed("MNG", JurisdictionKind::Country, 0).target)
        );
        assert!(
            map.outlines[..map.outlines.len() - 1]
                .iter()
                .all(|o| o.key == 1 && o.target.is_none())
        );
        assert_eq!(map.keys.len(), 2);
        assert_eq!(
            (map.keys[1].fill.as_str(), map.keys[1].text.as_str()),
            ("#e3e6ea", "none")
        );
        // Two cities of Ghana: the first at the anchor, the second beside it.
        let ghana = world().shapes[world().shape_of("GHA").expect("Ghana")].anchor;
        assert_eq!(map.dots.len(), 2);
        assert_eq!((map.dots[0].x, map.dots[0].y), (ghana[0], ghana[1]));
        let (dx, dy) = (map.dots[1].x - ghana[0], map.dots[1].y - ghana[1]);
        assert!(
            ((dx * dx + dy * dy).sqrt() - SPREAD).abs() < 0.2,
            "{dx}, {dy}"
        );
        assert_eq!(map.dots[1].target.href, "/profiles/GHA-kumasi/2023");
    }

    #[test]
    fn patterns_are_named_by_their_key() {
        let key = Key::new(
            2,
            Paint::Dots {
                ink: "#555555",
                ground: "#ffffff",
            },
            "dots".into(),
        );
        assert_eq!(key.fill, "url(#map-pattern-2)");
        let p = key.pattern.expect("pattern");
        assert_eq!(
            (p.id.as_str(), p.ink, p.ground, p.dots),
            ("map-pattern-2", "#555555", "#ffffff", true)
        );
    }

    #[test]
    fn many_localities_of_one_country_stay_apart() {
        let points: Vec<_> = (0..200).map(|n| spread(n, 1.0)).collect();
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(d > 5.0, "{a:?} {b:?}");
            }
        }
        assert!(
            points
                .iter()
                .all(|(x, y)| (x * x + y * y).sqrt() < SPREAD * 15.0)
        );
        assert_eq!(spread(3, 0.5).0, spread(3, 1.0).0 / 2.0);
    }
}
