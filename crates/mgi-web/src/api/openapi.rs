//! The OpenAPI 3.1 document of `/api/v1`. Paths are listed once, in [`OPERATIONS`]; the data
//! schemas come from the model's JSON Schema (the exchange format), so the document cannot drift
//! from what the handlers serialise. CI checks it against the running server (schemathesis).

use axum::Json;
use serde_json::{Map, Value, json};

/// One operation: method, path, summary, whether it needs a token, its parameters and its
/// answer when it succeeds.
struct Operation {
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    token: bool,
    params: &'static [Param],
    body: Option<&'static str>,
    /// When the operation answers 409: why.
    conflict: Option<&'static str>,
    ok: Success,
}

/// The answer of an operation that succeeds.
#[derive(Clone, Copy)]
enum Success {
    /// 200, with a body of this schema.
    Ok(fn() -> Value),
    /// 201, a record created, with a body of this schema.
    Created(fn() -> Value),
    /// 204, nothing to send.
    NoContent,
}

#[derive(Clone, Copy)]
enum Param {
    Code,
    Year,
    Indicator,
    /// A source of the register.
    Key,
    /// A finding of the draft.
    Finding,
    /// The version a deletion is based on (query).
    Version,
    Level,
    From,
    To,
    Query,
    Format,
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn list_of(name: &str) -> Value {
    json!({"type": "array", "items": schema_ref(name)})
}

fn object() -> Value {
    json!({"type": "object"})
}

/// The new version of a record saved.
fn saved_version() -> Value {
    json!({"type": "object", "required": ["version"], "properties": {"version": {"type": "integer"}}})
}

const OPERATIONS: &[Operation] = &[
    Operation {
        method: "get",
        path: "/api/v1/framework",
        summary: "The framework: indicator catalogue, set versions, GCM objectives, SDG 10.7.2 configuration, crosswalks",
        token: false,
        params: &[],
        body: None,
        conflict: None,
        ok: Success::Ok(object),
    },
    Operation {
        method: "get",
        path: "/api/v1/jurisdictions",
        summary: "Jurisdictions with a published round, by name",
        token: false,
        params: &[],
        body: None,
        conflict: None,
        ok: Success::Ok(|| list_of("JurisdictionEntry")),
    },
    Operation {
        method: "get",
        path: "/api/v1/jurisdictions/{code}/diff",
        summary: "Progress between two published rounds (default: the two latest)",
        token: false,
        params: &[Param::Code, Param::From, Param::To],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("RoundDiff")),
    },
    Operation {
        method: "get",
        path: "/api/v1/assessments",
        summary: "Published assessments (latest revision of each)",
        token: false,
        params: &[],
        body: None,
        conflict: None,
        ok: Success::Ok(|| list_of("AssessmentEntry")),
    },
    Operation {
        method: "get",
        path: "/api/v1/assessments/{code}/{year}",
        summary: "A published assessment as an exchange document",
        token: false,
        params: &[Param::Code, Param::Year],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("AssessmentDoc")),
    },
    Operation {
        method: "get",
        path: "/api/v1/assessments/{code}/{year}/answers",
        summary: "Published answers",
        token: false,
        params: &[Param::Code, Param::Year],
        body: None,
        conflict: None,
        ok: Success::Ok(|| list_of("Answer")),
    },
    Operation {
        method: "get",
        path: "/api/v1/assessments/{code}/{year}/findings",
        summary: "Published findings",
        token: false,
        params: &[Param::Code, Param::Year],
        body: None,
        conflict: None,
        ok: Success::Ok(|| list_of("Finding")),
    },
    Operation {
        method: "get",
        path: "/api/v1/assessments/{code}/{year}/sources",
        summary: "The published source register",
        token: false,
        params: &[Param::Code, Param::Year, Param::Format],
        body: None,
        conflict: None,
        ok: Success::Ok(|| json!({"type": "array", "items": object()})),
    },
    Operation {
        method: "get",
        path: "/api/v1/aggregates/gcm",
        summary: "Answers per value on the indicators of each GCM objective, globally and per UN M49 region (latest published rounds; not applicable left out)",
        token: false,
        params: &[Param::Level],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("GcmView")),
    },
    Operation {
        method: "get",
        path: "/api/v1/aggregates/sdg",
        summary: "Indicative SDG 10.7.2 readings per jurisdiction and domain (not the official SDG figure)",
        token: false,
        params: &[Param::Level],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("SdgView")),
    },
    Operation {
        method: "get",
        path: "/api/v1/search",
        summary: "Full-text search over published texts",
        token: false,
        params: &[Param::Query],
        body: None,
        conflict: None,
        ok: Success::Ok(|| json!({"type": "array", "items": object()})),
    },
    Operation {
        method: "get",
        path: "/api/v1/drafts/{code}/{year}",
        summary: "The working document of an assessment (token; research notes for the team only)",
        token: true,
        params: &[Param::Code, Param::Year],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("AssessmentDoc")),
    },
    Operation {
        method: "get",
        path: "/api/v1/drafts/{code}/{year}/answers/{indicator}",
        summary: "One answer of a draft with its version",
        token: true,
        params: &[Param::Code, Param::Year, Param::Indicator],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("AnswerEdit")),
    },
    Operation {
        method: "put",
        path: "/api/v1/drafts/{code}/{year}/answers/{indicator}",
        summary: "Save an answer on top of the version read; 409 when someone saved first",
        token: true,
        params: &[Param::Code, Param::Year, Param::Indicator],
        body: Some("AnswerEdit"),
        conflict: Some("Saved by someone else first (stale version); nothing written"),
        ok: Success::Ok(saved_version),
    },
    Operation {
        method: "post",
        path: "/api/v1/drafts/{code}/{year}/sources/{key}/merge",
        summary: "Merge a source of the register into another (a duplicate): its citations by answers, findings and context figures move to the other, a citation repeated with the same pinpoint is kept once, and the source leaves the register; cannot be undone",
        token: true,
        params: &[Param::Code, Param::Year, Param::Key],
        body: Some("SourceMerge"),
        conflict: Some("The assessment's stage does not allow changes; nothing written"),
        ok: Success::Ok(|| schema_ref("SourceMerged")),
    },
    Operation {
        method: "get",
        path: "/api/v1/drafts/{code}/{year}/findings/{key}",
        summary: "One finding of a draft with its version (and the indicators suggested for it, still to review)",
        token: true,
        params: &[Param::Code, Param::Year, Param::Finding],
        body: None,
        conflict: None,
        ok: Success::Ok(|| schema_ref("FindingVersioned")),
    },
    Operation {
        method: "put",
        path: "/api/v1/drafts/{code}/{year}/findings/{key}",
        summary: "Save a finding whole (kind, text, indicators, citations, footnotes) on top of the version read; 409 when someone saved first; 422 names the JSON path of each problem",
        token: true,
        params: &[Param::Code, Param::Year, Param::Finding],
        body: Some("FindingEdit"),
        conflict: Some("Saved by someone else first (stale version); nothing written"),
        ok: Success::Ok(saved_version),
    },
    Operation {
        method: "delete",
        path: "/api/v1/drafts/{code}/{year}/findings/{key}",
        summary: "Delete a finding and its citations on top of the version read; its text stays in the audit log",
        token: true,
        params: &[Param::Code, Param::Year, Param::Finding, Param::Version],
        body: None,
        conflict: Some("Saved by someone else first (stale version); nothing deleted"),
        ok: Success::NoContent,
    },
    Operation {
        method: "post",
        path: "/api/v1/drafts/{code}/{year}/findings",
        summary: "Add a finding to a domain, after its other findings; 201 with the key it was given",
        token: true,
        params: &[Param::Code, Param::Year],
        body: Some("FindingNew"),
        conflict: None,
        ok: Success::Created(|| schema_ref("FindingAdded")),
    },
    Operation {
        method: "post",
        path: "/api/v1/drafts/{code}/{year}/findings/{key}/suggestions/{indicator}",
        summary: "Accept an indicator the importer suggested for a finding (it joins the finding's indicators) or dismiss it, on top of the finding's version read",
        token: true,
        params: &[Param::Code, Param::Year, Param::Finding, Param::Indicator],
        body: Some("SuggestionReview"),
        conflict: Some("Saved by someone else first (stale version); nothing written"),
        ok: Success::Ok(saved_version),
    },
];

