//! A web application on a fresh SQLite database for the tests: the reference assessment
//! published (MNG 2023), its next round in consultation (MNG 2026) and another country's draft
//! (KAZ 2026), one account per role, and a client that keeps its cookies like a browser.

#![allow(dead_code)]

pub mod lang;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use mgi_framework::Framework;
use mgi_model::access::Role;
use mgi_model::{AssessmentDoc, Jurisdiction, JurisdictionKind, Stage};
use mgi_store::{ImportMode, NewUser, Store};
use mgi_web::{AppState, router};
use tower::ServiceExt;

pub const PASSWORD: &str = "test-password-1";
/// Text found only in the drafts: it must never reach anyone the rules keep out.
pub const DRAFT_TEXT: &str = "DRAFT-ONLY-TEXT";
pub const NOTE_TEXT: &str = "PRIVATE-NOTE-XYZ";
/// The reference assessment is not ready for publication (findings without citations, texts
/// without a French translation…): the tests that publish it give this reason to publish anyway.
pub const OVERRIDE: &str = "Reference data: published despite what is not ready.";

pub struct App {
    pub app: axum::Router,
    pub store: Store,
    _dir: tempfile::TempDir,
}

pub fn reference(fw: &Framework) -> AssessmentDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/reference/mongolia-2023.json"
    );
    let text = std::fs::read_to_string(path).expect("data/reference/mongolia-2023.json");
    AssessmentDoc::from_json(&text, fw).expect("valid reference")
}

/// A second published country for the portal's pages: Kazakhstan 2022, the reference with its
/// first answer absent (Mongolia's is not).
pub fn kazakhstan_2022(fw: &Framework) -> AssessmentDoc {
    let mut kaz = reference(fw);
    kaz.jurisdiction = Jurisdiction::with_m49("KAZ", JurisdictionKind::Country, None);
    kaz.year = 2022;
    kaz.stage = Stage::Published;
    kaz.answers[0].value = mgi_model::AnswerValue::Absent;
    kaz
}

/// The draft's answer on migrants in disaster risk reduction cites the 2003 Law on Disaster
/// Protection next to the 2017 one, as an analyst may: the pair of twin sources a merge folds.
pub async fn cite_both_disaster_laws(store: &Store) {
    let indicator = "drr-strategy-migrants";
    let read = store.answer("MNG", 2026, indicator).await.expect("answer");
    let mut edit = mgi_store::AnswerEdit::of(&read.value);
    edit.citations.push(mgi_model::Citation {
        source: "law-disaster-protection-2003".into(),
        pinpoint: None,
    });
    store
        .save_answer("MNG", 2026, indicator, &edit, read.version, "analyst")
        .await
        .expect("cited");
}

pub async fn app() -> App {
    app_trusting(Vec::new()).await
}

/// The application behind reverse proxies at `proxies`, whose `X-Forwarded-For` it believes.
pub async fn app_trusting(proxies: Vec<std::net::IpAddr>) -> App {
    app_with(|state| state.trusting(proxies)).await
}

/// The application with its state set up by `setup` (a setting of the deployment).
pub async fn app_with(setup: impl FnOnce(AppState) -> AppState) -> App {
    let fw = Framework::embedded().expect("framework");
    let mut published = reference(&fw);
    published.answers[0].notes = NOTE_TEXT.into();
    let mut draft = published.clone();
    draft.year = 2026;
    draft.stage = Stage::Consultation;
    draft.findings[0].text = DRAFT_TEXT.into();
    let mut other = draft.clone();
    other.jurisdiction = Jurisdiction::with_m49("KAZ", JurisdictionKind::Country, None);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("web.db").display().to_string(), fw)
        .await
        .expect("store");
    store
        .import_many(&[published, draft, other], "test", ImportMode::New)
        .await
        .expect("import");
    let mng = vec!["MNG".to_owned()];
    for role in Role::ALL {
        store
            .create_user(&NewUser {
                username: role.as_str(),
                display_name: role.label(),
                role,
                password: PASSWORD,
                jurisdictions: if role == Role::FocalPoint { &mng } else { &[] },
                assessment: (role == Role::Commenter).then_some(("MNG", 2026)),
            })
            .await
            .expect("user");
    }
    App {
        app: router(setup(AppState::new(
            store.clone(),
            mgi_profile::Publication::default(),
        ))),
        store,
        _dir: dir,
    }
}

