//! Consent before destruction. A destructive tool (the `--allow-destructive` set) runs only
//! after the person agrees, asked through MCP elicitation with exactly what the call deletes or
//! replaces: `elicitation/create` sent to the client in the handshake era (stdio, where the
//! client declared `elicitation` in `initialize`), an input-required result in 2026-07-28.
//! Declining or cancelling sends nothing; a client that cannot be asked gets a tool error that
//! says how to allow the call (`--no-confirm`).
//!
//! The host asks before the guest runs, and while the call runs the egress hook lets through
//! only the destructive operation agreed to (`Egress::consenting`): a guest cannot skip the
//! question, nor delete more, or other, than what the person was asked about.

use s3tables_ops::protocol::META_CLIENT_CAPABILITIES;
use s3tables_ops::OpSpec;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::{mpsc::UnboundedSender, oneshot};

/// How long the person has to answer in the handshake era.
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(600);
/// The key of the one input request of an input-required result.
const INPUT: &str = "confirm";

/// The operation behind `tool`, if it is destructive.
pub fn destructive_op(tool: &str) -> Option<&'static OpSpec> {
    s3tables_ops::find(tool).filter(|op| op.access.is_destructive())
}

/// The question: the tool, what it does to what, every argument that names it.
pub fn question(op: &OpSpec, arguments: &Value) -> String {
    let effect = if op.name.starts_with("Put") {
        "replaces the current setting of"
    } else if op.name.starts_with("Update") {
        "repoints"
    } else {
        "deletes"
    };
    let mut named: Vec<String> = Vec::new();
    if let Some(args) = arguments.as_object() {
        for (key, value) in args {
            let shown = match value {
                Value::String(s) => s.clone(),
                Value::Null => continue,
                other => other.to_string(),
            };
            // A policy document or a metadata location is long; its start says enough.
            let shown = if shown.chars().count() > 300 {
                shown.chars().take(300).collect::<String>() + "…"
            } else {
                shown
            };
            named.push(format!("{key} = {shown}"));
        }
    }
    let named = if named.is_empty() {
        String::from("(no arguments)")
    } else {
        named.join("; ")
    };
    format!(
        "Allow {tool}? It {effect}: {named}. This cannot be undone.",
        tool = op.tool
    )
}

/// The elicitation: the question, and one boolean to tick.
fn elicitation(question: &str) -> Value {
    json!({
        "message": question,
        "requestedSchema": {
            "type": "object",
            "properties": {INPUT: {"type": "boolean", "title": "Yes, do it",
                                   "description": "Tick to allow exactly this call."}},
            "required": [INPUT],
        },
    })
}

/// Whether an elicitation's answer agrees (accept, with the box ticked).
fn agreed(answer: &Value) -> Result<(), &'static str> {
    match answer.get("action").and_then(Value::as_str) {
        Some("accept") if answer.pointer("/content/confirm") == Some(&Value::Bool(true)) => Ok(()),
        Some("accept") => Err("accepted without ticking the confirmation"),
        Some("decline") => Err("declined"),
        Some("cancel") => Err("cancelled"),
        _ => Err("gave no answer"),
    }
}

/// A tool result that says the call was not made, and why.
fn not_done(tool: &str, why: &str) -> Value {
    json!({"content": [{"type": "text", "text": format!(
        "Not done: the person {why}, so {tool} was not called and nothing was changed.")}],
        "isError": true})
}

fn cannot_ask(tool: &str, how: &str) -> Value {
    json!({"content": [{"type": "text", "text": format!(
        "{tool} is destructive, and this server asks the person before running it (MCP \
         elicitation), but {how}. Nothing was changed. To allow destructive tools without \
         asking, restart the server with --no-confirm.")}],
        "isError": true})
}

