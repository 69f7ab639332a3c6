//! The context section: the assessment's figures told in sentences, in a fixed order, each
//! source cited by a footnote the first time a sentence uses it; the charts of migrants by sex
//! and by age; and every figure no sentence tells, one short sentence each, so that nothing
//! stored is left out.

use mgi_i18n::{Arg, Lang, tr};
use mgi_model::{AssessmentDoc, Citation, ContextFigure, Sex, TextRef};

use super::{Cx, Notes, SLOT, section};
use crate::charts::{Bar, bar_chart};
use crate::doc::{Block, Figure, Rich, Section};
use crate::format;

pub(super) fn context(cx: &Cx, doc: &AssessmentDoc, notes: &mut Notes) -> Section {
    let lang = cx.lang;
    let title = tr!(lang, "profile-section-context");
    if doc.context.is_empty() {
        let blocks = vec![Block::Statement {
            text: tr!(lang, "profile-no-context"),
        }];
        return section(cx, "context", title, blocks);
    }
    let sex_bars = sex_bars(lang, doc);
    let age_bars = age_bars(lang, doc);
    let charts = Charts::numbered(!sex_bars.is_empty(), !age_bars.is_empty());
    let mut writer = Writer {
        cx,
        doc,
        name: cx.text(TextRef::JurisdictionName, &doc.jurisdiction.name),
        notes,
        cited: Vec::new(),
        figures: Figures::new(&doc.context),
    };
    let mut blocks = Vec::new();
    blocks.extend(writer.paragraph(&[immigrants, immigrants_by_sex], charts));
    blocks.extend(writer.paragraph(&[emigrants, emigrants_by_sex], charts));
    if let Some(number) = charts.by_sex {
        let caption = tr!(lang, "profile-figure-sex", number = number);
        let source = source_caption(cx, doc, in_sex_chart);
        blocks.push(figure(lang, number, caption, source, &sex_bars));
    }
    blocks.extend(writer.paragraph(&[share_change, remittances], charts));
    blocks.extend(writer.paragraph(&[immigrants_by_age], charts));
    if let Some(number) = charts.by_age {
        let caption = tr!(lang, "profile-figure-age", number = number);
        let source = source_caption(cx, doc, in_age_chart);
        blocks.push(figure(lang, number, caption, source, &age_bars));
    }
    blocks.extend(writer.the_rest());
    section(cx, "context", title, blocks)
}

/// The numbers of the charts the section draws, in the order it draws them: the sentences
/// refer to a chart by the number its caption gives it.
#[derive(Clone, Copy)]
struct Charts {
    by_sex: Option<usize>,
    by_age: Option<usize>,
}

impl Charts {
    fn numbered(by_sex: bool, by_age: bool) -> Charts {
        let sex_number = by_sex.then_some(1);
        Charts {
            by_sex: sex_number,
            by_age: by_age.then_some(sex_number.map_or(1, |n| n + 1)),
        }
    }
}

/// A figure of the assessment, with its place in the assessment's list.
#[derive(Clone, Copy)]
struct Found<'a> {
    at: usize,
    f: &'a ContextFigure,
}

/// The assessment's figures and which of them a sentence already tells.
struct Figures<'a> {
    all: &'a [ContextFigure],
    told: Vec<bool>,
}

impl<'a> Figures<'a> {
    fn new(all: &'a [ContextFigure]) -> Figures<'a> {
        Figures {
            all,
            told: vec![false; all.len()],
        }
    }

    /// The figures not told yet, in the assessment's order.
    fn untold(&self) -> impl Iterator<Item = Found<'a>> + '_ {
        let all = self.all;
        all.iter()
            .enumerate()
            .filter(|(at, _)| !self.told.get(*at).copied().unwrap_or(true))
            .map(|(at, f)| Found { at, f })
    }

    /// The first figure not told yet that `pick` accepts.
    fn find(&self, pick: impl Fn(&ContextFigure) -> bool) -> Option<Found<'a>> {
        self.untold().find(|found| pick(found.f))
    }

    /// The first figure not told yet of `measure` for the whole population (no sex, no age),
    /// of `year`.
    fn total(&self, measure: &str, year: i32) -> Option<Found<'a>> {
        self.find(|f| f.measure == measure && f.year == year && is_total(f))
    }

    fn tell(&mut self, figures: &[Found]) {
        for found in figures {
            if let Some(told) = self.told.get_mut(found.at) {
                *told = true;
            }
        }
    }
}

/// Whether a figure is about everyone: no sex split (or the total), no age group.
fn is_total(f: &ContextFigure) -> bool {
    !is_sex_split(f) && f.age_group.is_none()
}

