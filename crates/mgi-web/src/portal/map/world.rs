//! The country outlines the maps draw: Natural Earth's countries at 1:110m, projected once with
//! the Equal Earth projection by `scripts/map-data/run` into `data/world-110m.json` (see
//! `data/world-110m.NOTICE`), embedded here and read once.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// The M49 codes of the territories with an outline but no permanent population, which would
/// stretch the frame of their region: the French Southern Territories (Africa in M49), far
/// south in the Indian Ocean.
const UNINHABITED: [u16; 1] = [260];

/// A country's outline, in the map's coordinates (0 to [`World::width`], 0 to
/// [`World::height`], y downwards).
#[derive(Debug, Deserialize)]
pub struct Shape {
    /// Its UN M49 (ISO 3166-1 numeric) code; none for the few shapes Natural Earth draws
    /// without one (Kosovo, Northern Cyprus, Somaliland).
    pub m49: Option<u16>,
    /// SVG path data.
    pub d: String,
    /// The centroid of its largest polygon: where the localities of the country are placed.
    pub anchor: [f32; 2],
    /// The box of its largest polygon (left, top, right, bottom): what a map of its region
    /// frames (so that Russia's far east or the islands of Fiji across the date line do not
    /// stretch the frame).
    #[serde(rename = "box")]
    pub main: [f32; 4],
}

/// Every outline, and the country each belongs to.
#[derive(Debug, Default)]
pub struct World {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
    /// The shape of each country of `data/m49.csv` that has one, by its alpha-3 code.
    by_iso3: HashMap<&'static str, usize>,
    /// The UN M49 region of each shape, when `data/m49.csv` has its country.
    regions: Vec<Option<&'static str>>,
}

#[derive(Deserialize, Default)]
struct File {
    width: f32,
    height: f32,
    countries: Vec<Shape>,
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    let file: File = serde_json::from_str(include_str!("../../../../../data/world-110m.json"))
        .unwrap_or_else(|e| {
            // The file is part of the build and a test reads it; a map without countries is
            // still a page.
            tracing::error!(error = %e, "data/world-110m.json does not parse");
            File::default()
        });
    let entries: Vec<_> = file
        .countries
        .iter()
        .map(|s| s.m49.and_then(mgi_model::m49_by_number))
        .collect();
    let by_iso3 = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.as_ref()?.iso3.as_str(), i)))
        .collect();
    World {
        width: file.width,
        height: file.height,
        shapes: file.countries,
        by_iso3,
        regions: entries
            .iter()
            .map(|e| e.map(|e| e.region.as_str()))
            .collect(),
    }
});

/// The outlines, read on first use.
pub fn world() -> &'static World {
    &WORLD
}

impl World {
    /// The index in [`World::shapes`] of the outline of the country `iso3` (ISO 3166-1
    /// alpha-3); `None` for a code M49 does not know, or a country too small to be drawn at
    /// this scale.
    pub fn shape_of(&self, iso3: &str) -> Option<usize> {
        self.by_iso3.get(iso3).copied()
    }

