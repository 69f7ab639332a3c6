//! Test set-up shared by the store tests: a fresh database of either backend, and a small but
//! complete assessment document.
//!
//! PostgreSQL tests need `MGI_TEST_PG_URL` (scripts/test starts a throwaway server and sets it).
//! Each test gets a schema of its own. Without the variable the PostgreSQL half is skipped with
//! a message, unless `MGI_REQUIRE_PG=1` (set by scripts/test), which turns the skip into a failure.

#![allow(dead_code)]

use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

use mgi_framework::Framework;
use mgi_model::*;
use mgi_store::{Db, Store};
use sqlx::postgres::PgConnectOptions;

pub struct TestStore {
    pub store: Store,
    /// A second connection to the same database, for tests that look under the interface.
    raw: Db,
    _dir: Option<tempfile::TempDir>,
}

impl TestStore {
    /// A number counted by raw SQL (`SELECT COUNT(*) …`).
    pub async fn raw_count(&self, sql: &'static str) -> i64 {
        match &self.raw {
            Db::Sqlite(p) => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await,
            Db::Pg(p) => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await,
        }
        .expect(sql)
    }

    /// An analyst account `username` named `display_name`.
    pub async fn analyst(&self, username: &str, display_name: &str) {
        self.store
            .create_user(&mgi_store::NewUser {
                username,
                display_name,
                role: mgi_model::access::Role::Analyst,
                password: "correct horse battery",
                jurisdictions: &[],
                assessment: None,
            })
            .await
            .expect("account");
    }

    /// Run raw SQL, bypassing every check of the store: to age or add rows the interface
    /// would not, or to leave the database as an older version of mgi (or a hand edit) could.
    pub async fn raw_execute(&self, sql: &str) {
        let query = || sqlx::AssertSqlSafe(sql.to_owned());
        match &self.raw {
            Db::Sqlite(p) => sqlx::query(query()).execute(p).await.map(|_| ()),
            Db::Pg(p) => sqlx::query(query()).execute(p).await.map(|_| ()),
        }
        .expect(sql);
    }
}

impl TestStore {
    /// The store opened again on the same database, as a new start of mgi opens it.
    pub async fn reopen(&self) -> Store {
        Store::with_db(self.raw.clone(), framework())
            .await
            .expect("reopen")
    }
}

impl TestStore {
    /// The store on the same database with another framework (for versions mgi does not ship).
    pub async fn with_framework(&self, framework: Framework) -> Store {
        Store::with_db(self.raw.clone(), framework)
            .await
            .expect("open with framework")
    }
}

impl std::ops::Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

pub async fn sqlite() -> TestStore {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = dir.path().join("test.db").display().to_string();
    let store = Store::open(&url, framework()).await.expect("open sqlite");
    let raw = Db::connect(&url).await.expect("second connection");
    TestStore {
        store,
        raw,
        _dir: Some(dir),
    }
}

static SCHEMA: AtomicUsize = AtomicUsize::new(0);

pub async fn postgres() -> Option<TestStore> {
    let Ok(url) = std::env::var("MGI_TEST_PG_URL") else {
        assert!(
            std::env::var_os("MGI_REQUIRE_PG").is_none(),
            "MGI_REQUIRE_PG is set but MGI_TEST_PG_URL is not: PostgreSQL tests cannot run"
        );
        eprintln!(
            "skipped: PostgreSQL half of this test (set MGI_TEST_PG_URL, or run scripts/test)"
        );
        return None;
    };
    let schema = format!(
        "t{}_{}_{}",
        std::process::id(),
        SCHEMA.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_micros()
    );
    let admin = sqlx::PgPool::connect(&url)
        .await
        .expect("connect to MGI_TEST_PG_URL");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&admin)
        .await
        .expect("create schema");
    admin.close().await;
    let options = PgConnectOptions::from_str(&url)
        .expect("MGI_TEST_PG_URL")
        .options([("search_path", schema.as_str())]);
    let db = Db::connect_pg(options.clone()).await.expect("connect");
    let store = Store::with_db(db, framework()).await.expect("migrate");
    let raw = Db::connect_pg(options).await.expect("second connection");
    Some(TestStore {
        store,
        raw,
        _dir: None,
    })
}

pub fn framework() -> Framework {
    Framework::embedded().expect("embedded framework")
}

/// Runs a test body on SQLite and on PostgreSQL.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name(crate::common::sqlite().await).await;
                }
                #[tokio::test]
                async fn postgres() {
                    if let Some(store) = crate::common::postgres().await {
                        super::$name(store).await;
                    }
                }
            }
        )*
    };
}

