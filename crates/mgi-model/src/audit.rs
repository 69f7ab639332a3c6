//! The vocabulary of the audit log: which kind of record a change was made to ([`Entity`]) and
//! which of its fields ([`Field`]). The store writes an entry only through these types and reads
//! it back into them; the codes (`as_str`) are what the database holds, so they never change.

use mgi_i18n::{Lang, Localise, tr};

/// The kind of record an entry of the audit log changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// The assessment as a whole (its stage, an approval, an import); the entry has no key.
    Assessment,
    /// The answer to an indicator, keyed by the indicator.
    Answer,
    Finding,
    /// The summary of a domain, keyed by the domain.
    Summary,
    /// A source of the register.
    Source,
    /// A context figure (keyed by its position) or a context import (keyed by its source).
    Context,
    /// A convention's ratification, keyed by its indicator.
    Convention,
    /// A consultation event.
    Consultation,
    Comment,
    /// A share link, keyed by its label.
    ShareLink,
    /// A note of the change log between two rounds, keyed by its indicator.
    RoundNote,
    /// A translation, keyed `language:text`.
    Translation,
}

str_enum!(Entity {
    Assessment = "assessment",
    Answer = "answer",
    Finding = "finding",
    Summary = "summary",
    Source = "source",
    Context = "context",
    Convention = "convention",
    Consultation = "consultation",
    Comment = "comment",
    ShareLink = "share-link",
    RoundNote = "round-note",
    Translation = "translation",
});

/// The field of a record an entry of the audit log changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Stage,
    Approval,
    Import,
    /// An answer's value on the scale.
    Value,
    Narrative,
    /// An answer's or a translation's status.
    Status,
    Confidence,
    /// The research notes of an answer.
    Notes,
    Citations,
    Text,
    Indicators,
    Issuer,
    Title,
    Year,
    /// A source's kind.
    Kind,
    Url,
    /// A source's note or a round's note.
    Note,
    Figure,
    Ratified,
    Created,
    Revoked,
    /// A comment's state.
    State,
    /// A finding's footnotes.
    Footnotes,
    /// A finding's place among the findings of its domain and kind.
    Position,
    /// The indicators suggested for a finding, still to review.
    Suggestions,
    /// A publication despite what was not ready: the administrator's reason.
    Override,
    /// A source removed from the register by merging it into another: the new value is the
    /// kept source's key, the old one how many citations moved.
    MergedInto,
    /// The framework set version a round is assessed against (moved through the crosswalks).
    Framework,
}

str_enum!(Field {
    Stage = "stage",
    Approval = "approval",
    Import = "import",
    Value = "value",
    Narrative = "narrative",
    Status = "status",
    Confidence = "confidence",
    Notes = "notes",
    Citations = "citations",
    Text = "text",
    Indicators = "indicators",
    Issuer = "issuer",
    Title = "title",
    Year = "year",
    Kind = "kind",
    Url = "url",
    Note = "note",
    Figure = "figure",
    Ratified = "ratified",
    Created = "created",
    Revoked = "revoked",
    State = "state",
    Footnotes = "footnotes",
    Position = "position",
    Suggestions = "suggestions",
    Override = "override",
    MergedInto = "merged-into",
    Framework = "framework",
});

impl Localise for Entity {
    fn localise(&self, lang: Lang) -> String {
        match self {
            Entity::Assessment => tr!(lang, "work-audit-entity-assessment"),
            Entity::Answer => tr!(lang, "work-audit-entity-answer"),
            Entity::Finding => tr!(lang, "work-audit-entity-finding"),
            Entity::Summary => tr!(lang, "work-audit-entity-summary"),
            Entity::Source => tr!(lang, "work-audit-entity-source"),
            Entity::Context => tr!(lang, "work-audit-entity-context"),
            Entity::Convention => tr!(lang, "work-audit-entity-convention"),
            Entity::Consultation => tr!(lang, "work-audit-entity-consultation"),
            Entity::Comment => tr!(lang, "work-audit-entity-comment"),
            Entity::ShareLink => tr!(lang, "work-audit-entity-share-link"),
            Entity::RoundNote => tr!(lang, "work-audit-entity-round-note"),
            Entity::Translation => tr!(lang, "work-audit-entity-translation"),
        }
    }
}

