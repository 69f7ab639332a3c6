//! From framework files to a checked [`Framework`]: parse every file, then check the whole.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use crate::raw::{CatalogueFile, CrosswalkFile, GcmFile, Id, RawText, SdgFile, SetFile};
use crate::types::*;
use crate::{LoadError, Problem, SourceFile, Text};

pub(crate) const GCM_FILE: &str = "gcm.yaml";
pub(crate) const SDG_FILE: &str = "sdg-10-7-2.yaml";

/// Collects problems while the files are checked.
#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn at(&mut self, file: &str, line: u64, message: impl Into<String>) {
        self.0.push(Problem {
            file: file.to_owned(),
            line,
            message: message.into(),
        });
    }

    fn at_id(&mut self, file: &str, id: &Id, message: impl Into<String>) {
        self.at(file, id.referenced.line(), message);
    }
}

fn parse<T: DeserializeOwned>(file: &SourceFile, problems: &mut Problems) -> Option<T> {
    match serde_saphyr::from_str::<T>(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.location().map(|l| l.line()).unwrap_or(0);
            problems.at(&file.path, line, strip_position(&e.to_string()));
            None
        }
    }
}

/// Parsed files, each with the path it came from.
#[derive(Default)]
struct Parsed {
    gcm: Option<(String, GcmFile)>,
    sdg: Option<(String, SdgFile)>,
    catalogues: Vec<(String, CatalogueFile)>,
    sets: Vec<(String, SetFile)>,
    crosswalks: Vec<(String, CrosswalkFile)>,
}

pub(crate) fn build(files: &[SourceFile]) -> Result<Framework, LoadError> {
    let mut p = Problems::default();
    let mut parsed = Parsed::default();
    for file in files {
        let path = file.path.as_str();
        if path == GCM_FILE {
            parsed.gcm = parse(file, &mut p).map(|v| (path.to_owned(), v));
        } else if path == SDG_FILE {
            parsed.sdg = parse(file, &mut p).map(|v| (path.to_owned(), v));
        } else if path.starts_with("indicators/") {
            parsed
                .catalogues
                .extend(parse(file, &mut p).map(|v| (path.to_owned(), v)));
        } else if path.starts_with("sets/") {
            parsed
                .sets
                .extend(parse(file, &mut p).map(|v| (path.to_owned(), v)));
        } else if path.starts_with("crosswalks/") {
            parsed
                .crosswalks
                .extend(parse(file, &mut p).map(|v| (path.to_owned(), v)));
        } else if !path.starts_with("coverage/") {
            p.at(
                path,
                0,
                "unknown framework file: expected gcm.yaml, sdg-10-7-2.yaml, indicators/, sets/, crosswalks/ or coverage/",
            );
        }
    }
    if !p.0.is_empty() {
        // Checks across files would only repeat the consequences of a file that did not parse.
        return Err(LoadError { problems: p.0 });
    }
    let (gcm_notice, gcm) = check_gcm(parsed.gcm.as_ref(), &mut p);
    let sdg = check_sdg(parsed.sdg.as_ref(), &mut p);
    let indicators = check_catalogue(&parsed.catalogues, &gcm, sdg.as_ref(), &mut p);
    let sets = check_sets(&parsed.sets, &indicators, &mut p);
    check_orphans(&parsed.catalogues, &sets, &mut p);
    let crosswalks = check_crosswalks(&parsed.crosswalks, &sets, &mut p);
    match sdg {
        Some(sdg) if p.0.is_empty() => Ok(Framework {
            indicators,
            sets,
            gcm,
            gcm_notice,
            sdg,
            crosswalks,
        }),
        _ => Err(LoadError { problems: p.0 }),
    }
}

/// The parser's message without the position it repeats ("error: line 8 column 13: ...").
fn strip_position(message: &str) -> String {
    let first = message.lines().next().unwrap_or("invalid YAML");
    let rest = first.strip_prefix("error: ").unwrap_or(first);
    match rest.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((_, text)) => format!("invalid YAML: {text}"),
        None => format!("invalid YAML: {rest}"),
    }
}

/// A text checked: every bad language code or status is a problem on the line of its entry,
/// naming the field (`what`).
fn text(raw: &RawText, file: &str, what: &str, p: &mut Problems) -> Text {
    let (text, problems) = raw.check(|v| v.value.as_str());
    for (v, e) in problems {
        p.at(file, v.referenced.line(), format!("{what}: {e}"));
    }
    text
}

