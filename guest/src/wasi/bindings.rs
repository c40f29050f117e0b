//! Generated bindings: the `s3tables:mcp/server` world with its exports, or — for a crate that
//! exports its own world (the `tools` components) — only the imports the client needs.
#[cfg(feature = "server")]
wit_bindgen::generate!({
    world: "server",
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
