//! A framework set's version: a release number and a correction number ("1", "1.1").
//!
//! A version with no correction number is written as a whole number, as the first releases
//! were (`version: 1` in a set file, `"version": 1` in an exchange document), so that stored
//! documents, their content hashes and their approvals stay what they were; a correction is
//! written as a string (`version: "1.1"`).

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest correction number: stored versions are coded as `major * 1000 + minor`.
const MINOR_LIMIT: u32 = 1000;
/// The largest release number accepted.
const MAJOR_LIMIT: u32 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
}

/// Why a text is not a version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not a framework version: write a release number and, after a dot, a correction number (1, 1.1)"
)]
pub struct VersionError(pub String);

impl Version {
    pub const fn new(major: u32, minor: u32) -> Version {
        Version { major, minor }
    }

    /// The number a database column stores: `major * 1000 + minor`, so that stored versions
    /// order as versions do.
    pub fn code(self) -> i64 {
        i64::from(self.major) * i64::from(MINOR_LIMIT) + i64::from(self.minor)
    }

    /// The version a stored number stands for; `None` for a number no version codes to.
    pub fn from_code(code: i64) -> Option<Version> {
        let limit = i64::from(MINOR_LIMIT);
        let major = u32::try_from(code / limit).ok()?;
        let minor = u32::try_from(code % limit).ok()?;
        (major > 0 && major < MAJOR_LIMIT).then_some(Version { major, minor })
    }
}

impl From<u32> for Version {
    fn from(major: u32) -> Version {
        Version { major, minor: 0 }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.minor == 0 {
            write!(f, "{}", self.major)
        } else {
            write!(f, "{}.{}", self.major, self.minor)
        }
    }
}

impl FromStr for Version {
    type Err = VersionError;

    fn from_str(s: &str) -> Result<Version, VersionError> {
        let refuse = || VersionError(s.chars().take(40).collect());
        let number = |part: &str, limit: u32| {
            (!part.is_empty() && part.len() <= 7 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
                .filter(|n| *n < limit)
        };
        let (major, minor) = match s.split_once('.') {
            Some((major, minor)) => (major, Some(minor)),
            None => (s, None),
        };
        let major = number(major, MAJOR_LIMIT)
            .filter(|m| *m > 0)
            .ok_or_else(refuse)?;
        let minor = match minor {
            Some(minor) => number(minor, MINOR_LIMIT).ok_or_else(refuse)?,
            None => 0,
        };
        Ok(Version { major, minor })
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.minor == 0 {
            s.serialize_u32(self.major)
        } else {
            s.collect_str(self)
        }
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Version, D::Error> {
        d.deserialize_any(VersionVisitor)
    }
}

struct VersionVisitor;

impl Visitor<'_> for VersionVisitor {
    type Value = Version;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a framework version: a whole number (1) or a quoted \"1.1\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Version, E> {
        u32::try_from(v)
            .ok()
            .filter(|m| *m > 0 && *m < MAJOR_LIMIT)
            .map(Version::from)
            .ok_or_else(|| E::custom(VersionError(v.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Version, E> {
        u64::try_from(v)
            .map_err(|_| E::custom(VersionError(v.to_string())))
            .and_then(|v| self.visit_u64(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Version, E> {
        Err(E::custom(format_args!(
            "{v} is read as a decimal number: write a version with a correction number in quotes (\"1.1\")"
        )))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Version, E> {
        v.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_read_and_ordered() {
        let v11: Version = "1.1".parse().expect("1.1");
        assert_eq!(v11, Version::new(1, 1));
        assert_eq!(v11.to_string(), "1.1");
        assert_eq!(Version::from(1).to_string(), "1");
        assert_eq!("1".parse::<Version>(), Ok(Version::new(1, 0)));
        assert!(Version::new(1, 0) < v11 && v11 < Version::new(2, 0));
        assert!(Version::new(1, 9) < Version::new(1, 10));
        for bad in [
            "", "0", "1.", ".1", "1.1.1", "v1", "1.1000", "-1", "1 .1", "+1",
        ] {
            assert!(bad.parse::<Version>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn stored_code_round_trips() {
        for v in [
            Version::new(1, 0),
            Version::new(1, 1),
            Version::new(12, 999),
        ] {
            assert_eq!(Version::from_code(v.code()), Some(v));
        }
        assert_eq!(Version::new(1, 1).code(), 1001);
        assert_eq!(Version::from_code(0), None);
        assert_eq!(Version::from_code(-5), None);
    }

    #[test]
    fn serialised_as_before_when_no_correction() {
        let json = |v: Version| serde_json::to_string(&v).expect("json");
        assert_eq!(json(Version::new(1, 0)), "1");
        assert_eq!(json(Version::new(1, 1)), "\"1.1\"");
        let read = |s: &str| serde_json::from_str::<Version>(s);
        assert_eq!(read("1").ok(), Some(Version::new(1, 0)));
        assert_eq!(read("\"1.1\"").ok(), Some(Version::new(1, 1)));
        assert!(read("1.1").is_err_and(|e| e.to_string().contains("in quotes")));
        assert!(read("0").is_err());
        assert!(read("-1").is_err());
    }
}
