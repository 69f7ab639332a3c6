//! Every text field of a framework, and how far each is translated.

use std::fmt;

use serde::Serialize;

use crate::{Framework, Text, TranslationStatus};

/// The languages [`translation_coverage`] reports on.
pub const COVERAGE_LANGUAGES: [&str; 2] = ["fr", "es"];

/// The kinds of text field in the framework files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// The notices of the sets, of gcm.yaml and of sdg-10-7-2.yaml.
    Notice,
    SetTitle,
    DomainName,
    DomainPrinciple,
    SubAreaName,
    IndicatorName,
    Question,
    Guidance,
    GcmShort,
    GcmTitle,
    SdgCategory,
    SdgDomain,
    SdgSubcategory,
    CrosswalkNote,
}

impl FieldKind {
    pub const ALL: [FieldKind; 14] = [
        FieldKind::Notice,
        FieldKind::SetTitle,
        FieldKind::DomainName,
        FieldKind::DomainPrinciple,
        FieldKind::SubAreaName,
        FieldKind::IndicatorName,
        FieldKind::Question,
        FieldKind::Guidance,
        FieldKind::GcmShort,
        FieldKind::GcmTitle,
        FieldKind::SdgCategory,
        FieldKind::SdgDomain,
        FieldKind::SdgSubcategory,
        FieldKind::CrosswalkNote,
    ];

    /// A plural label for tables ("questions", "GCM objective titles").
    pub fn label(self) -> &'static str {
        match self {
            FieldKind::Notice => "notices",
            FieldKind::SetTitle => "set titles",
            FieldKind::DomainName => "domain names",
            FieldKind::DomainPrinciple => "domain principles",
            FieldKind::SubAreaName => "sub-area names",
            FieldKind::IndicatorName => "indicator names",
            FieldKind::Question => "questions",
            FieldKind::Guidance => "guidance",
            FieldKind::GcmShort => "GCM objective short names",
            FieldKind::GcmTitle => "GCM objective titles",
            FieldKind::SdgCategory => "SDG 10.7.2 categories",
            FieldKind::SdgDomain => "SDG 10.7.2 domains",
            FieldKind::SdgSubcategory => "SDG 10.7.2 sub-categories",
            FieldKind::CrosswalkNote => "crosswalk notes",
        }
    }

    /// Whether the shipped framework translates every field of this kind into the
    /// [`COVERAGE_LANGUAGES`]. Guidance is not required: renderers show it in English, marked.
    pub fn translation_required(self) -> bool {
        self != FieldKind::Guidance
    }
}

/// One text field of the framework: its kind, where it is (for messages), and the text.
#[derive(Debug, Clone)]
pub struct TextField<'a> {
    pub kind: FieldKind,
    /// Where the field is, for people: "indicator health-access: question",
    /// "set mgi-national v1, domain rights: name".
    pub place: String,
    pub text: &'a Text,
}

impl Framework {
    /// Every text field of the framework, in file order: sets, catalogue, GCM, SDG, crosswalks.
    /// Indicator texts are listed once each, whatever the sets that place them.
    pub fn text_fields(&self) -> Vec<TextField<'_>> {
        let mut out = Vec::new();
        let mut push = |kind, place: String, text| out.push(TextField { kind, place, text });
        for set in &self.sets {
            let key = set.key();
            push(FieldKind::SetTitle, format!("set {key}: title"), &set.title);
            push(FieldKind::Notice, format!("set {key}: notice"), &set.notice);
            for d in &set.domains {
                push(
                    FieldKind::DomainName,
                    format!("set {key}, domain {}: name", d.id),
                    &d.name,
                );
                push(
                    FieldKind::DomainPrinciple,
                    format!("set {key}, domain {}: principle", d.id),
                    &d.principle,
                );
                for s in &d.subareas {
                    push(
                        FieldKind::SubAreaName,
                        format!("set {key}, sub-area {}: name", s.id),
                        &s.name,
                    );
                }
            }
        }
        for ind in self.indicators.values() {
            push(
                FieldKind::IndicatorName,
                format!("indicator {}: name", ind.id),
                &ind.name,
            );
            push(
                FieldKind::Question,
                format!("indicator {}: question", ind.id),
                &ind.question,
            );
            push(
                FieldKind::Guidance,
                format!("indicator {}: guidance", ind.id),
                &ind.guidance,
            );
        }
        push(
            FieldKind::Notice,
            "gcm: notice".to_owned(),
            &self.gcm_notice,
        );
        for o in &self.gcm {
            push(
                FieldKind::GcmShort,
                format!("GCM objective {}: short", o.number),
                &o.short,
            );
            push(
                FieldKind::GcmTitle,
                format!("GCM objective {}: title", o.number),
                &o.title,
            );
        }
        push(
            FieldKind::Notice,
            "SDG 10.7.2: notice".to_owned(),
            &self.sdg.notice,
        );
        for c in &self.sdg.categories {
            push(
                FieldKind::SdgCategory,
                format!("SDG 10.7.2 category {}: label", c.id),
                &c.label,
            );
        }
        for d in &self.sdg.domains {
            push(
                FieldKind::SdgDomain,
                format!("SDG 10.7.2 domain {}: name", d.number),
                &d.name,
            );
        }
        for s in &self.sdg.subcategories {
            push(
                FieldKind::SdgSubcategory,
                format!("SDG 10.7.2 sub-category {}: label", s.id),
                &s.label,
            );
        }
        for cw in &self.crosswalks {
            for (n, c) in cw.changes.iter().enumerate() {
                if let Some(note) = &c.note {
                    push(
                        FieldKind::CrosswalkNote,
                        format!("crosswalk {} to {}, change {}: note", cw.from, cw.to, n + 1),
                        note,
                    );
                }
            }
        }
        out
    }
}

