//! From an assessment to its profile document.

use mgi_framework::{Framework, FrameworkSet, RECONSTRUCTION_NOTICE};
use mgi_model::{AssessmentDoc, ContextFigure, FindingKind, Sex, Stage, bibliography};

use crate::Publication;
use crate::boilerplate;
use crate::charts::{Bar, bar_chart};
use crate::cite;
use crate::doc::*;
use crate::format;

/// Collects footnotes in reading order.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn add(&mut self, text: String) -> usize {
        self.0.push(text);
        self.0.len()
    }
}

fn para(text: &str) -> Block {
    Block::Para {
        text: text.to_owned(),
        notes: Vec::new(),
    }
}

/// The profile of an assessment. The framework gives the domains' names and order.
pub fn build(doc: &AssessmentDoc, framework: &Framework, publication: &Publication) -> ProfileDoc {
    let set = framework.set(&doc.framework.set, doc.framework.version);
    let name = &doc.jurisdiction.name;
    let title = format!(
        "Migration Governance Indicators Profile {} – {name}",
        doc.year
    );
    let mut notes = Notes::default();
    let mut sections = vec![
        Section {
            id: "objectives".into(),
            title: "Objectives".into(),
            blocks: boilerplate::OBJECTIVES.iter().map(|t| para(t)).collect(),
        },
        Section {
            id: "introduction".into(),
            title: "Introduction".into(),
            blocks: boilerplate::INTRODUCTION.iter().map(|t| para(t)).collect(),
        },
        conceptual_framework(set),
        summary(doc, set),
        context(doc),
        key_findings(doc, set, &mut notes),
        Section {
            id: "after".into(),
            title: "After the MGI assessment".into(),
            blocks: vec![Block::List {
                items: boilerplate::AFTER.iter().map(|t| (*t).to_owned()).collect(),
            }],
        },
        annex(doc, &mut notes),
        Section {
            id: "process".into(),
            title: "The MGI process".into(),
            blocks: vec![Block::Steps {
                items: boilerplate::PROCESS
                    .iter()
                    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                    .collect(),
            }],
        },
        key_sources(doc),
    ];
    sections.retain(|s| !s.blocks.is_empty());
    ProfileDoc {
        lang: "en".into(),
        title,
        draft: (!doc.stage.is_public() || doc.stage == Stage::Correction)
            .then(|| doc.stage.as_str().to_owned()),
        front: FrontMatter {
            publisher: publication.publisher.clone(),
            disclaimer: publication.disclaimer.clone(),
            licence: publication.licence.clone(),
            citation: publication
                .citation
                .replace("{name}", name)
                .replace("{year}", &doc.year.to_string()),
            notice: RECONSTRUCTION_NOTICE.to_owned(),
        },
        sections,
        footnotes: notes.0,
    }
}

fn domains(set: Option<&FrameworkSet>) -> Vec<(String, String, String)> {
    set.map(|s| {
        s.domains
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    d.name.en().to_owned(),
                    d.principle.en().to_owned(),
                )
            })
            .collect()
    })
    .unwrap_or_default()
}

fn conceptual_framework(set: Option<&FrameworkSet>) -> Section {
    let steps = domains(set)
        .into_iter()
        .map(|(_, name, principle)| (format!("{name}."), format!("{principle}.")))
        .collect();
    Section {
        id: "framework".into(),
        title: "Conceptual framework".into(),
        blocks: vec![
            para(boilerplate::FRAMEWORK_INTRO),
            Block::Steps { items: steps },
        ],
    }
}

fn summary(doc: &AssessmentDoc, set: Option<&FrameworkSet>) -> Section {
    let mut blocks = Vec::new();
    for (id, name, _) in domains(set) {
        blocks.push(Block::Heading {
            level: 3,
            text: name,
        });
        match doc.summaries.iter().find(|s| s.domain == id) {
            Some(s) => blocks.extend(
                s.text
                    .split("\n\n")
                    .filter(|p| !p.trim().is_empty())
                    .map(para),
            ),
            None => blocks.push(Block::Statement {
                text: "No summary has been written for this domain.".into(),
            }),
        }
    }
    Section {
        id: "summary".into(),
        title: "Summary".into(),
        blocks,
    }
}

