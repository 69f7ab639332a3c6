//! British and American spellings, so that a query word in one finds texts written in the
//! other ("labor" finds "labour", "programme" finds "program"). Only query words are respelled;
//! a respelling that is no word ("advize") finds nothing, so the rules may be broad.

/// (British, American) spellings of the start of a word: a word that begins with one also
/// looks for the word that begins with the other ("labourers" for "laborers" and back).
pub(super) const WORD_STARTS: &[(&str, &str)] = &[
    ("labour", "labor"),
    ("favour", "favor"),
    ("behaviour", "behavior"),
    ("neighbour", "neighbor"),
    ("honour", "honor"),
    ("colour", "color"),
    ("harbour", "harbor"),
    ("endeavour", "endeavor"),
    ("programme", "program"),
    ("centre", "center"),
    ("metre", "meter"),
    ("kilometre", "kilometer"),
    ("fibre", "fiber"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("instalment", "installment"),
    ("travell", "travel"),
    ("counsell", "counsel"),
    ("modell", "model"),
    ("cancell", "cancel"),
    ("labell", "label"),
    ("catalogue", "catalog"),
    ("analys", "analyz"),
    ("paralys", "paralyz"),
    ("paediatric", "pediatric"),
    ("manoeuvr", "maneuver"),
];

/// (British, American) endings: "-ise" and "-ize" and their forms. They are respelled only
/// after at least [`MIN_STEM`] letters, so that "rise", "wise" or "prise" stay as they are.
pub(super) const ENDINGS: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("iser", "izer"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
];

/// Letters that must come before an ending for it to be respelled.
const MIN_STEM: usize = 3;

/// `word` (folded: lower case, no accents) and its other spellings, `word` first, each once.
pub(super) fn spellings(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    let mut add = |w: String| {
        if !out.contains(&w) {
            out.push(w);
        }
    };
    for (gb, us) in WORD_STARTS {
        // Of the two spellings the word begins with ("programmes" begins with both), the longer.
        let respelled = [(gb, us), (us, gb)]
            .into_iter()
            .filter(|(from, _)| word.starts_with(**from))
            .max_by_key(|(from, _)| from.len());
        if let Some((from, to)) = respelled {
            add(format!("{to}{}", &word[from.len()..]));
        }
    }
    let ending = ENDINGS
        .iter()
        .flat_map(|(gb, us)| [(gb, us), (us, gb)])
        .find_map(|(from, to)| {
            let stem = word.strip_suffix(from)?;
            (stem.chars().count() >= MIN_STEM).then(|| format!("{stem}{to}"))
        });
    if let Some(w) = ending {
        add(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spellings;

    #[test]
    fn words_are_respelled_both_ways() {
        assert_eq!(spellings("labor"), ["labor", "labour"]);
        assert_eq!(spellings("labourers"), ["labourers", "laborers"]);
        assert_eq!(spellings("programmes"), ["programmes", "programs"]);
        assert_eq!(spellings("enrollment"), ["enrollment", "enrolment"]);
        assert_eq!(spellings("organisation"), ["organisation", "organization"]);
        assert_eq!(spellings("criminalized"), ["criminalized", "criminalised"]);
        assert_eq!(spellings("defense"), ["defense", "defence"]);
    }

    #[test]
    fn short_words_and_other_words_stay_as_they_are() {
        assert_eq!(spellings("rise"), ["rise"]);
        assert_eq!(spellings("prise"), ["prise"]);
        assert_eq!(spellings("migration"), ["migration"]);
        assert_eq!(
            spellings("managing"),
            ["managing"],
            "only the start of a word"
        );
    }
}
