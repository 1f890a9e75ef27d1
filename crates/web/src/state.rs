//! What the handlers share: read connections, the write connection, the
//! cached tracks.

use crate::error::ApiError;
use crate::ServeConfig;
use chrono::NaiveDate;
use detente_kb::Kb;
use detente_store::Store;
use detente_tracks::Track;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: PathBuf,
    readers: Vec<Mutex<Store>>,
    next_reader: AtomicUsize,
    writer: Option<Mutex<Store>>,
    token: Option<String>,
    kb: &'static Kb,
    today: Option<NaiveDate>,
    tracks: Mutex<TracksCache>,
    /// Bumped when a build ends.
    built: tokio::sync::watch::Sender<u64>,
}

#[derive(Default)]
struct TracksCache {
    current: Option<CachedTracks>,
    building: bool,
    /// The last build failed for this state of the database.
    failed: Option<(Stamp, String)>,
}

/// Tracks as built for one state of the database.
struct CachedTracks {
    stamp: Stamp,
    tracks: Arc<Vec<Track>>,
}

/// What changes when the tracks must be built again.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamp {
    last_doc: i64,
    edits: (i64, i64),
    today: NaiveDate,
}

impl AppState {
    /// Open the database (it must exist: serving an empty new file is
    /// almost always a wrong path) and the connections.
    pub fn open(config: &ServeConfig) -> anyhow::Result<AppState> {
        if !config.db.exists() {
            anyhow::bail!(
                "{}: no database there (run `detente ingest --db {} …` first, or give --db)",
                config.db.display(),
                config.db.display()
            );
        }
        if let Some(t) = &config.ingest_token {
            if t.trim().len() < 8 {
                anyhow::bail!("the ingest token (DETENTE_TOKEN) must have at least 8 characters");
            }
        }
        let open =
            || Store::open(&config.db).map_err(|e| anyhow::anyhow!("{}: {e}", config.db.display()));
        let n = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
        let readers = (0..n.clamp(2, 16))
            .map(|_| open().map(Mutex::new))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let writer = match &config.ingest_token {
            Some(_) => Some(Mutex::new(open()?)),
            None => None,
        };
        let kb = match &config.kb {
            // One per server process: leaked, like the built-in one is static.
            Some(dir) => &*Box::leak(Box::new(
                Kb::load(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?,
            )),
            None => detente_kb::builtin(),
        };
        Ok(AppState {
            inner: Arc::new(Inner {
                db: config.db.clone(),
                readers,
                next_reader: AtomicUsize::new(0),
                writer,
                token: config.ingest_token.clone(),
                kb,
                today: config.today,
                tracks: Mutex::new(TracksCache::default()),
                built: tokio::sync::watch::Sender::new(0),
            }),
        })
    }

    pub fn db_path(&self) -> &std::path::Path {
        &self.inner.db
    }

    pub(crate) fn kb(&self) -> &'static Kb {
        self.inner.kb
    }

    pub(crate) fn ingest_allowed(&self) -> bool {
        self.inner.writer.is_some()
    }

    /// Whether `given` is the ingest token (compared in constant time).
    pub(crate) fn token_matches(&self, given: &str) -> bool {
        let Some(t) = &self.inner.token else {
            return false;
        };
        let (a, b) = (t.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    /// The day statuses are computed against.
    pub(crate) fn today(&self) -> NaiveDate {
        self.inner
            .today
            .unwrap_or_else(|| chrono::Utc::now().date_naive())
    }

    /// Run `f` with a read connection on a blocking thread.
    pub(crate) async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let me = self.clone();
        tokio::task::spawn_blocking(move || {
            let readers = &me.inner.readers;
            let start = me.inner.next_reader.fetch_add(1, Ordering::Relaxed);
            // A free connection if there is one, else wait for ours.
            for i in 0..readers.len() {
                if let Ok(store) = readers[(start + i) % readers.len()].try_lock() {
                    return f(&store);
                }
            }
            let store = readers[start % readers.len()]
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            f(&store)
        })
        .await
        .map_err(|e| ApiError::internal(format!("query task failed: {e}")))?
    }

    /// Run `f` with the write connection on a blocking thread.
    pub(crate) async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut Store) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let me = self.clone();
        tokio::task::spawn_blocking(move || {
            let Some(w) = &me.inner.writer else {
                return Err(ApiError::forbidden(
                    "this server is read-only: start it with --allow-ingest and DETENTE_TOKEN",
                ));
            };
            let mut store = w.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut store)
        })
        .await
        .map_err(|e| ApiError::internal(format!("ingest task failed: {e}")))?
    }

    /// The tracks of the database as it is now (built again only when a
    /// document or a track edit was added, or the day changed). One build
    /// at a time: other requests wait for it without holding a connection.
    pub(crate) async fn tracks(&self) -> Result<Arc<Vec<Track>>, ApiError> {
        let today = self.today();
        let mut generation = self.inner.built.subscribe();
        loop {
            let stamp = self.read(move |s| stamp(s, today)).await?;
            {
                let mut cache = self.inner.tracks.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(c) = cache.current.as_ref().filter(|c| c.stamp == stamp) {
                    return Ok(c.tracks.clone());
                }
                if let Some((failed, why)) = &cache.failed {
                    if *failed == stamp {
                        return Err(ApiError::internal(why.clone()));
                    }
                }
                if !cache.building {
                    cache.building = true;
                    self.spawn_build(stamp, today);
                }
            }
            generation
                .changed()
                .await
                .map_err(|_| ApiError::internal("the tracks builder stopped"))?;
        }
    }

    /// The tracks if they are ready within `wait` (`fresh` is true); else
    /// the last ones built, older than the database, or none, while the
    /// build goes on.
    pub(crate) async fn tracks_within(
        &self,
        wait: std::time::Duration,
    ) -> Result<(Option<Arc<Vec<Track>>>, bool), ApiError> {
        match tokio::time::timeout(wait, self.tracks()).await {
            Ok(t) => Ok((Some(t?), true)),
            Err(_) => {
                let cache = self.inner.tracks.lock().unwrap_or_else(|p| p.into_inner());
                Ok((cache.current.as_ref().map(|c| c.tracks.clone()), false))
            }
        }
    }

    fn spawn_build(&self, stamp: Stamp, today: NaiveDate) {
        let me = self.clone();
        tokio::spawn(async move {
            let built = me
                .read(move |s| {
                    detente_tracks::build_tracks_at(s, today)
                        .map_err(|e| ApiError::internal(e.to_string()))
                })
                .await;
            {
                let mut cache = me.inner.tracks.lock().unwrap_or_else(|p| p.into_inner());
                cache.building = false;
                match built {
                    Ok(t) => {
                        cache.current = Some(CachedTracks {
                            stamp,
                            tracks: Arc::new(t),
                        });
                        cache.failed = None;
                    }
                    Err(e) => cache.failed = Some((stamp, e.message)),
                }
            }
            me.inner.built.send_modify(|g| *g += 1);
        });
    }
}