/// A small assessment that uses every part of the document.
pub fn sample(code: &str, year: i32) -> AssessmentDoc {
    let fw = framework();
    let set = fw.set("mgi-national", 1).expect("national set");
    let ids: Vec<&str> = set.indicator_ids().take(3).collect();
    let domain = set.domains[0].id.clone();
    let mut doc = AssessmentDoc::new(
        Jurisdiction {
            code: code.into(),
            kind: JurisdictionKind::Country,
            name: "Mongolia".into(),
            region: "Asia".into(),
            subregion: Some("Eastern Asia".into()),
        },
        year,
        FrameworkRef {
            set: "mgi-national".into(),
            version: 1.into(),
        },
    );
    doc.stage = Stage::DataCollection;
    doc.summaries = vec![DomainSummary {
        domain: domain.clone(),
        text: "Summary with ünïcödé and Кириллица.".into(),
    }];
    doc.sources = vec![
        Source {
            key: "law-health-insurance".into(),
            issuer: "Government of Mongolia".into(),
            title: "Law on Health Insurance".into(),
            year: Some(2015),
            kind: SourceKind::Law,
            amended: vec![2022],
            url: Some("https://legalinfo.mn/".into()),
            online: true,
            language: Some("mn".into()),
            note: None,
        },
        Source {
            key: "law-national-security".into(),
            issuer: "Government of Mongolia".into(),
            title: "Law on National Security".into(),
            year: Some(2001),
            kind: SourceKind::Law,
            amended: vec![],
            url: None,
            online: false,
            language: None,
            note: Some("Ulaanbaatar.".into()),
        },
    ];
    doc.answers = ids
        .iter()
        .enumerate()
        .map(|(i, id)| Answer {
            indicator: (*id).into(),
            value: [
                AnswerValue::Present,
                AnswerValue::Partial,
                AnswerValue::NotApplicable,
            ][i],
            narrative: format!("Narrative {i}"),
            status: AnswerStatus::Draft,
            confidence: (i == 0).then_some(Confidence::High),
            notes: if i == 1 {
                "private note".into()
            } else {
                String::new()
            },
            citations: vec![Citation {
                source: "law-health-insurance".into(),
                pinpoint: Some(format!("Article {i}")),
            }],
        })
        .collect();
    doc.findings = vec![
        Finding {
            key: "f1".into(),
            domain: domain.clone(),
            kind: FindingKind::WellDeveloped,
            text: "Regular migrants can use public health care.".into(),
            indicators: vec![ids[0].into()],
            citations: vec![Citation {
                source: "law-health-insurance".into(),
                pinpoint: Some("Article 4, Section 3".into()),
            }],
            footnotes: vec!["A footnote.".into()],
            suggested: vec![Suggestion {
                indicator: ids[0].into(),
                score: 0.42,
            }],
        },
        Finding {
            key: "f2".into(),
            domain,
            kind: FindingKind::Potential,
            text: "No strategy yet.".into(),
            indicators: vec![ids[1].into(), ids[2].into()],
            citations: vec![Citation {
                source: "law-national-security".into(),
                pinpoint: None,
            }],
            footnotes: vec![],
            suggested: Vec::new(),
        },
    ];
    doc.context = vec![ContextFigure {
        measure: "immigrant-stock".into(),
        value: 21345.0,
        unit: "persons".into(),
        year: 2020,
        sex: Some(Sex::Total),
        age_group: None,
        source: "law-health-insurance".into(),
    }];
    doc.conventions = vec![Convention {
        indicator: ids[0].into(),
        name: "CRC".into(),
        ratified: true,
        year: Some(1990),
    }];
    doc.consultations = vec![ConsultationEvent {
        key: "c1".into(),
        title: "National consultation".into(),
        start: "2023-08-26".parse().expect("date"),
        end: "2023-08-29".parse().expect("date"),
        place: "Ulaanbaatar".into(),
        participants: Some(30),
        participants_more_than: true,
        description: "Ministries and civil society".into(),
        key_findings: vec!["One".into()],
        recommendations: vec!["Two".into(), "Three".into()],
        footnotes: vec![],
    }];
    doc.comments = vec![Comment {
        key: "m1".into(),
        author: "focal.point".into(),
        anchor: Anchor::Finding("f1".into()),
        visibility: Visibility::Government,
        state: CommentState::Open,
        text: "Please add the 2023 amendment.".into(),
        created: "2023-09-01T10:00:00.123456Z".parse().expect("timestamp"),
    }];
    doc.translations = vec![Translation {
        lang: "fr".into(),
        target: "source/law-health-insurance/title".into(),
        text: "Loi sur l'assurance maladie".into(),
        status: TextStatus::Reviewed,
        of: Some(fingerprint("Law on Health Insurance")),
    }];
    doc
}
