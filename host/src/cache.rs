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

/// A cache entry (or the cache directory): this user's own, writable by no one else.
fn trusted(path: &Path) -> bool {
    private(path, false)
}

/// A file (not a link) owned by this user — or by root, when `root_too` — that no one else can
/// write.
#[cfg(unix)]
fn private(path: &Path, root_too: bool) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc_geteuid() };
    std::fs::symlink_metadata(path).is_ok_and(|m| {
        !m.file_type().is_symlink()
            && (m.uid() == uid || (root_too && m.uid() == 0))
            && m.mode() & 0o022 == 0
    })
}

#[cfg(unix)]
extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

#[cfg(not(unix))]
fn private(_: &Path, _: bool) -> bool {
    false
}

/// Whether `dir` holds a compiled artifact of `guest` that `load_or_compile_embedded` would
/// load rather than compile.
pub fn holds(engine: &Engine, guest: &EmbeddedGuest, dir: Option<&Path>) -> bool {
    dir.is_some_and(|dir| trusted(dir) && trusted(&dir.join(key(engine, guest.compressed()))))
}

/// Where packages put portable compiled code for the binary they carry:
/// `<prefix>/share/s3tables-mcp/precompiled` beside `<prefix>/bin/s3tables-mcp` (the layout
/// of a wheel's data files; packaging/README.md).
pub fn shipped_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let prefix = exe.parent()?.parent()?;
    Some(
        prefix
            .join("share")
            .join("s3tables-mcp")
            .join("precompiled"),
    )
}

/// The file name of `guest`'s portable compiled code in a package: the build's bytes and our
/// version, so code made for another binary is never picked up (and wasmtime checks its
/// version and settings again when it loads it).
pub fn shipped_name(guest: &EmbeddedGuest) -> String {
    let mut h = std::hash::DefaultHasher::new();
    guest.compressed().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!(
        "{}-{:016x}.cwasm.zst",
        guest.name.to_ascii_lowercase(),
        h.finish()
    )
}

/// `guest`'s compiled code in `shipped_dir`, if a package put it there. It is native code, so
/// it is trusted as the binary beside it is: a file (not a link) in a directory that belong to
/// this user or to root and that no one else can write.
pub fn shipped(guest: &EmbeddedGuest, shipped_dir: Option<&Path>) -> Option<PathBuf> {
    let dir = shipped_dir?;
    let path = dir.join(shipped_name(guest));
    (private(dir, true) && private(&path, true)).then_some(path)
}

