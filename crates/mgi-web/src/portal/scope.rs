//! Which jurisdictions the explorer covers: one UN M49 region or all, countries or localities
//! or both. Read once from the query (`region=`, `level=national|local`), refused by field when
//! unknown, written back into the pager and download links, and offered as a form.

use mgi_framework::Level;
use mgi_i18n::{Lang, tr};
use mgi_model::{JurisdictionKind, M49_REGIONS};
use mgi_store::Among;

use super::{aggregates, labels, query_values};
use crate::error::{WebError, WebResult};
use crate::ui::Ui;
use crate::views::Choice;

/// The jurisdictions a view covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// A UN M49 region, empty for all.
    pub region: String,
    /// Countries or localities only; None for both.
    pub kind: Option<JurisdictionKind>,
}

/// The code of a level in the query, as the GCM and SDG pages write it.
fn level_code(kind: JurisdictionKind) -> &'static str {
    aggregates::level_code(match kind {
        JurisdictionKind::Country => Level::National,
        JurisdictionKind::Locality => Level::Local,
    })
}

const KINDS: [JurisdictionKind; 2] = [JurisdictionKind::Country, JurisdictionKind::Locality];

impl Scope {
    /// The scope a query asks for; an unknown region or level is refused at its field.
    pub fn from_query(lang: Lang, query: Option<&str>) -> WebResult<Scope> {
        let first = |name: &str| {
            query_values(query, name)
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        let region = first("region");
        if !region.is_empty() && !M49_REGIONS.contains(&region.as_str()) {
            return Err(WebError::Form(vec![(
                "region".into(),
                tr!(lang, "portal-error-region", value = format!("{region:?}")),
            )]));
        }
        let level = first("level");
        let kind = match level.as_str() {
            "" => None,
            code => Some(
                KINDS
                    .into_iter()
                    .find(|k| level_code(*k) == code)
                    .ok_or_else(|| {
                        WebError::Form(vec![(
                            "level".into(),
                            tr!(lang, "portal-error-level", value = format!("{code:?}")),
                        )])
                    })?,
            ),
        };
        Ok(Scope { region, kind })
    }

    /// The same jurisdictions, as the store reads them.
    pub fn among(&self) -> Among {
        Among {
            region: (!self.region.is_empty()).then(|| self.region.clone()),
            kind: self.kind,
        }
    }

    /// Adds the region and level to a query, each only when it narrows the view.
    pub fn append_to(&self, query: &mut form_urlencoded::Serializer<'_, String>) {
        if !self.region.is_empty() {
            query.append_pair("region", &self.region);
        }
        if let Some(kind) = self.kind {
            query.append_pair("level", level_code(kind));
        }
    }

    /// A part of a file name for this scope: `-Africa-local`, or nothing for all.
    pub fn file_suffix(&self) -> String {
        let mut suffix = String::new();
        if !self.region.is_empty() {
            suffix = format!("-{}", self.region);
        }
        if let Some(kind) = self.kind {
            suffix = format!("{suffix}-{}", level_code(kind));
        }
        suffix
    }

    /// The form's choices: every region, then both levels, this scope's selected.
    pub fn form(&self, ui: &Ui, action: &str) -> ScopeForm {
        let lang = ui.lang;
        let all = |key: &str, selected: bool| Choice {
            value: String::new(),
            label: mgi_i18n::tr(lang, key),
            selected,
        };
        ScopeForm {
            action: ui.href(action),
            regions: std::iter::once(all("portal-region-all", self.region.is_empty()))
                .chain(M49_REGIONS.iter().map(|r| Choice {
                    value: (*r).to_owned(),
                    label: labels::region(lang, r),
                    selected: *r == self.region,
                }))
                .collect(),
            levels: std::iter::once(all("portal-level-all", self.kind.is_none()))
                .chain(KINDS.into_iter().map(|k| Choice {
                    value: level_code(k).to_owned(),
                    label: level_name(lang, k),
                    selected: Some(k) == self.kind,
                }))
                .collect(),
        }
    }
}

/// "Countries" or "Localities", as a choice in the form.
fn level_name(lang: Lang, kind: JurisdictionKind) -> String {
    match kind {
        JurisdictionKind::Country => tr!(lang, "portal-level-countries-only"),
        JurisdictionKind::Locality => tr!(lang, "portal-level-localities-only"),
    }
}

/// The form that narrows the explorer to a region and a level.
pub struct ScopeForm {
    pub action: String,
    pub regions: Vec<Choice>,
    pub levels: Vec<Choice>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_reads_back_what_it_writes() {
        let scope = Scope {
            region: "Africa".into(),
            kind: Some(JurisdictionKind::Locality),
        };
        let mut query = form_urlencoded::Serializer::new(String::new());
        scope.append_to(&mut query);
        let query = query.finish();
        assert_eq!(query, "region=Africa&level=local");
        assert_eq!(Scope::from_query(Lang::En, Some(&query)).ok(), Some(scope));
        assert_eq!(
            Scope::from_query(Lang::En, None).ok(),
            Some(Scope::default())
        );
        for (query, field) in [("level=city", "level"), ("region=Mars", "region")] {
            match Scope::from_query(Lang::Fr, Some(query)) {
                Err(WebError::Form(errors)) => assert_eq!(errors[0].0, field),
                other => panic!("{query}: {other:?}"),
            }
        }
    }
}
