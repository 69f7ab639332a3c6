//! The footnotes of a profile, collected in reading order as IOM prints them: one note per
//! passage, listing its sources (with pinpoints) and then its remarks; a source cited a second
//! time by its short form; a note that would repeat the one just before it printed "Ibid.".

use std::collections::BTreeSet;

use mgi_i18n::tr;
use mgi_model::Citation;

use crate::build::Cx;
use crate::cite;
use crate::doc::Rich;

/// What makes two notes the same: the sources and pinpoints they cite, and their remarks.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Identity {
    cited: Vec<(String, Option<String>)>,
    remarks: Vec<String>,
}

#[derive(Default)]
pub(crate) struct Notes {
    texts: Vec<Rich>,
    /// The sources already cited in full.
    cited: BTreeSet<String>,
    /// The passage note before, to print "Ibid." instead of repeating it.
    last: Option<Identity>,
}

impl Notes {
    /// A note of its own (a remark of a consultation); it breaks a run of "Ibid.".
    pub fn add(&mut self, text: Rich) -> usize {
        self.last = None;
        self.texts.push(text);
        self.texts.len()
    }

    /// The one note of a passage that cites `citations` (sources not in the register are left
    /// out) and makes `remarks`; None when it has neither.
    pub fn passage(&mut self, cx: &Cx, citations: &[Citation], remarks: &[Rich]) -> Option<usize> {
        let known: Vec<(&Citation, &mgi_model::Source)> = citations
            .iter()
            .filter_map(|c| cx.doc.source(&c.source).map(|s| (c, s)))
            .collect();
        if known.is_empty() && remarks.is_empty() {
            return None;
        }
        let identity = Identity {
            cited: known
                .iter()
                .map(|(c, _)| (c.source.clone(), c.pinpoint.clone()))
                .collect(),
            remarks: remarks.iter().map(Rich::text).collect(),
        };
        let text = if self.last.as_ref() == Some(&identity) {
            cx.ours(tr!(cx.lang, "profile-ibid"))
        } else {
            let mut text = Rich::default();
            for (i, (c, source)) in known.iter().enumerate() {
                if i > 0 {
                    text = text.then_plain("; ");
                }
                let first = self.cited.insert(source.key.clone());
                text = text.then(if first {
                    cite::full(cx, source, c)
                } else {
                    cite::short(cx, source, c)
                });
            }
            if !known.is_empty() {
                text = text.then_plain(".");
            }
            for remark in remarks {
                if !text.is_empty() {
                    text = text.then_plain(" ");
                }
                text = text.then(remark.clone());
            }
            text
        };
        self.texts.push(text);
        self.last = Some(identity);
        Some(self.texts.len())
    }

    /// The notes' texts: note `n` is at `n - 1`.
    pub fn into_texts(self) -> Vec<Rich> {
        self.texts
    }

    pub fn texts(&self) -> &[Rich] {
        &self.texts
    }
}