    /// The box around the main polygons of the countries of a UN M49 region (left, top, right,
    /// bottom), leaving out the territories without a permanent population; `None` for a
    /// region no outline belongs to.
    pub fn region_box(&self, region: &str) -> Option<[f32; 4]> {
        self.shapes
            .iter()
            .zip(&self.regions)
            .filter(|(s, r)| {
                **r == Some(region) && !s.m49.is_some_and(|n| UNINHABITED.contains(&n))
            })
            .map(|(s, _)| s.main)
            .reduce(|a, b| {
                [
                    a[0].min(b[0]),
                    a[1].min(b[1]),
                    a[2].max(b[2]),
                    a[3].max(b[3]),
                ]
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlines_are_read_and_placed_inside_the_map() {
        let w = world();
        assert!(
            w.width > 900.0 && w.height > 400.0,
            "{} × {}",
            w.width,
            w.height
        );
        assert_eq!(
            w.shapes.len(),
            176,
            "Natural Earth 1:110m without Antarctica"
        );
        for s in &w.shapes {
            assert!(s.d.starts_with('M') && s.d.ends_with('z'), "{:?}", s.m49);
            let [x, y] = s.anchor;
            assert!((0.0..=w.width).contains(&x) && (0.0..=w.height).contains(&y));
        }
        let mongolia = w.shape_of("MNG").expect("Mongolia");
        assert_eq!(w.shapes[mongolia].m49, Some(496));
        // Mongolia lies north of the equator, east of Greenwich: the upper right quarter.
        let [x, y] = w.shapes[mongolia].anchor;
        assert!(x > w.width / 2.0 && y < w.height / 2.0, "{x}, {y}");
        assert_eq!(w.shape_of("ATA"), None, "Antarctica is left out");
        assert_eq!(w.shape_of("ZZZ"), None);
        assert_eq!(w.shapes.iter().filter(|s| s.m49.is_none()).count(), 3);
        let [left, top, right, bottom] = w.shapes[mongolia].main;
        assert!(
            left < x && x < right && top < y && y < bottom,
            "the anchor is in the box"
        );
    }

    #[test]
    fn a_region_is_framed_by_its_countries() {
        let w = world();
        let africa = w.region_box("Africa").expect("Africa");
        let within = |iso3: &str| {
            let b = w.shapes[w.shape_of(iso3).expect(iso3)].main;
            africa[0] <= b[0] && africa[1] <= b[1] && b[2] <= africa[2] && b[3] <= africa[3]
        };
        assert!(["SEN", "SOM", "TUN", "ZAF", "MDG"].into_iter().all(within));
        assert!(!within("BRA") && !within("ESP") && !within("ATF"));
        assert!(
            africa[2] - africa[0] < w.width / 3.0,
            "Africa is a part of the world: {africa:?}"
        );
        assert_eq!(w.region_box("Atlantis"), None);
    }

    /// Every country of `data/m49.csv` with an outline at 1:110m maps to it, and the others
    /// are the small ones listed here, and Antarctica, which the maps leave out (they appear in
    /// the lists beside the maps only).
    #[test]
    fn every_m49_country_with_an_outline_finds_it() {
        let w = world();
        let csv = include_str!("../../../../../data/m49.csv");
        let mut without = Vec::new();
        let mut with = 0;
        for line in csv.lines().skip(1) {
            let iso3 = line.split(',').next().unwrap_or_default();
            let entry = mgi_model::m49(iso3).expect("an M49 entry");
            match w.shape_of(iso3) {
                Some(i) => {
                    assert_eq!(w.shapes[i].m49, Some(entry.number), "{iso3}");
                    with += 1;
                }
                None => without.push(iso3),
            }
        }
        // Every coded outline but Taiwan's (not a row of M49) belongs to a row of the table.
        let coded = w.shapes.iter().filter(|s| s.m49.is_some()).count();
        assert_eq!(with, coded - 1);
        assert_eq!(
            without,
            [
                "ABW", "AIA", "ALA", "AND", "ASM", "ATA", "ATG", "BES", "BHR", "BLM", "BMU", "BRB",
                "BVT", "CCK", "COK", "COM", "CPV", "CUW", "CXR", "CYM", "DMA", "FRO", "FSM", "GGY",
                "GIB", "GLP", "GRD", "GUF", "GUM", "HKG", "HMD", "IMN", "IOT", "JEY", "KIR", "KNA",
                "LCA", "LIE", "MAC", "MAF", "MCO", "MDV", "MHL", "MLT", "MNP", "MSR", "MTQ", "MUS",
                "MYT", "NFK", "NIU", "NRU", "PCN", "PLW", "PYF", "REU", "SGP", "SGS", "SHN", "SJM",
                "SMR", "SPM", "STP", "SXM", "SYC", "TCA", "TKL", "TON", "TUV", "UMI", "VAT", "VCT",
                "VGB", "VIR", "WLF", "WSM",
            ],
            "M49 countries and areas without an outline at 1:110m (French Guiana is drawn with France)"
        );
    }
}