/// What to do with a `tools/call` of a destructive tool.
pub enum Decision {
    /// Run it: the person agreed to this operation.
    Proceed(&'static str),
    /// Answer with this result; the guest does not run.
    Answer(Value),
    /// Answer with this JSON-RPC error (a request state that is not this call's).
    Refuse(String),
}

/// The host's secret for input-required request states: a state it hands out names one call
/// (tool and arguments) and cannot be made for another by the client.
pub struct Consent {
    key: [u8; 32],
}

impl Consent {
    pub fn new() -> anyhow::Result<Consent> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key)
            .map_err(|e| anyhow::anyhow!("no randomness for the consent key: {e}"))?;
        Ok(Consent { key })
    }

    /// The request state of a call: an HMAC of the tool and its arguments (keys sorted).
    fn state(&self, tool: &str, arguments: &Value) -> String {
        use hmac::{KeyInit, Mac};
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.key)
            .expect("HMAC takes a key of any length");
        mac.update(tool.as_bytes());
        mac.update(b"\n");
        mac.update(canonical(arguments).as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Decides about a call of `op` (destructive) as `message` asks for it (`stateless`: in a
    /// 2026-07-28 request, as the transport read it); `asker` reaches the client in the
    /// handshake era, where the transport can send it requests on this channel.
    pub async fn decide(
        &self,
        op: &'static OpSpec,
        message: &Value,
        stateless: bool,
        asker: Option<(&ClientRequests, &UnboundedSender<String>)>,
    ) -> Decision {
        let params = message.get("params").unwrap_or(&Value::Null);
        let arguments = params.get("arguments").unwrap_or(&Value::Null);
        let meta = params.get("_meta");
        let question = question(op, arguments);
        if stateless {
            if let Some(answers) = params.get("inputResponses") {
                let state = params.get("requestState").and_then(Value::as_str);
                if state != Some(self.state(op.tool, arguments).as_str()) {
                    return Decision::Refuse(
                        "requestState does not belong to this call (its tool or arguments \
                         changed): ask again without inputResponses"
                            .into(),
                    );
                }
                return match agreed(answers.get(INPUT).unwrap_or(&Value::Null)) {
                    Ok(()) => Decision::Proceed(op.name),
                    Err(why) => Decision::Answer(not_done(op.tool, why)),
                };
            }
            let can_elicit = meta
                .and_then(|m| m.get(META_CLIENT_CAPABILITIES))
                .and_then(|c| c.get("elicitation"))
                .is_some();
            if !can_elicit {
                return Decision::Answer(cannot_ask(
                    op.tool,
                    "this client did not declare the elicitation capability",
                ));
            }
            return Decision::Answer(json!({
                "resultType": "input_required",
                "inputRequests": {INPUT: {"method": "elicitation/create",
                                          "params": elicitation(&question)}},
                "requestState": self.state(op.tool, arguments),
            }));
        }
        let Some((asker, out)) = asker.filter(|(a, _)| a.can_elicit()) else {
            return Decision::Answer(cannot_ask(
                op.tool,
                "this client did not declare the elicitation capability (or, over HTTP, \
                 does not accept an event stream)",
            ));
        };
        match asker
            .ask(
                out,
                "elicitation/create",
                elicitation(&question),
                ANSWER_TIMEOUT,
            )
            .await
        {
            Ok(answer) => match agreed(&answer) {
                Ok(()) => Decision::Proceed(op.name),
                Err(why) => Decision::Answer(not_done(op.tool, why)),
            },
            Err(why) => Decision::Answer(not_done(op.tool, &why)),
        }
    }
}

/// JSON with every object's keys sorted: the same arguments give the same text however the
/// client ordered them.
fn canonical(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), sorted(&map[k]));
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    sorted(value).to_string()
}

/// Requests the server sends the client in the middle of a request (on stdio, or on an HTTP
/// request's event stream), and the answers that come back (a line on stdin, a POST).
#[derive(Default)]
pub struct ClientRequests {
    pending: Mutex<HashMap<String, oneshot::Sender<Value>>>,
    next: AtomicU64,
    elicitation: AtomicBool,
}

impl ClientRequests {
    fn can_elicit(&self) -> bool {
        self.elicitation.load(Ordering::SeqCst)
    }

    /// Remembers what the client declared in `initialize` (over HTTP, which has no sessions,
    /// the last `initialize` holds for the server, as the log level does).
    pub fn remember_capabilities(&self, initialize: &Value) {
        let declared = initialize
            .pointer("/params/capabilities/elicitation")
            .is_some_and(|e| !e.is_null());
        self.elicitation.store(declared, Ordering::SeqCst);
    }