impl App {
    /// Run `sql` on the database behind the store's back: how a test puts the database in a
    /// state an older version of mgi (or a hand edit) could leave.
    /// Foreign keys are not checked, so keys can be renamed one table at a time.
    pub async fn raw(&self, sql: &str) {
        use sqlx::Connection;
        let url = format!("sqlite://{}", self._dir.path().join("web.db").display());
        let mut conn = sqlx::SqliteConnection::connect(&url)
            .await
            .expect("raw sqlite");
        for statement in ["PRAGMA foreign_keys = OFF", sql] {
            sqlx::query(sqlx::AssertSqlSafe(statement.to_owned()))
                .execute(&mut conn)
                .await
                .expect("raw sql");
        }
        conn.close().await.expect("close");
    }

    /// The stored version of an answer, as a form field carries it.
    pub async fn version(&self, code: &str, year: i32, indicator: &str) -> String {
        self.store
            .answer(code, year, indicator)
            .await
            .expect("answer")
            .version
            .to_string()
    }
}

/// An answer: status, Location header, body.
pub struct Reply {
    pub status: StatusCode,
    /// The body as sent (downloads).
    pub bytes: Vec<u8>,
    pub location: String,
    pub body: String,
    pub headers: axum::http::HeaderMap,
}

/// A browser without JavaScript: keeps cookies, sends forms.
pub struct Client<'a> {
    app: &'a App,
    cookies: Vec<(String, String)>,
    /// The address its connection comes from (none: unknown, as with a bare router).
    peer: Option<std::net::SocketAddr>,
    /// Headers sent with every request.
    headers: Vec<(&'static str, String)>,
}