fn parameter(p: Param) -> Value {
    let (name, place, required, schema, description) = match p {
        Param::Code => (
            "code",
            "path",
            true,
            json!({"type": "string"}),
            "ISO3 code of a country (MNG) or a locality id (GHA-accra)",
        ),
        Param::Year => (
            "year",
            "path",
            true,
            json!({"type": "string"}),
            "round year, 1990 to 2100",
        ),
        Param::Indicator => (
            "indicator",
            "path",
            true,
            json!({"type": "string"}),
            "indicator ID",
        ),
        Param::Key => (
            "key",
            "path",
            true,
            json!({"type": "string"}),
            "key of a source of the draft's register (its `sources[].key`)",
        ),
        Param::Finding => (
            "key",
            "path",
            true,
            json!({"type": "string"}),
            "key of a finding of the draft (its `findings[].key`)",
        ),
        Param::Version => (
            "version",
            "query",
            true,
            json!({"type": "integer"}),
            "the version read, which the deletion is based on",
        ),
        Param::Level => (
            "level",
            "query",
            false,
            json!({"type": "string", "enum": ["national", "local"]}),
            "countries (national, the default) or localities (local)",
        ),
        Param::From => (
            "from",
            "query",
            false,
            json!({"type": "string"}),
            "earlier round year",
        ),
        Param::To => (
            "to",
            "query",
            false,
            json!({"type": "string"}),
            "later round year",
        ),
        Param::Query => (
            "q",
            "query",
            false,
            json!({"type": "string", "maxLength": mgi_store::MAX_QUERY}),
            "words to find, all required; each also finds its other forms, the longer words it begins and its British or American spelling",
        ),
        Param::Format => (
            "format",
            "query",
            false,
            json!({"type": "string", "enum": ["mgi"]}),
            "mgi (the register as stored)",
        ),
    };
    json!({"name": name, "in": place, "required": required, "schema": schema, "description": description})
}

