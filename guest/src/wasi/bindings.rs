//! Generated bindings for the `s3tables:mcp/server` world, and nothing else.
wit_bindgen::generate!({
    world: "server",
    path: "../wit",
    generate_all,
    pub_export_macro: true,
});
