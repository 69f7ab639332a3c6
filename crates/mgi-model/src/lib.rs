//! The MGI assessment model.
//!
//! An assessment is one jurisdiction in one round year, pinned to a framework version. It holds an
//! answer per indicator, findings per domain, a summary per domain, the source register, context
//! figures, convention ratifications, consultation events and comments. [`AssessmentDoc`] is both
//! the model and the exchange format (one JSON document per assessment); [`validate`] checks a
//! document against the framework and names every problem by its JSON path.

pub mod access;
pub mod aggregate;
#[macro_use]
mod assessment;
pub mod audit;
pub mod bibliography;
mod consistency;
pub mod diff;
mod exchange;
mod jurisdiction;
mod names;
mod priority;
mod problem;
pub mod progress;
mod publication;
pub mod readiness;
pub mod rounds;
pub mod rules;
mod translation;
mod validate;
mod workflow;

pub use assessment::*;
pub use consistency::{Consistency, check_consistency};
pub use exchange::{ExchangeError, FORMAT, json_schema};
pub use jurisdiction::{
    Jurisdiction, JurisdictionKind, M49_REGIONS, M49Entry, m49, m49_by_number, m49_entries,
    m49_named, name_in,
};
pub use priority::{Priority, PriorityStatus, ProgressNote, RecommendationRef};
pub use problem::Problem;
pub use publication::{content_hash, public_view};
pub use translation::{
    DEFAULT_LANGUAGE, EventField, Shown, TextRef, TextRefError, TextStatus, Translation,
    fingerprint,
};
pub use validate::{DocError, validate, validate_source};
pub use workflow::{Stage, TransitionError};
