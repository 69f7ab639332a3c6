//! `mgi user`: accounts of the web application.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Subcommand;
use mgi_model::access::Role;
use mgi_store::NewUser;

use crate::config::Global;

#[derive(Subcommand)]
pub enum UserCmd {
    /// Create an account. The password is read from MGI_PASSWORD, else from the first line of
    /// standard input.
    Add {
        username: String,
        /// admin, analyst, reviewer, focal-point or commenter.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Name shown with comments and in the audit log (default: the user name).
        #[arg(long)]
        name: Option<String>,
        /// For a focal point: a jurisdiction it answers for (repeatable).
        #[arg(long = "jurisdiction")]
        jurisdictions: Vec<String>,
        /// For a commenter: the assessment, as CODE/YEAR (e.g. MNG/2026).
        #[arg(long)]
        assessment: Option<String>,
    },
    /// Every account with its role.
    List,
    /// Issue an API token to an account; it acts with the account's role and scope. The token
    /// is printed once; only its hash is stored.
    Token {
        username: String,
        /// What the token is for (also the name to revoke it by).
        #[arg(long)]
        label: String,
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
    /// Revoke the API tokens of an account with a label.
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
    let (code, year) = s
        .split_once('/')
        .context("--assessment is CODE/YEAR, e.g. MNG/2026")?;
    Ok((
        code,
        year.parse()
            .with_context(|| format!("--assessment {s}: {year:?} is not a year"))?,
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
        .context("cannot read the password from standard input")?;
    let p = line.trim_end_matches(['\r', '\n']).to_owned();
    if p.is_empty() {
        bail!("no password: set MGI_PASSWORD or give it on standard input");
    }
    Ok(p)
}

pub async fn run(global: &Global, cmd: UserCmd) -> anyhow::Result<ExitCode> {
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
            println!("user {username} created ({})", role.label());
        }
        UserCmd::Token {
            username,
            label,
            days,
        } => {
            let token = store.issue_token(&username, &label, days).await?;
            eprintln!("token for {username} ({label}), valid {days} days; shown once:");
            println!("{token}");
        }
        UserCmd::Revoke { username, label } => {
            let n = store.revoke_tokens(&username, &label).await?;
            println!("{n} token(s) revoked");
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
