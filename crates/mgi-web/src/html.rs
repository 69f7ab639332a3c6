//! The page layout, escaping, and Markdown narratives through a sanitiser.

use mgi_framework::Text;
use mgi_i18n::{Lang, tr};
pub use mgi_profile::escape;
use mgi_store::Session;

use crate::ui::Ui;

/// A whole page in the request's language: the site's layout (`layout.html`: head, header,
/// navigation, language switch, footer) around `body`.
pub fn page(ui: &Ui, title: &str, viewer: Option<&Session>, body: &str) -> String {
    crate::layout::render(&crate::layout::LegacyPage {
        chrome: crate::layout::Chrome::new(ui, title, viewer),
        body,
    })
}

/// Text someone typed (a name, a title), escaped and isolated so that a right-to-left name
/// reads correctly inside a left-to-right sentence, and the other way round.
pub fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// A framework text in `lang`, escaped; when the framework has no text in that language, the
/// English one marked as English with a visible note.
pub fn label(lang: Lang, text: &Text) -> String {
    let (shown, shown_lang) = text.resolve(lang.code());
    if shown_lang == lang.code() {
        return escape(shown);
    }
    let original = mgi_i18n::language_name(lang, shown_lang);
    format!(
        "<span lang=\"{}\">{}</span> <small class=\"untranslated\">({})</small>",
        escape(shown_lang),
        escape(shown),
        escape(&tr!(lang, "translation-missing", original = original))
    )
}

/// The hidden field every form of a signed-in page carries.
pub fn csrf_field(s: &Session) -> String {
    format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        escape(&s.csrf)
    )
}

pub use crate::filters::markdown_html as markdown;

/// `<option>`s for `choices` (value, label), `selected` marked.
pub fn options<'a>(
    choices: impl IntoIterator<Item = (&'a str, &'a str)>,
    selected: &str,
) -> String {
    choices
        .into_iter()
        .map(|(v, l)| {
            let sel = if v == selected { " selected" } else { "" };
            format!(
                "<option value=\"{}\"{sel}>{}</option>",
                escape(v),
                escape(l)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use mgi_framework::{Text, TranslationStatus};
    use mgi_i18n::Lang;

    #[test]
    fn a_label_without_translation_is_marked() {
        let text = Text::english("Migrants' rights");
        let fr = super::label(Lang::Fr, &text);
        assert!(
            fr.starts_with(
                "<span lang=\"en\">Migrants&#39; rights</span> <small class=\"untranslated\">("
            ),
            "{fr}"
        );
        assert!(fr.contains("traduit"), "{fr}");
        assert_eq!(super::label(Lang::En, &text), "Migrants&#39; rights");
        let text = text
            .with_translation("fr", "Droits des migrants", TranslationStatus::Draft)
            .expect("translation");
        assert_eq!(super::label(Lang::Fr, &text), "Droits des migrants");
    }
}
