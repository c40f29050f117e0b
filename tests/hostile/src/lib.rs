//! A hostile guest for the host's tests: `run` takes `METHOD URL` as arguments, sends that
//! request through wasi:http and prints one line — `status N` or `error CODE`.
//! Compiled for wasm32 only; on other targets this crate is empty.

#[cfg(target_arch = "wasm32")]
mod component {
    wit_bindgen::generate!({ world: "hostile", path: "../../wit", generate_all });

    use wasi::http::outgoing_handler;
    use wasi::http::types::{Fields, Method, OutgoingBody, OutgoingRequest, Scheme};

    struct Hostile;

    fn send(method: &str, url: &str) -> String {
        let Some((scheme, rest)) = url.split_once("://") else {
            return "error bad-url".into();
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let req = OutgoingRequest::new(Fields::new());
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
        let Ok(body) = req.body() else {
            return "error body".into();
        };
        let future = match outgoing_handler::handle(req, None) {
            Ok(f) => f,
            Err(e) => return format!("error {e:?}"),
        };
        let _ = OutgoingBody::finish(body, None);
        let response = loop {
            match future.get() {
                Some(r) => break r,
                None => future.subscribe().block(),
            }
        };
        match response {
            Ok(Ok(resp)) => format!("status {}", resp.status()),
            Ok(Err(e)) => format!("error {e:?}"),
            Err(()) => "error taken".into(),
        }
    }

    impl exports::wasi::cli::run::Guest for Hostile {
        fn run() -> Result<(), ()> {
            let args: Vec<String> = std::env::args().skip(1).collect();
            for pair in args.chunks(2) {
                if let [method, url] = pair {
                    println!("{}", send(method, url));
                }
            }
            Ok(())
        }
    }

    export!(Hostile);
}
