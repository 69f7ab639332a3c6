//! Where the database and the framework come from: flags, then `MGI_*` environment variables,
//! then defaults.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use mgi_framework::Framework;
use mgi_i18n::tr;
use mgi_store::Store;

use crate::lang::messages_lang;

// Help texts: help-global-* in help.ftl (see help.rs).
#[derive(Args, Debug, Clone)]
pub struct Global {
    #[arg(long, global = true, env = "MGI_DATABASE_URL")]
    pub db: Option<String>,
    #[arg(long, global = true, env = "MGI_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, env = "MGI_FRAMEWORK_DIR")]
    pub framework: Option<PathBuf>,
    #[arg(long, global = true, env = "MGI_CONFIG")]
    pub config: Option<PathBuf>,
}

/// The configuration file: what a deployment sets once.
///
/// ```toml
/// [publication]
/// publisher = "International Organization for Migration"
/// licence = "CC BY-NC-ND 3.0 IGO"
/// citation = "IOM, 2024. Migration Governance Indicators Profile {year} – {name}. IOM, Geneva."
///
/// [site]
/// base_url = "https://mgi.example.org"
/// contact = "Write to **mgi@example.org**."
/// about = { en = "…", fr = "…" }
///
/// [server]
/// https = "off"
/// header_read_timeout = 10
/// request_timeout = 120
/// max_connections = 1024
/// ```
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub publication: mgi_profile::Publication,
    /// The site's own texts and address (see [`mgi_web::Site`]).
    pub site: mgi_web::Site,
    pub server: Server,
    /// The reverse proxies whose `X-Forwarded-For` is believed: `MGI_TRUSTED_PROXIES`,
    /// comma-separated IP addresses (see [`mgi_web::AppState::trusting`]).
    #[serde(skip)]
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// The addresses of `MGI_TRUSTED_PROXIES`; an entry that is not an IP address is refused, so
/// the server does not start with a proxy it would not recognise.
fn trusted_proxies() -> anyhow::Result<Vec<std::net::IpAddr>> {
    let Ok(list) = std::env::var("MGI_TRUSTED_PROXIES") else {
        return Ok(Vec::new());
    };
    list.split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            a.parse()
                .map_err(|_| anyhow::anyhow!("MGI_TRUSTED_PROXIES: {a:?} is not an IP address"))
        })
        .collect()
}

/// `[server]`: how `mgi serve` (and `mgi demo`) treat their clients. Timeouts in whole seconds,
/// from 1 to 86400; see [`mgi_web::ServerLimits`] for what each one bounds.
#[derive(Debug, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Server {
    /// "off", "on" or "proxy" (see [`mgi_web::Https`]).
    pub https: mgi_web::Https,
    #[serde(deserialize_with = "seconds")]
    pub header_read_timeout: std::time::Duration,
    #[serde(deserialize_with = "seconds")]
    pub request_timeout: std::time::Duration,
    #[serde(deserialize_with = "connections")]
    pub max_connections: usize,
    /// The bearer token of `GET /metrics`; without one there is no `/metrics`.
    #[serde(deserialize_with = "metrics_token")]
    pub metrics_token: Option<String>,
}

impl Default for Server {
    fn default() -> Server {
        let limits = mgi_web::ServerLimits::default();
        Server {
            https: mgi_web::Https::default(),
            header_read_timeout: limits.header_read,
            request_timeout: limits.request,
            max_connections: limits.max_connections,
            metrics_token: None,
        }
    }
}

impl Server {
    pub fn limits(&self) -> mgi_web::ServerLimits {
        mgi_web::ServerLimits {
            header_read: self.header_read_timeout,
            request: self.request_timeout,
            max_connections: self.max_connections,
        }
    }
}

fn seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<std::time::Duration, D::Error> {
    let n = <u64 as serde::Deserialize>::deserialize(d)?;
    let longest = mgi_web::LONGEST.as_secs();
    if (1..=longest).contains(&n) {
        Ok(std::time::Duration::from_secs(n))
    } else {
        Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Unsigned(n),
            &format!("a number of seconds from 1 to {longest}").as_str(),
        ))
    }
}

fn metrics_token<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let token = <String as serde::Deserialize>::deserialize(d)?;
    let fits = token.chars().count() >= mgi_web::METRICS_TOKEN_MIN
        && token.chars().all(|c| c.is_ascii_graphic());
    if fits {
        Ok(Some(token))
    } else {
        Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Other("a short token, or one with spaces"),
            &format!(
                "at least {} printable characters without spaces",
                mgi_web::METRICS_TOKEN_MIN
            )
            .as_str(),
        ))
    }
}

