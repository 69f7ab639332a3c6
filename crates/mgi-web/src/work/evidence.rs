//! The evidence fields shared by the answer and the finding forms: citations of the register
//! (a source picked from one list the browser filters as the analyst types, without
//! JavaScript, and the place in it), a new source created in the same form, and the names the
//! refusals give these fields.

use mgi_i18n::{Lang, tr};
use mgi_model::{Citation, Source, SourceKind};
use mgi_store::Versioned;

use super::Ctx;
use crate::AppState;
use crate::error::WebResult;
use crate::form::{Fields, field};
use crate::views::{Choice, Cited, SourceRef};

/// Rows of citation fields offered beyond the existing ones.
const BLANK_CITATIONS: usize = 2;

/// The source of the register with this key.
pub fn registered<'a>(sources: &'a [Versioned<Source>], key: &str) -> Option<&'a Source> {
    sources.iter().map(|s| &s.value).find(|s| s.key == key)
}

/// A source as a reader tells it from the others: issuer, title and year.
fn source_name(s: &Source) -> String {
    match s.year {
        Some(y) => format!("{} — {} ({y})", s.issuer, s.title),
        None => format!("{} — {}", s.issuer, s.title),
    }
}

/// Citations for reading: each source by issuer, title and year (its key when the register
/// lacks it), with the place in it.
pub fn cited(citations: &[Citation], sources: &[Versioned<Source>]) -> Vec<Cited> {
    citations
        .iter()
        .map(|c| Cited {
            source: registered(sources, &c.source).map_or_else(
                || SourceRef {
                    issuer: String::new(),
                    title: c.source.clone(),
                    year: None,
                },
                |s| SourceRef {
                    issuer: s.issuer.clone(),
                    title: s.title.clone(),
                    year: s.year,
                },
            ),
            pinpoint: c.pinpoint.clone(),
        })
        .collect()
}

/// A citation's fields in the form: the source by name (as the reader picks it from the
/// register's list), its name again beside, and the pinpoint.
pub struct CitationField {
    /// From 0, for the fields' ids.
    pub n: usize,
    /// "Source 1".
    pub label: String,
    pub source: String,
    pub name: String,
    pub pinpoint: String,
    pub error: String,
}

/// The evidence part of a form (`partials/evidence.html`): the citations with blank rows to
/// add more, the register to pick from, and the fields of a new source.
pub struct EvidenceFields {
    /// The register, for the citation fields to suggest from: key, and name.
    pub register: Vec<Choice>,
    pub citations: Vec<CitationField>,
    /// The kinds of a new source.
    pub kinds: Vec<Choice>,
}

impl EvidenceFields {
    /// `errors` gives the refusal at a field's id ("" when none).
    pub fn new(
        lang: Lang,
        citations: &[Citation],
        sources: &[Versioned<Source>],
        errors: &dyn Fn(&str) -> String,
    ) -> EvidenceFields {
        let blank = Citation {
            source: String::new(),
            pinpoint: None,
        };
        EvidenceFields {
            register: sources
                .iter()
                .map(|s| {
                    let name = source_name(&s.value);
                    Choice {
                        value: name.clone(),
                        label: name,
                        selected: false,
                    }
                })
                .collect(),
            citations: citations
                .iter()
                .chain(std::iter::repeat_n(&blank, BLANK_CITATIONS))
                .enumerate()
                .map(|(n, c)| CitationField {
                    n,
                    label: tr!(lang, "work-answer-source", n = n + 1),
                    source: registered(sources, &c.source)
                        .map_or_else(|| c.source.clone(), source_name),
                    name: registered(sources, &c.source)
                        .map(source_name)
                        .unwrap_or_default(),
                    pinpoint: c.pinpoint.clone().unwrap_or_default(),
                    error: [errors(&format!("cite-{n}")), errors(&format!("pin-{n}"))]
                        .join(" ")
                        .trim()
                        .to_owned(),
                })
                .collect(),
            kinds: Choice::all(
                lang,
                SourceKind::ALL,
                SourceKind::as_str,
                Some(SourceKind::Law),
            ),
        }
    }
}

/// The source a citation field names: by its name in the register's list (when exactly one
/// source has it) or by its key; anything else is kept as typed, for the store to refuse by
/// name.
fn named_source(typed: &str, sources: &[Versioned<Source>]) -> String {
    if registered(sources, typed).is_some() {
        return typed.to_owned();
    }
    let mut named = sources.iter().filter(|s| source_name(&s.value) == typed);
    match (named.next(), named.next()) {
        (Some(one), None) => one.value.key.clone(),
        _ => typed.to_owned(),
    }
}

/// The citations of a posted form, in the order of its rows; empty rows are skipped.
pub fn read_citations(f: &Fields, sources: &[Versioned<Source>]) -> Vec<Citation> {
    let pins: Vec<&str> = f.all("pin").collect();
    f.all("cite")
        .enumerate()
        .map(|(n, s)| (n, s.trim()))
        .filter(|(_, s)| !s.is_empty())
        .map(|(n, s)| Citation {
            source: named_source(s, sources),
            pinpoint: pins
                .get(n)
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        })
        .collect()
}

