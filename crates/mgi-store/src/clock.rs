//! Time as the store writes it: UTC, RFC 3339 with milliseconds, so that stored times compare
//! as text on both backends.

use chrono::{DateTime, Utc};

pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A time as the store writes it (`2026-03-01T10:20:30.123Z`), for the tables and for the
/// outputs that show stored times as text.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A time [`stamp`] wrote, read back; `None` for text that is not one.
pub(crate) fn read(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_reads_back_as_the_same_time() {
        let text = "2026-03-01T10:20:30.123Z";
        let t = read(text).expect("a stamp");
        assert_eq!(stamp(t), text);
        let now = now();
        assert_eq!(read(&stamp(now)).map(stamp), Some(stamp(now)));
        assert_eq!(read("yesterday"), None);
    }
}
