//! The fixed texts of a profile, in the project's own words (`profile.ftl` of each language).

use mgi_i18n::{Lang, tr};

pub fn objectives(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "profile-objectives-1"),
        tr!(lang, "profile-objectives-2"),
    ]
}

pub fn introduction(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "profile-introduction-1"),
        tr!(lang, "profile-introduction-2"),
    ]
}

pub fn after(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "profile-after-1"),
        tr!(lang, "profile-after-2"),
        tr!(lang, "profile-after-3"),
        tr!(lang, "profile-after-4"),
    ]
}

/// The steps of the MGI process: (lead-in, text).
pub fn process(lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            tr!(lang, "profile-process-launch"),
            tr!(lang, "profile-process-launch-text"),
        ),
        (
            tr!(lang, "profile-process-data"),
            tr!(lang, "profile-process-data-text"),
        ),
        (
            tr!(lang, "profile-process-consultation"),
            tr!(lang, "profile-process-consultation-text"),
        ),
        (
            tr!(lang, "profile-process-publication"),
            tr!(lang, "profile-process-publication-text"),
        ),
    ]
}

/// The boxes of the conceptual framework: what the MGI are, and what they are not.
pub fn panels(lang: Lang) -> Vec<(String, Vec<String>)> {
    vec![
        (
            tr!(lang, "profile-mgi-are"),
            vec![
                tr!(lang, "profile-mgi-are-1"),
                tr!(lang, "profile-mgi-are-2"),
                tr!(lang, "profile-mgi-are-3"),
            ],
        ),
        (
            tr!(lang, "profile-mgi-are-not"),
            vec![
                tr!(lang, "profile-mgi-are-not-1"),
                tr!(lang, "profile-mgi-are-not-2"),
                tr!(lang, "profile-mgi-are-not-3"),
            ],
        ),
    ]
}
