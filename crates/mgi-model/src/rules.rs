//! One rule per kind of value. Every entry point (the exchange import, the web forms, the
//! workbook, the API, a new round's carry-over) checks a value of a kind with the same function
//! here, so a key, a name, a narrative or an address is accepted or refused the same way
//! wherever it comes from. The limits are documented in `docs/security.md`.

use crate::{Citation, DocError, Problem};

/// The longest key of a keyed record (finding, source, consultation event, comment).
pub const MAX_KEY: usize = 64;
/// The longest one-line text (a name, a title, an issuer, a pinpoint, a measure).
pub const MAX_LINE: usize = 1_000;
/// The longest text (a narrative, a finding, a summary, notes, a translation), counted as a
/// spreadsheet counts (UTF-16 units: an emoji counts two): under the 32,767 a cell holds, so
/// every text fits the questionnaire workbook.
pub const MAX_TEXT: usize = 32_000;
/// The most citations an answer or a finding may carry.
pub const MAX_CITATIONS: usize = 50;
/// The longest pinpoint of a citation ("Article 5, paragraph 2"). With [`MAX_CITATIONS`] and
/// [`MAX_KEY`], an answer's citations written in one workbook cell stay under its 32,767.
pub const MAX_PINPOINT: usize = 500;
/// The longest web address of a source.
pub const MAX_URL: usize = 2_000;

/// A key: 1 to [`MAX_KEY`] lower-case ASCII letters, digits and `-`. Keys travel into web
/// addresses, HTML attributes, file names and the next round, so nothing else is accepted.
pub fn key(value: &str) -> Result<(), Problem> {
    let ok = !value.is_empty()
        && value.len() <= MAX_KEY
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Problem::BadKey { max: MAX_KEY })
    }
}

/// A one-line text (name, title, issuer, pinpoint): no control character (a line break would
/// break a heading, a list item or the front matter of a Markdown profile), at most
/// [`MAX_LINE`] characters. Emptiness is the caller's rule.
pub fn line(value: &str) -> Result<(), Problem> {
    if value.contains('\0') {
        return Err(Problem::NulCharacter);
    }
    if value.chars().any(char::is_control) {
        return Err(Problem::ControlCharacter);
    }
    within(value, MAX_LINE)
}

/// A text of several paragraphs (Markdown narratives, findings, summaries, notes): line breaks
/// and tabs allowed, no other control character, at most [`MAX_TEXT`] UTF-16 units.
pub fn text(value: &str) -> Result<(), Problem> {
    if value.contains('\0') {
        return Err(Problem::NulCharacter);
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Problem::ControlCharacter);
    }
    let units = value.encode_utf16().take(MAX_TEXT + 1).count();
    if units > MAX_TEXT {
        return Err(Problem::TooLong {
            chars: value.encode_utf16().count(),
            max: MAX_TEXT,
        });
    }
    Ok(())
}

/// A source's web address: `http://` or `https://` followed by a host, or a DOI (`doi:10.…`,
/// `10.…/…`); never another scheme (`javascript:`, `data:`, `file:`), no spaces or control
/// characters, at most [`MAX_URL`] characters.
pub fn url(value: &str) -> Result<(), Problem> {
    let lower = value.to_ascii_lowercase();
    let web = is_web(&lower);
    let doi = lower
        .strip_prefix("doi:")
        .unwrap_or(&lower)
        .strip_prefix("10.")
        .is_some_and(|rest| rest.contains('/'));
    if !(web || doi) || value.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Problem::NotWebAddress);
    }
    within(value, MAX_URL)
}