fn is_sex_split(f: &ContextFigure) -> bool {
    matches!(f.sex, Some(Sex::Male | Sex::Female))
}

/// A sentence to write: its message and what the message takes, the figures it tells, the
/// source they come from.
struct Sentence<'a> {
    /// A message that takes, beside `args`, the lead `$source` (`named`: the sentence names
    /// the source's issuer, at `SLOT[1]`; `known`: it does not) and the jurisdiction's name at
    /// `SLOT[0]`.
    message: &'static str,
    args: Vec<(&'static str, Arg)>,
    told: Vec<Found<'a>>,
    source: &'a str,
}

impl<'a> Sentence<'a> {
    /// The sentence `message` telling `first` and `others`, from the source of `first`, with
    /// the year of `first` as `$year` and `args`.
    fn new(
        message: &'static str,
        first: Found<'a>,
        others: impl IntoIterator<Item = Option<Found<'a>>>,
        args: Vec<(&'static str, Arg)>,
    ) -> Sentence<'a> {
        let mut all = vec![("year", Arg::from(first.f.year.to_string()))];
        all.extend(args);
        Sentence {
            message,
            args: all,
            told: std::iter::once(first)
                .chain(others.into_iter().flatten())
                .collect(),
            source: &first.f.source,
        }
    }
}

/// A kind of sentence: the sentence of the first figures of its kind not told yet, if any.
type Kind = for<'a> fn(Lang, &Figures<'a>, Charts) -> Option<Sentence<'a>>;

/// A figure as text, as the profile writes its unit, for a message.
fn text(lang: Lang, found: Option<Found>) -> Arg {
    Arg::from(
        found
            .map(|found| format::value(lang, found.f))
            .unwrap_or_default(),
    )
}

/// "21,345 immigrants in 2020, 0.6% of a population of 3.3 million".
fn immigrants<'a>(lang: Lang, figures: &Figures<'a>, _: Charts) -> Option<Sentence<'a>> {
    let stock = figures.find(|f| f.measure == "immigrant-stock" && is_total(f))?;
    let year = stock.f.year;
    let share = figures.total("immigrant-share", year);
    let population = share.and_then(|_| figures.total("population", year));
    let detail = match (share, population) {
        (Some(_), Some(_)) => "share-population",
        (Some(_), None) => "share",
        _ => "count",
    };
    let population_text = population
        .map(|p| format::population(lang, p.f.value))
        .unwrap_or_default();
    let args = vec![
        ("count", text(lang, Some(stock))),
        ("detail", detail.into()),
        ("share", text(lang, share)),
        ("population", population_text.into()),
    ];
    let told = [share, population];
    Some(Sentence::new(
        "profile-context-immigrants",
        stock,
        told,
        args,
    ))
}

/// "82,100 emigrants in 2020, 2.5% of the population".
fn emigrants<'a>(lang: Lang, figures: &Figures<'a>, _: Charts) -> Option<Sentence<'a>> {
    let stock = figures.find(|f| f.measure == "emigrant-stock" && is_total(f))?;
    let share = figures.total("emigrant-share", stock.f.year);
    let detail = if share.is_some() { "share" } else { "count" };
    let args = vec![
        ("count", text(lang, Some(stock))),
        ("detail", detail.into()),
        ("share", text(lang, share)),
    ];
    Some(Sentence::new(
        "profile-context-emigrants",
        stock,
        [share],
        args,
    ))
}

fn immigrants_by_sex<'a>(
    lang: Lang,
    figures: &Figures<'a>,
    charts: Charts,
) -> Option<Sentence<'a>> {
    by_sex(lang, figures, charts, "immigrant")
}

fn emigrants_by_sex<'a>(lang: Lang, figures: &Figures<'a>, charts: Charts) -> Option<Sentence<'a>> {
    by_sex(lang, figures, charts, "emigrant")
}

/// "of the immigrants in 2020, 66.8% were men and 33.2% women (see Figure 1)": the shares of
/// one year, both sexes known, from one source.
fn by_sex<'a>(
    lang: Lang,
    figures: &Figures<'a>,
    charts: Charts,
    group: &'static str,
) -> Option<Sentence<'a>> {
    let figure = charts.by_sex?;
    let measure = format!("{group}-share");
    let of = |sex: Sex, year: Option<i32>, source: Option<&str>| {
        figures.find(|f| {
            f.measure == measure
                && f.sex == Some(sex)
                && f.age_group.is_none()
                && year.is_none_or(|y| f.year == y)
                && source.is_none_or(|s| f.source == s)
        })
    };
    let men = of(Sex::Male, None, None)?;
    let women = of(Sex::Female, Some(men.f.year), Some(&men.f.source))?;
    let args = vec![
        ("group", group.into()),
        ("men", text(lang, Some(men))),
        ("women", text(lang, Some(women))),
        ("figure", figure.into()),
    ];
    Some(Sentence::new(
        "profile-context-by-sex",
        men,
        [Some(women)],
        args,
    ))
}

