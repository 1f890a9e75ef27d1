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
    /// The file is not a sound SQLite database: nothing was written to it.
    /// (The message leaves out `path`: callers name the database already.)
    #[error(
        "{reason}; the file was left as it is (restore it from a backup, or give another --db)"
    )]
    Damaged { path: String, reason: String },
}

impl StoreError {
    /// Whether the error is the database's, not the document's: the disk
    /// is full, the file is damaged, read-only or gone. Nothing more should
    /// be written then (an ingest stops; what was stored stays).
    pub fn is_fatal(&self) -> bool {
        use rusqlite::ErrorCode as C;
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                C::DiskFull
                    | C::DatabaseCorrupt
                    | C::NotADatabase
                    | C::SystemIoFailure
                    | C::ReadOnly
                    | C::CannotOpen
                    | C::PermissionDenied
                    | C::OutOfMemory
            ),
            StoreError::Damaged { .. } | StoreError::TooNew { .. } => true,
            _ => false,
        }
    }
}
