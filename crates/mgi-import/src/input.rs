//! From bytes to numbered, normalised lines; refusal of what is not a profile text.

use crate::ImportError;

/// A profile's text is tens of kilobytes; anything beyond this is not one.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// What a text file that is not a profile is, from its shape, when mgi knows it: an
/// assessment document or another JSON file.
fn known_other(bytes: &[u8]) -> Option<ImportError> {
    let text = std::str::from_utf8(bytes).ok()?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if !trimmed.starts_with(['{', '[']) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(trimmed).ok()?;
    let format = value.get("format").and_then(serde_json::Value::as_str);
    Some(if format.is_some_and(|f| f.starts_with("mgi-assessment")) {
        ImportError::AssessmentDocument
    } else {
        ImportError::Json
    })
}

/// One line of the input: its number (1-based), its text normalised, and as written.
#[derive(Debug, Clone)]
pub struct Line {
    pub no: usize,
    pub text: String,
    pub raw: String,
}

pub fn lines(bytes: &[u8]) -> Result<Vec<Line>, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if let Some(other) = known_other(bytes) {
        return Err(other);
    }
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(ImportError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let text = if crate::pdftext::is_paged(text) {
        std::borrow::Cow::Owned(crate::pdftext::unpage(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    Ok(text
        .split('\n')
        .enumerate()
        .map(|(i, l)| {
            let raw = l.trim_end_matches('\r');
            Line {
                no: i + 1,
                text: normalise(raw),
                raw: raw.to_owned(),
            }
        })
        .collect())
}

/// Markdown-ish emphasis and links out, spaces tidied; the words stay.
pub fn normalise(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    // Links: [text](target) → text.
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(
            &rest[open + 1..close]
                .replace("\\(", "(")
                .replace("\\)", ")"),
        );
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    let out = out.replace("**", "").replace("__", "");
    // Single-star emphasis around words (not list bullets at the start).
    let trimmed = out.trim();
    let (bullet, body) = match trimmed
        .strip_prefix("* ")
        .or_else(|| trimmed.strip_prefix("- "))
    {
        Some(b) => ("- ", b),
        None => ("", trimmed),
    };
    let body = body.replace('*', "");
    let body = body.trim_start_matches('#').trim();
    // A Markdown heading's anchor ("## Summary {#summary}").
    let body = match body.rfind(" {#") {
        Some(at) if body.ends_with('}') => body[..at].trim_end(),
        _ => body,
    };
    let mut s = format!("{bullet}{body}");
    s = s.replace('\u{a0}', " ");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(lines(b"").expect_err("refused"), ImportError::Empty);
        assert_eq!(lines(b" \n\r\n").expect_err("refused"), ImportError::Empty);
        assert_eq!(
            lines(b"GIF8\x00\x01").expect_err("refused"),
            ImportError::Binary { offset: 4 }
        );
        assert_eq!(
            lines(b"abc\xff").expect_err("refused"),
            ImportError::NotUtf8 { offset: 3 }
        );
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            lines(&big).expect_err("refused"),
            ImportError::TooLarge {
                bytes: MAX_BYTES + 1
            }
        );
    }

    #[test]
    fn normalises_markdown_and_crlf() {
        let l = lines("**Law on Health** (2015)\r\n- 1994a [Law on Social Insurance](#), amended in 2021.\r\n## KEY SOURCES\r\n".as_bytes()).expect("text");
        assert_eq!(l[0].text, "Law on Health (2015)");
        assert_eq!(
            l[1].text,
            "- 1994a Law on Social Insurance, amended in 2021."
        );
        assert_eq!(l[2].text, "KEY SOURCES");
        assert_eq!(l[2].no, 3);
    }
}
