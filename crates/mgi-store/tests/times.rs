//! Stored times read back as date-times: what the store wrote is the time it wrote, and a time
//! no version of mgi writes (a hand edit of the database) is an error, never a panic, the same
//! on both backends.

#[macro_use]
mod common;

use common::TestStore;
use mgi_model::access::Role;
use mgi_store::NewUser;

on_both_backends!(tokens_keep_their_times_and_a_damaged_one_is_an_error);

async fn tokens_keep_their_times_and_a_damaged_one_is_an_error(s: TestStore) {
    s.create_user(&NewUser {
        username: "ana",
        display_name: "Ana",
        role: Role::Analyst,
        password: "correct horse battery",
        jurisdictions: &[],
        assessment: None,
    })
    .await
    .expect("account");
    let before = chrono::Utc::now() - chrono::Duration::seconds(1);
    s.issue_token("ana", "laptop", 30).await.expect("token");
    let listed = s.tokens("ana").await.expect("tokens");
    assert_eq!(listed.len(), 1);
    let t = &listed[0];
    assert!(before <= t.created_at && t.created_at <= chrono::Utc::now());
    let days = (t.expires_at - t.created_at).num_days();
    assert!((29..=30).contains(&days), "expires in 30 days: {days}");
    s.raw_execute("UPDATE api_tokens SET expires_at = 'next week'")
        .await;
    let err = s.tokens("ana").await.expect_err("a damaged time");
    assert!(
        err.to_string()
            .contains("\"next week\" is not a time mgi wrote"),
        "{err}"
    );
}
