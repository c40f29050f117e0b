//! The lake on disk. `DIR/s3tables-local.json` marks a directory as a lake (and holds the
//! catalog: table buckets, namespaces, tables, their documents); `DIR/objects/<bucket>/<key>`
//! holds the objects of the tables' warehouse buckets.
//!
//! Durability: the catalog is rewritten whole, atomically (write a temporary file, fsync,
//! rename over, fsync the directory), under an exclusive lock of `DIR/.lock` that every
//! reader and writer takes — so two servers on one DIR serialise their changes and each sees
//! the other's, and a server killed mid-write leaves the previous catalog. An object is
//! written to a temporary file, fsynced, and hard-linked to its name, which fails if the name
//! exists: creation is atomic and never replaces anything.

use serde_json::{json, Value};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file that marks a lake and holds its catalog.
pub const CATALOG: &str = "s3tables-local.json";
/// The catalog's format; a lake of another format is refused, never rewritten.
pub const FORMAT: u64 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} is not a local S3 Tables lake (it is not empty and has no {CATALOG}); choose an empty or new directory")]
    Foreign(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}: the catalog is damaged ({1}); it was left as it is")]
    Damaged(PathBuf, String),
    #[error("{0}: the lake has format {1}, this server reads format {FORMAT}")]
    Format(PathBuf, u64),
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

pub struct Store {
    dir: PathBuf,
    /// The lake's lock file: `flock` keeps other processes out. It locks an open file, not a
    /// thread — every request of this process shares this one — so `in_process` keeps this
    /// process's own requests out of each other's way.
    lock: File,
    in_process: Mutex<()>,
}

/// What an object read returns.
pub struct Object {
    pub bytes: Vec<u8>,
    pub size: u64,
    pub etag: String,
    /// The range served (first, last inclusive); `(1, 0)` when none could be.
    pub span: Option<(u64, u64)>,
}

impl Store {
    /// Opens the lake in `dir`, creating it (and `dir`) if there is none; a directory that
    /// holds something else, or that cannot be read, is an error.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        fs::create_dir_all(dir).map_err(io_at(dir))?;
        let catalog = dir.join(CATALOG);
        if !catalog.exists() {
            let mut entries = fs::read_dir(dir).map_err(io_at(dir))?;
            if entries.next().is_some() {
                return Err(StoreError::Foreign(dir.to_path_buf()));
            }
        }
        for sub in ["objects", "tmp"] {
            let path = dir.join(sub);
            fs::create_dir_all(&path).map_err(io_at(&path))?;
        }
        let lock_path = dir.join(".lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io_at(&lock_path))?;
        let store = Store {
            dir: dir.to_path_buf(),
            lock,
            in_process: Mutex::new(()),
        };
        store.update(|catalog| {
            if catalog["format"].is_null() {
                *catalog = json!({"format": FORMAT, "buckets": {}});
            }
            Ok::<_, StoreError>(())
        })??;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn load(&self) -> Result<Value, StoreError> {
        let path = self.dir.join(CATALOG);
        let text = match fs::read(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Value::Null),
            Err(e) => return Err(io_at(&path)(e)),
        };
        let catalog: Value = serde_json::from_slice(&text)
            .map_err(|e| StoreError::Damaged(path.clone(), e.to_string()))?;
        match catalog["format"].as_u64() {
            Some(FORMAT) => Ok(catalog),
            Some(other) => Err(StoreError::Format(path, other)),
            None => Err(StoreError::Damaged(path, "no format".into())),
        }
    }

    /// Runs `f` on the catalog as it is on disk now, under the lake's lock.
    pub fn read<T>(&self, f: impl FnOnce(&Value) -> T) -> Result<T, StoreError> {
        let _this_process = self.in_process.lock().unwrap_or_else(|e| e.into_inner());
        self.lock.lock_shared().map_err(io_at(&self.dir))?;
        let result = self.load().map(|c| f(&c));
        let _ = self.lock.unlock();
        result
    }