fn error_response(description: &str) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema_ref("Error")}}})
}

fn operation(op: &Operation) -> Value {
    let mut responses = Map::new();
    let (status, answer) = match op.ok {
        Success::Ok(schema) => (
            "200",
            json!({"description": "OK", "content": {"application/json": {"schema": schema()}}}),
        ),
        Success::Created(schema) => (
            "201",
            json!({"description": "Created; the Location header is its address", "content": {"application/json": {"schema": schema()}}}),
        ),
        Success::NoContent => ("204", json!({"description": "Done; nothing to send"})),
    };
    responses.insert(status.into(), answer);
    if !op.params.is_empty() {
        responses.insert(
            "404".into(),
            error_response("No such published record, or not for this caller"),
        );
        responses.insert(
            "422".into(),
            error_response("A parameter cannot be accepted; the error names it"),
        );
    }
    if op.token {
        responses.insert("401".into(), error_response("No valid token"));
        responses.insert(
            "403".into(),
            error_response("The token's user may not do this at this stage"),
        );
    }
    if let Some(why) = op.conflict {
        responses.insert("409".into(), error_response(why));
    }
    let mut out = json!({
        "summary": op.summary,
        "operationId": format!("{}{}", op.method, op.path.replace(['/', '{', '}'], "_")),
        "parameters": op.params.iter().map(|p| parameter(*p)).collect::<Vec<_>>(),
        "responses": responses,
    });
    if op.token {
        out["security"] = json!([{"token": []}]);
    }
    if let Some(body) = op.body {
        out["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": schema_ref(body)}}});
    }
    out
}

