//! From framework files to a checked [`Framework`]: parse every file, then check the whole.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use crate::raw::{CatalogueFile, CrosswalkFile, GcmFile, Id, RawText, SdgFile, SetFile};
use crate::types::*;
use crate::{Field, Issue, LoadError, Problem, SourceFile, Text};

pub(crate) const GCM_FILE: &str = "gcm.yaml";
pub(crate) const SDG_FILE: &str = "sdg-10-7-2.yaml";

/// Collects problems while the files are checked.
#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn at(&mut self, file: &str, line: u64, issue: Issue) {
        self.0.push(Problem::new(file, line, issue));
    }

    fn at_id(&mut self, file: &str, id: &Id, issue: Issue) {
        self.at(file, id.referenced.line(), issue);
    }
}

fn parse<T: DeserializeOwned>(file: &SourceFile, problems: &mut Problems) -> Option<T> {
    match serde_saphyr::from_str::<T>(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.location().map(|l| l.line()).unwrap_or(0);
            let detail = strip_position(&e.to_string());
            problems.at(&file.path, line, Issue::InvalidYaml { detail });
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
            p.at(path, 0, Issue::UnknownFile);
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
    let first = message.lines().next().unwrap_or_default();
    let rest = first.strip_prefix("error: ").unwrap_or(first);
    match rest.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((_, text)) => text.to_owned(),
        None => rest.to_owned(),
    }
}

/// A text checked: every bad language code or status is a problem on the line of its entry,
/// naming the field.
fn text(raw: &RawText, file: &str, field: Field, p: &mut Problems) -> Text {
    let (text, problems) = raw.check(|v| v.value.as_str());
    for (v, error) in problems {
        let field = field.clone();
        p.at(file, v.referenced.line(), Issue::Text { field, error });
    }
    text
}

/// A text checked as [`text`] does, and that must have English: else a problem at `line`.
fn english_text(raw: &RawText, file: &str, line: u64, field: Field, p: &mut Problems) -> Text {
    let checked = text(raw, file, field.clone(), p);
    if !checked.has_english() {
        p.at(file, line, Issue::NoEnglish(field));
    }
    checked
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
        p.at(GCM_FILE, 0, Issue::MissingGcm);
        return (Text::default(), Vec::new());
    };
    let notice = english_text(&gcm.notice, path, 1, Field::Notice, p);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for o in &gcm.objectives {
        let line = o.number.referenced.line();
        let number = o.number.value;
        if !seen.insert(number) {
            p.at(path, line, Issue::DuplicateObjective(number));
        }
        let short = text(&o.short, path, Field::ObjectiveShort(number), p);
        let title = english_text(&o.title, path, line, Field::ObjectiveTitle(number), p);
        out.push(GcmObjective {
            number,
            short,
            title,
        });
    }
    out.sort_by_key(|o| o.number);
    (notice, out)
}

