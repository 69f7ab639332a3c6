//! Which indicators a paragraph speaks to: TF-IDF over the indicators' questions, guidance and
//! keywords, cosine similarity, a bonus for indicators placed in the paragraph's own domain.

use std::collections::{BTreeMap, HashMap};

use mgi_framework::{Framework, FrameworkSet};
use mgi_model::Suggestion;

const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "are",
    "with",
    "that",
    "this",
    "from",
    "has",
    "have",
    "its",
    "their",
    "there",
    "such",
    "which",
    "who",
    "was",
    "were",
    "not",
    "but",
    "also",
    "any",
    "all",
    "can",
    "may",
    "into",
    "been",
    "being",
    "does",
    "other",
    "per",
    "than",
    "through",
    "under",
    "well",
    "these",
    "those",
    "they",
    "them",
    "whether",
    "when",
    "where",
    "what",
    "how",
    "more",
    "most",
    "mongolia",
    "mongolian",
    "government",
    "country",
    "national",
    "law",
    "article",
    "amended",
    "last",
    "area",
    "areas",
    "potential",
    "further",
    "development",
    "developed",
    "present",
    "partial",
    "absent",
    "otherwise",
    "only",
    "some",
    "there",
];

/// Lower-case word stems of a text.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| stem(&w.to_lowercase()))
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// The words of `text` that the indicator `id` shares with it (its name, question, guidance
/// or keywords, in English, compared stem to stem), each once, in the order of `text`: why
/// the matcher proposed it, for the analyst who reviews the suggestion.
pub fn matched_words(framework: &Framework, id: &str, text: &str) -> Vec<String> {
    let Some(ind) = framework.indicator(id) else {
        return Vec::new();
    };
    let own: std::collections::HashSet<String> =
        [ind.name.en(), ind.question.en(), ind.guidance.en()]
            .into_iter()
            .chain(ind.keywords.iter().map(String::as_str))
            .flat_map(tokens)
            .collect();
    let mut seen = std::collections::HashSet::new();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| tokens(w).first().is_some_and(|t| own.contains(t)))
        .map(str::to_lowercase)
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

fn stem(w: &str) -> String {
    for (suffix, keep) in [
        ("ies", "y"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ments", ""),
        ("ment", ""),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 4
            && !(suffix == "s" && base.ends_with('s'))
        {
            return format!("{base}{keep}");
        }
    }
    w.to_owned()
}

struct IndicatorVector {
    id: String,
    domain: String,
    /// (term id, weight), the weights normalised to unit length.
    weights: Vec<(usize, f64)>,
}

/// Matches texts to the indicators of one framework set.
pub struct Matcher {
    vocabulary: HashMap<String, usize>,
    idf: Vec<f64>,
    indicators: Vec<IndicatorVector>,
    /// Each domain's id and the words of its name and of its principle, in English, French and
    /// Spanish: what a domain heading is matched against.
    domains: Vec<(String, Vec<Vec<String>>)>,
}

fn unit_length(v: &mut [(usize, f64)]) {
    let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, x)| *x /= norm);
    }
}

impl Matcher {
    pub fn new(framework: &Framework, set: &FrameworkSet) -> Matcher {
        let mut vocabulary: HashMap<String, usize> = HashMap::new();
        let mut term = |t: String| {
            let next = vocabulary.len();
            *vocabulary.entry(t).or_insert(next)
        };
        let mut docs: Vec<(String, String, BTreeMap<usize, f64>)> = Vec::new();
        for domain in &set.domains {
            for id in domain.indicator_ids() {
                let Some(ind) = framework.indicator(id) else {
                    continue;
                };
                let mut tf: BTreeMap<usize, f64> = BTreeMap::new();
                let weighted = [(ind.question.en(), 1.0), (ind.guidance.en(), 0.5)];
                for (text, weight) in weighted {
                    for t in tokens(text) {
                        *tf.entry(term(t)).or_default() += weight;
                    }
                }
                for t in ind.keywords.iter().flat_map(|k| tokens(k)) {
                    *tf.entry(term(t)).or_default() += 2.0;
                }
                docs.push((id.to_owned(), domain.id.clone(), tf));
            }
        }
        let n = docs.len().max(1) as f64;
        let mut df: Vec<f64> = vec![0.0; vocabulary.len()];
        for (_, _, tf) in &docs {
            for t in tf.keys() {
                df[*t] += 1.0;
            }
        }
        let idf: Vec<f64> = df
            .iter()
            .map(|d: &f64| (1.0 + n / d.max(1.0)).ln())
            .collect();
        let indicators = docs
            .into_iter()
            .map(|(id, domain, tf)| {
                let mut weights: Vec<(usize, f64)> =
                    tf.into_iter().map(|(t, f)| (t, f * idf[t])).collect();
                unit_length(&mut weights);
                IndicatorVector {
                    id,
                    domain,
                    weights,
                }
            })
            .collect();
        let domains = set
            .domains
            .iter()
            .map(|d| {
                let names = ["en", "fr", "es"]
                    .into_iter()
                    .flat_map(|lang| [d.name.get_exact(lang), d.principle.get_exact(lang)])
                    .flatten()
                    .map(tokens)
                    .collect();
                (d.id.clone(), names)
            })
            .collect();
        Matcher {
            vocabulary,
            idf,
            indicators,
            domains,
        }
    }