    /// Runs `f` on the catalog under the lake's exclusive lock; if it returns `Ok`, the changed
    /// catalog replaces the old one atomically before the lock is released.
    pub fn update<T, E>(
        &self,
        f: impl FnOnce(&mut Value) -> Result<T, E>,
    ) -> Result<Result<T, E>, StoreError> {
        let _this_process = self.in_process.lock().unwrap_or_else(|e| e.into_inner());
        self.lock.lock().map_err(io_at(&self.dir))?;
        let result = (|| {
            let mut catalog = self.load()?;
            let before = catalog.clone();
            let outcome = f(&mut catalog);
            if outcome.is_ok() && catalog != before {
                let bytes = serde_json::to_vec_pretty(&catalog)
                    .map_err(|e| StoreError::Damaged(self.dir.join(CATALOG), e.to_string()))?;
                self.replace(CATALOG, &bytes)?;
            }
            Ok(outcome)
        })();
        let _ = self.lock.unlock();
        result
    }

    /// Writes `name` in DIR atomically: temporary file, fsync, rename, fsync of DIR.
    fn replace(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let tmp = self.write_tmp(bytes)?;
        let path = self.dir.join(name);
        fs::rename(&tmp, &path).map_err(io_at(&path))?;
        sync_dir(&self.dir)
    }

    fn write_tmp(&self, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let tmp = self.dir.join("tmp").join(crate::random_hex(16));
        let mut file = File::create(&tmp).map_err(io_at(&tmp))?;
        file.write_all(bytes).map_err(io_at(&tmp))?;
        file.sync_all().map_err(io_at(&tmp))?;
        Ok(tmp)
    }

    /// Where an object lives; `None` for keys that would leave the bucket's folder.
    pub fn object_path(&self, bucket: &str, key: &str) -> Option<PathBuf> {
        object_path(&self.dir.join("objects").join(bucket), key)
    }

    /// Creates an object; `Ok(false)` if one exists by that name (nothing is replaced).
    pub fn put_new(&self, path: &Path, bytes: &[u8]) -> Result<bool, StoreError> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io_at(parent))?;
        }
        let tmp = self.write_tmp(bytes)?;
        let linked = fs::hard_link(&tmp, path);
        let _ = fs::remove_file(&tmp);
        match linked {
            Ok(()) => {
                if let Some(parent) = path.parent() {
                    sync_dir(parent)?;
                }
                Ok(true)
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(io_at(path)(e)),
        }
    }
}

/// `root/<key>` for a key of non-empty segments other than `.` and `..`.
pub fn object_path(root: &Path, key: &str) -> Option<PathBuf> {
    let mut path = root.to_path_buf();
    for segment in key.split('/') {
        if segment.is_empty() || segment == "." || segment == ".." || segment.contains('\\') {
            return None;
        }
        path.push(segment);
    }
    Some(path)
}

