use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A human-readable text in several languages: language code → text. English is required.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, or the English text when there is none.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("en"))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The English text.
    pub fn en(&self) -> &str {
        self.get("en")
    }

    pub fn has_english(&self) -> bool {
        self.0.get("en").is_some_and(|t| !t.trim().is_empty())
    }

    pub fn english(text: &str) -> Text {
        Text(BTreeMap::from([("en".to_owned(), text.to_owned())]))
    }
}