/// `http://` or `https://` followed by a host (`lower`: the address in lower case).
fn is_web(lower: &str) -> bool {
    ["http://", "https://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// Whether `value` is a web address a reader can follow as a link (a [`url`] that is not a
/// DOI): what a profile links a source or its licence to.
pub fn web_address(value: &str) -> bool {
    url(value).is_ok() && is_web(&value.to_ascii_lowercase())
}

/// The citations of one answer or finding: at most [`MAX_CITATIONS`], each pinpoint a
/// [`line`] of at most [`MAX_PINPOINT`] characters. Problems are (field, problem) with the field as `citations` or
/// `citations[i].pinpoint`.
pub fn citations(list: &[Citation]) -> Vec<(String, Problem)> {
    let mut problems = Vec::new();
    if list.len() > MAX_CITATIONS {
        problems.push((
            "citations".to_owned(),
            Problem::TooManyCitations {
                count: list.len(),
                max: MAX_CITATIONS,
            },
        ));
    }
    for (i, c) in list.iter().enumerate() {
        let pinpoint = c
            .pinpoint
            .as_deref()
            .map(|p| line(p).and_then(|()| within(p, MAX_PINPOINT)));
        if let Some(Err(p)) = pinpoint {
            problems.push((format!("citations[{i}].pinpoint"), p));
        }
    }
    problems
}

/// A round year as written in an address or a form: digits only, no leading zero or sign
/// (`2023`, never `02023` or `+2023`: one page has one address), within
/// [`ROUND_YEARS`](crate::problem::ROUND_YEARS).
pub fn round_year(text: &str) -> Result<i32, Problem> {
    let canonical = !text.is_empty()
        && !text.starts_with('0')
        && text.len() <= 4
        && text.bytes().all(|b| b.is_ascii_digit());
    let year = text.parse::<i32>().ok().filter(|_| canonical);
    match year {
        Some(y) if crate::problem::ROUND_YEARS.contains(&y) => Ok(y),
        Some(y) => Err(Problem::ImplausibleYear(y)),
        None => Err(Problem::NotYear(text.chars().take(20).collect())),
    }
}

/// The problems found so far, each at its path (a JSON path of a document, or a form field):
/// the one way every entry point applies the rules above.
#[derive(Debug, Default)]
pub struct Checks(Vec<DocError>);

impl Checks {
    pub fn new() -> Checks {
        Checks::default()
    }

    pub fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.0.push(DocError::new(path, problem));
    }

    /// Record the outcome of one rule at `path`.
    pub fn rule(&mut self, path: impl Into<String>, outcome: Result<(), Problem>) {
        if let Err(problem) = outcome {
            self.push(path, problem);
        }
    }

    pub fn key(&mut self, path: impl Into<String>, value: &str) {
        self.rule(path, key(value));
    }

    pub fn line(&mut self, path: impl Into<String>, value: &str) {
        self.rule(path, line(value));
    }

    pub fn text(&mut self, path: impl Into<String>, value: &str) {
        self.rule(path, text(value));
    }

    /// Each entry of a list of texts (footnotes, recommendations), as `path[i]`.
    pub fn texts<'a>(&mut self, path: &str, values: impl IntoIterator<Item = &'a String>) {
        for (i, v) in values.into_iter().enumerate() {
            self.text(format!("{path}[{i}]"), v);
        }
    }

    pub fn url(&mut self, path: impl Into<String>, value: &str) {
        self.rule(path, url(value));
    }

    /// [`citations`], the fields under `path` (`$.answers[3]`; empty for a form).
    pub fn citations(&mut self, path: &str, list: &[Citation]) {
        for (field, problem) in citations(list) {
            let at = if path.is_empty() {
                field
            } else {
                format!("{path}.{field}")
            };
            self.push(at, problem);
        }
    }

    pub fn into_problems(self) -> Vec<DocError> {
        self.0
    }

    /// `Ok` when nothing was found, else every problem.
    pub fn result(self) -> Result<(), Vec<DocError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

fn within(value: &str, max: usize) -> Result<(), Problem> {
    // Counting stops one past the limit: a huge value costs no more than a short one.
    let chars = value.chars().take(max + 1).count();
    if chars > max {
        Err(Problem::TooLong {
            chars: value.chars().count(),
            max,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_lower_case_letters_digits_and_dashes() {
        for good in ["rights-wd-1", "c12", "law-2015", "a"] {
            assert_eq!(key(good), Ok(()), "{good}");
        }
        let bad = Err(Problem::BadKey { max: MAX_KEY });
        for k in [
            "",
            "Rights",
            "rights wd",
            "rights-wd-1\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "c/../x",
            "é",
            &"a".repeat(MAX_KEY + 1),
        ] {
            assert_eq!(key(k), bad, "{k}");
        }
        assert_eq!(key(&"a".repeat(MAX_KEY)), Ok(()));
    }

    #[test]
    fn lines_refuse_control_characters_and_texts_only_odd_ones() {
        assert_eq!(line("Law on Migration (2021)"), Ok(()));
        assert_eq!(line("Mongolia\nextra: x"), Err(Problem::ControlCharacter));
        assert_eq!(line("a\u{1b}[2J"), Err(Problem::ControlCharacter));
        assert_eq!(line("a\0"), Err(Problem::NulCharacter));
        assert_eq!(text("para one\n\npara\ttwo\r\n"), Ok(()));
        assert_eq!(text("bell\u{7}"), Err(Problem::ControlCharacter));
        assert_eq!(
            text(&"é".repeat(MAX_TEXT + 5)),
            Err(Problem::TooLong {
                chars: MAX_TEXT + 5,
                max: MAX_TEXT
            })
        );
        assert_eq!(text(&"é".repeat(MAX_TEXT)), Ok(()));
        // Counted as a spreadsheet counts: an emoji is two units.
        assert_eq!(
            text(&"🙂".repeat(MAX_TEXT / 2 + 1)),
            Err(Problem::TooLong {
                chars: MAX_TEXT + 2,
                max: MAX_TEXT
            })
        );
    }

    #[test]
    fn addresses_are_web_or_doi_only() {
        for good in [
            "https://legalinfo.mn/mn/detail?lawId=16230",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/x",
            "doi:10.1000/182",
            "10.18356/9789210014106",
        ] {
            assert_eq!(url(good), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(8)",
            "JavaScript:alert(8)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "https://",
            "https:///x",
            "//evil.example",
            "https://a.example/x y",
            "https://a.example/\nx",
            "ftp://example.org",
            "10.1000",
        ] {
            assert_eq!(url(bad), Err(Problem::NotWebAddress), "{bad}");
        }
    }

    #[test]
    fn years_have_one_form() {
        assert_eq!(round_year("2023"), Ok(2023));
        for bad in ["02023", "+2023", " 2023", "2023 ", "", "２０２３", "2e3"] {
            assert!(
                matches!(round_year(bad), Err(Problem::NotYear(_))),
                "{bad:?}"
            );
        }
        assert_eq!(round_year("1889"), Err(Problem::ImplausibleYear(1889)));
        assert!(matches!(
            round_year("99999999999"),
            Err(Problem::NotYear(_))
        ));
    }

    #[test]
    fn citations_are_bounded() {
        let one = |p: Option<&str>| Citation {
            source: "law".into(),
            pinpoint: p.map(str::to_owned),
        };
        assert!(citations(&vec![one(Some("art. 5")); MAX_CITATIONS]).is_empty());
        let many = citations(&vec![one(None); MAX_CITATIONS + 1]);
        assert_eq!(
            many,
            vec![(
                "citations".to_owned(),
                Problem::TooManyCitations {
                    count: MAX_CITATIONS + 1,
                    max: MAX_CITATIONS
                }
            )]
        );
        assert_eq!(
            citations(&[one(Some(&"x".repeat(MAX_PINPOINT + 1)))]),
            vec![(
                "citations[0].pinpoint".to_owned(),
                Problem::TooLong {
                    chars: MAX_PINPOINT + 1,
                    max: MAX_PINPOINT
                }
            )]
        );
        assert_eq!(
            citations(&[one(None), one(Some("art.\n5"))]),
            vec![(
                "citations[1].pinpoint".to_owned(),
                Problem::ControlCharacter
            )]
        );
    }
}
