//! Generated bindings, one world per build:
//! * `s3tables:mcp/server` with its exports (the default);
//! * `server-config` with the `wasi-config` feature: the same plus the `wasi:config/store`
//!   import (for wasmCloud);
//! * `client`, for a crate that exports its own world (the `tools` components): only the
//!   imports the S3 Tables client needs.
#[cfg(all(feature = "server", not(feature = "wasi-config")))]
wit_bindgen::generate!({
    world: "server",
    path: "../wit",
    generate_all,
    pub_export_macro: true,
});

#[cfg(all(feature = "server", feature = "wasi-config"))]
wit_bindgen::generate!({
    world: "server-config",
    path: "../wit",
    generate_all,
    pub_export_macro: true,
});

#[cfg(not(feature = "server"))]
wit_bindgen::generate!({
    world: "client",
    path: "../wit",
    generate_all,
});