/// "by 2020, the migrants' share of the population had changed by 0.3 percentage points".
fn share_change<'a>(lang: Lang, figures: &Figures<'a>, _: Charts) -> Option<Sentence<'a>> {
    alone(
        lang,
        figures,
        "migrant-share-change",
        "profile-context-share-change",
    )
}

/// "personal remittances received came to 3.2% of GDP in 2022".
fn remittances<'a>(lang: Lang, figures: &Figures<'a>, _: Charts) -> Option<Sentence<'a>> {
    alone(
        lang,
        figures,
        "remittances-gdp",
        "profile-context-remittances",
    )
}

/// The sentence `message` of the first figure of `measure` for the whole population, its
/// value as `$value`.
fn alone<'a>(
    lang: Lang,
    figures: &Figures<'a>,
    measure: &str,
    message: &'static str,
) -> Option<Sentence<'a>> {
    let found = figures.find(|f| f.measure == measure && is_total(f))?;
    let args = vec![("value", text(lang, Some(found)))];
    Some(Sentence::new(message, found, [], args))
}

/// "of the immigrants in 2020, 19.1% were aged 0-19, 76.1% were aged 20-64 and 4.8% were aged
/// 65+ (see Figure 2)": the age groups of one year and one source, both sexes together.
fn immigrants_by_age<'a>(
    lang: Lang,
    figures: &Figures<'a>,
    charts: Charts,
) -> Option<Sentence<'a>> {
    let figure = charts.by_age?;
    let aged = |f: &ContextFigure| in_age_chart(f) && !is_sex_split(f);
    let first = figures.find(aged)?;
    let others: Vec<Found> = figures
        .untold()
        .filter(|g| g.at != first.at && aged(g.f))
        .filter(|g| g.f.year == first.f.year && g.f.source == first.f.source)
        .collect();
    let items: Vec<String> = std::iter::once(first)
        .chain(others.iter().copied())
        .filter_map(|g| {
            let age_group = g.f.age_group.as_deref()?;
            Some(tr!(
                lang,
                "profile-context-age-group",
                share = format::value(lang, g.f),
                age_group = age_group
            ))
        })
        .collect();
    let args = vec![
        ("groups", and_list(lang, &items).into()),
        ("figure", figure.into()),
    ];
    let others = others.into_iter().map(Some);
    Some(Sentence::new("profile-context-by-age", first, others, args))
}

/// "a, b and c" in the language.
fn and_list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => tr!(
            lang,
            "profile-context-and",
            head = head.join(", "),
            last = last.as_str()
        ),
    }
}

/// A figure no other sentence tells: "Migrants, aged 0-19, in 2020: 12%".
fn other(lang: Lang, found: Found) -> Sentence {
    let args = vec![
        ("measure", format::measure(lang, found.f).into()),
        ("value", text(lang, Some(found))),
    ];
    Sentence::new("profile-context-other", found, [], args)
}

/// Writes the sentences, and cites each source once: the first sentence from a source names
/// its issuer and has a footnote with the full citation.
struct Writer<'c, 'a> {
    cx: &'c Cx<'a>,
    doc: &'a AssessmentDoc,
    name: Rich,
    notes: &'c mut Notes,
    /// The keys of the sources cited so far.
    cited: Vec<&'a str>,
    figures: Figures<'a>,
}

