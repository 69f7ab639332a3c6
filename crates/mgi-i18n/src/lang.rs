//! The languages of the interface and the text direction of strings.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language of the interface and of the message catalogues. Serialised as its code (`"fr"`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: the reference catalogue, and the fallback for a message another language lacks.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every supported language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The BCP 47 primary language subtag: `"en"`, `"fr"` or `"es"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language of a tag such as `"fr"`, `"FR"`, `"fr-FR"` or `"es_ES"`: only the primary
    /// subtag counts, in any case; surrounding blanks are ignored.
    pub fn from_code(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The name of the language in that language, as a language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The supported language an HTTP `Accept-Language` header prefers: the range with the
    /// highest quality (`q`, 1 when absent) among those whose primary subtag is supported, the
    /// first one listed on a tie. Ranges with `q=0` or a malformed `q` are refused, `*` is
    /// ignored; `None` when nothing supported is acceptable.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default();
            let mut quality = Some(1000);
            for param in parts {
                let param = param.trim();
                if let Some(value) = param.strip_prefix("q=").or(param.strip_prefix("Q=")) {
                    quality = parse_quality(value);
                }
            }
            let (Some(quality), Some(lang)) = (quality, Lang::from_code(range)) else {
                continue;
            };
            if quality > 0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }

    /// Index of the language in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        }
    }
}

/// A quality value (`0` … `1`, up to three decimals) in thousandths.
fn parse_quality(value: &str) -> Option<u16> {
    let value = value.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let q: f64 = value.parse().ok()?;
    // In range, so the product lies in 0..=1000 and the conversion is exact.
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag that names no supported language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        write!(
            f,
            "unknown language {:?}: expected one of {}",
            self.0,
            codes.join(", ")
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Same rules as [`Lang::from_code`].
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

/// The direction of a piece of text, for an HTML `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Dir {
    /// The value of an HTML `dir` attribute: `"ltr"` or `"rtl"`.
    pub fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The direction of `s` by the Unicode bidirectional algorithm (rules P2–P3): right to left when
/// its first strong character is (Arabic, Hebrew, Syriac, Thaana, N'Ko, …), left to right
/// otherwise, also when it has no strong character at all (digits, punctuation, nothing).
/// Characters inside isolates (U+2066–U+2069) are skipped; a text whose first paragraph is
/// neutral is decided by the next one.
pub fn text_dir(s: &str) -> Dir {
    match unicode_bidi::get_base_direction_full(s) {
        unicode_bidi::Direction::Rtl => Dir::Rtl,
        unicode_bidi::Direction::Ltr | unicode_bidi::Direction::Mixed => Dir::Ltr,
    }
}