/// Reads an object whole, or `range` (first, last inclusive) of it. `Ok(None)`: no object.
pub fn read_object(
    path: &Path,
    range: Option<(u64, Option<u64>)>,
    suffix: Option<u64>,
    head_only: bool,
) -> Result<Option<Object>, StoreError> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e)
            if e.kind() == io::ErrorKind::NotFound || e.kind() == io::ErrorKind::NotADirectory =>
        {
            return Ok(None)
        }
        Err(e) => return Err(io_at(path)(e)),
    };
    let meta = file.metadata().map_err(io_at(path))?;
    if !meta.is_file() {
        return Ok(None);
    }
    let size = meta.len();
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let etag = format!("\"{size:x}-{mtime:x}\"");
    let span = match (range, suffix) {
        (Some((first, last)), _) if first < size => {
            Some((first, last.unwrap_or(size - 1).min(size - 1)))
        }
        (None, Some(n)) if size > 0 => Some((size.saturating_sub(n), size - 1)),
        (None, None) => None,
        // Unsatisfiable: the caller answers 416.
        _ => {
            return Ok(Some(Object {
                bytes: Vec::new(),
                size,
                etag,
                span: Some((1, 0)),
            }))
        }
    };
    let mut bytes = Vec::new();
    if !head_only {
        match span {
            Some((first, last)) => {
                file.seek(SeekFrom::Start(first)).map_err(io_at(path))?;
                file.take(last - first + 1)
                    .read_to_end(&mut bytes)
                    .map_err(io_at(path))?;
            }
            None => {
                file.read_to_end(&mut bytes).map_err(io_at(path))?;
            }
        }
    }
    Ok(Some(Object {
        bytes,
        size,
        etag,
        span,
    }))
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    // Directories cannot be opened for syncing on every platform; where they can, the rename
    // is only durable once the directory is synced.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tempdir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("s3tables-local-{name}-{}", crate::random_hex(6)));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_lake_is_created_reopened_and_a_foreign_directory_refused() {
        let dir = tempdir("open");
        let store = Store::open(&dir).unwrap();
        store
            .update(|c| {
                c["buckets"]["b"] = json!({"name": "b"});
                Ok::<_, ()>(())
            })
            .unwrap()
            .unwrap();
        drop(store);
        let again = Store::open(&dir).unwrap();
        assert_eq!(
            again.read(|c| c["buckets"]["b"]["name"].clone()).unwrap(),
            "b"
        );
        let foreign = tempdir("foreign");
        fs::create_dir_all(&foreign).unwrap();
        fs::write(foreign.join("notes.txt"), "mine").unwrap();
        assert!(matches!(Store::open(&foreign), Err(StoreError::Foreign(_))));
        fs::write(dir.join(CATALOG), "{not json").unwrap();
        assert!(matches!(Store::open(&dir), Err(StoreError::Damaged(..))));
        assert_eq!(fs::read_to_string(dir.join(CATALOG)).unwrap(), "{not json");
    }

    #[test]
    fn concurrent_updates_in_one_process_never_lose_one() {
        let dir = tempdir("threads");
        let store = std::sync::Arc::new(Store::open(&dir).unwrap());
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let store = store.clone();
                std::thread::spawn(move || {
                    for _ in 0..25 {
                        store
                            .update(|c| {
                                let n = c["n"].as_u64().unwrap_or(0);
                                c["n"] = json!(n + 1);
                                Ok::<_, ()>(())
                            })
                            .unwrap()
                            .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(store.read(|c| c["n"].clone()).unwrap(), 200);
    }

    #[test]
    fn a_failed_update_changes_nothing() {
        let dir = tempdir("failed");
        let store = Store::open(&dir).unwrap();
        let out = store
            .update(|c| {
                c["buckets"]["b"] = json!({});
                Err::<(), _>("no")
            })
            .unwrap();
        assert_eq!(out, Err("no"));
        assert!(store.read(|c| c["buckets"]["b"].is_null()).unwrap());
    }

    #[test]
    fn objects_are_created_once_and_read_in_ranges() {
        let dir = tempdir("objects");
        let store = Store::open(&dir).unwrap();
        let path = store
            .object_path("w--table-s3", "data/x=1/f.parquet")
            .unwrap();
        assert!(store.put_new(&path, b"0123456789").unwrap());
        assert!(!store.put_new(&path, b"other").unwrap());
        let obj = read_object(&path, Some((2, Some(4))), None, false)
            .unwrap()
            .unwrap();
        assert_eq!(
            (obj.bytes.as_slice(), obj.span, obj.size),
            (&b"234"[..], Some((2, 4)), 10)
        );
        let obj = read_object(&path, None, Some(3), false).unwrap().unwrap();
        assert_eq!(obj.bytes, b"789");
        let whole = read_object(&path, None, None, false).unwrap().unwrap();
        assert_eq!(whole.bytes, b"0123456789");
        for bad in ["../x", "a//b", "./a", ""] {
            assert!(store.object_path("w--table-s3", bad).is_none(), "{bad}");
        }
    }
}
