//! What the portal pages show of the publications, as typed values for their templates: an
//! indicator, a published round, a source, a finding. Their macros are in
//! `templates/partials/portal.html`.

use mgi_i18n::{Lang, Localise};
use mgi_model::FindingKind;

use mgi_framework::Framework;

use crate::ui::Ui;
use crate::views::{Label, indicator_name};

/// An indicator as the portal pages name it: the link to its page of the explorer and its name
/// ([`indicator_name`]).
pub struct IndicatorRef {
    pub id: String,
    pub href: String,
    pub text: String,
}

impl IndicatorRef {
    pub fn new(ui: &Ui, fw: &Framework, id: &str) -> IndicatorRef {
        IndicatorRef {
            id: id.to_owned(),
            href: ui.href(&format!("/explore?indicator={id}")),
            text: indicator_name(ui.lang, fw, id),
        }
    }
}

/// A published round of a jurisdiction: its name in the page's language (which may read right
/// to left), linked to the profile, and its year.
#[derive(Clone)]
pub struct RoundRef {
    pub href: String,
    pub name: String,
    pub year: i64,
}

impl RoundRef {
    /// `name` is the jurisdiction's name as shown (see [`mgi_model::name_in`]).
    pub fn new(ui: &Ui, code: &str, name: &str, year: i64) -> RoundRef {
        RoundRef {
            href: ui.href(&format!("/profiles/{code}/{year}")),
            name: name.to_owned(),
            year,
        }
    }

    /// The round of `code` whose stored name is `stored`, named in `ui`'s language.
    pub fn published(ui: &Ui, code: &str, stored: &str, year: i64) -> RoundRef {
        RoundRef::new(
            ui,
            code,
            mgi_model::name_in(code, stored, ui.lang.code()),
            year,
        )
    }
}

/// A finding: its kind in the page's language and its text in the page's language when it is
/// translated, else as written, marked.
pub struct FindingLine {
    pub kind: String,
    pub text: Label,
}

impl FindingLine {
    pub fn new(lang: Lang, kind: FindingKind, text: Label) -> FindingLine {
        FindingLine {
            kind: kind.localise(lang),
            text,
        }
    }
}
