//! The priorities of a round, stored a row each, the record as JSON (see migration 0010).

use mgi_model::Priority;

use crate::StoreError;
use crate::db::{Conn, Param, params};
use crate::rows::{from_json, to_json};

pub(crate) const COLUMNS: [&str; 4] = ["assessment_id", "key", "position", "body"];

/// The stored row of one priority of assessment `id` at `position`.
pub(crate) fn row(id: i64, position: i64, p: &Priority) -> [Param; 4] {
    params![id, &p.key, position, to_json(p)]
}

#[derive(sqlx::FromRow)]
struct PriorityRow {
    key: String,
    body: String,
}

/// Every priority of assessment `id`, in order.
pub(crate) async fn read_all(c: &mut Conn<'_>, id: i64) -> Result<Vec<Priority>, StoreError> {
    let rows: Vec<PriorityRow> = c
        .fetch_all(
            "SELECT key, body FROM priorities WHERE assessment_id = $1 ORDER BY position",
            &params![id],
        )
        .await?;
    rows.into_iter()
        .map(|r| from_json(&r.body, &format!("priorities.body of {}", r.key)))
        .collect()
}

/// Store `after` in place of `before`: priorities changed are rewritten (their version goes
/// up), those gone deleted, new ones added.
pub(crate) async fn replace(
    c: &mut Conn<'_>,
    id: i64,
    before: &[Priority],
    after: &[Priority],
) -> Result<(), StoreError> {
    for old in before {
        if !after.iter().any(|p| p.key == old.key) {
            c.execute(
                "DELETE FROM priorities WHERE assessment_id = $1 AND key = $2",
                &params![id, &old.key],
            )
            .await?;
        }
    }
    for (i, new) in after.iter().enumerate() {
        match before.iter().find(|p| p.key == new.key) {
            Some(old) if old == new => {}
            Some(_) => {
                c.execute(
                    "UPDATE priorities SET body = $1, version = version + 1
                     WHERE assessment_id = $2 AND key = $3",
                    &params![to_json(new), id, &new.key],
                )
                .await?;
            }
            None => {
                let position = i64::try_from(i).unwrap_or(i64::MAX);
                c.insert_rows("priorities", &COLUMNS, vec![row(id, position, new)])
                    .await?;
            }
        }
    }
    Ok(())
}