/// The id and the name in words of an evidence field a refusal names: `citations[1].source`
/// is the second source's field, `new_issuer` the new source's issuer.
pub fn evidence_field(lang: Lang, place: &str) -> Option<(String, String)> {
    if let Some(rest) = place.strip_prefix("citations[") {
        let (n, what) = rest.split_once(']')?;
        let n: usize = n.parse().ok()?;
        let label = tr!(lang, "work-answer-source", n = n + 1);
        return Some(match what {
            ".pinpoint" => (
                format!("pin-{n}"),
                format!("{label}, {}", tr!(lang, "work-answer-pin")),
            ),
            _ => (format!("cite-{n}"), label),
        });
    }
    // The store names a new source's fields `source.title`, …
    if let Some(field) = place.strip_prefix("source.") {
        return evidence_field(lang, &format!("new_{field}"));
    }
    let (id, key) = match place {
        "" | "citations" => ("cite-0", "work-answer-evidence"),
        "new_issuer" => ("new-issuer", "work-source-issuer"),
        "new_title" => ("new-title", "work-source-title"),
        "new_year" => ("new-year", "work-year"),
        "new_kind" => ("new-kind", "work-source-kind-label"),
        "new_url" => ("new-url", "work-source-url"),
        _ => return None,
    };
    Some((id.to_owned(), mgi_i18n::tr(lang, key)))
}

/// A key for a new source from its title: lower-case words joined by '-', unique in the register.
fn new_key(title: &str, year: Option<i32>, sources: &[Versioned<Source>]) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut base = if words.is_empty() {
        "source".to_owned()
    } else {
        words.join("-")
    };
    // Room for the year and a number within the key's length (the words are ASCII).
    base.truncate(mgi_model::rules::MAX_KEY - 12);
    let base_len = base.trim_end_matches('-').len();
    base.truncate(base_len);
    if let Some(y) = year {
        base = format!("{base}-{y}");
    }
    let taken = |k: &str| sources.iter().any(|s| s.value.key == k);
    let mut key = base.clone();
    let mut n = 2;
    while taken(&key) {
        key = format!("{base}-{n}");
        n += 1;
    }
    key
}

/// The new source of the form, if its title was given.
fn read_new_source(f: &Fields, sources: &[Versioned<Source>]) -> WebResult<Option<Source>> {
    let title = f.get("new_title").trim();
    if title.is_empty() {
        return Ok(None);
    }
    let year = match f.get("new_year").trim() {
        "" => None,
        y => Some(
            y.parse()
                .map_err(|_| field("new_year", &tr!(f.lang(), "work-field-year")))?,
        ),
    };
    let url = f.get("new_url").trim();
    Ok(Some(Source {
        key: new_key(title, year, sources),
        issuer: f.required("new_issuer")?.to_owned(),
        title: title.to_owned(),
        year,
        kind: f.parsed(
            "new_kind",
            SourceKind::parse,
            &tr!(f.lang(), "work-field-kind"),
        )?,
        amended: Vec::new(),
        url: (!url.is_empty()).then(|| url.to_owned()),
        online: !url.is_empty(),
        language: None,
        note: None,
    }))
}

/// Add the form's new source to the register, if it has one, and cite it after `citations`
/// with its pinpoint. Done before the record's own save: a record refused afterwards still
/// finds the source in the register, and the form shown again cites it.
pub async fn add_new_source(
    state: &AppState,
    ctx: &Ctx,
    f: &Fields,
    citations: &mut Vec<Citation>,
) -> WebResult<()> {
    let sources = state.store.sources(&ctx.code, ctx.year).await?;
    if let Some(source) = read_new_source(f, &sources)? {
        state
            .store
            .save_source(&ctx.code, ctx.year, &source, 0, ctx.actor())
            .await?;
        let pin = f.get("new_pin").trim();
        citations.push(Citation {
            source: source.key,
            pinpoint: (!pin.is_empty()).then(|| pin.to_owned()),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_source_keys_come_from_the_title_and_stay_unique() {
        let existing = vec![Versioned {
            value: Source {
                key: "law-on-labour-migration-2024".into(),
                issuer: "x".into(),
                title: "x".into(),
                year: None,
                kind: SourceKind::Law,
                amended: Vec::new(),
                url: None,
                online: true,
                language: None,
                note: None,
            },
            version: 1,
        }];
        assert_eq!(
            new_key("Law on Labour Migration", Some(2024), &existing),
            "law-on-labour-migration-2024-2"
        );
        assert_eq!(new_key("Закон о миграции", None, &[]), "source");
        assert_eq!(new_key("Décret n° 12", None, &[]), "dcret-n-12");
    }

    #[test]
    fn a_citation_names_its_source_by_name_or_key() {
        let source = |key: &str, year| Versioned {
            value: Source {
                key: key.into(),
                issuer: "Government of Mongolia".into(),
                title: "Law on Disaster Protection".into(),
                year,
                kind: SourceKind::Law,
                amended: Vec::new(),
                url: None,
                online: true,
                language: None,
                note: None,
            },
            version: 1,
        };
        let register = vec![source("dp-2003", Some(2003)), source("dp-2017", Some(2017))];
        let name = "Government of Mongolia — Law on Disaster Protection (2017)";
        assert_eq!(named_source(name, &register), "dp-2017");
        assert_eq!(named_source("dp-2003", &register), "dp-2003");
        assert_eq!(named_source("Something else", &register), "Something else");
        let twins = vec![source("a", None), source("b", None)];
        let twin = "Government of Mongolia — Law on Disaster Protection";
        assert_eq!(
            named_source(twin, &twins),
            twin,
            "a name two sources share picks neither"
        );
    }

    #[test]
    fn refusals_of_evidence_name_the_field_in_words() {
        let lang = Lang::En;
        assert_eq!(
            evidence_field(lang, "citations[1].source"),
            Some(("cite-1".to_owned(), "Source 2".to_owned()))
        );
        let (id, label) = evidence_field(lang, "citations[0].pinpoint").expect("pinpoint");
        assert_eq!(id, "pin-0");
        assert!(label.starts_with("Source 1, "), "{label}");
        assert_eq!(evidence_field(lang, "citations[x].source"), None);
        assert_eq!(evidence_field(lang, "narrative"), None);
    }
}
