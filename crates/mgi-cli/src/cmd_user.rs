//! `mgi user`: accounts of the web application.

use mgi_i18n::Localise;
use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Subcommand;
use mgi_i18n::tr;
use mgi_model::access::Role;
use mgi_store::NewUser;

use crate::config::Global;
use crate::lang::messages_lang;

// Help texts: help-user-* in help.ftl (see help.rs).
#[derive(Subcommand)]
pub enum UserCmd {
    Add {
        username: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
        #[arg(long)]
        name: Option<String>,
        #[arg(long = "jurisdiction")]
        jurisdictions: Vec<String>,
        #[arg(long)]
        assessment: Option<String>,
    },
    List,
    Token {
        username: String,
        #[arg(long)]
        label: String,
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
    Revoke {
        username: String,
        #[arg(long)]
        label: String,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown role {s:?}; one of: {}", all.join(", "))
    })
}

fn parse_assessment(s: &str) -> anyhow::Result<(&str, i32)> {
    let lang = messages_lang();
    let (code, year) = s
        .split_once('/')
        .with_context(|| tr!(lang, "cli-user-assessment-format"))?;
    Ok((
        code,
        year.parse()
            .with_context(|| tr!(lang, "cli-user-assessment-year", value = s, year = year))?,
    ))
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("MGI_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .with_context(|| tr!(messages_lang(), "cli-password-unreadable"))?;
    let p = line.trim_end_matches(['\r', '\n']).to_owned();
    if p.is_empty() {
        bail!(tr!(messages_lang(), "cli-password-missing"));
    }
    Ok(p)
}

pub async fn run(global: &Global, cmd: UserCmd) -> anyhow::Result<ExitCode> {
    let lang = messages_lang();
    let store = global.open_store().await?;
    match cmd {
        UserCmd::Add {
            username,
            role,
            name,
            jurisdictions,
            assessment,
        } => {
            let assessment = assessment.as_deref().map(parse_assessment).transpose()?;
            let password = read_password()?;
            store
                .create_user(&NewUser {
                    username: &username,
                    display_name: name.as_deref().unwrap_or(&username),
                    role,
                    password: &password,
                    jurisdictions: &jurisdictions,
                    assessment,
                })
                .await?;
            let role = role.localise(lang);
            println!(
                "{}",
                tr!(lang, "cli-user-created", user = &username, role = role)
            );
        }
        UserCmd::Token {
            username,
            label,
            days,
        } => {
            let token = store.issue_token(&username, &label, days).await?;
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "cli-token-issued",
                    user = &username,
                    label = &label,
                    days = days
                )
            );
            println!("{token}");
        }
        UserCmd::Revoke { username, label } => {
            let n = store.revoke_tokens(&username, &label).await?;
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            println!("{}", tr!(lang, "cli-tokens-revoked", count = n));
        }
        UserCmd::List => {
            for (username, name, role) in store.users().await? {
                println!("{username}\t{role}\t{name}");
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
