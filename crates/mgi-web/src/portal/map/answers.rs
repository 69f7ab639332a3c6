//! The explorer's map of one indicator: every jurisdiction whose latest published round speaks
//! to it (the jurisdictions the page lists, over all its pages and within its scope), painted
//! by its answer, linked to that round's profile.

use mgi_i18n::{Lang, Localise, tr};
use mgi_model::{AnswerValue, JurisdictionKind};
use mgi_store::IndicatorAnswer;

use super::{Caption, Map, Paint, Placed, Round, View, draw};
use crate::portal::labels;
use crate::portal::scope::Scope;
use crate::portal::views::IndicatorRef;
use crate::ui::Ui;
use crate::views::Link;

/// What the map paints a jurisdiction by: its answer, or none (it speaks to the indicator by
/// findings only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Answer(AnswerValue),
    NotAssessed,
}

/// The categories in the legend's order.
const CATEGORIES: [Category; 6] = [
    Category::Answer(AnswerValue::Present),
    Category::Answer(AnswerValue::Partial),
    Category::Answer(AnswerValue::Absent),
    Category::Answer(AnswerValue::NotApplicable),
    Category::Answer(AnswerValue::Unknown),
    Category::NotAssessed,
];

impl Category {
    pub fn of(value: Option<AnswerValue>) -> Category {
        value.map_or(Category::NotAssessed, Category::Answer)
    }

    /// The answer values' colours of the design system (the tags' borders), made solid enough
    /// for a map: dark for present, stripes for partial, a lighter red for absent, grey for not
    /// applicable; unknown and no answer as patterns, so that none relies on colour alone.
    pub fn paint(self) -> Paint {
        match self {
            Category::Answer(AnswerValue::Present) => Paint::Solid("#1e6b3a"),
            Category::Answer(AnswerValue::Partial) => Paint::Stripes {
                ink: "#8a5a00",
                ground: "#fdf0d0",
            },
            Category::Answer(AnswerValue::Absent) => Paint::Solid("#d9756e"),
            Category::Answer(AnswerValue::NotApplicable) => Paint::Solid("#8a8a8a"),
            Category::Answer(AnswerValue::Unknown) => Paint::Stripes {
                ink: "#555555",
                ground: "#ffffff",
            },
            Category::NotAssessed => Paint::Dots {
                ink: "#555555",
                ground: "#ffffff",
            },
        }
    }

    fn text(self, lang: Lang) -> String {
        match self {
            Category::Answer(value) => value.localise(lang),
            Category::NotAssessed => tr!(lang, "portal-map-not-assessed"),
        }
    }
}

/// The map of `indicator` from its answers ([`mgi_store::Store::indicator_answers`]) within
/// `scope`; the legend lists the categories found.
pub fn by_answer(
    ui: &Ui,
    indicator: &IndicatorRef,
    scope: &Scope,
    answers: &[IndicatorAnswer],
) -> Map {
    let region = scope.region.as_str();
    let lang = ui.lang;
    let found: Vec<(Category, usize)> = CATEGORIES
        .iter()
        .map(|c| {
            (
                *c,
                answers
                    .iter()
                    .filter(|a| Category::of(a.value) == *c)
                    .count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let placed: Vec<Placed> = answers
        .iter()
        .map(|a| {
            let category = Category::of(a.value);
            let key = found
                .iter()
                .position(|(c, _)| *c == category)
                .unwrap_or(found.len());
            let round = Round {
                code: &a.jurisdiction,
                name: &a.name,
                kind: a.kind,
                year: a.year,
            };
            Placed::round(ui, &round, key, category.text(lang))
        })
        .collect();
    let keys = found
        .iter()
        .map(|(c, n)| {
            (
                c.paint(),
                tr!(lang, "portal-map-key", what = c.text(lang), count = *n),
            )
        })
        .collect();
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("indicator", &indicator.id);
    scope.append_to(&mut query);
    let (mut desc, none) = if region.is_empty() {
        (
            tr!(lang, "portal-map-answers-desc"),
            tr!(lang, "portal-map-answers-none"),
        )
    } else {
        let region = labels::region(lang, region);
        (
            tr!(
                lang,
                "portal-map-answers-desc-region",
                region = region.as_str()
            ),
            tr!(lang, "portal-map-answers-none-region", region = region),
        )
    };
    if let Some(kind) = scope.kind {
        desc = format!("{desc} {}", only(lang, kind));
    }
    draw(
        Caption {
            lang,
            title: tr!(
                lang,
                "portal-map-answers-title",
                name = indicator.text.as_str()
            ),
            desc,
            none,
        },
        keys,
        &placed,
        Link {
            href: ui.href(&format!("/explore/map.svg?{}", query.finish())),
            text: tr!(lang, "portal-map-download"),
        },
        if region.is_empty() {
            View::world()
        } else {
            View::region(region)
        },
    )
}

/// The sentence that says the map shows one level only.
fn only(lang: Lang, kind: JurisdictionKind) -> String {
    match kind {
        JurisdictionKind::Country => tr!(lang, "portal-map-only-countries"),
        JurisdictionKind::Locality => tr!(lang, "portal-map-only-localities"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_category_has_its_own_paint() {
        let mut paints: Vec<String> = CATEGORIES
            .iter()
            .map(|c| format!("{:?}", c.paint()))
            .collect();
        paints.push(format!("{:?}", super::super::NONE));
        paints.sort();
        paints.dedup();
        assert_eq!(paints.len(), CATEGORIES.len() + 1);
        assert_eq!(Category::of(None), Category::NotAssessed);
        assert_eq!(
            Category::of(Some(AnswerValue::Absent)).text(Lang::Fr),
            "pas en place"
        );
    }
}
