//! The language a profile is written in, from its common words: English, French or Spanish.

use mgi_i18n::Lang;

use crate::input::Line;

/// Words frequent in one of the three languages and rare in the other two.
const WORDS: [(Lang, &[&str]); 3] = [
    (
        Lang::En,
        &[
            "the", "and", "of", "to", "is", "are", "with", "for", "that", "which",
        ],
    ),
    (
        Lang::Fr,
        &[
            "les", "des", "et", "est", "sont", "du", "pour", "dans", "une", "aux", "qui",
        ],
    ),
    (
        Lang::Es,
        &[
            "los", "las", "del", "y", "son", "para", "una", "por", "con", "al", "sus",
        ],
    ),
];

/// Fewer common words than this say nothing.
const ENOUGH: usize = 30;

/// The language whose common words the text uses most, when it clearly leads (twice the
/// next one's count, and at least [`ENOUGH`] of them).
pub fn of_text(lines: &[Line]) -> Option<Lang> {
    let mut counts = [0usize; 3];
    for line in lines {
        for word in line.text.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            for (i, (_, words)) in WORDS.iter().enumerate() {
                if words.contains(&word.as_str()) {
                    counts[i] += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(usize, Lang)> = counts
        .iter()
        .zip(WORDS.iter())
        .map(|(n, (lang, _))| (*n, *lang))
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (first, lang) = ranked[0];
    (first >= ENOUGH && first >= 2 * ranked[1].0).then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        crate::input::lines(text.repeat(8).as_bytes()).expect("text")
    }

    #[test]
    fn the_language_of_the_common_words() {
        assert_eq!(
            of_text(&lines(
                "The law protects the rights of migrants and their families.\n"
            )),
            Some(Lang::En)
        );
        assert_eq!(
            of_text(&lines(
                "Les migrants ont accès aux soins et à l’éducation dans les écoles publiques du pays.\n"
            )),
            Some(Lang::Fr)
        );
        assert_eq!(
            of_text(&lines(
                "Los migrantes tienen acceso a la salud y a la educación en las escuelas del país.\n"
            )),
            Some(Lang::Es)
        );
        assert_eq!(of_text(&lines("MONGOLIA 2023\n")), None, "too few words");
    }
}
