//! Names the portal pages share: answer values, kinds of finding, changes between rounds,
//! regions and domains, in the request's language.

use mgi_framework::Framework;
use mgi_i18n::Localise;
use mgi_i18n::{Lang, tr};
use mgi_model::AnswerValue;

use crate::html::{escape, label};

/// A value of the scale, or a dash for none.
pub fn value_or_dash(lang: Lang, v: Option<AnswerValue>) -> String {
    v.map_or_else(|| "—".to_owned(), |v| v.localise(lang))
}

/// The name of a UN M49 region; anything else as stored.
pub fn region(lang: Lang, region: &str) -> String {
    match region {
        "Africa" => tr!(lang, "portal-region-africa"),
        "Americas" => tr!(lang, "portal-region-americas"),
        "Asia" => tr!(lang, "portal-region-asia"),
        "Europe" => tr!(lang, "portal-region-europe"),
        "Oceania" => tr!(lang, "portal-region-oceania"),
        other => other.to_owned(),
    }
}

/// The name of the domain `id` (HTML) in the newest set that has it; the id itself, escaped,
/// when no set does.
pub fn domain(lang: Lang, fw: &Framework, id: &str) -> String {
    fw.sets
        .iter()
        .rev()
        .flat_map(|set| &set.domains)
        .find(|d| d.id == id)
        .map_or_else(|| escape(id), |d| label(lang, &d.name))
}