    /// Indicators for a text, best first, at most `limit`; `domain` favours that domain's own.
    pub fn suggest(&self, text: &str, domain: Option<&str>, limit: usize) -> Vec<Suggestion> {
        self.rank(text, domain, |_| true, limit)
    }

    /// As [`Matcher::suggest`], among the indicators whose id passes `keep`.
    pub fn rank(
        &self,
        text: &str,
        domain: Option<&str>,
        keep: impl Fn(&str) -> bool,
        limit: usize,
    ) -> Vec<Suggestion> {
        let mut q = vec![0.0; self.idf.len()];
        for t in tokens(text) {
            if let Some(&id) = self.vocabulary.get(&t) {
                q[id] += self.idf[id];
            }
        }
        let norm = q.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm == 0.0 {
            return Vec::new();
        }
        let mut scored: Vec<(f64, &str)> = self
            .indicators
            .iter()
            .filter(|i| keep(&i.id))
            .map(|i| {
                let cos: f64 = i.weights.iter().map(|(t, w)| w * q[*t]).sum::<f64>() / norm;
                let bonus = if domain == Some(i.domain.as_str()) {
                    1.5
                } else {
                    1.0
                };
                (cos * bonus, i.id.as_str())
            })
            .filter(|(s, _)| *s > 0.0)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored
            .into_iter()
            .take(limit)
            .map(|(s, id)| Suggestion {
                indicator: id.to_owned(),
                score: (s * 1000.0).round() / 1000.0,
            })
            .collect()
    }

    /// The domain a short heading names ("MIGRANTS' RIGHTS", "Well-being of migrants",
    /// "ENSURE THAT MIGRATION TAKES PLACE …"), if it names one clearly.
    pub fn domain_for_heading(&self, heading: &str) -> Option<&str> {
        let words = tokens(heading);
        if words.is_empty()
            || heading.split_whitespace().count() > 16
            || heading.trim_end().ends_with('.')
        {
            return None;
        }
        let mut best: BTreeMap<u64, &str> = BTreeMap::new();
        for (id, names) in &self.domains {
            for candidate in names {
                if candidate.is_empty() {
                    continue;
                }
                let common = words.iter().filter(|w| candidate.contains(w)).count() as f64;
                // Both ways: the heading is mostly domain words, and covers most of them.
                let score = (common / words.len() as f64).min(common / candidate.len() as f64);
                if score >= 0.6 {
                    best.insert((score * 1000.0) as u64, id);
                }
            }
        }
        best.last_key_value().map(|(_, id)| *id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_shared_with_an_indicator_are_named_once_in_the_texts_order() {
        let fw = Framework::embedded().expect("framework");
        let set = fw.set("mgi-national", 1).expect("set");
        let id = set.indicator_ids().next().expect("an indicator");
        let ind = fw.indicator(id).expect("indicator");
        // A word of the indicator's own question, written twice and capitalised.
        let word = ind
            .question
            .en()
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| tokens(w).len() == 1)
            .expect("a word that counts");
        let text = format!("Nothing here. {} and {word}; zzzqqq.", word.to_uppercase());
        assert_eq!(matched_words(&fw, id, &text), vec![word.to_lowercase()]);
        assert!(matched_words(&fw, id, "zzzqqq xxyyzz").is_empty());
        assert!(matched_words(&fw, "no-such-indicator", &text).is_empty());
    }
}