/// The model's JSON Schema definitions as OpenAPI components.
fn model_schemas() -> Map<String, Value> {
    let doc = mgi_model::json_schema();
    let text = doc.to_string().replace("#/$defs/", "#/components/schemas/");
    let mut doc: Value = serde_json::from_str(&text).unwrap_or_default();
    let mut schemas = match doc.get_mut("$defs").map(Value::take) {
        Some(Value::Object(defs)) => defs,
        _ => Map::new(),
    };
    if let Some(o) = doc.as_object_mut() {
        for key in ["$defs", "$schema", "$id"] {
            o.remove(key);
        }
    }
    schemas.insert("AssessmentDoc".into(), doc);
    schemas
}

fn own_schemas() -> Value {
    let counts = json!({"type": "object", "properties": {
        "present": {"type": "integer"}, "partial": {"type": "integer"}, "absent": {"type": "integer"}, "unknown": {"type": "integer"}}});
    let regional = json!({"type": "object", "properties": {"global": counts, "regions": {"type": "object", "additionalProperties": counts}}});
    json!({
        "Error": {"type": "object", "required": ["error"], "properties": {
            "error": {"type": "string"},
            "problems": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "code": {"type": "string", "description": "The kind of problem, stable across versions and languages (empty, unknown-source, …)"}, "message": {"type": "string"}}}}}},
        "JurisdictionEntry": {"type": "object", "required": ["code", "name", "kind", "region", "years"], "properties": {
            "code": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"}, "region": {"type": "string"},
            "years": {"type": "array", "items": {"type": "integer"}}}},
        "AssessmentEntry": {"type": "object", "required": ["jurisdiction", "name", "year", "revision"], "properties": {
            "jurisdiction": {"type": "string"}, "name": {"type": "string"}, "year": {"type": "integer"}, "revision": {"type": "integer"}}},
        "AnswerEdit": {"type": "object", "required": ["value", "version"], "additionalProperties": false, "properties": {
            "value": schema_ref("AnswerValue"), "narrative": {"type": "string"}, "status": schema_ref("AnswerStatus"),
            "confidence": {"anyOf": [schema_ref("Confidence"), {"type": "null"}]}, "notes": {"type": "string"},
            "citations": list_of("Citation"), "version": {"type": "integer"}}},
        "FindingVersioned": {"type": "object", "required": ["key", "domain", "kind", "text", "indicators", "citations", "footnotes", "suggested", "version"], "properties": {
            "key": {"type": "string"}, "domain": {"type": "string"}, "kind": schema_ref("FindingKind"), "text": {"type": "string"},
            "indicators": {"type": "array", "items": {"type": "string"}, "description": "indicator IDs, the main one first"},
            "citations": list_of("Citation"), "footnotes": {"type": "array", "items": {"type": "string"}},
            "suggested": list_of("Suggestion"), "version": {"type": "integer"}}},
        "FindingEdit": {"type": "object", "required": ["kind", "text", "version"], "additionalProperties": false, "properties": {
            "kind": schema_ref("FindingKind"), "text": {"type": "string"},
            "indicators": {"type": "array", "items": {"type": "string"}, "description": "indicator IDs of the draft's framework set, the main one first"},
            "citations": list_of("Citation"), "footnotes": {"type": "array", "items": {"type": "string"}},
            "version": {"type": "integer", "description": "the version read"}}},
        "FindingNew": {"type": "object", "required": ["domain", "kind", "text"], "additionalProperties": false, "properties": {
            "domain": {"type": "string", "description": "a domain of the draft's framework set (rights, government, …)"},
            "kind": schema_ref("FindingKind"), "text": {"type": "string"},
            "indicators": {"type": "array", "items": {"type": "string"}, "description": "indicator IDs of the draft's framework set, the main one first"},
            "citations": list_of("Citation"), "footnotes": {"type": "array", "items": {"type": "string"}}}},
        "FindingAdded": {"type": "object", "required": ["key"], "properties": {
            "key": {"type": "string", "description": "the new finding's key"}}},
        "SuggestionReview": {"type": "object", "required": ["review", "version"], "additionalProperties": false, "properties": {
            "review": {"type": "string", "enum": ["accept", "dismiss"]},
            "version": {"type": "integer", "description": "the finding's version read"}}},
        "SourceMerge": {"type": "object", "required": ["into"], "additionalProperties": false, "properties": {
            "into": {"type": "string", "description": "key of the source kept, another source of the same register"}}},
        "SourceMerged": {"type": "object", "required": ["into", "moved", "citations", "duplicates", "figures"], "properties": {
            "into": {"type": "string", "description": "key of the source kept"},
            "moved": {"type": "integer", "description": "citations of the source removed, now of the source kept (citations + figures)"},
            "citations": {"type": "integer", "description": "of which by answers and findings"},
            "duplicates": {"type": "integer", "description": "of those, repeats of a citation of the source kept with the same pinpoint, kept once"},
            "figures": {"type": "integer", "description": "of which by context figures"}}},
        "GcmView": {"type": "object", "required": ["level", "jurisdictions", "objectives"], "properties": {
            "level": {"type": "string"}, "jurisdictions": {"type": "object", "additionalProperties": {"type": "integer"}},
            "objectives": {"type": "array", "items": {"type": "object", "required": ["number", "title", "counts", "indicators"], "properties": {
                "number": {"type": "integer"}, "title": {"type": "string"}, "counts": regional,
                "indicators": {"type": "array", "items": {"type": "object", "properties": {"indicator": {"type": "string"}, "counts": regional}}}}}}}},
        "SdgView": {"type": "object", "required": ["notice", "jurisdictions"], "properties": {
            "notice": {"type": "string"},
            "jurisdictions": {"type": "array", "items": {"type": "object", "properties": {
                "jurisdiction": {"type": "string"}, "name": {"type": "string"}, "year": {"type": "integer"},
                "domains": {"type": "array", "items": {"type": "object", "properties": {
                    "number": {"type": "integer"}, "name": {"type": "string"},
                    "value": {"type": ["number", "null"]}, "category": {"type": ["string", "null"]}}}}}}}}},
        "RoundDiff": {"type": "object", "required": ["jurisdiction", "from_year", "to_year", "indicators", "sources", "finding_moves", "new_findings", "retired_findings"], "properties": {
            "jurisdiction": {"type": "string"}, "from_year": {"type": "integer"}, "to_year": {"type": "integer"},
            "indicators": {"type": "array", "items": {"type": "object", "required": ["indicator", "change"], "properties": {
                "indicator": {"type": "string"}, "change": {"type": "string", "enum": mgi_model::diff::Change::ALL.map(|c| c.as_str())}}}},
            "sources": {"type": "array", "items": {"type": "object"}},
            "finding_moves": {"type": "array", "items": {"type": "object"}},
            "new_findings": {"type": "array", "items": {"$ref": "#/components/schemas/FindingChange"}},
            "retired_findings": {"type": "array", "items": {"$ref": "#/components/schemas/FindingChange"}},
            "notes": {"type": "array", "items": {"type": "object"}}}},
        "FindingChange": {"type": "object", "required": ["key", "domain", "kind", "text", "language"], "properties": {
            "key": {"type": "string"}, "domain": {"type": "string"},
            "kind": {"type": "string", "enum": ["well-developed", "potential"]},
            "text": {"type": "string"}, "language": {"type": "string"},
            "translations": {"type": "object", "additionalProperties": {"type": "string"}}}},
    })
}

/// The whole document.
pub fn openapi() -> Value {
    let mut paths = Map::new();
    for op in OPERATIONS {
        let entry = paths.entry(op.path).or_insert_with(|| json!({}));
        entry[op.method] = operation(op);
    }
    let mut schemas = model_schemas();
    if let Value::Object(own) = own_schemas() {
        schemas.extend(own);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "mgi API",
            "version": "1",
            "description": "Migration Governance Indicators: the framework, published assessments, aggregates and progress between rounds. Public reads see published data only; drafts and writes need a token (mgi user token NAME --label WHY).",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer", "description": "A token from `mgi user token NAME --label WHY`, sent as `Authorization: Bearer mgi_…`"}}
        }
    })
}

pub async fn document() -> Json<Value> {
    Json(openapi())
}
