//! Generated bindings for the `s3tables:mcp/server` world (or, with the `wasi-config`
//! feature, `server-config`, which adds the `wasi:config/store` import), and nothing else.
#[cfg(not(feature = "wasi-config"))]
wit_bindgen::generate!({
    world: "server",
    path: "../wit",
    generate_all,
    pub_export_macro: true,
});

#[cfg(feature = "wasi-config")]
wit_bindgen::generate!({
    world: "server-config",
    path: "../wit",
    generate_all,
    pub_export_macro: true,
});
