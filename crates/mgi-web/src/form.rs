//! Form bodies as ordered (name, value) pairs, read field by field with errors that name the
//! field. Forms never fail to parse as a whole: a missing or malformed field is reported by name.

use crate::error::WebError;

/// The longest value any field may have, in bytes (a narrative is far shorter).
pub const MAX_FIELD: usize = 100_000;

pub struct Fields(pub Vec<(String, String)>);

impl Fields {
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
            Err(field(name, "is required"))
        } else {
            Ok(v)
        }
    }

    /// A field parsed by `parse`, with `expected` saying what it should be.
    pub fn parsed<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Result<T, WebError> {
        parse(self.get(name).trim()).ok_or_else(|| field(name, expected))
    }

    /// A version field ("0" for a new record).
    pub fn version(&self) -> Result<i64, WebError> {
        self.parsed(
            "version",
            |v| v.parse().ok().filter(|n: &i64| *n >= 0),
            "must be a version number",
        )
    }

    /// Refuse oversized fields before anything else looks at them.
    pub fn check_sizes(&self) -> Result<(), WebError> {
        let big: Vec<(String, String)> = self
            .0
            .iter()
            .filter_map(|(k, v)| {
                if v.len() > MAX_FIELD {
                    Some((k.clone(), format!("longer than {MAX_FIELD} bytes")))
                } else if v.contains('\0') {
                    Some((
                        k.clone(),
                        "contains a NUL character (U+0000); remove it".to_owned(),
                    ))
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

pub fn field(name: &str, message: &str) -> WebError {
    WebError::Form(vec![(name.to_owned(), message.to_owned())])
}