fn connections<'de, D: serde::Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    let n = <u64 as serde::Deserialize>::deserialize(d)?;
    match usize::try_from(n) {
        Ok(n) if (1..=mgi_web::MOST_CONNECTIONS).contains(&n) => Ok(n),
        _ => Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Unsigned(n),
            &format!(
                "a number of connections from 1 to {}",
                mgi_web::MOST_CONNECTIONS
            )
            .as_str(),
        )),
    }
}

impl Global {
    pub fn data_dir(&self) -> PathBuf {
        if let Some(dir) = &self.data_dir {
            return dir.clone();
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("mgi")
    }

    pub fn db_url(&self) -> String {
        match &self.db {
            Some(url) => url.clone(),
            None => self.data_dir().join("mgi.db").display().to_string(),
        }
    }

    /// The configuration of a server (`mgi serve`, `mgi demo`): the file's, and the trusted
    /// proxies of `MGI_TRUSTED_PROXIES`.
    pub fn serving_config(&self) -> anyhow::Result<Config> {
        let mut config = self.load_config()?;
        config.trusted_proxies = trusted_proxies()?;
        Ok(config)
    }

    /// The configuration: the file given, else mgi.toml in the data folder if there is one, else
    /// the defaults. Errors name the file, the line and the key.
    pub fn load_config(&self) -> anyhow::Result<Config> {
        let path = match &self.config {
            Some(path) => path.clone(),
            None => {
                let default = self.data_dir().join("mgi.toml");
                if !default.exists() {
                    return Ok(Config::default());
                }
                default
            }
        };
        let text = std::fs::read_to_string(&path).with_context(|| {
            let file = path.display().to_string();
            tr!(messages_lang(), "cli-config-unreadable", file = file)
        })?;
        let config: Config =
            toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        config
            .site
            .check()
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        Ok(config)
    }

    pub fn load_framework(&self) -> anyhow::Result<Framework> {
        Ok(match &self.framework {
            Some(dir) => Framework::load_dir(dir)?,
            None => Framework::embedded()?,
        })
    }

    pub async fn open_store(&self) -> anyhow::Result<Store> {
        let framework = self.load_framework()?;
        let url = self.db_url();
        Store::open(&url, framework)
            .await
            .with_context(|| tr!(messages_lang(), "cli-cannot-open-db", url = redact(&url)))
    }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Config, redact};
    use std::time::Duration;

    #[test]
    fn the_server_section_is_read() {
        let c: Config = toml::from_str(
            "[server]\nhttps = \"proxy\"\nheader_read_timeout = 5\nrequest_timeout = 300\nmax_connections = 64\n",
        )
        .expect("valid");
        assert_eq!(c.server.https, mgi_web::Https::Proxy);
        let limits = c.server.limits();
        assert_eq!(limits.header_read, Duration::from_secs(5));
        assert_eq!(limits.request, Duration::from_secs(300));
        assert_eq!(limits.max_connections, 64);
        let c: Config = toml::from_str("[server]\nhttps = \"on\"\n").expect("valid");
        assert_eq!(c.server.limits(), mgi_web::ServerLimits::default());
        let c: Config = toml::from_str("").expect("valid");
        assert_eq!(c.server.https, mgi_web::Https::Off);
        assert_eq!(c.server.metrics_token, None, "no /metrics by default");
        let c: Config = toml::from_str(
            "[server]
metrics_token = \"k9-Fq2.long-enough\"
",
        )
        .expect("valid");
        assert_eq!(
            c.server.metrics_token.as_deref(),
            Some("k9-Fq2.long-enough")
        );
    }

    #[test]
    fn server_values_out_of_range_are_refused() {
        for bad in [
            "https = \"yes\"",
            "header_read_timeout = 0",
            "request_timeout = 86401",
            "request_timeout = -1",
            "request_timeout = 1.5",
            "max_connections = 0",
            "max_connections = 1000001",
            "idle_timeout = 5",
            "metrics_token = \"short\"",
            "metrics_token = \"a token with some spaces\"",
        ] {
            let text = format!("[server]\n{bad}\n");
            let e = toml::from_str::<Config>(&text).expect_err(bad);
            assert!(e.to_string().contains("line 2"), "{bad}: {e}");
        }
    }

    #[test]
    fn passwords_are_not_printed() {
        assert_eq!(
            redact("postgres://mgi:secret@db:5432/mgi"),
            "postgres://mgi:***@db:5432/mgi"
        );
        assert_eq!(redact("postgres://mgi@db/mgi"), "postgres://mgi@db/mgi");
        assert_eq!(redact("/var/lib/mgi/mgi.db"), "/var/lib/mgi/mgi.db");
    }
}