fn check_sdg(file: Option<&(String, SdgFile)>, p: &mut Problems) -> Option<SdgConfig> {
    let Some((path, sdg)) = file else {
        p.at(SDG_FILE, 0, Issue::MissingSdg);
        return None;
    };
    for key in sdg.answer_values.keys() {
        if !matches!(key.as_str(), "present" | "partial" | "absent") {
            p.at(path, 0, Issue::UnknownAnswer(key.clone()));
        }
    }
    let domains: BTreeSet<u8> = sdg.domains.iter().map(|d| d.number.value).collect();
    let mut ids = BTreeSet::new();
    for s in &sdg.subcategories {
        if !ids.insert(s.id.value.clone()) {
            p.at_id(path, &s.id, Issue::DuplicateSubcategory(s.id.value.clone()));
        }
        if !domains.contains(&s.domain) {
            p.at_id(path, &s.id, Issue::UnknownSdgDomain(s.domain));
        }
    }
    let mut categories: Vec<SdgCategory> = sdg
        .categories
        .iter()
        .map(|c| SdgCategory {
            id: c.id.value,
            min: c.min,
            label: text(&c.label, path, Field::CategoryLabel(c.id.value), p),
        })
        .collect();
    categories.sort_by(|a, b| a.min.total_cmp(&b.min));
    let notice = text(&sdg.notice, path, Field::Notice, p);
    let domains = sdg
        .domains
        .iter()
        .map(|d| SdgDomain {
            number: d.number.value,
            mgi_domain: d.mgi_domain.value.clone(),
            name: text(
                &d.name,
                path,
                Field::DomainName(d.number.value.to_string()),
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
                Field::SubcategoryLabel(s.id.value.clone()),
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
                p.at(path, line, Issue::IdNotKebab(id.clone()));
            }
            if let Some((f, l)) = first_seen.get(id) {
                let issue = Issue::DuplicateIndicator {
                    id: id.clone(),
                    first_file: f.clone(),
                    first_line: *l,
                };
                p.at(path, line, issue);
                continue;
            }
            first_seen.insert(id.clone(), (path.clone(), line));
            let name = english_text(&raw.name, path, line, Field::Name(id.clone()), p);
            let question = english_text(&raw.question, path, line, Field::Question(id.clone()), p);
            let guidance = english_text(&raw.guidance, path, line, Field::Guidance(id.clone()), p);
            if raw.gcm.is_empty() {
                p.at(path, line, Issue::NoGcmMapping(id.clone()));
            }
            for n in &raw.gcm {
                if !gcm.iter().any(|o| o.number == n.value) {
                    let issue = Issue::UnknownObjective {
                        indicator: id.clone(),
                        number: n.value,
                    };
                    p.at(path, n.referenced.line(), issue);
                }
            }
            if let Some(sdg) = sdg {
                for s in &raw.sdg {
                    if !sdg.subcategories.iter().any(|c| c.id == s.value) {
                        let issue = Issue::UnknownSubcategory {
                            indicator: id.clone(),
                            subcategory: s.value.clone(),
                        };
                        p.at_id(path, s, issue);
                    }
                }
            }
            out.insert(
                id.clone(),
                Indicator {
                    id: id.clone(),
                    level: raw.level,
                    name,
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
            p.at(path, set_line, Issue::SetLevelBoth);
        }
        if out
            .iter()
            .any(|s| s.id == set.id.value && s.version == set.version)
        {
            let issue = Issue::DuplicateSet {
                set: set.id.value.clone(),
                version: set.version,
            };
            p.at(path, set_line, issue);
            continue;
        }
        let title = text(&set.title, path, Field::Title, p);
        let notice = english_text(&set.notice, path, set_line, Field::Notice, p);
        let mut placed: BTreeMap<&str, u64> = BTreeMap::new();
        let mut ids = BTreeSet::new();
        let mut numbers = BTreeSet::new();
        let mut domains = Vec::new();
        for d in &set.domains {
            let domain = &d.id.value;
            if !ids.insert(domain.as_str()) {
                p.at_id(path, &d.id, Issue::DuplicateDomainId(domain.clone()));
            }
            if !numbers.insert(d.number) {
                p.at_id(path, &d.id, Issue::DuplicateDomainNumber(d.number));
            }
            let line = d.id.referenced.line();
            let name = english_text(&d.name, path, line, Field::DomainName(domain.clone()), p);
            let principle = text(
                &d.principle,
                path,
                Field::DomainPrinciple(domain.clone()),
                p,
            );
            let mut subareas = Vec::new();
            for s in &d.subareas {
                if !ids.insert(s.id.value.as_str()) {
                    p.at_id(path, &s.id, Issue::DuplicateSubAreaId(s.id.value.clone()));
                }
                for i in &s.indicators {
                    let line = i.referenced.line();
                    match indicators.get(&i.value) {
                        None => p.at(path, line, Issue::UnknownIndicator(i.value.clone())),
                        Some(ind) if !ind.level.fits(set.level) => {
                            let issue = Issue::WrongLevel {
                                indicator: i.value.clone(),
                                level: ind.level,
                                set_level: set.level,
                            };
                            p.at(path, line, issue);
                        }
                        Some(_) => {}
                    }
                    if let Some(first_line) = placed.insert(&i.value, line) {
                        let issue = Issue::PlacedTwice {
                            indicator: i.value.clone(),
                            first_line,
                        };
                        p.at(path, line, issue);
                    }
                }
                subareas.push(SubArea {
                    id: s.id.value.clone(),
                    name: text(&s.name, path, Field::SubAreaName(s.id.value.clone()), p),
                    // An unknown ID is reported above once, not again by every crosswalk.
                    indicators: s
                        .indicators
                        .iter()
                        .filter(|i| indicators.contains_key(&i.value))
                        .map(|i| i.value.clone())
                        .collect(),
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
        check_names(path, set, indicators, p);
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
        p.at("sets/", 0, Issue::NoSet);
    }
    out.sort_by(|a, b| (&a.id, a.version).cmp(&(&b.id, b.version)));
    out
}

/// The names of a set's indicators tell them apart, so that a list of names is unambiguous: in
/// every language one of them has, two indicators of the set with the same name (case and spacing
/// aside) are a problem on the line that places the second. A name shown in English for want of
/// a translation is checked with the English names only.
fn check_names(
    path: &str,
    set: &SetFile,
    indicators: &BTreeMap<String, Indicator>,
    p: &mut Problems,
) {
    let placed: Vec<(&Indicator, u64)> = set
        .domains
        .iter()
        .flat_map(|d| &d.subareas)
        .flat_map(|s| &s.indicators)
        .filter_map(|i| {
            indicators
                .get(&i.value)
                .map(|ind| (ind, i.referenced.line()))
        })
        .collect();
    let languages: BTreeSet<&str> = placed
        .iter()
        .flat_map(|(ind, _)| ind.name.languages())
        .collect();
    for lang in languages {
        let mut seen: BTreeMap<String, &Indicator> = BTreeMap::new();
        for &(ind, line) in &placed {
            // Only the names written in `lang`: one shown in English instead was checked in English.
            let Some(name) = ind.name.get_exact(lang).filter(|n| !n.trim().is_empty()) else {
                continue;
            };
            let key = name
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            match seen.get(&key) {
                None => {
                    seen.insert(key, ind);
                }
                // The same indicator placed twice is a problem of its own.
                Some(first) if first.id == ind.id => {}
                Some(first) => {
                    let issue = Issue::DuplicateName {
                        indicator: ind.id.clone(),
                        other: first.id.clone(),
                        lang: lang.to_owned(),
                        name: name.to_owned(),
                    };
                    p.at(path, line, issue);
                }
            }
        }
    }
}

/// Every catalogue indicator must be placed by at least one set.
fn check_orphans(files: &[(String, CatalogueFile)], sets: &[FrameworkSet], p: &mut Problems) {
    for (path, file) in files {
        for raw in &file.indicators {
            if !sets.iter().any(|s| s.contains(&raw.id.value)) {
                p.at_id(path, &raw.id, Issue::NotPlaced(raw.id.value.clone()));
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
                    let issue = Issue::UnknownSet {
                        set: k.set.value.clone(),
                        version: k.version,
                    };
                    p.at_id(path, &k.set, issue);
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
                        p.at(path, line, Issue::ChangeNeedsId(kind));
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
                        p.at(path, line, Issue::ChangeNeedsLists(kind));
                        continue;
                    }
                    (c.from.clone(), c.to.clone())
                }
            };
            for (ids, set) in [(&from_ids, from), (&to_ids, to)] {
                for i in ids.iter().filter(|i| !set.contains(&i.value)) {
                    let issue = Issue::NotInSet {
                        indicator: i.value.clone(),
                        set: set.key().to_string(),
                    };
                    p.at_id(path, i, issue);
                }
            }
            if kind != ChangeKind::Moved {
                gone.extend(from_ids.iter().map(|i| i.value.clone()));
                new.extend(to_ids.iter().map(|i| i.value.clone()));
            }
            let note = c
                .note
                .as_ref()
                .map(|n| text(n, path, Field::ChangeNote(kind), p));
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
                let issue = Issue::Disappears {
                    indicator: i.to_owned(),
                    set: to.key().to_string(),
                };
                p.at(path, line, issue);
            }
        }
        for i in to.indicator_ids() {
            if !from.contains(i) && !new.contains(i) {
                let issue = Issue::NewUnexplained {
                    indicator: i.to_owned(),
                    set: to.key().to_string(),
                };
                p.at(path, line, issue);
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