/// For one language and one kind of field: how many fields have no text in the language, and
/// how many have a draft, reviewed or official one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRow {
    pub lang: &'static str,
    pub kind: FieldKind,
    pub missing: usize,
    pub draft: usize,
    pub reviewed: usize,
    pub official: usize,
}

impl CoverageRow {
    pub fn total(&self) -> usize {
        self.missing + self.draft + self.reviewed + self.official
    }

    fn count(&mut self, status: TranslationStatus) {
        match status {
            TranslationStatus::Missing => self.missing += 1,
            TranslationStatus::Draft => self.draft += 1,
            TranslationStatus::Reviewed => self.reviewed += 1,
            TranslationStatus::Official => self.official += 1,
        }
    }
}

/// How far the framework's texts are translated: one row per language of
/// [`COVERAGE_LANGUAGES`] and kind of field present in the framework, in that order.
pub fn translation_coverage(framework: &Framework) -> Vec<CoverageRow> {
    let fields = framework.text_fields();
    let mut rows = Vec::new();
    for lang in COVERAGE_LANGUAGES {
        for kind in FieldKind::ALL {
            let mut row = CoverageRow {
                lang,
                kind,
                missing: 0,
                draft: 0,
                reviewed: 0,
                official: 0,
            };
            for f in fields.iter().filter(|f| f.kind == kind) {
                row.count(f.text.status(lang));
            }
            if row.total() > 0 {
                rows.push(row);
            }
        }
    }
    rows
}

/// A coverage table for people: `format!("{}", CoverageTable(&rows))`, with a total per language.
pub struct CoverageTable<'a>(pub &'a [CoverageRow]);

impl fmt::Display for CoverageTable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let width = FieldKind::ALL
            .iter()
            .map(|k| k.label().len())
            .max()
            .unwrap_or(0);
        let line = |f: &mut fmt::Formatter<'_>, lang: &str, what: &str, n: [String; 5]| {
            writeln!(
                f,
                "{lang:<8}  {what:<width$}  {:>5}  {:>7}  {:>5}  {:>8}  {:>8}",
                n[0], n[1], n[2], n[3], n[4]
            )
        };
        line(
            f,
            "language",
            "field",
            ["total", "missing", "draft", "reviewed", "official"].map(str::to_owned),
        )?;
        let mut langs: Vec<&str> = Vec::new();
        for row in self.0 {
            if !langs.contains(&row.lang) {
                langs.push(row.lang);
            }
        }
        for lang in langs {
            let mut sum = [0usize; 5];
            for row in self.0.iter().filter(|r| r.lang == lang) {
                let n = [
                    row.total(),
                    row.missing,
                    row.draft,
                    row.reviewed,
                    row.official,
                ];
                for (s, v) in sum.iter_mut().zip(n) {
                    *s += v;
                }
                line(f, lang, row.kind.label(), n.map(|v| v.to_string()))?;
            }
            line(f, lang, "all fields", sum.map(|v| v.to_string()))?;
        }
        Ok(())
    }
}
