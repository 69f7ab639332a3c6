//! The share links of an assessment on its workspace: the form that makes one while the draft is
//! shared, every link made (who it is for, by whom and when, until when, the guests it admitted,
//! where it stands, a revoke button while it lets anyone in), and the page that shows a new
//! link once.

use askama::Template;
use mgi_i18n::{Localise, tr};
use mgi_store::ShareLinkInfo;

use super::{Ctx, labels};
use crate::AppState;
use crate::error::WebResult;
use crate::feedback::{FieldTable, Refusals};
use crate::layout::Chrome;
use crate::views::{NAME, Named};

/// A share link as the workspace lists it.
pub struct ShareRow {
    pub id: i64,
    /// Its state's code, for the tests and the browser story.
    pub state_code: &'static str,
    /// Who it is for, as typed.
    pub label: String,
    /// When, by whom, in which stage.
    pub made: Named,
    pub expires: String,
    pub guests: String,
    pub state: String,
    /// It still lets people in: it can be revoked.
    pub live: bool,
}

impl ShareRow {
    fn new(lang: mgi_i18n::Lang, link: &ShareLinkInfo) -> ShareRow {
        let made = tr!(
            lang,
            "work-share-made",
            when = labels::when(lang, link.created_at),
            who = NAME,
            stage = link.stage.localise(lang)
        );
        let state = match &link.ended_at {
            Some(at) if !link.state.is_live() => tr!(
                lang,
                "work-share-state-since",
                state = link.state.code(),
                when = labels::when(lang, *at)
            ),
            _ => tr!(lang, "work-share-state", state = link.state.code()),
        };
        ShareRow {
            id: link.id,
            state_code: link.state.code(),
            label: link.label.clone(),
            made: Named::new(&made, &link.created_by),
            expires: labels::day(lang, link.expires_at),
            guests: tr!(
                lang,
                "work-share-guests",
                count = link.guests,
                max = mgi_store::MAX_GUESTS
            ),
            state,
            live: link.state.is_live(),
        }
    }
}

/// The form that makes a share link: who it is for and for how many days, as typed when it
/// comes back refused.
pub struct ShareForm {
    pub action: String,
    pub label: String,
    pub days: String,
    pub refusals: Refusals,
}

impl ShareForm {
    pub fn new(ctx: &Ctx) -> ShareForm {
        ShareForm {
            action: ctx.url("/share"),
            label: String::new(),
            days: "14".to_owned(),
            refusals: Refusals::default(),
        }
    }
}

/// The share form's fields.
pub const SHARE_FIELDS: FieldTable<'static> = FieldTable {
    fields: &[
        ("label", "share-label", "work-share-label"),
        ("days", "share-days", "work-share-days"),
    ],
    suffix: "",
};

/// The share links section of the workspace, for those who may share.
pub struct ShareLinks {
    /// The form making a new link, while the draft is shared.
    pub create: Option<ShareForm>,
    pub revoke: String,
    pub rows: Vec<ShareRow>,
}

impl ShareLinks {
    pub async fn of(state: &AppState, ctx: &Ctx) -> WebResult<ShareLinks> {
        let lang = ctx.lang();
        Ok(ShareLinks {
            create: ctx.summary.stage.is_shared().then(|| ShareForm::new(ctx)),
            revoke: ctx.url("/share/revoke"),
            rows: state
                .store
                .share_links(&ctx.code, ctx.year)
                .await?
                .iter()
                .map(|link| ShareRow::new(lang, link))
                .collect(),
        })
    }
}

/// A link made: its address, shown this once, and who it is for.
#[derive(Template)]
#[template(path = "work/share_created.html")]
pub struct ShareCreated {
    pub chrome: Chrome,
    pub text: Named,
    pub link: String,
    pub back: String,
}