    /// Sends a request on `out` and waits for its answer's `result` (an error answer, a
    /// timeout or a closed transport is `Err`, in words).
    pub async fn ask(
        &self,
        out: &UnboundedSender<String>,
        method: &str,
        params: Value,
        timeout: Duration,
    ) -> Result<Value, String> {
        // Our ids are strings of our own, so they cannot collide with the client's.
        let id = format!(
            "s3tables-mcp-{}",
            self.next.fetch_add(1, Ordering::SeqCst) + 1
        );
        let (tx, rx) = oneshot::channel();
        let pending = Pending {
            id: id.clone(),
            requests: self,
        };
        self.lock().insert(id.clone(), tx);
        let request = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        if out.send(request.to_string()).is_err() {
            return Err("could not be asked (the client is gone)".into());
        }
        let answer = match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(_)) => return Err("could not be asked (the client is gone)".into()),
            Err(_) => return Err(format!("did not answer within {} s", timeout.as_secs())),
        };
        drop(pending);
        match (answer.get("result"), answer.get("error")) {
            (Some(result), _) => Ok(result.clone()),
            (None, Some(error)) => Err(format!(
                "could not be asked (the client answered: {})",
                error
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("an error")
            )),
            (None, None) => Err("gave no answer".into()),
        }
    }

    /// Takes `message` if it answers one of our requests.
    pub fn answer(&self, message: &Value) -> bool {
        let is_response = message.get("method").is_none()
            && (message.get("result").is_some() || message.get("error").is_some());
        let Some(id) = message
            .get("id")
            .and_then(Value::as_str)
            .filter(|_| is_response)
        else {
            return false;
        };
        match self.lock().remove(id) {
            Some(waiting) => {
                let _ = waiting.send(message.clone());
                true
            }
            None => false,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, oneshot::Sender<Value>>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A request waiting for its answer; forgotten when the wait ends however it ends (answered,
/// timed out, or the call cancelled).
struct Pending<'a> {
    id: String,
    requests: &'a ClientRequests,
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        self.requests.lock().remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_question_names_what_is_deleted() {
        let op = destructive_op("delete_table").expect("destructive");
        let q = question(
            op,
            &json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:1:bucket/lake",
                    "namespace": "sales", "name": "orders"}),
        );
        assert!(q.starts_with("Allow delete_table? It deletes: "), "{q}");
        for part in ["namespace = sales", "name = orders", "bucket/lake"] {
            assert!(q.contains(part), "{q}");
        }
        let put = destructive_op("put_table_bucket_policy").expect("destructive");
        assert!(question(put, &json!({})).contains("replaces the current setting of"));
        assert!(destructive_op("create_table").is_none());
        assert!(destructive_op("list_tables").is_none());
    }

    #[test]
    fn a_request_state_names_one_call() {
        let consent = Consent::new().unwrap();
        let a = consent.state("delete_table", &json!({"name": "t", "namespace": "n"}));
        assert_eq!(
            a,
            consent.state("delete_table", &json!({"namespace": "n", "name": "t"}))
        );
        assert_ne!(
            a,
            consent.state("delete_table", &json!({"namespace": "n", "name": "u"}))
        );
        assert_ne!(
            a,
            consent.state("delete_namespace", &json!({"namespace": "n", "name": "t"}))
        );
        assert_ne!(
            a,
            Consent::new()
                .unwrap()
                .state("delete_table", &json!({"name": "t", "namespace": "n"}))
        );
    }

    #[test]
    fn only_a_ticked_accept_agrees() {
        assert!(agreed(&json!({"action": "accept", "content": {"confirm": true}})).is_ok());
        assert!(agreed(&json!({"action": "accept", "content": {"confirm": false}})).is_err());
        assert!(agreed(&json!({"action": "accept"})).is_err());
        assert_eq!(agreed(&json!({"action": "decline"})), Err("declined"));
        assert_eq!(agreed(&json!({"action": "cancel"})), Err("cancelled"));
        assert!(agreed(&json!({})).is_err());
    }
}