/// The value of a hidden field `name` in a page.
pub fn hidden(page: &str, name: &str) -> Option<String> {
    let at = page.find(&format!("name=\"{name}\" value=\""))? + name.len() + 15;
    let rest = &page[at..];
    Some(rest[..rest.find('"')?].to_owned())
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

impl<'a> Client<'a> {
    pub fn new(app: &'a App) -> Client<'a> {
        Client {
            app,
            cookies: Vec::new(),
            peer: None,
            headers: Vec::new(),
        }
    }

    /// The same browser, its connection coming from `addr` (`IP:port`).
    pub fn at(mut self, addr: &str) -> Client<'a> {
        self.peer = Some(addr.parse().expect("IP:port"));
        self
    }

    /// The same browser, sending header `name` with every request.
    pub fn with_header(mut self, name: &'static str, value: &str) -> Client<'a> {
        self.headers.push((name, value.to_owned()));
        self
    }

    async fn send(&mut self, mut req: Request<Body>) -> Reply {
        if let Some(peer) = self.peer {
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
        }
        for (name, value) in &self.headers {
            req.headers_mut()
                .insert(*name, value.parse().expect("header value"));
        }
        let response = self.app.app.clone().oneshot(req).await.expect("response");
        for v in response.headers().get_all(header::SET_COOKIE) {
            let v = v.to_str().expect("cookie");
            let (kv, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, val) = kv.split_once('=').expect("cookie pair");
            self.cookies.retain(|(n, _)| n != k);
            if !val.is_empty() {
                self.cookies.push((k.to_owned(), val.to_owned()));
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Reply {
            status,
            location,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
            headers,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn get(&mut self, uri: &str) -> Reply {
        let req = Request::get(uri)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .expect("request");
        self.send(req).await
    }

    /// A request with a raw body (bytes as given), a bearer token when given, and the content
    /// type of the API or of a form by the address.
    pub async fn raw(
        &mut self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Vec<u8>,
    ) -> Reply {
        let mut req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::COOKIE, self.cookie_header());
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let content = if uri.starts_with("/api/") {
            "application/json"
        } else {
            "application/x-www-form-urlencoded"
        };
        let req = req
            .header(header::CONTENT_TYPE, content)
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// A JSON request to the API, with a bearer token when given.
    pub async fn api(
        &mut self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Reply {
        self.raw(
            method,
            uri,
            token,
            body.unwrap_or_default().as_bytes().to_vec(),
        )
        .await
    }

    /// A multipart form with text fields and one file field, as a browser sends an upload.
    pub async fn upload(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Reply {
        const BOUNDARY: &str = "mgi-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"upload.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n", file.0).as_bytes(),
        );
        body.extend_from_slice(file.1);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let req = Request::post(uri)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    pub async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let req = Request::post(uri)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(encode(fields)))
            .expect("request");
        self.send(req).await
    }

    /// A client signed in as `username` (with the demo password), and its CSRF token.
    pub async fn signed_in(app: &'a App, username: &str) -> (Client<'a>, String) {
        let mut c = Client::new(app);
        let r = c.sign_in(username, PASSWORD).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{username} signs in");
        let csrf = c.csrf().await;
        (c, csrf)
    }

    /// Sign in through the form, as a browser would.
    pub async fn sign_in(&mut self, username: &str, password: &str) -> Reply {
        let form = self.get("/login").await;
        let token = hidden(&form.body, "form").expect("sign-in form token");
        self.post(
            "/login",
            &[
                ("form", &token),
                ("username", username),
                ("password", password),
            ],
        )
        .await
    }

    /// Post a comment on the draft MNG 2026.
    pub async fn comment(
        &mut self,
        csrf: &str,
        anchor: &str,
        reference: &str,
        visibility: &str,
        text: &str,
    ) -> Reply {
        let fields = [
            ("csrf", csrf),
            ("anchor", anchor),
            ("ref", reference),
            ("visibility", visibility),
            ("text", text),
        ];
        self.post("/work/MNG/2026/comments", &fields).await
    }

    /// Save an answer of the draft MNG 2026 on top of `version`.
    pub async fn save_answer(
        &mut self,
        indicator: &str,
        csrf: &str,
        version: &str,
        value: &str,
        narrative: &str,
        status: &str,
    ) -> Reply {
        let fields = [
            ("csrf", csrf),
            ("version", version),
            ("value", value),
            ("narrative", narrative),
            ("status", status),
        ];
        self.post(&format!("/work/MNG/2026/indicators/{indicator}"), &fields)
            .await
    }

    /// Move the draft MNG 2026 to stage `to`, from its current version.
    pub async fn move_stage(&mut self, csrf: &str, to: &str) -> Reply {
        let version = self
            .app
            .store
            .assessment_version("MNG", 2026)
            .await
            .expect("version");
        let version = version.to_string();
        self.post(
            "/work/MNG/2026/stage",
            &[("csrf", csrf), ("to", to), ("version", &version)],
        )
        .await
    }

    /// The CSRF token of the signed-in session (from the sign-out form of any page).
    pub async fn csrf(&mut self) -> String {
        hidden(&self.get("/work").await.body, "csrf").expect("csrf field")
    }
}

/// `text` as the templates escape it (askama writes `<` as `&#60;`).
pub fn escaped(text: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::new();
    askama::filters::Html
        .write_escaped_str(&mut out, text)
        .expect("writing to a string");
    out
}

/// The passages a search page shows: (link, name in bold, language, text as written).
pub fn search_hits(page: &str) -> Vec<(String, String, String, String)> {
    let mut out = Vec::new();
    for list in page.split("<ul class=\"search-hits\">").skip(1) {
        let list = &list[..list.find("</ul>").expect("end of the list")];
        for item in list.split("<li><a href=\"").skip(1) {
            let field = |from: &str, to: &str| {
                let start = item.find(from).expect(from) + from.len();
                item[start..start + item[start..].find(to).expect(to)].to_owned()
            };
            out.push((
                item[..item.find('"').expect("href")].to_owned(),
                field("<strong>", "</strong>"),
                field("<span lang=\"", "\""),
                field("dir=\"auto\">", "</span>")
                    .replace("<mark>", "")
                    .replace("</mark>", ""),
            ));
        }
    }
    out
}
