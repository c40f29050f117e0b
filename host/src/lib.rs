//! The `s3tables-mcp` host: a small wasmtime embedding that owns the transport and the
//! capabilities (network policy, read-only gate, credentials, limits) and runs the guest
//! component, which holds all MCP and S3 Tables logic.

pub mod append_only;
pub mod athena;
pub mod audit;
pub mod cache;
pub mod cli;
pub mod completions;
pub mod config;
pub mod consent;
pub mod credentials;
pub mod doctor;
pub mod egress;
pub mod logging;
pub mod notifications;
pub mod policy;
pub mod runtime;
pub mod state;
pub mod transport;

/// A guest build embedded in the binary, zstd-compressed by `build.rs`: the data-plane build is
/// ~42 MB of wasm and compresses to a fraction, and it is decompressed only when a tool needs it.
pub struct EmbeddedGuest {
    /// What the build is called in messages (`control-plane`, `data-plane`, `SQL`).
    pub name: &'static str,
    /// How the host compiles it.
    pub tuning: Tuning,
    compressed: &'static [u8],
}

/// How a guest build is compiled: a fact about the build, so each engine's compiled artifacts
/// (and cache entries, whose key includes the engine's settings) stay apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tuning {
    /// Compiled in half the time, its code less optimised (Cranelift without optimisation
    /// passes, single-pass register allocation): the control plane, which every new install
    /// compiles at its first start and whose per-call work (JSON, signing) is microseconds
    /// either way.
    QuickCompile,
    /// Cranelift's defaults: the builds whose code decodes table data and runs SQL.
    FastCode,
}

impl EmbeddedGuest {
    /// The compressed bytes: they identify the build (the compilation cache keys on them, so a
    /// cache hit never decompresses).
    pub fn compressed(&self) -> &'static [u8] {
        self.compressed
    }

    /// The component's wasm bytes.
    pub fn wasm(&self) -> anyhow::Result<Vec<u8>> {
        use anyhow::Context;
        zstd::stream::decode_all(self.compressed)
            .with_context(|| format!("decompressing the embedded {} guest", self.name))
    }
}

/// The control-plane guest: every message except calls of tools that decode table data.
/// Compiled (or loaded from the cache) at start.
pub static CONTROL_GUEST: EmbeddedGuest = EmbeddedGuest {
    name: "control-plane",
    tuning: Tuning::QuickCompile,
    compressed: include_bytes!(env!("S3TABLES_MCP_GUEST_WASM_ZST")),
};

/// The data-plane guest: the control plane plus the tools that read and write table data
/// (Parquet). Decompressed and compiled only when such a tool is first called, or by
/// `s3tables-mcp precompile` (see `runtime`).
pub static DATA_GUEST: EmbeddedGuest = EmbeddedGuest {
    name: "data-plane",
    tuning: Tuning::FastCode,
    compressed: include_bytes!(env!("S3TABLES_MCP_DATA_GUEST_WASM_ZST")),
};

/// The SQL guest: the full build (every tool, the SQL engine included; the component other
/// WASM hosts run). Prepared like the data plane, when `query_database` is first called.
pub static SQL_GUEST: EmbeddedGuest = EmbeddedGuest {
    name: "SQL",
    tuning: Tuning::FastCode,
    compressed: include_bytes!(env!("S3TABLES_MCP_SQL_GUEST_WASM_ZST")),
};
