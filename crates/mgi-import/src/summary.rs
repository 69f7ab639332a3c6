//! The summary: a block of paragraphs per domain, under the domain's short name.

use mgi_model::DomainSummary;

use crate::input::Line;
use crate::paragraphs::{Para, footnote_body};
use crate::report::ParseReport;
use crate::sections::{PartKind, Parts};
use crate::suggest::Matcher;

pub fn read(
    lines: &[Line],
    parts: &Parts,
    matcher: &Matcher,
    report: &mut ParseReport,
) -> Vec<DomainSummary> {
    let mut out: Vec<DomainSummary> = Vec::new();
    let mut domain: Option<String> = None;
    let mut paras: Vec<Para> = Vec::new();
    let flush = |domain: &Option<String>,
                 paras: &mut Vec<Para>,
                 out: &mut Vec<DomainSummary>,
                 report: &mut ParseReport| {
        if let Some(d) = domain
            && !paras.is_empty()
        {
            for p in paras.iter() {
                p.lines.iter().for_each(|l| report.place(*l));
            }
            let text = paras
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
                .join("\n\n");
            out.push(DomainSummary {
                domain: d.clone(),
                text,
            });
        }
        paras.clear();
    };
    for range in parts.of(PartKind::Summary) {
        for line in &lines[range] {
            let text = line.text.trim();
            if text.is_empty() || report.is_placed(line.no) || footnote_body(text).is_some() {
                continue;
            }
            if let Some(d) = matcher.domain_for_heading(text) {
                flush(&domain, &mut paras, &mut out, report);
                domain = Some(d.to_owned());
                report.place(line.no);
                continue;
            }
            match paras.last_mut() {
                Some(p) if p.continued_by(text) => p.extend(line),
                _ if domain.is_some() => paras.push(Para::new(line)),
                _ => {}
            }
        }
        flush(&domain, &mut paras, &mut out, report);
    }
    out
}
