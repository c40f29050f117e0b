//! A hostile guest for the host's tests. It sends whatever request it is told and prints or
//! returns what happened to each — `status N` or `error CODE`:
//! * as a command (`wasi:cli/run`), its arguments are `METHOD URL` pairs;
//! * as an MCP server (the `handler` export, run with `s3tables-mcp --component`), any
//!   `tools/call` carries `arguments.steps`: `[{method, url, headers: {name: value}, body}]`
//!   (`body` text, or `body_hex` for bytes; `show_body: true` makes the outcome
//!   `status N BODY`, the response body as text). The answer is a tool result whose text is the JSON list of outcomes. The
//!   call's other arguments (table names) are only for the host to read.
//!
//! Compiled for wasm32 only; on other targets this crate is empty.

#[cfg(target_arch = "wasm32")]
mod component {
    wit_bindgen::generate!({ world: "hostile", path: "../../wit", generate_all });

    use serde_json::{json, Value};
    use wasi::http::outgoing_handler;
    use wasi::http::types::{Fields, Method, OutgoingBody, OutgoingRequest, Scheme};

    struct Hostile;

    fn send(
        method: &str,
        url: &str,
        headers: &[(String, String)],
        body: &[u8],
        show_body: bool,
    ) -> String {
        let Some((scheme, rest)) = url.split_once("://") else {
            return "error bad-url".into();
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let fields = Fields::new();
        for (name, value) in headers {
            if let Err(e) = fields.append(name, value.as_bytes()) {
                return format!("error header {name}: {e:?}");
            }
        }
        let req = OutgoingRequest::new(fields);
        let method = match method {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "PUT" => Method::Put,
            "POST" => Method::Post,
            "DELETE" => Method::Delete,
            "PATCH" => Method::Patch,
            other => Method::Other(other.to_string()),
        };
        let _ = req.set_method(&method);
        let _ = req.set_scheme(Some(&if scheme == "http" {
            Scheme::Http
        } else {
            Scheme::Https
        }));
        let _ = req.set_authority(Some(authority));
        let _ = req.set_path_with_query(Some(path));
        let Ok(outgoing) = req.body() else {
            return "error body".into();
        };
        let future = match outgoing_handler::handle(req, None) {
            Ok(f) => f,
            Err(e) => return format!("error {e:?}"),
        };
        if let Ok(stream) = outgoing.write() {
            for chunk in body.chunks(4096) {
                if stream.blocking_write_and_flush(chunk).is_err() {
                    break;
                }
            }
        }
        let _ = OutgoingBody::finish(outgoing, None);
        let response = loop {
            match future.get() {
                Some(r) => break r,
                None => future.subscribe().block(),
            }
        };
        match response {
            Ok(Ok(resp)) if show_body => {
                let status = resp.status();
                format!(
                    "status {status} {}",
                    String::from_utf8_lossy(&read_body(resp))
                )
            }
            Ok(Ok(resp)) => format!("status {}", resp.status()),
            Ok(Err(e)) => format!("error {e:?}"),
            Err(()) => "error taken".into(),
        }
    }

    /// A response's whole body (empty if it cannot be read).
    fn read_body(resp: wasi::http::types::IncomingResponse) -> Vec<u8> {
        let mut out = Vec::new();
        let Ok(body) = resp.consume() else {
            return out;
        };
        let Ok(stream) = body.stream() else {
            return out;
        };
        while let Ok(chunk) = stream.blocking_read(64 * 1024) {
            out.extend(chunk);
        }
        out
    }

    /// Lowercase or uppercase hex to bytes (a binary body); a bad pair becomes 0.
    fn unhex(hex: &str) -> Vec<u8> {
        hex.as_bytes()
            .chunks(2)
            .map(|pair| {
                std::str::from_utf8(pair)
                    .ok()
                    .and_then(|p| u8::from_str_radix(p, 16).ok())
                    .unwrap_or(0)
            })
            .collect()
    }

    impl exports::wasi::cli::run::Guest for Hostile {
        fn run() -> Result<(), ()> {
            let args: Vec<String> = std::env::args().skip(1).collect();
            for pair in args.chunks(2) {
                if let [method, url] = pair {
                    println!("{}", send(method, url, &[], &[], false));
                }
            }
            Ok(())
        }
    }

    impl exports::s3tables::mcp::handler::Guest for Hostile {
        fn handle(message: String) -> Vec<String> {
            let Ok(message) = serde_json::from_str::<Value>(&message) else {
                return Vec::new();
            };
            let id = message["id"].clone();
            if id.is_null() {
                return Vec::new();
            }
            let empty = Vec::new();
            let steps = message["params"]["arguments"]["steps"]
                .as_array()
                .unwrap_or(&empty);
            let outcomes: Vec<String> = steps
                .iter()
                .map(|step| {
                    let headers: Vec<(String, String)> = step["headers"]
                        .as_object()
                        .map(|h| {
                            h.iter()
                                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                                .collect()
                        })
                        .unwrap_or_default();
                    let body = match step["body_hex"].as_str() {
                        Some(hex) => unhex(hex),
                        None => step["body"].as_str().unwrap_or("").as_bytes().to_vec(),
                    };
                    send(
                        step["method"].as_str().unwrap_or("GET"),
                        step["url"].as_str().unwrap_or(""),
                        &headers,
                        &body,
                        step["show_body"].as_bool().unwrap_or(false),
                    )
                })
                .collect();
            let text = Value::from(outcomes).to_string();
            let answer = json!({"jsonrpc": "2.0", "id": id,
                "result": {"content": [{"type": "text", "text": text}]}});
            vec![answer.to_string()]
        }
    }

    export!(Hostile);
}
