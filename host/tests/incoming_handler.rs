//! The guest's `wasi:http/incoming-handler` export: the same component as a stateless MCP
//! endpoint, driven here through wasmtime-wasi-http's proxy embedding as `wasmtime serve`
//! would drive it.

mod common;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::{Policy, Regions};
use s3tables_mcp::runtime::{engine, linker};
use s3tables_mcp::state::HostState;
use serde_json::{json, Value};
use std::sync::Arc;
use wasmtime::component::ResourceTable;
use wasmtime::{Store, StoreLimitsBuilder};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpView};

/// Sends one HTTP request to the component; returns status, content type and body.
async fn serve(method: &str, body: &str, env: &[(&str, &str)]) -> (u16, Option<String>, String) {
    let engine = engine().expect("engine");
    let component = common::compile(&engine, common::full_wasm());
    let pre = ProxyPre::new(
        linker(&engine)
            .expect("linker")
            .instantiate_pre(&component)
            .expect("pre"),
    )
    .expect("proxy");
    let mut wasi = WasiCtx::builder();
    wasi.envs(env);
    let state = HostState {
        wasi: wasi.build(),
        http: WasiHttpCtx::new(),
        table: ResourceTable::new(),
        egress: Egress::new(Arc::new(Policy {
            // Confirmation of destructive calls is tested on its own (consent.rs, hostile.rs).
            confirm_destructive: false,
            grants: Default::default(),
            regions: Regions::Only(vec![]),
            custom_endpoint: None,
            s3_endpoint: None,
            athena: None,
        })),
        limits: StoreLimitsBuilder::new().build().into(),
    };
    let mut store = Store::new(&engine, state);
    store.set_epoch_deadline(u64::MAX / 2);
    let request = hyper::Request::builder()
        .method(method)
        .uri("http://localhost/mcp")
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())).map_err(
            |never: std::convert::Infallible| -> wasmtime_wasi_http::Error { match never {} },
        ))
        .expect("request");
    let (tx, rx) = tokio::sync::oneshot::channel();
    let req = store
        .data_mut()
        .http()
        .new_incoming_request(Scheme::Http, request)
        .expect("incoming");
    let out = store
        .data_mut()
        .http()
        .new_response_outparam(tx)
        .expect("outparam");
    // The guest streams the body after setting the response: run it beside the reader.
    let task = tokio::spawn(async move {
        let proxy = pre
            .instantiate_async(&mut store)
            .await
            .expect("instantiate");
        proxy
            .wasi_http_incoming_handler()
            .call_handle(&mut store, req, out)
            .await
            .expect("handle");
    });
    let response = rx.await.expect("a response was set").expect("not an error");
    let status = response.status().as_u16();
    let ct = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string());
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    task.await.expect("guest finished");
    (status, ct, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn a_post_is_one_mcp_exchange() {
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}});
    let (status, ct, body) = serve("POST", &init.to_string(), &[]).await;
    assert_eq!((status, ct.as_deref()), (200, Some("application/json")));
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["result"]["protocolVersion"], "2025-06-18");
    assert!(v["result"]["instructions"]
        .as_str()
        .unwrap_or_default()
        .contains("READ-ONLY"));

    // Flags come from S3TABLES_MCP_ARGS where the runtime passes no arguments.
    let list = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}).to_string();
    let (_, _, body) = serve(
        "POST",
        &list,
        &[(
            "S3TABLES_MCP_ARGS",
            "--allow-write --allow-destructive --toolsets all",
        )],
    )
    .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(
        v["result"]["tools"].as_array().map(Vec::len),
        Some(58 + s3tables_ops::composite::COMPOSITES.len())
    );

    let (status, _, body) = serve(
        "POST",
        &json!({"jsonrpc": "2.0", "method": "notifications/initialized"}).to_string(),
        &[],
    )
    .await;
    assert_eq!((status, body.as_str()), (202, ""));
    let (status, _, body) = serve("POST", "{oops", &[]).await;
    assert_eq!(status, 400);
    assert_eq!(
        serde_json::from_str::<Value>(&body).expect("json")["error"]["code"],
        -32700
    );
    let (status, _, _) = serve("GET", "", &[]).await;
    assert_eq!(status, 405);
}
