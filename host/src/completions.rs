//! `completion/complete` answers, kept for a few seconds. A client asks on every keystroke and
//! each message runs on a fresh guest instance, which remembers nothing; the same question
//! within `TTL` is answered from here without reaching AWS again.

use serde_json::Value;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long an answer is reused: long enough for a burst of keystrokes, short enough that a
/// bucket or table created a moment ago soon appears.
pub const TTL: Duration = Duration::from_secs(5);
/// Answers kept at most (the oldest go first).
const MAX_ENTRIES: usize = 256;

#[derive(Default)]
pub struct CompletionCache {
    entries: Mutex<HashMap<String, (Instant, Value)>>,
}

impl CompletionCache {
    /// The key of a `completion/complete` request: its params without `_meta` (which carries
    /// per-request values such as a progress token).
    pub fn key(message: &Value) -> Option<String> {
        if message.get("method")?.as_str()? != "completion/complete" {
            return None;
        }
        let mut params = message.get("params")?.clone();
        if let Some(p) = params.as_object_mut() {
            p.remove("_meta");
        }
        Some(params.to_string())
    }

    /// A result given for `key` less than `TTL` ago.
    pub fn get(&self, key: &str) -> Option<Value> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let (at, result) = entries.get(key)?;
        (at.elapsed() < TTL).then(|| result.clone())
    }

    /// Keeps `answer`'s result (an error is not kept: the next keystroke asks again).
    pub fn put(&self, key: String, answer: &str) {
        let Some(result) = serde_json::from_str::<Value>(answer)
            .ok()
            .and_then(|mut a| a.get_mut("result").map(Value::take))
        else {
            return;
        };
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|_, (at, _)| at.elapsed() < TTL);
        if entries.len() >= MAX_ENTRIES {
            if let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, (at, _))| *at)
                .map(|(k, _)| k.clone())
            {
                entries.remove(&oldest);
            }
        }
        entries.insert(key, (Instant::now(), result));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn same_question_same_answer_errors_not_kept() {
        let cache = CompletionCache::default();
        let ask = |id: u32, meta: Value| {
            json!({"jsonrpc": "2.0", "id": id, "method": "completion/complete",
                   "params": {"ref": {"type": "ref/prompt", "name": "p"},
                              "argument": {"name": "table", "value": "a"}, "_meta": meta}})
        };
        let key = CompletionCache::key(&ask(1, json!({"progressToken": 1}))).unwrap();
        assert_eq!(CompletionCache::key(&ask(2, json!({}))).unwrap(), key);
        assert!(CompletionCache::key(&json!({"method": "tools/list", "params": {}})).is_none());
        cache.put(
            key.clone(),
            r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602}}"#,
        );
        assert!(cache.get(&key).is_none());
        cache.put(
            key.clone(),
            r#"{"jsonrpc":"2.0","id":1,"result":{"completion":{"values":["ab"]}}}"#,
        );
        assert_eq!(cache.get(&key).unwrap()["completion"]["values"][0], "ab");
    }
}
