//! Form bodies as ordered (name, value) pairs, read field by field with errors that name the
//! field. Forms never fail to parse as a whole: a missing or malformed field is reported by name,
//! with what is wrong in the language of the page the form was posted to.

use mgi_i18n::{Lang, tr};

use crate::error::WebError;

/// The longest value any field may have, in bytes (a narrative is far shorter).
pub const MAX_FIELD: usize = 100_000;

/// The fields of a form, and the language of the address it was posted to (for the errors).
pub struct Fields(pub Vec<(String, String)>, pub Lang);

impl Fields {
    /// The language the form's errors are written in.
    pub fn lang(&self) -> Lang {
        self.1
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A required field.
    pub fn required(&self, name: &str) -> Result<&str, WebError> {
        let v = self.get(name).trim();
        if v.is_empty() {
            Err(field(name, &tr!(self.1, "work-field-required")))
        } else {
            Ok(v)
        }
    }

    /// A field parsed by `parse`, with `expected` saying what it should be (in the form's
    /// language).
    pub fn parsed<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Result<T, WebError> {
        parse(self.get(name).trim()).ok_or_else(|| field(name, expected))
    }

    /// A choice among fixed values, read for a form that is shown again when refused: a value
    /// `parse` does not know is added to `refused` (with `expected` saying what it should be)
    /// and `fallback` stands in for it.
    pub fn choice<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
        fallback: T,
        refused: &mut Vec<(String, String)>,
    ) -> T {
        parse(self.get(name).trim()).unwrap_or_else(|| {
            refused.push((name.to_owned(), expected.to_owned()));
            fallback
        })
    }

    /// An optional field read by `parse`, for a form that is shown again when refused: empty
    /// is `None`; a value `parse` does not take is added to `refused` (with `expected` saying
    /// what it should be) and is `None` too.
    pub fn optional<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
        refused: &mut Vec<(String, String)>,
    ) -> Option<T> {
        match self.get(name).trim() {
            "" => None,
            v => parse(v).or_else(|| {
                refused.push((name.to_owned(), expected.to_owned()));
                None
            }),
        }
    }

    /// A version field ("0" for a new record).
    pub fn version(&self) -> Result<i64, WebError> {
        self.parsed(
            "version",
            |v| v.parse().ok().filter(|n: &i64| *n >= 0),
            &tr!(self.1, "work-field-version"),
        )
    }

    /// Refuse oversized fields before anything else looks at them.
    pub fn check_sizes(&self) -> Result<(), WebError> {
        let big: Vec<(String, String)> = self
            .0
            .iter()
            .filter_map(|(k, v)| {
                if v.len() > MAX_FIELD {
                    // Written without grouping, as the limit is counted.
                    let max = MAX_FIELD.to_string();
                    Some((k.clone(), tr!(self.1, "work-field-too-long", max = max)))
                } else if v.contains('\0') {
                    Some((k.clone(), tr!(self.1, "work-field-nul")))
                } else {
                    None
                }
            })
            .collect();
        if big.is_empty() {
            Ok(())
        } else {
            Err(WebError::Form(big))
        }
    }
}

/// The field `name` is wrong: `message` (already in the page's language) says how.
pub fn field(name: &str, message: &str) -> WebError {
    WebError::Form(vec![(name.to_owned(), message.to_owned())])
}
