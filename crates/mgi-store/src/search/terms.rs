//! Words as the search index keeps them and as a query looks them up. A word is folded (lower
//! case, accents left out) and then stemmed by the Snowball stemmer of its passage's language
//! (English, French and Spanish; a word of another language stays folded): "migrants" is kept
//! as "migrant", "travailleurs" as "travailleur". Both backends index these terms as they are,
//! so they find the same passages.
//!
//! A query word matches a passage's term when the term begins with the word as typed (folded),
//! so that "traffic" finds "trafficking" and "migra" finds "migration", or when the term is a
//! stem of the word in one of the three languages, so that "migrants" finds "migrant"; each of
//! its British and American spellings ([`super::spelling`]) does the same. The stems match
//! whole, not as beginnings: "organization" (whose English stem is "organ") does not find
//! "organic".

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use super::spelling::spellings;

/// A word longer than this (in characters; a pasted address without spaces, say) is left out
/// of the index: no one searches for it.
const MAX_WORD: usize = 60;

/// A query word shorter than this matches whole words only ("eu" does not find "europe").
const MIN_PREFIX: usize = 3;

/// The languages whose words are stemmed, with their stemmer.
const STEMMED: [(&str, Algorithm); 3] = [
    ("en", Algorithm::English),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
];

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

/// The stemmer of a language, none for a language whose words are not stemmed.
fn stemmer(lang: &str) -> Option<Stemmer> {
    STEMMED
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, algorithm)| Stemmer::create(*algorithm))
}

/// The term of one word of a passage (stemmed by `stemmer`, the passage language's): none for a
/// word too long to index.
fn term(stemmer: Option<&Stemmer>, word: &str) -> Option<String> {
    let folded = fold(word);
    if folded.is_empty() || folded.chars().count() > MAX_WORD {
        return None;
    }
    match stemmer {
        Some(s) if !folded.bytes().all(|b| b.is_ascii_digit()) => {
            Some(s.stem(&folded).into_owned())
        }
        _ => Some(folded),
    }
}

/// What the index keeps of a passage written in `lang`: the term of each of its words, each
/// once, in order, separated by single spaces.
pub(super) fn terms(lang: &str, text: &str) -> String {
    let stemmer = stemmer(lang);
    let mut seen: Vec<String> = Vec::new();
    for (_, w) in words(text) {
        if let Some(t) = term(stemmer.as_ref(), w)
            && !seen.contains(&t)
        {
            seen.push(t);
        }
    }
    seen.join(" ")
}

/// A term a query word looks for: whole, or as the beginning of a longer term.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    prefix: bool,
}

impl Term {
    fn matches(&self, term: &str) -> bool {
        if self.prefix {
            term.starts_with(&self.text)
        } else {
            term == self.text
        }
    }
}

/// The terms one word of a query looks for in a passage stemmed by `stemmer`: each spelling of
/// the word as the beginning of a term (whole only when short, or digits), and each spelling's
/// stem whole.
fn alternatives(spellings: &[String], stemmer: Option<&Stemmer>) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    // A term that one already there matches adds nothing.
    let mut add = |t: Term| {
        if !terms
            .iter()
            .any(|had| *had == t || had.prefix && had.matches(&t.text))
        {
            terms.push(t);
        }
    };
    for spelled in spellings {
        let digits = spelled.bytes().all(|b| b.is_ascii_digit());
        add(Term {
            text: spelled.clone(),
            prefix: !digits && spelled.chars().count() >= MIN_PREFIX,
        });
        if let Some(s) = stemmer.filter(|_| !digits) {
            add(Term {
                text: s.stem(spelled).into_owned(),
                prefix: false,
            });
        }
    }
    terms
}

/// A query: its words, each with its spellings (folded). A passage matches when it matches
/// every word; a word's stems are those of the passage's language, so that a French stem
/// (French "care" of "career") finds nothing in an English passage.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    words: Vec<Vec<String>>,
}

/// What a query looks for in the passages of one language: for each word, the terms any of
/// which a passage must have. `lang` is a stemmed language, or none for all others.
pub(super) struct Branch {
    pub lang: Option<&'static str>,
    words: Vec<Vec<Term>>,
}

impl Branch {
    /// The terms joined: a word's by `or`, the words by `and`, each term written by `term`.
    fn expression(&self, or: &str, and: &str, term: impl Fn(&Term) -> String) -> String {
        self.words
            .iter()
            .map(|alternatives| {
                let terms: Vec<String> = alternatives.iter().map(&term).collect();
                format!("({})", terms.join(or))
            })
            .collect::<Vec<_>>()
            .join(and)
    }
}

/// The words a query finds in the passages of one language ([`SearchQuery::in_language`]).
pub struct WordsFound {
    stemmer: Option<Stemmer>,
    branch: Branch,
}

impl WordsFound {
    /// Whether `word`, a word of a passage, is one that a word of the query finds.
    pub fn finds(&self, word: &str) -> bool {
        let Some(t) = term(self.stemmer.as_ref(), word) else {
            return false;
        };
        self.branch
            .words
            .iter()
            .any(|alternatives| alternatives.iter().any(|a| a.matches(&t)))
    }
}

/// The codes of the languages whose passages are stemmed, quoted for SQL and FTS5 by `quote`
/// and joined by `sep`.
pub(super) fn stemmed_languages(quote: char, sep: &str) -> String {
    STEMMED
        .iter()
        .map(|(code, _)| format!("{quote}{code}{quote}"))
        .collect::<Vec<_>>()
        .join(sep)
}

