//! Rendered publications, kept in memory. A publication never changes once written (a correction
//! is a new revision), so a rendered page stays right as long as its revision is the latest one
//! and the jurisdiction has as many published rounds (the page links them): its
//! [`PublicationStamp`]. That is checked against the database at most once per [`RECHECK`] per
//! page, so a correction or a new round published through another instance shows here within
//! that time.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use mgi_store::PublicationStamp;

/// How long a rendered page is served without asking the database for its revision.
pub const RECHECK: Duration = Duration::from_secs(1);
/// Pages kept at most; beyond, the cache starts again empty.
const CAPACITY: usize = 512;

/// (jurisdiction, year, format, language).
pub type Key = (String, i32, &'static str, mgi_i18n::Lang);

struct Entry {
    stamp: PublicationStamp,
    checked: Instant,
    body: Bytes,
}

#[derive(Default)]
pub struct PageCache {
    entries: Mutex<HashMap<Key, Entry>>,
}

/// What the cache knows of a page.
pub enum Lookup {
    /// Checked recently: serve it.
    Fresh(Bytes),
    /// Rendered at this stamp, not checked recently.
    Check(PublicationStamp, Bytes),
    Missing,
}

impl PageCache {
    pub fn get(&self, key: &Key) -> Lookup {
        let Ok(entries) = self.entries.lock() else {
            return Lookup::Missing;
        };
        match entries.get(key) {
            Some(e) if e.checked.elapsed() < RECHECK => Lookup::Fresh(e.body.clone()),
            Some(e) => Lookup::Check(e.stamp, e.body.clone()),
            None => Lookup::Missing,
        }
    }

    pub fn put(&self, key: Key, stamp: PublicationStamp, body: Bytes) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY && !entries.contains_key(&key) {
                entries.clear();
            }
            entries.insert(
                key,
                Entry {
                    stamp,
                    checked: Instant::now(),
                    body,
                },
            );
        }
    }
}
