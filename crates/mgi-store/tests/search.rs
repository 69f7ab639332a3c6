//! Search by stems, word beginnings and British or American spellings, in every language a
//! profile is published in; the same passages found on SQLite and PostgreSQL.

#[macro_use]
mod common;

use common::{TestStore, sample};
use mgi_model::{AssessmentDoc, Stage, TextStatus, Translation, fingerprint};
use mgi_store::{ImportMode, PassageKind, SearchHit, StoreError};

on_both_backends!(
    stems_beginnings_and_spellings_find_the_passages,
    french_and_spanish_words_are_stemmed_and_accents_folded,
    a_reader_reads_each_passage_in_their_language_where_it_is_published,
    an_overlong_query_is_refused,
    an_emptied_index_is_rebuilt_when_the_store_opens,
);

const LABOUR: &str = "Labour migrants can use public health care.";
const TRAFFICKING: &str = "A national programme against trafficking in persons.";
const PROGRAM: &str = "The reintegration program counsels returning migrant workers.";
const ORGANISATIONS: &str = "Migration organisations are consulted.";
const TRAVAILLEURS: &str =
    "Les travailleurs migrants en situation régulière ont accès aux soins de santé.";
const TRABAJADORES: &str = "Los trabajadores migrantes se inscriben en la seguridad social.";

fn translation(lang: &str, target: &str, original: &str, text: &str) -> Translation {
    Translation {
        lang: lang.into(),
        target: target.into(),
        text: text.into(),
        status: TextStatus::Reviewed,
        of: Some(fingerprint(original)),
    }
}

/// A published profile whose first finding, in English, has a French translation and whose
/// first answer has a Spanish one.
fn published() -> AssessmentDoc {
    let mut doc = sample("MNG", 2023);
    doc.stage = Stage::Published;
    doc.findings[0].text = LABOUR.into();
    doc.findings[1].text = TRAFFICKING.into();
    doc.answers[0].narrative = PROGRAM.into();
    doc.answers[1].narrative = ORGANISATIONS.into();
    let answer = format!("answer/{}", doc.answers[0].indicator);
    doc.translations = vec![
        translation("fr", "finding/f1", LABOUR, TRAVAILLEURS),
        translation("es", &answer, PROGRAM, TRABAJADORES),
    ];
    doc
}

async fn with_profile(s: &TestStore) -> AssessmentDoc {
    let doc = published();
    s.import_assessment(&doc, "test", ImportMode::New)
        .await
        .expect("import");
    doc
}

/// The passages found, as (kind, key, language).
fn found(hits: &[SearchHit]) -> Vec<(PassageKind, &str, &str)> {
    hits.iter()
        .map(|h| (h.kind, h.ref_key.as_str(), h.lang.as_str()))
        .collect()
}

async fn search(s: &TestStore, q: &str) -> Vec<SearchHit> {
    s.search(q).await.expect("search")
}

async fn stems_beginnings_and_spellings_find_the_passages(s: TestStore) {
    let doc = with_profile(&s).await;
    let program = doc.answers[0].indicator.as_str();
    let organisations = doc.answers[1].indicator.as_str();
    let finding = |key| (PassageKind::Finding, key, "en");
    let answer = |id| (PassageKind::Answer, id, "en");
    // American spelling finds British, and back.
    assert_eq!(found(&search(&s, "labor").await), [finding("f1")]);
    assert_eq!(found(&search(&s, "LABOUR").await), [finding("f1")]);
    // (Hits come by jurisdiction, year, kind — "answer" before "finding" —, key and language.)
    assert_eq!(
        found(&search(&s, "program").await),
        [answer(program), finding("f2")],
        "program finds programme"
    );
    assert_eq!(
        found(&search(&s, "programmes").await),
        [answer(program), finding("f2")]
    );
    assert_eq!(
        found(&search(&s, "organizations").await),
        [answer(organisations)]
    );
    // A word finds the words it begins; a stem finds the word's other forms.
    assert_eq!(found(&search(&s, "traffic").await), [finding("f2")]);
    assert_eq!(found(&search(&s, "trafficked").await), [finding("f2")]);
    assert_eq!(found(&search(&s, "organ").await), [answer(organisations)]);
    let spanish = (PassageKind::Answer, program, "es");
    let french = (PassageKind::Finding, "f1", "fr");
    assert_eq!(
        found(&search(&s, "migra").await),
        [
            answer(program),
            spanish,
            answer(organisations),
            finding("f1"),
            french
        ],
        "migra finds migrants, migrantes and migration"
    );
    assert_eq!(
        found(&search(&s, "migrants").await),
        [answer(program), finding("f1"), french],
        "migrants finds migrant, not migration; the French stem in French only"
    );
    assert_eq!(found(&search(&s, "consult").await), [answer(organisations)]);
    assert_eq!(found(&search(&s, "labour migrant").await), [finding("f1")]);
    assert_eq!(
        found(&search(&s, "migrantes").await),
        [answer(program), spanish, finding("f1"), french],
        "each language stems migrantes its way"
    );
    // No match for unrelated words, nor for words that only begin like a word of the text.
    for q in [
        "xylophone",
        "laboratory",
        "career",
        "healthy care",
        "labour trafficking",
    ] {
        assert!(search(&s, q).await.is_empty(), "{q}");
    }
    let hit = &search(&s, "labour").await[0];
    assert_eq!(
        (
            hit.domain.as_str(),
            hit.framework_set.as_str(),
            hit.framework_version
        ),
        (doc.findings[0].domain.as_str(), "mgi-national", 1.into()),
        "a finding names its domain"
    );
    assert!(
        search(&s, "\"; DROP TABLE search_entries; --")
            .await
            .is_empty()
    );
    assert!(search(&s, " * OR ").await.is_empty());
}

