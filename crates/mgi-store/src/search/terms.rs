//! Words as the search index keeps them and as a query looks them up.
//!
//! The index keeps one term for each word of a passage: its stem by the Snowball stemmer of the
//! passage's language (English, French, Spanish), marked with that language, so that a French
//! stem is found in French passages only; a word of another language, or a number, folded
//! (lower case, accents left out). Both backends index these terms as they are, so they find
//! the same passages.
//!
//! A query word finds a passage's word when the word's stem in the passage's language begins
//! with the query word as typed (folded), so that "traffic" finds "trafficking" (stem
//! "traffick") and "migra" finds "migration" (stem "migrat"), or is the query word's own stem
//! in that language, so that "migrants" finds "migrant" and "travailleurs" "travailleur"; in
//! another language, when the word begins with the query word. Each British and American
//! spelling of the query word ([`super::spelling`]) does the same. A stem is not a beginning:
//! "migration" (stem "migrat") does not find "migratory" (stem "migratori").

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use super::spelling::spellings;

/// A word longer than this (in characters; a pasted address without spaces, say) is left out
/// of the index: no one searches for it.
const MAX_WORD: usize = 60;

/// A query word shorter than this finds whole words only ("eu" does not find "europe").
const MIN_PREFIX: usize = 3;

/// The languages whose words are stemmed, with their stemmer.
const STEMMED: [(&str, Algorithm); 3] = [
    ("en", Algorithm::English),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
];

/// What begins a stem's term, before its language: a character that no word holds (private
/// use, neither letter nor digit), so no word and no beginning of a word is taken for a stem.
const STEM_MARK: char = '\u{E000}';

/// The words of `text`, each with the byte offset where it starts: the runs of letters and
/// digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// `word` in lower case, its letters without accents (the combining diacritical marks, so
/// "é" and "ñ" become "e" and "n", and "İ" becomes "i"), "œ" and "æ" written out.
fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .nfc()
    {
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A language's stemmer, with its code.
struct Stemming {
    lang: &'static str,
    stemmer: Stemmer,
}

impl Stemming {
    /// The stemmer of `lang`, none for a language whose words are not stemmed.
    fn of(lang: &str) -> Option<Stemming> {
        STEMMED
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(code, algorithm)| Stemming {
                lang: code,
                stemmer: Stemmer::create(*algorithm),
            })
    }

    fn all() -> Vec<Stemming> {
        STEMMED
            .iter()
            .filter_map(|(code, _)| Self::of(code))
            .collect()
    }

    /// The stem of a folded word; none for a number, which has none.
    fn stem(&self, folded: &str) -> Option<String> {
        (!folded.bytes().all(|b| b.is_ascii_digit()))
            .then(|| self.stemmer.stem(folded).into_owned())
    }
}

/// The term of a stem in a language, as the index keeps it.
fn stem_term(lang: &str, stem: &str) -> String {
    format!("{STEM_MARK}{lang}{stem}")
}

/// A word folded, none when it is too long to index.
fn folded(word: &str) -> Option<String> {
    let f = fold(word);
    (!f.is_empty() && f.chars().nth(MAX_WORD).is_none()).then_some(f)
}

/// The term of a folded word of a passage in the language of `stemming`: its stem marked with
/// the language, or the word itself (a number, a word of a language without a stemmer).
fn passage_term(stemming: Option<&Stemming>, folded: String) -> String {
    match stemming.and_then(|s| s.stem(&folded).map(|stem| stem_term(s.lang, &stem))) {
        Some(stem) => stem,
        None => folded,
    }
}

/// What the index keeps of a passage written in `lang`: the term of each of its words, each
/// once, separated by single spaces.
pub(super) fn terms(lang: &str, text: &str) -> String {
    let stemming = Stemming::of(lang);
    let mut seen: HashSet<String> = HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for (_, w) in words(text) {
        let Some(f) = folded(w) else { continue };
        let t = passage_term(stemming.as_ref(), f);
        if seen.insert(t.clone()) {
            out.push(t);
        }
    }
    out.join(" ")
}

/// A term a query word looks for, whole or as the beginning of a longer one: a stem in a
/// language (its passages' stemmed words), or a word (a number, or a word of a passage in a
/// language without a stemmer).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    /// As the index keeps it.
    text: String,
    prefix: bool,
    /// The first letter it looks for (after a stem's mark).
    initial: Option<char>,
}