fn shares(
    doc: &AssessmentDoc,
    measure: &str,
    pick: impl Fn(&ContextFigure) -> Option<String>,
) -> Vec<(String, f64)> {
    doc.context
        .iter()
        .filter(|f| f.measure == measure)
        .filter_map(|f| pick(f).map(|label| (label, f.value)))
        .collect()
}

fn source_caption(doc: &AssessmentDoc, figures: &[&ContextFigure]) -> String {
    let mut keys: Vec<&str> = figures.iter().map(|f| f.source.as_str()).collect();
    keys.dedup();
    let names: Vec<String> = keys
        .iter()
        .filter_map(|k| doc.source(k))
        .map(|s| {
            format!(
                "{}, {} ({})",
                s.issuer,
                s.title,
                s.year.map_or_else(|| "n.d.".to_owned(), |y| y.to_string())
            )
        })
        .collect();
    format!("Source: {}.", names.join("; "))
}

fn context(doc: &AssessmentDoc) -> Section {
    let mut blocks = Vec::new();
    if doc.context.is_empty() {
        blocks.push(Block::Statement {
            text: "No context figures have been recorded for this assessment.".into(),
        });
        return Section {
            id: "context".into(),
            title: "Context".into(),
            blocks,
        };
    }
    blocks.push(Block::Table {
        caption: "Migration context".into(),
        headers: vec![
            "Measure".into(),
            "Value".into(),
            "Year".into(),
            "Source".into(),
        ],
        rows: doc
            .context
            .iter()
            .map(|f| {
                let source = doc
                    .source(&f.source)
                    .map_or_else(|| f.source.clone(), |s| s.issuer.clone());
                vec![
                    format::measure(f),
                    format::value(f),
                    f.year.to_string(),
                    source,
                ]
            })
            .collect(),
    });
    let by_sex = |m: &str| {
        shares(doc, m, |f| match f.sex {
            Some(Sex::Male) if f.age_group.is_none() => Some("men".to_owned()),
            Some(Sex::Female) if f.age_group.is_none() => Some("women".to_owned()),
            _ => None,
        })
    };
    let mut bars = Vec::new();
    for (group, (measure, who)) in [
        ("immigrant-share", "Immigrants"),
        ("emigrant-share", "Emigrants"),
    ]
    .into_iter()
    .enumerate()
    {
        for (label, value) in by_sex(measure) {
            bars.push(Bar {
                label: format!("{who}, {label}"),
                value,
                group,
            });
        }
    }
    let sexed: Vec<&ContextFigure> = doc
        .context
        .iter()
        .filter(|f| f.sex.is_some_and(|s| s != Sex::Total))
        .collect();
    if !bars.is_empty() {
        let caption = "Figure 1. Immigrants and emigrants by sex (per cent)".to_owned();
        blocks.push(figure(
            "figure-1",
            caption,
            source_caption(doc, &sexed),
            &bars,
        ));
    }
    let ages: Vec<Bar> = shares(doc, "immigrant-share", |f| f.age_group.clone())
        .into_iter()
        .map(|(label, value)| Bar {
            label: format!("{label} years"),
            value,
            group: 0,
        })
        .collect();
    let aged: Vec<&ContextFigure> = doc
        .context
        .iter()
        .filter(|f| f.age_group.is_some())
        .collect();
    if !ages.is_empty() {
        let caption = "Figure 2. Immigrants by age group (per cent)".to_owned();
        blocks.push(figure(
            "figure-2",
            caption,
            source_caption(doc, &aged),
            &ages,
        ));
    }
    Section {
        id: "context".into(),
        title: "Context".into(),
        blocks,
    }
}

fn figure(id: &str, caption: String, source: String, bars: &[Bar]) -> Block {
    Block::Figure {
        figure: Figure {
            id: id.to_owned(),
            svg: bar_chart(id, &caption, bars),
            rows: bars
                .iter()
                .map(|b| (b.label.clone(), format!("{}%", format::number(b.value))))
                .collect(),
            caption,
            source,
        },
    }
}