impl Localise for Field {
    fn localise(&self, lang: Lang) -> String {
        match self {
            Field::Stage => tr!(lang, "work-audit-field-stage"),
            Field::Approval => tr!(lang, "work-audit-field-approval"),
            Field::Import => tr!(lang, "work-audit-field-import"),
            Field::Value => tr!(lang, "work-audit-field-value"),
            Field::Narrative => tr!(lang, "work-audit-field-narrative"),
            Field::Status => tr!(lang, "work-audit-field-status"),
            Field::Confidence => tr!(lang, "work-audit-field-confidence"),
            Field::Notes => tr!(lang, "work-audit-field-notes"),
            Field::Citations => tr!(lang, "work-audit-field-citations"),
            Field::Text => tr!(lang, "work-audit-field-text"),
            Field::Indicators => tr!(lang, "work-audit-field-indicators"),
            Field::Issuer => tr!(lang, "work-audit-field-issuer"),
            Field::Title => tr!(lang, "work-audit-field-title"),
            Field::Year => tr!(lang, "work-audit-field-year"),
            Field::Kind => tr!(lang, "work-audit-field-kind"),
            Field::Url => tr!(lang, "work-audit-field-url"),
            Field::Note => tr!(lang, "work-audit-field-note"),
            Field::Figure => tr!(lang, "work-audit-field-figure"),
            Field::Ratified => tr!(lang, "work-audit-field-ratified"),
            Field::Created => tr!(lang, "work-audit-field-created"),
            Field::Revoked => tr!(lang, "work-audit-field-revoked"),
            Field::State => tr!(lang, "work-audit-field-state"),
            Field::Footnotes => tr!(lang, "work-audit-field-footnotes"),
            Field::Position => tr!(lang, "work-audit-field-position"),
            Field::Suggestions => tr!(lang, "work-audit-field-suggestions"),
            Field::Override => tr!(lang, "work-audit-field-override"),
            Field::MergedInto => tr!(lang, "work-audit-field-merged-into"),
            Field::Framework => tr!(lang, "work-audit-field-framework"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value reads back from its code, and has a name in every language: a message of its
    /// own (not a `[key]` of a missing one), in French and Spanish not left in English.
    fn round_trips_and_is_named<T: Localise + Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        let mut codes: Vec<&str> = all.iter().map(|&v| code(v)).collect();
        for &v in all {
            assert_eq!(parse(code(v)), Some(v), "{v:?}");
            let english = v.localise(Lang::En);
            for lang in Lang::ALL {
                let name = v.localise(lang);
                assert!(!name.is_empty() && !name.starts_with('['), "{lang}: {v:?}");
                assert!(
                    lang == Lang::En || name != english,
                    "{lang}: {v:?} in English"
                );
            }
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "two values share a code");
        assert_eq!(parse("no-such-code"), None);
    }

    #[test]
    fn every_entity_and_field_round_trips_and_has_a_name() {
        round_trips_and_is_named(Entity::ALL, Entity::as_str, Entity::parse);
        round_trips_and_is_named(Field::ALL, Field::as_str, Field::parse);
    }

    #[test]
    fn the_codes_are_the_ones_stored_before_the_types() {
        assert_eq!(Entity::ShareLink.as_str(), "share-link");
        assert_eq!(Entity::RoundNote.as_str(), "round-note");
        assert_eq!(Field::Url.as_str(), "url");
        assert_eq!(Entity::parse("translation"), Some(Entity::Translation));
        assert_ne!(
            Entity::Translation.localise(Lang::Fr),
            Entity::Translation.localise(Lang::En)
        );
    }
}