impl Term {
    fn word(text: &str, prefix: bool) -> Term {
        Term {
            text: text.to_owned(),
            prefix,
            initial: text.chars().next(),
        }
    }

    fn stem(lang: &str, text: &str, prefix: bool) -> Term {
        Term {
            text: stem_term(lang, text),
            prefix,
            initial: text.chars().next(),
        }
    }

    /// Whether it finds `term`, a passage's term as [`passage_term`] makes it.
    fn finds(&self, term: &str) -> bool {
        if self.prefix {
            term.starts_with(&self.text)
        } else {
            term == self.text
        }
    }
}

/// The terms one spelling of a query word (folded) looks for: in each stemmed language, the
/// stems it begins (or is, when short) and its own stem; in other languages, the words it
/// begins; a number, itself.
fn looked_for(spelled: &str, stemmings: &[Stemming], terms: &mut Vec<Term>) {
    let prefix = spelled.chars().count() >= MIN_PREFIX;
    let mut add = |t: Term| {
        // A term that one already there finds adds nothing.
        if !terms.iter().any(|had| had.finds(&t.text)) {
            terms.push(t);
        }
    };
    if spelled.bytes().all(|b| b.is_ascii_digit()) {
        add(Term::word(spelled, false));
        return;
    }
    for s in stemmings {
        add(Term::stem(s.lang, spelled, prefix));
        if let Some(stem) = s.stem(spelled) {
            add(Term::stem(s.lang, &stem, false));
        }
    }
    add(Term::word(spelled, prefix));
}

/// A query: for each of its words, the terms any of which a passage must have. A passage
/// matches when it matches every word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    words: Vec<Vec<Term>>,
}

impl SearchQuery {
    /// The words of `query` with what each looks for (see the module's documentation).
    pub fn new(query: &str) -> SearchQuery {
        let stemmings = Stemming::all();
        let mut found: Vec<Vec<Term>> = Vec::new();
        for (_, w) in words(query) {
            let mut terms: Vec<Term> = Vec::new();
            for spelled in spellings(&fold(w)) {
                looked_for(&spelled, &stemmings, &mut terms);
            }
            if !found.contains(&terms) {
                found.push(terms);
            }
        }
        SearchQuery { words: found }
    }

    /// Whether the query has no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// What the query finds among the words of a passage written in `lang`: the words to mark
    /// in a passage found.
    pub fn in_language(&self, lang: &str) -> WordsFound<'_> {
        WordsFound {
            query: self,
            stemming: Stemming::of(lang),
        }
    }

    /// The terms joined: a word's by `or`, the words by `and`, each term written by `term`
    /// (the term as indexed, and whether it is a beginning).
    fn expression(&self, or: &str, and: &str, term: impl Fn(&str, bool) -> String) -> String {
        self.words
            .iter()
            .map(|alternatives| {
                let terms: Vec<String> = alternatives
                    .iter()
                    .map(|t| term(&t.text, t.prefix))
                    .collect();
                format!("({})", terms.join(or))
            })
            .collect::<Vec<_>>()
            .join(and)
    }

    /// The query as an FTS5 expression: each term quoted (a term holds no quote), a beginning
    /// followed by `*`, a word's terms joined by `OR`, the words by `AND`.
    pub(super) fn fts5(&self) -> String {
        self.expression(" OR ", " AND ", |text, prefix| {
            format!("\"{text}\"{}", if prefix { "*" } else { "" })
        })
    }

    /// The query as PostgreSQL's `tsquery` text: each term quoted as a lexeme (a term holds
    /// no quote nor backslash), a beginning marked `:*`, a word's terms joined by `|`, the
    /// words by `&`.
    pub(super) fn tsquery(&self) -> String {
        self.expression(" | ", " & ", |text, prefix| {
            format!("'{text}'{}", if prefix { ":*" } else { "" })
        })
    }
}

/// The words a query finds in the passages of one language ([`SearchQuery::in_language`]).
pub struct WordsFound<'q> {
    query: &'q SearchQuery,
    stemming: Option<Stemming>,
}

