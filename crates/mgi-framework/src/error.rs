use std::fmt;

use mgi_i18n::{Lang, tr};

use crate::Issue;

/// One problem in a framework file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line, 0 when the problem concerns the file as a whole.
    pub line: u64,
    pub issue: Issue,
}

impl Problem {
    pub fn new(file: impl Into<String>, line: u64, issue: Issue) -> Problem {
        Problem {
            file: file.into(),
            line,
            issue,
        }
    }

    /// What is wrong, in English (without the place).
    pub fn message(&self) -> String {
        self.issue.to_string()
    }

    /// `file:line: issue` (`file: issue` for the file as a whole), the issue in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        let issue = self.issue.localised(lang);
        if self.line == 0 {
            format!("{}: {issue}", self.file)
        } else {
            format!("{}:{}: {issue}", self.file, self.line)
        }
    }
}

impl fmt::Display for Problem {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}

/// The framework could not be loaded; holds every problem found.
#[derive(Debug, thiserror::Error)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl LoadError {
    pub fn single(file: impl Into<String>, line: u64, issue: Issue) -> LoadError {
        LoadError {
            problems: vec![Problem::new(file, line, issue)],
        }
    }

    /// How many problems, then each on a line of its own, indented; in `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        let mut out = tr!(lang, "framework-problems", count = self.problems.len());
        for p in &self.problems {
            out.push_str("\n  ");
            out.push_str(&p.localised(lang));
        }
        out.push('\n');
        out
    }
}

impl fmt::Display for LoadError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localised(Lang::En))
    }
}