async fn french_and_spanish_words_are_stemmed_and_accents_folded(s: TestStore) {
    let doc = with_profile(&s).await;
    let program = doc.answers[0].indicator.as_str();
    let french = [(PassageKind::Finding, "f1", "fr")];
    assert_eq!(found(&search(&s, "travailleur").await), french);
    assert_eq!(found(&search(&s, "régulières").await), french);
    assert_eq!(
        found(&search(&s, "REGULIERE sante").await),
        french,
        "accents folded"
    );
    let spanish = [(PassageKind::Answer, program, "es")];
    assert_eq!(found(&search(&s, "trabajador").await), spanish);
    assert_eq!(found(&search(&s, "inscribe").await), spanish);
    assert_eq!(found(&search(&s, "seguridad sociales").await), spanish);
}

async fn a_reader_reads_each_passage_in_their_language_where_it_is_published(s: TestStore) {
    with_profile(&s).await;
    // English words find the English finding; a French reader reads its French translation.
    let french = s.search_in("labour", "fr").await.expect("search");
    assert_eq!(
        french
            .iter()
            .map(|h| (h.ref_key.as_str(), h.lang.as_str(), h.text.as_str()))
            .collect::<Vec<_>>(),
        [("f1", "fr", TRAVAILLEURS)]
    );
    let english = s.search_in("travailleurs", "en").await.expect("search");
    assert_eq!(
        english
            .iter()
            .map(|h| (h.ref_key.as_str(), h.lang.as_str(), h.text.as_str()))
            .collect::<Vec<_>>(),
        [("f1", "en", LABOUR)],
        "French words find the passage an English reader reads in English"
    );
    // A passage matched in two languages is one hit; without a text in the reader's language it
    // is shown in a language it is published in.
    let both = s.search_in("migrant", "fr").await.expect("search");
    assert_eq!(
        both.iter()
            .map(|h| (h.kind, h.lang.as_str()))
            .collect::<Vec<_>>(),
        [(PassageKind::Answer, "en"), (PassageKind::Finding, "fr")]
    );
}

async fn an_overlong_query_is_refused(s: TestStore) {
    with_profile(&s).await;
    let q = "labour ".repeat(40);
    let err = s.search(&q).await.expect_err("too long");
    assert!(
        matches!(&err, StoreError::Invalid(problems) if problems.len() == 1),
        "{err}"
    );
    assert!(err.to_string().contains("q"), "{err}");
    let at_most = "a".repeat(mgi_store::MAX_QUERY);
    assert!(s.search(&at_most).await.expect("at the limit").is_empty());
}

async fn an_emptied_index_is_rebuilt_when_the_store_opens(s: TestStore) {
    with_profile(&s).await;
    let before = search(&s, "labor").await;
    assert_eq!(before.len(), 1);
    // As the migration that brought the stemmed terms leaves an older database.
    s.raw_execute("DELETE FROM search_entries").await;
    assert!(search(&s, "labor").await.is_empty());
    let reopened = s.reopen().await;
    assert_eq!(reopened.search("labor").await.expect("search"), before);
    assert_eq!(
        s.raw_count("SELECT COUNT(*) FROM search_entries").await,
        2 + 1 + 3 + 2 + 2,
        "the findings, the summary, the answers, the sources and the translations, once each"
    );
}
