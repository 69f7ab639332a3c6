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
/// ```
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub publication: mgi_profile::Publication,
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
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
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
    use super::redact;

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
