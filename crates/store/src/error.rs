/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "database schema version {found} is newer than this build knows ({known}); upgrade detente"
    )]
    TooNew { found: i64, known: i64 },
}