impl<'a> Writer<'_, 'a> {
    /// The sentences of `kinds` that have figures, in that order, as one paragraph; `None`
    /// when none has.
    fn paragraph(&mut self, kinds: &[Kind], charts: Charts) -> Option<Block> {
        let mut sentences = Vec::new();
        for kind in kinds {
            if let Some(sentence) = kind(self.cx.lang, &self.figures, charts) {
                self.figures.tell(&sentence.told);
                sentences.push(sentence);
            }
        }
        self.para(sentences)
    }

    /// A sentence for each figure no other sentence tells, as one paragraph.
    fn the_rest(&mut self) -> Option<Block> {
        let lang = self.cx.lang;
        let rest: Vec<Sentence<'a>> = self.figures.untold().map(|f| other(lang, f)).collect();
        for sentence in &rest {
            self.figures.tell(&sentence.told);
        }
        self.para(rest)
    }

    fn para(&mut self, sentences: Vec<Sentence<'a>>) -> Option<Block> {
        let mut text = Rich::default();
        let mut notes = Vec::new();
        for (i, sentence) in sentences.into_iter().enumerate() {
            if i > 0 {
                text = text.then_plain(" ");
            }
            let (written, note) = self.write(&sentence);
            text = text.then(written);
            notes.extend(note);
        }
        (!text.is_empty()).then_some(Block::Para {
            text,
            notes,
            anchor: None,
            of: None,
        })
    }

    /// The sentence, and the number of its footnote when it is the first from its source.
    fn write(&mut self, sentence: &Sentence<'a>) -> (Rich, Option<usize>) {
        let say = |lead: &str| {
            let mut args = vec![
                ("source", Arg::from(lead)),
                ("issuer", SLOT[1].into()),
                ("name", SLOT[0].into()),
            ];
            args.extend(sentence.args.iter().cloned());
            mgi_i18n::tr_args(self.cx.lang, sentence.message, &args)
        };
        let first = self
            .doc
            .source(sentence.source)
            .filter(|s| !self.cited.contains(&s.key.as_str()));
        let Some(source) = first else {
            let text = self
                .cx
                .fill(&say("known"), std::slice::from_ref(&self.name));
            return (text, None);
        };
        let text = self.cx.fill(
            &say("named"),
            &[self.name.clone(), self.cx.data(source.issuer.as_str())],
        );
        self.cited.push(&source.key);
        let citation = Citation {
            source: source.key.clone(),
            pinpoint: None,
        };
        let note = self.notes.passage(self.cx, &[citation], &[]);
        (text, note)
    }
}

/// Whether the chart by sex shows the figure: a share of immigrants or emigrants, men or women,
/// of all ages.
fn in_sex_chart(f: &ContextFigure) -> bool {
    matches!(f.measure.as_str(), "immigrant-share" | "emigrant-share")
        && is_sex_split(f)
        && f.age_group.is_none()
}

/// Whether the chart by age shows the figure: a share of immigrants in an age group.
fn in_age_chart(f: &ContextFigure) -> bool {
    f.measure == "immigrant-share" && f.age_group.is_some()
}

/// The bars of immigrants (first colour) and emigrants (second colour) by sex.
fn sex_bars(lang: Lang, doc: &AssessmentDoc) -> Vec<Bar> {
    let mut bars = Vec::new();
    for (group, who) in ["immigrant", "emigrant"].into_iter().enumerate() {
        let name = tr!(lang, "profile-group", group = who);
        let measure = format!("{who}-share");
        for f in doc
            .context
            .iter()
            .filter(|f| f.measure == measure && in_sex_chart(f))
        {
            let label = if f.sex == Some(Sex::Male) {
                tr!(lang, "profile-measure-men", measure = name.as_str())
            } else {
                tr!(lang, "profile-measure-women", measure = name.as_str())
            };
            bars.push(Bar {
                label,
                value: f.value,
                group,
            });
        }
    }
    bars
}

/// The bars of immigrants by age group.
fn age_bars(lang: Lang, doc: &AssessmentDoc) -> Vec<Bar> {
    doc.context
        .iter()
        .filter(|f| in_age_chart(f))
        .filter_map(|f| {
            let age_group = f.age_group.as_deref()?;
            Some(Bar {
                label: tr!(lang, "profile-age-years", age_group = age_group),
                value: f.value,
                group: 0,
            })
        })
        .collect()
}

/// The sources of the figures `pick` accepts: "issuer, title (year)" each, separated by
/// semicolons, and a full stop.
fn source_caption(cx: &Cx, doc: &AssessmentDoc, pick: fn(&ContextFigure) -> bool) -> Rich {
    let mut keys: Vec<&str> = Vec::new();
    for f in doc.context.iter().filter(|f| pick(f)) {
        if !keys.contains(&f.source.as_str()) {
            keys.push(&f.source);
        }
    }
    let mut out = Rich::default();
    for (i, s) in keys.iter().filter_map(|k| doc.source(k)).enumerate() {
        if i > 0 {
            out = out.then_plain("; ");
        }
        let year = s.year.map_or_else(|| cx.no_date(), |y| y.to_string());
        out = out
            .then(cx.data(s.issuer.as_str()))
            .then_plain(", ")
            .then(cx.text(TextRef::SourceTitle(s.key.clone()), &s.title))
            .then_plain(&format!(" ({year})"));
    }
    out.then_plain(".")
}

fn figure(lang: Lang, number: usize, caption: String, source: Rich, bars: &[Bar]) -> Block {
    let id = format!("figure-{number}");
    Block::Figure {
        figure: Figure {
            svg: bar_chart(lang, &id, &caption, bars),
            id,
            rows: bars
                .iter()
                .map(|b| (b.label.clone(), format::percent(lang, b.value)))
                .collect(),
            caption,
            source,
        },
    }
}
