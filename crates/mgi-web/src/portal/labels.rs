//! Names the portal pages share: regions and domains, in the request's language.

use mgi_framework::{Domain, Framework};
use mgi_i18n::{Lang, tr};

use crate::views::DomainTag;

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

/// The domain `id` in the newest set that has it.
fn find_domain<'a>(fw: &'a Framework, id: &str) -> Option<&'a Domain> {
    fw.sets
        .iter()
        .rev()
        .flat_map(|set| &set.domains)
        .find(|d| d.id == id)
}

/// The domain `id` as a tag (its number, name and colour) from the newest set that has it.
pub fn domain_tag(lang: Lang, fw: &Framework, id: &str) -> Option<DomainTag> {
    find_domain(fw, id).map(|d| DomainTag::new(lang, d))
}