fn key_findings(doc: &AssessmentDoc, set: Option<&FrameworkSet>, notes: &mut Notes) -> Section {
    let mut blocks = Vec::new();
    for (n, (id, _, principle)) in domains(set).into_iter().enumerate() {
        blocks.push(Block::Heading {
            level: 3,
            text: format!("{}. {principle}", n + 1),
        });
        if n == 0 && !doc.conventions.is_empty() {
            blocks.push(Block::Table {
                caption: "International conventions ratified".into(),
                headers: vec!["Convention".into(), "Ratified (year)".into()],
                rows: doc
                    .conventions
                    .iter()
                    .map(|c| {
                        let status = match (c.ratified, c.year) {
                            (true, Some(y)) => format!("Yes ({y})"),
                            (true, None) => "Yes".to_owned(),
                            (false, _) => "No".to_owned(),
                        };
                        vec![c.name.clone(), status]
                    })
                    .collect(),
            });
        }
        for (kind, heading) in [
            (
                FindingKind::WellDeveloped,
                "Examples of well-developed areas",
            ),
            (
                FindingKind::Potential,
                "Areas with potential for further development",
            ),
        ] {
            blocks.push(Block::Heading {
                level: 4,
                text: heading.to_owned(),
            });
            let findings: Vec<_> = doc
                .findings
                .iter()
                .filter(|f| f.domain == id && f.kind == kind)
                .collect();
            if findings.is_empty() {
                blocks.push(Block::Statement {
                    text: "No findings have been recorded here.".into(),
                });
            }
            for f in findings {
                let mut numbers: Vec<usize> =
                    f.footnotes.iter().map(|t| notes.add(t.clone())).collect();
                for c in &f.citations {
                    if let Some(source) = doc.source(&c.source) {
                        numbers.push(notes.add(cite::citation(source, c)));
                    }
                }
                blocks.push(Block::Para {
                    text: f.text.clone(),
                    notes: numbers,
                });
            }
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Statement {
            text: "The framework of this assessment is not available.".into(),
        });
    }
    Section {
        id: "key-findings".into(),
        title: "Key findings".into(),
        blocks,
    }
}

fn annex(doc: &AssessmentDoc, notes: &mut Notes) -> Section {
    let mut blocks = Vec::new();
    for e in &doc.consultations {
        let dates = if e.start == e.end {
            e.start.format("%-d %B %Y").to_string()
        } else {
            format!("{}–{}", e.start.format("%-d %B"), e.end.format("%-d %B %Y"))
        };
        blocks.push(Block::Heading {
            level: 3,
            text: format!("{} ({dates})", e.title),
        });
        let numbers = e.footnotes.iter().map(|t| notes.add(t.clone())).collect();
        let who = match (e.participants, e.participants_more_than) {
            (Some(n), true) => format!(" More than {n} people took part."),
            (Some(n), false) => format!(" {n} people took part."),
            (None, _) => String::new(),
        };
        blocks.push(Block::Para {
            text: format!("Held in {}.{who} {}", e.place, e.description)
                .trim()
                .to_owned(),
            notes: numbers,
        });
        if !e.key_findings.is_empty() {
            blocks.push(Block::Heading {
                level: 4,
                text: "Key findings".into(),
            });
            blocks.push(Block::List {
                items: e.key_findings.clone(),
            });
        }
        if !e.recommendations.is_empty() {
            blocks.push(Block::Heading {
                level: 4,
                text: "Recommendations".into(),
            });
            blocks.push(Block::List {
                items: e.recommendations.clone(),
            });
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Statement {
            text: "No consultation has been recorded for this assessment.".into(),
        });
    }
    Section {
        id: "annex".into(),
        title: "Annex: national consultation".into(),
        blocks,
    }
}

fn key_sources(doc: &AssessmentDoc) -> Section {
    let groups: Vec<SourceGroup> = bibliography::key_sources(&doc.sources)
        .into_iter()
        .map(|b| SourceGroup {
            issuer: b.issuer.to_owned(),
            items: b
                .items
                .into_iter()
                .map(|(label, s)| (label, cite::entry(s)))
                .collect(),
        })
        .collect();
    let blocks = if groups.is_empty() {
        vec![Block::Statement {
            text: "No sources have been recorded for this assessment.".into(),
        }]
    } else {
        vec![Block::Sources { groups }]
    };
    Section {
        id: "key-sources".into(),
        title: "Key sources".into(),
        blocks,
    }
}
