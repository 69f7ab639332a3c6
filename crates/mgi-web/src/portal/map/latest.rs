//! The home page's map: every country and locality with a published profile, painted by the
//! year of its latest published round (the newest year, the year before it, and every earlier
//! one together), linked to that round's profile.

use std::collections::BTreeMap;

use mgi_i18n::{Lang, tr};
use mgi_store::PublishedEntry;

use super::{Caption, Map, Paint, Placed, Round, View, draw};
use crate::ui::Ui;
use crate::views::Link;

/// The paints of the bands, newest first: the brand's blue, a lighter one, and stripes of it
/// for every earlier year. Recency only: the map ranks no one.
const PAINTS: [Paint; 3] = [
    Paint::Solid("#0d3b66"),
    Paint::Solid("#3d74b0"),
    Paint::Stripes {
        ink: "#3d74b0",
        ground: "#dce7f3",
    },
];

/// A band of years of the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Band {
    Year(i64),
    /// This year and every earlier one.
    UpTo(i64),
}

impl Band {
    fn holds(self, year: i64) -> bool {
        match self {
            Band::Year(y) => year == y,
            Band::UpTo(y) => year <= y,
        }
    }

    fn text(self, lang: Lang, count: usize) -> String {
        let what = match self {
            Band::Year(year) => tr!(lang, "portal-map-latest", year = year.to_string()),
            Band::UpTo(year) => tr!(lang, "portal-map-latest-earlier", year = year.to_string()),
        };
        tr!(lang, "portal-map-key", what = what, count = count)
    }
}

/// The bands of the years given (any order, repeats allowed): one per year for the two newest,
/// then one for all the others.
fn bands(years: impl IntoIterator<Item = i64>) -> Vec<Band> {
    let mut years: Vec<i64> = years.into_iter().collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    match years.as_slice() {
        [a, b, c] => vec![Band::Year(*a), Band::Year(*b), Band::Year(*c)],
        [a, b, c, ..] => vec![Band::Year(*a), Band::Year(*b), Band::UpTo(*c)],
        few => few.iter().map(|y| Band::Year(*y)).collect(),
    }
}

/// The map of the home page, from every published round ([`mgi_store::Store::published`]).
pub fn by_latest_round(ui: &Ui, published: &[PublishedEntry]) -> Map {
    let lang = ui.lang;
    let mut latest: BTreeMap<&str, &PublishedEntry> = BTreeMap::new();
    for e in published {
        let newest = latest.entry(e.jurisdiction.as_str()).or_insert(e);
        if e.year > newest.year {
            *newest = e;
        }
    }
    let bands = bands(latest.values().map(|e| e.year));
    let band_of = |year: i64| {
        bands
            .iter()
            .position(|b| b.holds(year))
            .unwrap_or(bands.len())
    };
    let placed: Vec<Placed> = latest
        .values()
        .map(|e| {
            let round = Round {
                code: &e.jurisdiction,
                name: &e.name,
                kind: e.kind,
                year: e.year,
            };
            let what = tr!(lang, "portal-map-latest", year = e.year.to_string());
            Placed::round(ui, &round, band_of(e.year), what)
        })
        .collect();
    let keys = bands
        .iter()
        .zip(PAINTS)
        .enumerate()
        .map(|(i, (band, paint))| {
            let count = placed.iter().filter(|p| p.key == i).count();
            (paint, band.text(lang, count))
        })
        .collect();
    draw(
        Caption {
            lang,
            title: tr!(lang, "portal-map-home-title"),
            desc: tr!(lang, "portal-map-home-desc"),
            none: tr!(lang, "portal-map-none"),
        },
        keys,
        &placed,
        Link {
            href: ui.href("/map.svg"),
            text: tr!(lang, "portal-map-download"),
        },
        View::world(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_newest_years_have_a_band_each_and_the_rest_share_one() {
        assert_eq!(bands([]), []);
        assert_eq!(bands([2023, 2023]), [Band::Year(2023)]);
        assert_eq!(
            bands([2019, 2023, 2021]),
            [Band::Year(2023), Band::Year(2021), Band::Year(2019)]
        );
        let four = bands([2016, 2019, 2023, 2021, 2016]);
        assert_eq!(four, [Band::Year(2023), Band::Year(2021), Band::UpTo(2019)]);
        assert!(four[2].holds(2016) && !four[2].holds(2021));
        assert_eq!(
            Band::UpTo(2019).text(Lang::En, 2),
            "latest round 2019 or earlier (2)"
        );
    }
}
