//! The exchange format: one assessment as one JSON document.

use mgi_framework::Framework;

use crate::{AssessmentDoc, DocError, validate};

/// The format tag every document carries.
pub const FORMAT: &str = "mgi-assessment/1";

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{path} (line {line}, column {column}): {message}")]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} problem(s) in the assessment document:\n{}", .0.len(), .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<DocError>),
}

impl AssessmentDoc {
    /// Read a document and check it against the framework; nothing is returned unless all of
    /// it is valid.
    pub fn from_json(text: &str, framework: &Framework) -> Result<AssessmentDoc, ExchangeError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let doc: AssessmentDoc = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = match e.path().to_string().as_str() {
                "." => "$".to_owned(),
                p => format!("$.{p}"),
            };
            let inner = e.into_inner();
            ExchangeError::Syntax {
                path,
                line: inner.line(),
                column: inner.column(),
                message: inner.to_string(),
            }
        })?;
        let problems = validate(&doc, framework);
        if problems.is_empty() {
            Ok(doc)
        } else {
            Err(ExchangeError::Invalid(problems))
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data structures to a string cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The JSON Schema of the exchange format (published as `docs/assessment.schema.json`).
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(AssessmentDoc)).unwrap_or_default();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$id".into(),
            "https://mgi-project.github.io/schema/assessment-1.json".into(),
        );
        obj.insert(
            "title".into(),
            "mgi assessment exchange document (mgi-assessment/1)".into(),
        );
    }
    schema
}
