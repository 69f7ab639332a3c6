//! The typography of French and Spanish prose, as the United Nations and IOM print it: what a
//! text does that it should not ([`french`], [`spanish`]), for tests over the catalogues, the
//! framework's labels and an assessment's translations.
//!
//! French: a narrow no-break space (U+202F) before `;` `:` `!` `?` and `%`, inside `« »`, and
//! between groups of digits (as [`crate::number`] and [`crate::percent`] print them); the
//! typographic apostrophe `’`, never `'`. Spanish: quotation marks `« »`, never `“ ”` or `"`.
//!
//! Only prose is checked: a web address (`https://…`) and a span between backticks (code, a
//! file name, a command-line option) are skipped, and so is a colon between two digits (a time,
//! a ratio), and a mark inside a token (`fichier:ligne`, `Feuille!A1`). A caller marks where a value is inserted into the text (a Fluent placeable) with
//! [`PLACEHOLDER`], so that a mark right after it is seen as not spaced.

use std::fmt;

/// Stands for a value inserted into the text (U+FFFC OBJECT REPLACEMENT CHARACTER).
pub const PLACEHOLDER: char = '\u{fffc}';

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// What is wrong with a piece of prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// French: `;` `:` `!` `?` not preceded by U+202F.
    SpaceBeforeMark,
    /// French: `«` not followed, or `»` not preceded, by U+202F.
    SpaceInsideGuillemets,
    /// French: the straight apostrophe `'` where `’` is meant.
    StraightApostrophe,
    /// French: groups of digits separated by another space than U+202F.
    DigitGroupSpace,
    /// French: `%` after a number not preceded by U+202F.
    SpaceBeforePercent,
    /// Spanish: `“ ”` or `"` where `« »` are meant.
    EnglishQuotes,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rule::SpaceBeforeMark => "no narrow no-break space (U+202F) before ; : ! ?",
            Rule::SpaceInsideGuillemets => "no narrow no-break space (U+202F) inside « »",
            Rule::StraightApostrophe => "straight apostrophe ' instead of ’",
            Rule::DigitGroupSpace => "digit groups not separated by U+202F",
            Rule::SpaceBeforePercent => "no narrow no-break space (U+202F) before %",
            Rule::EnglishQuotes => "“ ” or \" instead of « »",
        })
    }
}

/// One slip: the rule and the characters around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub rule: Rule,
    /// Up to a dozen characters either side, spaces made visible (`⍽` U+202F, `°` U+00A0).
    pub excerpt: String,
}

impl fmt::Display for Slip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: «{}»", self.rule, self.excerpt)
    }
}

/// The slips of a French text.
pub fn french(text: &str) -> Vec<Slip> {
    let cs: Vec<char> = text.chars().collect();
    let prose = prose_mask(&cs);
    let mut out = Vec::new();
    let at = |i: usize| cs.get(i).copied();
    for (i, &c) in cs.iter().enumerate() {
        if !prose[i] {
            continue;
        }
        let prev = i.checked_sub(1).and_then(at);
        let next = at(i + 1);
        let rule = match c {
            ';' | ':' | '!' | '?' => {
                let time = c == ':'
                    && prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                let doubled = prev.is_some_and(|p| matches!(p, '!' | '?'));
                // Inside a token, not punctuation: `fichier:ligne`, `Feuille!A1`, `doi:10.1`,
                // `postgres://`.
                let token = prev.is_some_and(|p| p.is_alphanumeric() || p == PLACEHOLDER)
                    && next.is_some_and(|n| n.is_alphanumeric() || matches!(n, '/' | PLACEHOLDER));
                (prev.is_some() && prev != Some(NNBSP) && !time && !doubled && !token)
                    .then_some(Rule::SpaceBeforeMark)
            }
            '«' => (next != Some(NNBSP)).then_some(Rule::SpaceInsideGuillemets),
            '»' => (prev != Some(NNBSP)).then_some(Rule::SpaceInsideGuillemets),
            '\'' => Some(Rule::StraightApostrophe),
            '%' => prev
                .is_some_and(|p| p.is_ascii_digit() || matches!(p, ' ' | NBSP | PLACEHOLDER))
                .then_some(Rule::SpaceBeforePercent),
            ' ' | NBSP if digit_group_gap(&cs, i) => Some(Rule::DigitGroupSpace),
            _ => None,
        };
        if let Some(rule) = rule {
            out.push(slip(&cs, i, rule));
        }
    }
    out
}