fn stamp(store: &Store, today: NaiveDate) -> Result<Stamp, ApiError> {
    let c = store.connection();
    // Documents are only ever added: the last row id tells.
    let last_doc = c.query_row("SELECT coalesce(max(doc), 0) FROM documents", [], |r| {
        r.get(0)
    })?;
    // The edits table appears with the first edit.
    let edits = c
        .query_row(
            "SELECT COUNT(*), coalesce(max(rowid), 0) FROM track_edits",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap_or((0, 0));
    Ok(Stamp {
        last_doc,
        edits,
        today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn pages_do_not_wait_for_a_slow_build() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        Store::open(&db).unwrap();
        let st = AppState::open(&ServeConfig {
            db,
            addr: "127.0.0.1:0".parse().unwrap(),
            ingest_token: None,
            kb: None,
            today: NaiveDate::from_ymd_opt(2025, 4, 8),
        })
        .unwrap();
        // A build under way (pretended: none will end): the page gets
        // nothing, at once, and is told so.
        st.inner.tracks.lock().unwrap().building = true;
        let (t, fresh) = st.tracks_within(Duration::from_millis(50)).await.unwrap();
        assert!(t.is_none() && !fresh);
        // With tracks of an older state of the database: those.
        let old = Arc::new(Vec::new());
        st.inner.tracks.lock().unwrap().current = Some(CachedTracks {
            stamp: Stamp {
                last_doc: -1,
                edits: (0, 0),
                today: NaiveDate::from_ymd_opt(2025, 4, 8).unwrap(),
            },
            tracks: old.clone(),
        });
        let (t, fresh) = st.tracks_within(Duration::from_millis(50)).await.unwrap();
        assert!(Arc::ptr_eq(&t.unwrap(), &old) && !fresh);
        // Once no build is under way, asking builds them.
        st.inner.tracks.lock().unwrap().building = false;
        let t = st.tracks().await.unwrap();
        assert!(t.is_empty() && !Arc::ptr_eq(&t, &old));
        let (t, fresh) = st.tracks_within(Duration::from_secs(10)).await.unwrap();
        assert!(fresh && t.is_some());
        // Two waiters share one build.
        let (a, b) = tokio::join!(st.tracks(), st.tracks());
        assert!(Arc::ptr_eq(&a.unwrap(), &b.unwrap()));
    }

    #[test]
    fn a_short_token_is_refused_and_tokens_compare_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        Store::open(&db).unwrap();
        let mut cfg = ServeConfig {
            db: db.clone(),
            addr: "127.0.0.1:0".parse().unwrap(),
            ingest_token: Some("short".into()),
            kb: None,
            today: None,
        };
        assert!(AppState::open(&cfg).is_err());
        cfg.ingest_token = Some("long-enough-token".into());
        let st = AppState::open(&cfg).unwrap();
        assert!(st.token_matches("long-enough-token"));
        assert!(!st.token_matches("long-enough-tokeN"));
        assert!(!st.token_matches("long-enough-token "));
        assert!(!st.token_matches(""));
        cfg.db = dir.path().join("missing.db");
        let e = AppState::open(&cfg).err().unwrap().to_string();
        assert!(e.contains("missing.db") && e.contains("no database"), "{e}");
    }
}
