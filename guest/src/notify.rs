//! Messages a request sends before its answer: `notifications/progress` when the caller asked
//! for them (a `progressToken`), and `notifications/message` log lines at or above the level
//! the client chose (`logging/setLevel`, or `_meta` logLevel in the stateless revision).
//! Where they go is the edge's business: a [`Sink`].

use serde_json::{json, Value};
use std::cell::{Cell, RefCell};

/// Where notifications go: the component's stdout (the host forwards each line to the
/// client while the request runs), or a buffer in tests and in the `wasi:http` export.
pub trait Sink {
    fn send(&self, message: String);
}

/// Collects notifications in memory.
#[derive(Default)]
pub struct Buffer(pub RefCell<Vec<String>>);

impl Sink for Buffer {
    fn send(&self, message: String) {
        self.0.borrow_mut().push(message);
    }
}

/// The syslog severities MCP uses, least severe first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Debug,
    Info,
    Notice,
    Warning,
    Error,
    Critical,
    Alert,
    Emergency,
}

const LEVELS: [(Level, &str); 8] = [
    (Level::Debug, "debug"),
    (Level::Info, "info"),
    (Level::Notice, "notice"),
    (Level::Warning, "warning"),
    (Level::Error, "error"),
    (Level::Critical, "critical"),
    (Level::Alert, "alert"),
    (Level::Emergency, "emergency"),
];

impl Level {
    pub fn parse(name: &str) -> Option<Level> {
        LEVELS.iter().find(|(_, n)| *n == name).map(|(l, _)| *l)
    }

    pub fn as_str(self) -> &'static str {
        LEVELS
            .iter()
            .find(|(l, _)| *l == self)
            .map(|(_, n)| *n)
            .unwrap_or("info")
    }

    pub fn names() -> impl Iterator<Item = &'static str> {
        LEVELS.iter().map(|(_, n)| *n)
    }
}

/// The logger name on every `notifications/message`.
const LOGGER: &str = "s3tables-mcp";

/// The notifications one request may send.
pub struct Notices<'a> {
    sink: Option<&'a dyn Sink>,
    progress_token: RefCell<Option<Value>>,
    level: Cell<Option<Level>>,
}

impl<'a> Notices<'a> {
    /// Sends nothing.
    pub fn silent() -> Self {
        Notices {
            sink: None,
            progress_token: RefCell::new(None),
            level: Cell::new(None),
        }
    }

    /// Sends to `sink`; log lines at `level` and above (none if `None`).
    pub fn new(sink: &'a dyn Sink, level: Option<Level>) -> Self {
        Notices {
            sink: Some(sink),
            progress_token: RefCell::new(None),
            level: Cell::new(level),
        }
    }

    /// Takes what this request asked for from its `params._meta`: a progress token, and (in
    /// the stateless revision) a log level, which replaces the session's.
    pub fn begin(&self, params: Option<&Value>, stateless: bool) {
        let meta = params.and_then(|p| p.get("_meta"));
        let token = meta
            .and_then(|m| m.get("progressToken"))
            .filter(|t| t.is_string() || t.is_i64() || t.is_u64())
            .cloned();
        *self.progress_token.borrow_mut() = token;
        if stateless {
            let level = meta
                .and_then(|m| m.get(s3tables_ops::protocol::META_LOG_LEVEL))
                .and_then(Value::as_str)
                .and_then(Level::parse);
            self.level.set(level);
        }
    }

    pub fn wants_progress(&self) -> bool {
        self.sink.is_some() && self.progress_token.borrow().is_some()
    }

    /// `notifications/progress`, if the request carried a progress token.
    pub fn progress(&self, progress: u64, total: Option<u64>, message: &str) {
        let (Some(sink), Some(token)) = (self.sink, self.progress_token.borrow().clone()) else {
            return;
        };
        let mut params = json!({"progressToken": token, "progress": progress, "message": message});
        if let Some(total) = total {
            params["total"] = json!(total);
        }
        sink.send(
            json!({"jsonrpc": "2.0", "method": "notifications/progress", "params": params})
                .to_string(),
        );
    }

    /// `notifications/message`, if the client asked for `level` or less severe.
    pub fn log(&self, level: Level, data: impl FnOnce() -> Value) {
        let (Some(sink), Some(min)) = (self.sink, self.level.get()) else {
            return;
        };
        if level < min {
            return;
        }
        sink.send(
            json!({"jsonrpc": "2.0", "method": "notifications/message",
                   "params": {"level": level.as_str(), "logger": LOGGER, "data": data()}})
            .to_string(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_at_or_above_the_level_only() {
        let buffer = Buffer::default();
        let notices = Notices::new(&buffer, Level::parse("warning"));
        notices.log(Level::Info, || json!("quiet"));
        notices.log(Level::Error, || json!("loud"));
        let sent = buffer.0.borrow();
        assert_eq!(sent.len(), 1);
        let m: Value = serde_json::from_str(&sent[0]).unwrap();
        assert_eq!(m["params"]["level"], "error");
        assert_eq!(m["params"]["data"], "loud");
    }

    #[test]
    fn progress_needs_a_token() {
        let buffer = Buffer::default();
        let notices = Notices::new(&buffer, None);
        notices.progress(1, Some(2), "no token yet");
        notices.begin(Some(&json!({"_meta": {"progressToken": "t1"}})), false);
        notices.progress(1, Some(2), "half");
        let sent = buffer.0.borrow();
        assert_eq!(sent.len(), 1);
        let m: Value = serde_json::from_str(&sent[0]).unwrap();
        assert_eq!(
            m["params"],
            json!({"progressToken": "t1", "progress": 1, "total": 2, "message": "half"})
        );
    }

    #[test]
    fn stateless_requests_bring_their_own_level() {
        let buffer = Buffer::default();
        let notices = Notices::new(&buffer, Some(Level::Debug));
        notices.begin(Some(&json!({"_meta": {}})), true);
        notices.log(Level::Emergency, || json!("not asked for"));
        notices.begin(
            Some(&json!({"_meta": {"io.modelcontextprotocol/logLevel": "info"}})),
            true,
        );
        notices.log(Level::Info, || json!("asked for"));
        assert_eq!(buffer.0.borrow().len(), 1);
    }
}