impl WordsFound<'_> {
    /// Whether `word`, a word of a passage, is one that a word of the query finds, as the
    /// search does.
    pub fn finds(&self, word: &str) -> bool {
        let Some(f) = folded(word) else {
            return false;
        };
        // A stem keeps its word's first letter: a word that begins like no term is not stemmed.
        let initial = f.chars().next();
        if !self
            .query
            .words
            .iter()
            .flatten()
            .any(|t| t.initial == initial)
        {
            return false;
        }
        let t = passage_term(self.stemming.as_ref(), f);
        self.query
            .words
            .iter()
            .any(|alternatives| alternatives.iter().any(|a| a.finds(&t)))
    }
}

#[cfg(test)]
mod tests {
    use super::{SearchQuery, fold, terms, words};

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let w: Vec<(usize, &str)> = words("Labour-market, (2023) é-visa").collect();
        assert_eq!(
            w,
            [
                (0, "Labour"),
                (7, "market"),
                (16, "2023"),
                (22, "é"),
                (25, "visa")
            ]
        );
        assert_eq!(words(" ;-- ").count(), 0);
    }

    /// A term as the tests write it: a stem's mark shown as `~`.
    fn shown(text: &str) -> String {
        text.replace(super::STEM_MARK, "~")
    }

    #[test]
    fn words_are_kept_folded_and_stemmed_in_their_language() {
        assert_eq!(fold("İstanbul Régulière ÑANDÚ"), "istanbul reguliere nandu");
        assert_eq!(fold("main-d'œuvre"), "main-d'oeuvre");
        assert_eq!(
            shown(&terms("en", "Migrants and migrant workers")),
            "~enmigrant ~enand ~enworker"
        );
        assert_eq!(
            shown(&terms("fr", "Travailleurs régulières")),
            "~frtravailleur ~frregulier"
        );
        assert_eq!(shown(&terms("es", "Trabajadores")), "~estrabaj");
        assert_eq!(
            terms("mn", "Migrants"),
            "migrants",
            "other languages: the word"
        );
        assert_eq!(
            terms("en", "2023 2023"),
            "2023",
            "numbers as they are; each term once"
        );
    }

    #[test]
    fn queries_are_fts5_and_tsquery_expressions_of_terms_only() {
        let q = SearchQuery::new("labour \"migration\" OR-");
        let labour = "(\"~enlabour\"* OR \"~frlabour\"* OR \"~eslabour\"* OR \"labour\"* \
                      OR \"~enlabor\"* OR \"~frlabor\"* OR \"~eslabor\"* OR \"labor\"*)";
        let migration = "(\"~enmigration\"* OR \"~enmigrat\" OR \"~frmigration\"* OR \"~frmigrat\" \
                         OR \"~esmigration\"* OR \"migration\"*)";
        assert_eq!(
            shown(&q.fts5()),
            format!("{labour} AND {migration} AND (\"~enor\" OR \"~fror\" OR \"~esor\" OR \"or\")")
        );
        assert_eq!(
            shown(&SearchQuery::new("7 migra").tsquery()),
            "('7') & ('~enmigra':* | '~frmigra':* | '~frmigr' | '~esmigra':* | '~esmigr' | 'migra':*)"
        );
        assert!(SearchQuery::new("  ;--  ").is_empty());
    }

    #[test]
    fn a_query_finds_the_words_its_terms_match() {
        let q = SearchQuery::new("traffic labor migrants");
        let finds = |lang: &str, word: &str| q.in_language(lang).finds(word);
        for (lang, word) in [
            ("en", "trafficking"),
            ("en", "Labour"),
            ("en", "labourers"),
            ("en", "migrant"),
            ("fr", "migrants"),
            ("mn", "Migrantsyn"),
        ] {
            assert!(finds(lang, word), "{word} ({lang})");
        }
        assert!(!finds("en", "migration"), "migrants is not migration");
        assert!(!finds("en", "health"));
        assert!(
            finds("en", "laboratory"),
            "a word finds every word it begins, whatever it means"
        );
        let career = SearchQuery::new("career");
        assert!(
            career.in_language("es").finds("care"),
            "career and care have one stem in Spanish"
        );
        assert!(
            !career.in_language("en").finds("care"),
            "but not in English: a stem is looked for in its language only"
        );
        let finds_in =
            |q: &str, lang: &str, word: &str| SearchQuery::new(q).in_language(lang).finds(word);
        assert!(finds_in("travailleur", "fr", "travailleurs"));
        assert!(finds_in("regularisee", "fr", "régularisée"));
        assert!(finds_in("policies", "en", "policy"));
        assert!(!finds_in("migration", "en", "migratory"));
    }
}
