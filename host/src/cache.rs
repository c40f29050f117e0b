//! A compilation cache for the guest components: compiling the control-plane build with
//! Cranelift takes a few hundred milliseconds and the data-plane build many seconds; loading
//! a compiled artifact takes a few. The artifact is native code,
//! so it is only trusted from a directory and file that belong to the current user and that
//! no one else can write; anything else is ignored and recompiled.

use crate::EmbeddedGuest;
use anyhow::{Context, Result};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use wasmtime::component::Component;
use wasmtime::Engine;

/// Where compiled artifacts live: `$S3TABLES_MCP_CACHE_DIR`, else `$XDG_CACHE_HOME/s3tables-mcp`,
/// else `~/.cache/s3tables-mcp`.
pub fn default_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    env("S3TABLES_MCP_CACHE_DIR")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("s3tables-mcp")))
        .or_else(|| env("HOME").map(|d| d.join(".cache").join("s3tables-mcp")))
}

/// The artifact's name: the bytes that identify the component, this wasmtime's settings, and
/// our version.
fn key(engine: &Engine, identity: &[u8]) -> String {
    let mut h = std::hash::DefaultHasher::new();
    identity.hash(&mut h);
    engine.precompile_compatibility_hash().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!("guest-{:016x}.cwasm", h.finish())
}

#[cfg(unix)]
fn trusted(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc_geteuid() };
    std::fs::symlink_metadata(path)
        .is_ok_and(|m| !m.file_type().is_symlink() && m.uid() == uid && m.mode() & 0o022 == 0)
}

#[cfg(unix)]
extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

#[cfg(not(unix))]
fn trusted(_: &Path) -> bool {
    false
}

/// Whether `dir` holds a compiled artifact of `guest` that `load_or_compile_embedded` would
/// load rather than compile.
pub fn holds(engine: &Engine, guest: &EmbeddedGuest, dir: Option<&Path>) -> bool {
    dir.is_some_and(|dir| trusted(dir) && trusted(&dir.join(key(engine, guest.compressed()))))
}

/// Loads the compiled component from `dir`, or compiles `wasm` and stores it there.
pub fn load_or_compile(engine: &Engine, wasm: &[u8], dir: Option<&Path>) -> Result<Component> {
    load_or_compile_with(engine, wasm, || Ok(wasm.to_vec()), dir)
}

/// Loads an embedded guest build from `dir`, or decompresses and compiles it and stores it
/// there. A cache hit never decompresses it.
pub fn load_or_compile_embedded(
    engine: &Engine,
    guest: &EmbeddedGuest,
    dir: Option<&Path>,
) -> Result<Component> {
    load_or_compile_with(engine, guest.compressed(), || guest.wasm(), dir)
        .with_context(|| format!("preparing the {} guest", guest.name))
}

/// The cache itself: `identity` names the component, `wasm` produces its bytes on a miss.
fn load_or_compile_with(
    engine: &Engine,
    identity: &[u8],
    wasm: impl FnOnce() -> Result<Vec<u8>>,
    dir: Option<&Path>,
) -> Result<Component> {
    let compile = |wasm: Vec<u8>| {
        Component::new(engine, wasm)
            .map_err(anyhow::Error::from)
            .context("compiling the guest component")
    };
    let Some(dir) = dir else {
        return compile(wasm()?);
    };
    let path = dir.join(key(engine, identity));
    if trusted(dir) && trusted(&path) {
        // SAFETY: the file was written by `store` below for this exact engine configuration
        // (its name includes the compatibility hash, and wasmtime checks it again), in a
        // directory only this user can write.
        match unsafe { Component::deserialize_file(engine, &path) } {
            Ok(c) => {
                tracing::debug!("loaded the compiled guest from {}", path.display());
                return Ok(c);
            }
            Err(e) => tracing::warn!("ignoring the cached guest at {}: {e}", path.display()),
        }
    }
    // Compiled straight to the artifact's bytes, which are stored and then mapped from the
    // file like any later start's: compiling to a `Component` and serialising it held the code
    // twice at the first start's peak, and kept it in anonymous memory for the process's life.
    let bytes = engine
        .precompile_component(&wasm()?)
        .map_err(anyhow::Error::from)
        .context("compiling the guest component")?;
    let stored = store(&bytes, dir, &path).and_then(|()| {
        // SAFETY: as above; `store` just wrote it, for this engine.
        unsafe { Component::deserialize_file(engine, &path) }.map_err(anyhow::Error::from)
    });
    match stored {
        Ok(component) => Ok(component),
        Err(e) => {
            tracing::warn!(
                "could not cache the compiled guest in {}: {e:#}",
                dir.display()
            );
            // SAFETY: `precompile_component` of this engine made these bytes just now.
            unsafe { Component::deserialize(engine, &bytes) }
                .map_err(anyhow::Error::from)
                .context("loading the compiled guest")
        }
    }
}

fn store(bytes: &[u8], dir: &Path, path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        if !trusted(dir) {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    // One name per writer, threads of one process included: two writers of the same artifact
    // must not write into one file (each renames a whole file into place).
    static WRITERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("guest"),
        std::process::id(),
        WRITERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::write(&tmp, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_load_comes_from_the_cache_and_tampering_is_refused() {
        let dir =
            std::env::temp_dir().join(format!("s3tables-mcp-cache-test-{}", std::process::id()));
        let engine = Engine::default();
        let guest = &crate::CONTROL_GUEST;
        load_or_compile_embedded(&engine, guest, Some(&dir)).expect("compiled");
        let path = dir.join(key(&engine, guest.compressed()));
        assert!(trusted(&path), "artifact written privately");
        load_or_compile_embedded(&engine, guest, Some(&dir)).expect("loaded");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).expect("chmod");
            assert!(!trusted(&path), "a world-writable artifact is not trusted");
            load_or_compile_embedded(&engine, guest, Some(&dir)).expect("recompiled");
            assert!(trusted(&path), "and replaced by a private one");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn first_loads_at_once_each_get_a_component_and_leave_a_whole_artifact() {
        let dir =
            std::env::temp_dir().join(format!("s3tables-mcp-cache-race-{}", std::process::id()));
        let engine = Engine::default();
        let guest = &crate::CONTROL_GUEST;
        std::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(|| load_or_compile_embedded(&engine, guest, Some(&dir)).expect("loaded"));
            }
        });
        let path = dir.join(key(&engine, guest.compressed()));
        // SAFETY: written by `store` for this engine (the test checks it is whole).
        unsafe { Component::deserialize_file(&engine, &path) }.expect("a whole artifact");
        let left: Vec<_> = std::fs::read_dir(&dir).expect("listed").collect();
        assert_eq!(left.len(), 1, "temporary files are renamed away: {left:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
