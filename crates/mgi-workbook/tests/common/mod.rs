//! Helpers of the workbook tests: the framework and reference assessment, and a plain zip writer
//! (the workbook as a grid of cells is `mgi_testkit::Book`).

#![allow(dead_code)] // each test file uses some of these

use mgi_framework::Framework;
use mgi_model::AssessmentDoc;
use mgi_workbook::FindingVersions;

pub fn framework() -> Framework {
    Framework::embedded().expect("the embedded framework loads")
}

pub fn reference(framework: &Framework) -> AssessmentDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("the reference assessment is readable");
    AssessmentDoc::from_json(&text, framework).expect("the reference assessment is valid")
}

/// The version of each finding of `doc`, as a store that has just imported it keeps them.
pub fn versions(doc: &AssessmentDoc) -> FindingVersions {
    doc.findings.iter().map(|f| (f.key.clone(), 1)).collect()
}

/// The column (0-based) of `Source 1` on a domain sheet and on the Findings sheet: the citation
/// pairs follow the sheet's own columns.
pub const DOMAIN_CITATIONS: u16 = 10;
pub const FINDING_CITATIONS: u16 = 7;

/// The answer of `doc` to `indicator`, to edit.
pub fn answer_mut<'a>(doc: &'a mut AssessmentDoc, indicator: &str) -> &'a mut mgi_model::Answer {
    doc.answers
        .iter_mut()
        .find(|a| a.indicator == indicator)
        .expect("an answered indicator")
}

/// `doc` without its answer to `indicator` (and the translations of that answer).
pub fn unanswer(doc: &mut AssessmentDoc, indicator: &str) {
    doc.answers.retain(|a| a.indicator != indicator);
    let target = format!("answer/{indicator}");
    doc.translations.retain(|t| t.target != target);
}

/// A zip archive of `files`, stored without compression.
pub fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed
            h.extend([0u8; 2]); // flags
            h.extend([0u8; 2]); // stored
            h.extend([0u8; 4]); // time, date
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend([0u8; 2]); // extra
            if central {
                h.extend([0u8; 6]); // comment length, disk, internal attributes
                h.extend([0u8; 4]); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(*data);
        central.extend(header(0x0201_4b50, true));
    }
    let central_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]); // disks
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((files.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend([0u8; 2]); // comment
    out
}

fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &byte| {
        (0..8).fold(crc ^ u32::from(byte), |c, _| {
            if c & 1 == 1 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            }
        })
    })
}

/// Deterministic pseudo-random bytes.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as u8
        })
        .collect()
}