fn require_english(text: &Text, file: &str, line: u64, what: &str, p: &mut Problems) {
    if !text.has_english() {
        p.at(file, line, format!("{what} has no English (en) text"));
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('.').all(|part| {
            !part.is_empty()
                && !part.starts_with('-')
                && !part.ends_with('-')
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

fn check_gcm(file: Option<&(String, GcmFile)>, p: &mut Problems) -> (Text, Vec<GcmObjective>) {
    let Some((path, gcm)) = file else {
        p.at(GCM_FILE, 0, "missing: the GCM objectives file is required");
        return (Text::default(), Vec::new());
    };
    let notice = text(&gcm.notice, path, "notice", p);
    require_english(&notice, path, 1, "notice", p);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for o in &gcm.objectives {
        let line = o.number.referenced.line();
        if !seen.insert(o.number.value) {
            p.at(
                path,
                line,
                format!("duplicate GCM objective {}", o.number.value),
            );
        }
        let what = format!("GCM objective {}", o.number.value);
        let short = text(&o.short, path, &format!("{what}: short"), p);
        let title = text(&o.title, path, &format!("{what}: title"), p);
        require_english(&title, path, line, "objective title", p);
        out.push(GcmObjective {
            number: o.number.value,
            short,
            title,
        });
    }
    out.sort_by_key(|o| o.number);
    (notice, out)
}

fn check_sdg(file: Option<&(String, SdgFile)>, p: &mut Problems) -> Option<SdgConfig> {
    let Some((path, sdg)) = file else {
        p.at(
            SDG_FILE,
            0,
            "missing: the SDG 10.7.2 configuration is required",
        );
        return None;
    };
    for key in sdg.answer_values.keys() {
        if !matches!(key.as_str(), "present" | "partial" | "absent") {
            p.at(
                path,
                0,
                format!("answer_values: unknown answer {key:?} (present, partial, absent)"),
            );
        }
    }
    let domains: BTreeSet<u8> = sdg.domains.iter().map(|d| d.number.value).collect();
    let mut ids = BTreeSet::new();
    for s in &sdg.subcategories {
        if !ids.insert(s.id.value.clone()) {
            p.at_id(
                path,
                &s.id,
                format!("duplicate sub-category {:?}", s.id.value),
            );
        }
        if !domains.contains(&s.domain) {
            p.at_id(path, &s.id, format!("unknown SDG domain {}", s.domain));
        }
    }
    let mut categories: Vec<SdgCategory> = sdg
        .categories
        .iter()
        .map(|c| SdgCategory {
            id: c.id.value,
            min: c.min,
            label: text(
                &c.label,
                path,
                &format!("category {}: label", c.id.value),
                p,
            ),
        })
        .collect();
    categories.sort_by(|a, b| a.min.total_cmp(&b.min));
    let notice = text(&sdg.notice, path, "notice", p);
    let domains = sdg
        .domains
        .iter()
        .map(|d| SdgDomain {
            number: d.number.value,
            mgi_domain: d.mgi_domain.value.clone(),
            name: text(
                &d.name,
                path,
                &format!("domain {}: name", d.number.value),
                p,
            ),
        })
        .collect();
    let subcategories = sdg
        .subcategories
        .iter()
        .map(|s| SdgSubcategory {
            id: s.id.value.clone(),
            domain: s.domain,
            label: text(
                &s.label,
                path,
                &format!("sub-category {}: label", s.id.value),
                p,
            ),
        })
        .collect();
    Some(SdgConfig {
        notice,
        answer_values: sdg.answer_values.clone(),
        categories,
        domains,
        subcategories,
    })
}

fn check_catalogue(
    files: &[(String, CatalogueFile)],
    gcm: &[GcmObjective],
    sdg: Option<&SdgConfig>,
    p: &mut Problems,
) -> BTreeMap<String, Indicator> {
    let mut out: BTreeMap<String, Indicator> = BTreeMap::new();
    let mut first_seen: BTreeMap<String, (String, u64)> = BTreeMap::new();
    for (path, file) in files {
        for raw in &file.indicators {
            let id = &raw.id.value;
            let line = raw.id.referenced.line();
            if !is_kebab(id) {
                p.at(
                    path,
                    line,
                    format!("indicator id {id:?} must be lowercase kebab-case"),
                );
            }
            if let Some((f, l)) = first_seen.get(id) {
                p.at(
                    path,
                    line,
                    format!("duplicate indicator id {id:?} (first at {f}:{l})"),
                );
                continue;
            }
            first_seen.insert(id.clone(), (path.clone(), line));
            let question = text(&raw.question, path, &format!("indicator {id}: question"), p);
            let guidance = text(&raw.guidance, path, &format!("indicator {id}: guidance"), p);
            require_english(
                &question,
                path,
                line,
                &format!("indicator {id}: question"),
                p,
            );
            require_english(
                &guidance,
                path,
                line,
                &format!("indicator {id}: guidance"),
                p,
            );
            if raw.gcm.is_empty() {
                p.at(
                    path,
                    line,
                    format!("indicator {id} has no GCM objective mapping"),
                );
            }
            for n in &raw.gcm {
                if !gcm.iter().any(|o| o.number == n.value) {
                    p.at(
                        path,
                        n.referenced.line(),
                        format!("indicator {id}: unknown GCM objective {}", n.value),
                    );
                }
            }
            if let Some(sdg) = sdg {
                for s in &raw.sdg {
                    if !sdg.subcategories.iter().any(|c| c.id == s.value) {
                        p.at_id(
                            path,
                            s,
                            format!(
                                "indicator {id}: unknown SDG 10.7.2 sub-category {:?}",
                                s.value
                            ),
                        );
                    }
                }
            }
            out.insert(
                id.clone(),
                Indicator {
                    id: id.clone(),
                    level: raw.level,
                    question,
                    guidance,
                    keywords: raw.keywords.clone(),
                    gcm: raw.gcm.iter().map(|n| n.value).collect(),
                    sdg: raw.sdg.iter().map(|s| s.value.clone()).collect(),
                },
            );
        }
    }
    out
}

fn check_sets(
    files: &[(String, SetFile)],
    indicators: &BTreeMap<String, Indicator>,
    p: &mut Problems,
) -> Vec<FrameworkSet> {
    let mut out: Vec<FrameworkSet> = Vec::new();
    for (path, set) in files {
        let set_line = set.id.referenced.line();
        if set.level == Level::Both {
            p.at(
                path,
                set_line,
                "a set's level is national or local, not both",
            );
        }
        if out
            .iter()
            .any(|s| s.id == set.id.value && s.version == set.version)
        {
            p.at(
                path,
                set_line,
                format!("duplicate set {} version {}", set.id.value, set.version),
            );
            continue;
        }
        let title = text(&set.title, path, "title", p);
        let notice = text(&set.notice, path, "notice", p);
        require_english(&notice, path, set_line, "notice", p);
        let mut placed: BTreeMap<&str, u64> = BTreeMap::new();
        let mut ids = BTreeSet::new();
        let mut numbers = BTreeSet::new();
        let mut domains = Vec::new();
        for d in &set.domains {
            if !ids.insert(d.id.value.as_str()) {
                p.at_id(path, &d.id, format!("duplicate domain id {:?}", d.id.value));
            }
            if !numbers.insert(d.number) {
                p.at_id(path, &d.id, format!("duplicate domain number {}", d.number));
            }
            let what = format!("domain {}", d.id.value);
            let name = text(&d.name, path, &format!("{what}: name"), p);
            let principle = text(&d.principle, path, &format!("{what}: principle"), p);
            require_english(&name, path, d.id.referenced.line(), "domain name", p);
            let mut subareas = Vec::new();
            for s in &d.subareas {
                if !ids.insert(s.id.value.as_str()) {
                    p.at_id(
                        path,
                        &s.id,
                        format!("duplicate sub-area id {:?}", s.id.value),
                    );
                }
                for i in &s.indicators {
                    let line = i.referenced.line();
                    match indicators.get(&i.value) {
                        None => p.at(path, line, format!("unknown indicator {:?}", i.value)),
                        Some(ind) if !ind.level.fits(set.level) => p.at(
                            path,
                            line,
                            format!(
                                "indicator {} is {}-level and cannot sit in a {} set",
                                i.value,
                                ind.level.as_str(),
                                set.level.as_str()
                            ),
                        ),
                        Some(_) => {}
                    }
                    if let Some(first) = placed.insert(&i.value, line) {
                        p.at(
                            path,
                            line,
                            format!("indicator {} placed twice (also line {first})", i.value),
                        );
                    }
                }
                subareas.push(SubArea {
                    id: s.id.value.clone(),
                    name: text(&s.name, path, &format!("sub-area {}: name", s.id.value), p),
                    indicators: s.indicators.iter().map(|i| i.value.clone()).collect(),
                });
            }
            domains.push(Domain {
                id: d.id.value.clone(),
                number: d.number,
                name,
                principle,
                subareas,
            });
        }
        out.push(FrameworkSet {
            id: set.id.value.clone(),
            version: set.version,
            level: set.level,
            title,
            notice,
            domains,
        });
    }
    if files.is_empty() {
        p.at(
            "sets/",
            0,
            "no framework set: at least one sets/*.yaml is required",
        );
    }
    out.sort_by(|a, b| (&a.id, a.version).cmp(&(&b.id, b.version)));
    out
}

/// Every catalogue indicator must be placed by at least one set.
fn check_orphans(files: &[(String, CatalogueFile)], sets: &[FrameworkSet], p: &mut Problems) {
    for (path, file) in files {
        for raw in &file.indicators {
            if !sets.iter().any(|s| s.contains(&raw.id.value)) {
                p.at_id(
                    path,
                    &raw.id,
                    format!("indicator {} is not placed in any set", raw.id.value),
                );
            }
        }
    }
}

fn ids(list: &[Spanned<String>]) -> Vec<String> {
    list.iter().map(|i| i.value.clone()).collect()
}

fn check_crosswalks(
    files: &[(String, CrosswalkFile)],
    sets: &[FrameworkSet],
    p: &mut Problems,
) -> Vec<Crosswalk> {
    let mut out = Vec::new();
    for (path, cw) in files {
        let find = |k: &crate::raw::RawSetKey| {
            sets.iter()
                .find(|s| s.id == k.set.value && s.version == k.version)
        };
        let (Some(from), Some(to)) = (find(&cw.from), find(&cw.to)) else {
            for k in [&cw.from, &cw.to] {
                if find(k).is_none() {
                    p.at_id(
                        path,
                        &k.set,
                        format!("unknown set {} version {}", k.set.value, k.version),
                    );
                }
            }
            continue;
        };
        let mut changes = Vec::new();
        // IDs of the old version accounted for (gone), and of the new version (new).
        let mut gone = BTreeSet::new();
        let mut new = BTreeSet::new();
        for c in &cw.changes {
            let line = c.kind.referenced.line();
            let kind = c.kind.value;
            let (from_ids, to_ids) = match kind {
                ChangeKind::Moved | ChangeKind::Added | ChangeKind::Retired => {
                    let Some(id) = &c.id else {
                        p.at(path, line, format!("{kind:?} change needs an `id`"));
                        continue;
                    };
                    match kind {
                        ChangeKind::Moved => (vec![id.clone()], vec![id.clone()]),
                        ChangeKind::Added => (vec![], vec![id.clone()]),
                        _ => (vec![id.clone()], vec![]),
                    }
                }
                ChangeKind::Split | ChangeKind::Merged => {
                    if c.from.is_empty() || c.to.is_empty() {
                        p.at(
                            path,
                            line,
                            format!("{kind:?} change needs `from` and `to` lists"),
                        );
                        continue;
                    }
                    (c.from.clone(), c.to.clone())
                }
            };
            for i in &from_ids {
                if !from.contains(&i.value) {
                    p.at_id(
                        path,
                        i,
                        format!("{} is not an indicator of {}", i.value, from.key()),
                    );
                }
            }
            for i in &to_ids {
                if !to.contains(&i.value) {
                    p.at_id(
                        path,
                        i,
                        format!("{} is not an indicator of {}", i.value, to.key()),
                    );
                }
            }
            if kind != ChangeKind::Moved {
                gone.extend(from_ids.iter().map(|i| i.value.clone()));
                new.extend(to_ids.iter().map(|i| i.value.clone()));
            }
            let note = c
                .note
                .as_ref()
                .map(|n| text(n, path, &format!("{kind:?} change: note").to_lowercase(), p));
            changes.push(CrosswalkChange {
                kind,
                from: ids(&from_ids),
                to: ids(&to_ids),
                note,
            });
        }
        let line = cw.from.set.referenced.line();
        for i in from.indicator_ids() {
            if !to.contains(i) && !gone.contains(i) {
                p.at(
                    path,
                    line,
                    format!(
                        "{i} disappears in {} but is not retired, split or merged",
                        to.key()
                    ),
                );
            }
        }
        for i in to.indicator_ids() {
            if !from.contains(i) && !new.contains(i) {
                p.at(
                    path,
                    line,
                    format!(
                        "{i} is new in {} but is not added or the result of a split or merge",
                        to.key()
                    ),
                );
            }
        }
        out.push(Crosswalk {
            from: from.key(),
            to: to.key(),
            changes,
        });
    }
    out
}