impl SearchQuery {
    /// The words of `query` and their spellings (see the module's documentation).
    pub fn new(query: &str) -> SearchQuery {
        let mut found: Vec<Vec<String>> = Vec::new();
        for (_, w) in words(query) {
            let spelled = spellings(&fold(w));
            if !found.contains(&spelled) {
                found.push(spelled);
            }
        }
        SearchQuery { words: found }
    }

    /// Whether the query has no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn branch(&self, lang: Option<&'static str>) -> Branch {
        let stemmer = lang.and_then(stemmer);
        Branch {
            lang,
            words: self
                .words
                .iter()
                .map(|w| alternatives(w, stemmer.as_ref()))
                .collect(),
        }
    }

    /// What the query looks for in each stemmed language, then in every other language.
    pub(super) fn branches(&self) -> Vec<Branch> {
        STEMMED
            .iter()
            .map(|(code, _)| Some(*code))
            .chain([None])
            .map(|lang| self.branch(lang))
            .collect()
    }

    /// What the query finds among the words of a passage written in `lang`: the words to mark
    /// in a passage found.
    pub fn in_language(&self, lang: &str) -> WordsFound {
        let stemmed = STEMMED.iter().map(|(code, _)| *code).find(|c| *c == lang);
        WordsFound {
            stemmer: stemmed.and_then(stemmer),
            branch: self.branch(stemmed),
        }
    }

    /// The query as an FTS5 expression over the columns `terms` and `lang`: for each language
    /// its branch, a term quoted (a term is letters and digits only), a beginning followed by
    /// `*`, a word's terms joined by `OR`, the words by `AND`.
    pub(super) fn fts5(&self) -> String {
        self.branches()
            .iter()
            .map(|b| {
                let terms = b.expression(" OR ", " AND ", |t| {
                    format!("\"{}\"{}", t.text, if t.prefix { "*" } else { "" })
                });
                match b.lang {
                    Some(code) => format!("(lang:\"{code}\" AND terms:({terms}))"),
                    None => format!(
                        "(terms:({terms}) NOT lang:({}))",
                        stemmed_languages('"', " OR ")
                    ),
                }
            })
            .collect::<Vec<_>>()
            .join(" OR ")
    }

    /// Each branch as PostgreSQL's `tsquery` text: a term quoted as a lexeme, a beginning
    /// marked `:*`, a word's terms joined by `|`, the words by `&`.
    pub(super) fn tsqueries(&self) -> Vec<(Option<&'static str>, String)> {
        self.branches()
            .iter()
            .map(|b| {
                let q = b.expression(" | ", " & ", |t| {
                    format!("'{}'{}", t.text, if t.prefix { ":*" } else { "" })
                });
                (b.lang, q)
            })
            .collect()
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

    #[test]
    fn words_are_folded_then_stemmed_in_their_language() {
        assert_eq!(fold("İstanbul Régulière ÑANDÚ"), "istanbul reguliere nandu");
        assert_eq!(fold("main-d'œuvre"), "main-d'oeuvre");
        assert_eq!(
            terms(
                "en",
                "Migrants and migrant workers: trafficking of migrants"
            ),
            "migrant and worker traffick of"
        );
        assert_eq!(
            terms("fr", "Les travailleurs migrants"),
            "le travailleur migr"
        );
        assert_eq!(
            terms("es", "Los trabajadores migrantes"),
            "los trabaj migrant"
        );
        assert_eq!(
            terms("mn", "Migrants"),
            "migrants",
            "other languages are not stemmed"
        );
        assert_eq!(terms("en", "2023 1990s"), "2023 1990s");
    }

    #[test]
    fn queries_are_fts5_and_tsquery_expressions_of_terms_only() {
        let q = SearchQuery::new("labour \"migration\" OR-");
        let labour = "(\"labour\"* OR \"labor\"*)";
        assert_eq!(
            q.fts5(),
            [
                format!("(lang:\"en\" AND terms:({labour} AND (\"migration\"* OR \"migrat\") AND (\"or\")))"),
                format!("(lang:\"fr\" AND terms:({labour} AND (\"migration\"* OR \"migrat\") AND (\"or\")))"),
                format!("(lang:\"es\" AND terms:({labour} AND (\"migration\"*) AND (\"or\")))"),
                format!("(terms:({labour} AND (\"migration\"*) AND (\"or\")) NOT lang:(\"en\" OR \"fr\" OR \"es\"))"),
            ]
            .join(" OR ")
        );
        assert_eq!(
            q.tsqueries(),
            [
                (
                    Some("en"),
                    "('labour':* | 'labor':*) & ('migration':* | 'migrat') & ('or')".to_owned()
                ),
                (
                    Some("fr"),
                    "('labour':* | 'labor':*) & ('migration':* | 'migrat') & ('or')".to_owned()
                ),
                (
                    Some("es"),
                    "('labour':* | 'labor':*) & ('migration':*) & ('or')".to_owned()
                ),
                (
                    None,
                    "('labour':* | 'labor':*) & ('migration':*) & ('or')".to_owned()
                ),
            ]
        );
        assert!(SearchQuery::new("  ;--  ").is_empty());
        assert_eq!(SearchQuery::new("7").tsqueries()[0].1, "('7')");
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
            "but not in English: a French or Spanish stem is looked for in French or Spanish passages only"
        );
        let finds_in =
            |q: &str, lang: &str, word: &str| SearchQuery::new(q).in_language(lang).finds(word);
        assert!(finds_in("travailleurs", "fr", "travailleur"));
        assert!(finds_in("regularisee", "fr", "régularisée"));
        assert!(
            finds_in("migrants", "mn", "Migrantsyn"),
            "other languages: beginnings"
        );
    }
}