/// The slips of a Spanish text.
pub fn spanish(text: &str) -> Vec<Slip> {
    let cs: Vec<char> = text.chars().collect();
    let prose = prose_mask(&cs);
    cs.iter()
        .enumerate()
        .filter(|&(i, c)| prose[i] && matches!(c, '“' | '”' | '"'))
        .map(|(i, _)| slip(&cs, i, Rule::EnglishQuotes))
        .collect()
}

/// Whether the space at `i` separates two groups of a number: one to three digits before it
/// (not part of a longer number or word), exactly three after it.
fn digit_group_gap(cs: &[char], i: usize) -> bool {
    let before = cs[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = cs[i + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let lead = i
        .checked_sub(before + 1)
        .and_then(|j| cs.get(j))
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-'));
    (1..=3).contains(&before) && after == 3 && !lead
}

/// Which characters are prose: not inside a web address or a span between backticks.
fn prose_mask(cs: &[char]) -> Vec<bool> {
    let mut mask = vec![true; cs.len()];
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == '`'
            && let Some(len) = cs[i + 1..].iter().position(|&c| c == '`')
        {
            mask[i..=i + 1 + len].fill(false);
            i += len + 2;
            continue;
        }
        let rest: String = cs[i..cs.len().min(i + 8)].iter().collect();
        if rest.starts_with("https://") || rest.starts_with("http://") {
            let len = cs[i..]
                .iter()
                .position(|c| c.is_whitespace() || *c == PLACEHOLDER)
                .unwrap_or(cs.len() - i);
            mask[i..i + len].fill(false);
            i += len;
            continue;
        }
        i += 1;
    }
    mask
}

fn slip(cs: &[char], i: usize, rule: Rule) -> Slip {
    let from = i.saturating_sub(12);
    let to = cs.len().min(i + 13);
    let excerpt = cs[from..to]
        .iter()
        .map(|&c| match c {
            NNBSP => '⍽',
            NBSP => '°',
            c => c,
        })
        .collect();
    Slip { rule, excerpt }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(slips: Vec<Slip>) -> Vec<Rule> {
        slips.into_iter().map(|s| s.rule).collect()
    }

    #[test]
    fn french_marks_take_a_narrow_no_break_space() {
        assert!(french("Quoi\u{202f}? Oui\u{202f}: «\u{202f}non\u{202f}» d’accord").is_empty());
        assert_eq!(rules(french("Quoi ?")), [Rule::SpaceBeforeMark]);
        assert_eq!(rules(french("Quoi?")), [Rule::SpaceBeforeMark]);
        assert_eq!(rules(french("Quoi\u{a0}?")), [Rule::SpaceBeforeMark]);
        assert_eq!(rules(french("{}\u{fffc}: x")), [Rule::SpaceBeforeMark]);
        assert!(french("Quoi\u{202f}?! à 10:30").is_empty());
        assert!(french("en fichier:ligne, Feuille!A1, doi:10.1, \u{fffc}!\u{fffc}").is_empty());
        assert_eq!(rules(french("Quoi?!")), [Rule::SpaceBeforeMark]);
        assert_eq!(
            rules(french("« x »")),
            [Rule::SpaceInsideGuillemets, Rule::SpaceInsideGuillemets]
        );
        assert!(french("«\u{202f}x\u{202f}»").is_empty());
    }

    #[test]
    fn french_apostrophes_numbers_and_percent() {
        assert_eq!(rules(french("l'OIM")), [Rule::StraightApostrophe]);
        assert_eq!(rules(french("12 345 personnes")), [Rule::DigitGroupSpace]);
        assert_eq!(rules(french("1\u{a0}234")), [Rule::DigitGroupSpace]);
        assert_eq!(
            rules(french("12\u{202f}345 personnes sur 120 000\u{202f}km")),
            [Rule::DigitGroupSpace]
        );
        // A year before a count is not a group of the count.
        assert_eq!(
            rules(french("en 2023 123 cas, article 12 345")),
            [Rule::DigitGroupSpace]
        );
        assert!(french("les années 2019 et 2023").is_empty());
        assert_eq!(rules(french("12,5 %")), [Rule::SpaceBeforePercent]);
        assert_eq!(rules(french("12,5%")), [Rule::SpaceBeforePercent]);
        assert!(french("12,5\u{202f}%").is_empty());
    }

    #[test]
    fn code_and_addresses_are_not_prose() {
        assert!(french("voir https://example.org/a?b=c:d et `mgi.toml: 'x'`").is_empty());
        assert_eq!(rules(french("`a` b ?")), [Rule::SpaceBeforeMark]);
    }

    #[test]
    fn spanish_quotes() {
        assert_eq!(
            rules(spanish("el “Marco” y \"otro\"")),
            [Rule::EnglishQuotes; 4]
        );
        assert!(spanish("el «Marco» en https://x.org/\"a\"").is_empty());
    }
}