/// Compiles `guest` on `engine` (a portable one: `runtime::portable_engine`) into
/// `dir/shipped_name(guest)`, compressed, for a package to carry.
pub fn ship(engine: &Engine, guest: &EmbeddedGuest, dir: &Path) -> Result<PathBuf> {
    let bytes = engine
        .precompile_component(&guest.wasm()?)
        .map_err(anyhow::Error::from)
        .with_context(|| format!("compiling the {} guest", guest.name))?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(shipped_name(guest));
    let file =
        std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    // Level 9: ~33 MB for the SQL build's 168 MB in seconds; level 19 saves a few MB more in
    // minutes of packaging.
    zstd::stream::copy_encode(&bytes[..], file, 9)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Loads the compiled component from `dir`, or compiles `wasm` and stores it there.
pub fn load_or_compile(engine: &Engine, wasm: &[u8], dir: Option<&Path>) -> Result<Component> {
    load_or_compile_with(engine, wasm, || Ok(wasm.to_vec()), dir, None)
}

/// Loads an embedded guest build from `dir`; on a miss, takes the compiled code a package
/// put in `shipped_dir` (`shipped`), or else decompresses and compiles the build, and stores
/// it in `dir`. A cache hit never decompresses it.
pub fn load_or_compile_embedded(
    engine: &Engine,
    guest: &EmbeddedGuest,
    dir: Option<&Path>,
    shipped_dir: Option<&Path>,
) -> Result<Component> {
    let shipped = shipped(guest, shipped_dir);
    load_or_compile_with(
        engine,
        guest.compressed(),
        || guest.wasm(),
        dir,
        shipped.as_deref(),
    )
    .with_context(|| format!("preparing the {} guest", guest.name))
}

/// The cache itself: `identity` names the component, `wasm` produces its bytes on a miss
/// (unless `shipped` names compiled code that loads on this engine).
fn load_or_compile_with(
    engine: &Engine,
    identity: &[u8],
    wasm: impl FnOnce() -> Result<Vec<u8>>,
    dir: Option<&Path>,
    shipped: Option<&Path>,
) -> Result<Component> {
    let compile = |wasm: Vec<u8>| {
        Component::new(engine, wasm)
            .map_err(anyhow::Error::from)
            .context("compiling the guest component")
    };
    let cached = dir.map(|d| (d, d.join(key(engine, identity))));
    if let Some((dir, path)) = &cached {
        if trusted(dir) && trusted(path) {
            // SAFETY: the file was written by `store` below for this exact engine configuration
            // (its name includes the compatibility hash, and wasmtime checks it again), in a
            // directory only this user can write.
            match unsafe { Component::deserialize_file(engine, path) } {
                Ok(c) => {
                    tracing::debug!("loaded the compiled guest from {}", path.display());
                    return Ok(c);
                }
                Err(e) => tracing::warn!("ignoring the cached guest at {}: {e}", path.display()),
            }
        }
    }
    // A miss: the package's code, decompressed into the cache once, before compiling.
    if let Some(shipped) = shipped {
        match from_package(engine, shipped, cached.as_ref()) {
            Ok(c) => {
                tracing::info!("loaded the compiled guest {}", shipped.display());
                return Ok(c);
            }
            // E.g. a CPU without the features it was compiled for: compiled here instead.
            Err(e) => tracing::warn!("ignoring the compiled guest {}: {e:#}", shipped.display()),
        }
    }
    let Some((dir, path)) = cached else {
        return compile(wasm()?);
    };
    // Compiled straight to the artifact's bytes, which are stored and then mapped from the
    // file like any later start's: compiling to a `Component` and serialising it held the code
    // twice at the first start's peak, and kept it in anonymous memory for the process's life.
    let bytes = engine
        .precompile_component(&wasm()?)
        .map_err(anyhow::Error::from)
        .context("compiling the guest component")?;
    let stored = store(dir, &path, |f| std::io::Write::write_all(f, &bytes)).and_then(|()| {
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

/// Loads a package's compiled code (`shipped`): decompressed into the cache as `cached`'s
/// file, then mapped from it like any cached artifact, or decompressed into memory without a
/// cache.
fn from_package(
    engine: &Engine,
    shipped: &Path,
    cached: Option<&(&Path, PathBuf)>,
) -> Result<Component> {
    let open = || std::fs::File::open(shipped).map(std::io::BufReader::new);
    // SAFETY (both arms): the code comes from `shipped`, which `shipped()` only names when
    // the file is installed as the binary beside it is (owned by this user or root, writable by
    // no one else): it is as trusted as the binary. wasmtime checks that it was compiled by
    // this version with these settings for CPU features this host has.
    let component = match cached {
        Some((dir, path)) => {
            store(dir, path, |file| {
                zstd::stream::copy_decode(open()?, file)?;
                Ok(())
            })?;
            unsafe { Component::deserialize_file(engine, path) }?
        }
        None => {
            let bytes = zstd::stream::decode_all(open()?)?;
            unsafe { Component::deserialize(engine, &bytes) }?
        }
    };
    Ok(component)
}

fn store(
    dir: &Path,
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<()> {
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
    let mut file = std::fs::File::create(&tmp)?;
    let written = write(&mut file);
    drop(file);
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.into());
    }
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
        load_or_compile_embedded(&engine, guest, Some(&dir), None).expect("compiled");
        let path = dir.join(key(&engine, guest.compressed()));
        assert!(trusted(&path), "artifact written privately");
        load_or_compile_embedded(&engine, guest, Some(&dir), None).expect("loaded");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).expect("chmod");
            assert!(!trusted(&path), "a world-writable artifact is not trusted");
            load_or_compile_embedded(&engine, guest, Some(&dir), None).expect("recompiled");
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
                s.spawn(|| {
                    load_or_compile_embedded(&engine, guest, Some(&dir), None).expect("loaded")
                });
            }
        });
        let path = dir.join(key(&engine, guest.compressed()));
        // SAFETY: written by `store` for this engine (the test checks it is whole).
        unsafe { Component::deserialize_file(&engine, &path) }.expect("a whole artifact");
        let left: Vec<_> = std::fs::read_dir(&dir).expect("listed").collect();
        assert_eq!(left.len(), 1, "temporary files are renamed away: {left:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_packages_code_goes_into_the_cache_and_code_that_does_not_load_is_compiled_over() {
        let root =
            std::env::temp_dir().join(format!("s3tables-mcp-shipped-{}", std::process::id()));
        let (package, cache) = (root.join("share"), root.join("cache"));
        let guest = &crate::CONTROL_GUEST;
        let portable = crate::runtime::portable_engine(guest.tuning).expect("engine");
        let file = ship(&portable, guest, &package).expect("shipped");
        assert_eq!(shipped(guest, Some(&package)), Some(file.clone()));
        let from_package =
            || zstd::stream::decode_all(std::fs::File::open(&file).expect("opened")).expect("zstd");

        // The native engine loads the portable code: it is what the cache then holds (code
        // compiled here would name this CPU's features in its header).
        let engine = crate::runtime::engine_for(guest.tuning).expect("engine");
        let cached = cache.join(key(&engine, guest.compressed()));
        load_or_compile_embedded(&engine, guest, Some(&cache), Some(&package)).expect("loaded");
        assert_eq!(std::fs::read(&cached).expect("cached"), from_package());
        // Once in the cache, later starts load it from there: the package is not decompressed
        // again (the cached file would be replaced by a new one).
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let inode = || std::fs::metadata(&cached).expect("cached").ino();
            let before = inode();
            load_or_compile_embedded(&engine, guest, Some(&cache), Some(&package)).expect("warm");
            assert_eq!(
                inode(),
                before,
                "the warm cache was rewritten from the package"
            );
        }
        load_or_compile_embedded(&engine, guest, None, Some(&package)).expect("without a cache");

        // Code that does not load (another version's, a torn download) is compiled over.
        let garbage = zstd::stream::encode_all(&b"not compiled code"[..], 3).expect("zstd");
        std::fs::write(&file, garbage).expect("written");
        std::fs::remove_file(&cached).expect("removed");
        load_or_compile_embedded(&engine, guest, Some(&cache), Some(&package)).expect("compiled");
        let compiled = std::fs::read(&cached).expect("cached");
        // SAFETY: written by `store` for this engine just now.
        unsafe { Component::deserialize(&engine, &compiled) }.expect("a whole artifact");

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).expect("chmod");
            assert_eq!(shipped(guest, Some(&package)), None, "others can write it");
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
