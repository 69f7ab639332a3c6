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

/// A time stored as text by [`stamp`], decoded as a date-time on either backend: a row's field
/// `#[sqlx(try_from = "StoredTime")] at: DateTime<Utc>`. Text that is not a stored time is a
/// decoding error naming it, never a panic.
pub(crate) struct StoredTime(DateTime<Utc>);

impl<DB: sqlx::Database> sqlx::Type<DB> for StoredTime
where
    String: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <String as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <String as sqlx::Type<DB>>::compatible(ty)
    }
}

impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for StoredTime
where
    &'r str: sqlx::Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let text = <&str as sqlx::Decode<'r, DB>>::decode(value)?;
        read(text)
            .map(StoredTime)
            .ok_or_else(|| format!("{text:?} is not a time mgi wrote").into())
    }
}

impl From<StoredTime> for DateTime<Utc> {
    fn from(t: StoredTime) -> DateTime<Utc> {
        t.0
    }
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
