//! The S3 Tables tools as exported component functions (`wit-tools/`, `s3tables:tools`), for
//! hosts that turn exported functions into tools (wassette). Each function packs its record
//! into the MCP tool's arguments and runs the guest's `tools/call` path, so the behaviour,
//! validation and results are the server's. Built twice: `tools` and, with the `read-only`
//! feature, `tools-read-only` (no write functions at all). Only meaningful on wasm32.

#![cfg(target_arch = "wasm32")]

mod args;
mod generated;

// wit-bindgen's export shims take each record flattened into core-wasm arguments.
#[allow(clippy::too_many_arguments)]
mod bindings {
    #[cfg(not(feature = "read-only"))]
    wit_bindgen::generate!({ world: "tools", path: "../../wit-tools", generate_all });
    #[cfg(feature = "read-only")]
    wit_bindgen::generate!({ world: "tools-read-only", path: "../../wit-tools", generate_all });
}

struct Tools;

bindings::export!(Tools with_types_in bindings);
