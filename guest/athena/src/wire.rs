//! Athena's JSON 1.1 protocol as this server uses it: `POST /` to `athena.<region>.<suffix>`
//! with `X-Amz-Target: AmazonAthena.<Action>`, SigV4 signing name `athena`; the four actions a
//! query needs; bodies written byte for byte as botocore writes them (`tests/vectors/
//! athena-vectors.json`); and the host's check of each body a guest sends.

use crate::query::{ReadOnlyQuery, Refusal};
use serde_json::{Map, Value};

pub const SIGNING_NAME: &str = "athena";
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
pub const TARGET_HEADER: &str = "x-amz-target";
const TARGET_PREFIX: &str = "AmazonAthena.";

/// The only Athena actions a query needs, and the only ones the host lets through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    StartQueryExecution,
    GetQueryExecution,
    GetQueryResults,
    StopQueryExecution,
}

impl Action {
    pub const ALL: [Action; 4] = [
        Action::StartQueryExecution,
        Action::GetQueryExecution,
        Action::GetQueryResults,
        Action::StopQueryExecution,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::StartQueryExecution => "StartQueryExecution",
            Action::GetQueryExecution => "GetQueryExecution",
            Action::GetQueryResults => "GetQueryResults",
            Action::StopQueryExecution => "StopQueryExecution",
        }
    }

    /// The `X-Amz-Target` header value.
    pub fn target(self) -> String {
        format!("{TARGET_PREFIX}{}", self.name())
    }

    /// The action an `X-Amz-Target` value names, if it is one of the four.
    pub fn from_target(target: &str) -> Option<Action> {
        let name = target.strip_prefix(TARGET_PREFIX)?;
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// `athena.{region}.{dns suffix}`: the service endpoint of a Region.
pub fn default_authority(region: &str) -> String {
    format!(
        "athena.{region}.{}",
        s3tables_ops::endpoint::dns_suffix(region)
    )
}

/// A `StartQueryExecution` input.
pub struct Start<'a> {
    pub query: &'a str,
    pub workgroup: &'a str,
    /// `--athena-output`: where results go when the workgroup names no location.
    pub output: Option<&'a str>,
    /// Makes a retried start the same query (Athena's idempotency token).
    pub client_token: &'a str,
}

impl Start<'_> {
    pub fn body(&self) -> Vec<u8> {
        let mut input = Map::new();
        input.insert("ClientRequestToken".into(), self.client_token.into());
        input.insert("QueryString".into(), self.query.into());
        if let Some(output) = self.output {
            input.insert(
                "ResultConfiguration".into(),
                serde_json::json!({ "OutputLocation": output }),
            );
        }
        input.insert("WorkGroup".into(), self.workgroup.into());
        body(&Value::Object(input))
    }
}

/// The input of the three actions that name a query: `GetQueryResults` pages with
/// `max_results` and `next_token`.
pub fn query_body(id: &str, max_results: Option<u32>, next_token: Option<&str>) -> Vec<u8> {
    let mut input = Map::new();
    if let Some(n) = max_results {
        input.insert("MaxResults".into(), n.into());
    }
    if let Some(token) = next_token {
        input.insert("NextToken".into(), token.into());
    }
    input.insert("QueryExecutionId".into(), id.into());
    body(&Value::Object(input))
}

/// JSON as botocore writes a request body (Python's `json.dumps`), members in the order given.
pub fn body(input: &Value) -> Vec<u8> {
    s3tables_ops::json::to_python_json(input)
}

/// What the host lets Athena be used for: one workgroup, one result location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub workgroup: String,
    /// `--athena-output`; without it a start may name no result location at all.
    pub output: Option<String>,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BodyRefusal {
    #[error("the body is not a JSON object")]
    NotJson,
    #[error("{0} is not a member this server sends")]
    Member(String),
    #[error("{0} is missing")]
    Missing(&'static str),
    #[error("the workgroup must be {expected:?} (--athena-workgroup), not {got:?}")]
    Workgroup { expected: String, got: String },
    #[error("results may go only to {expected} (--athena-output), not {got:?}")]
    Output { expected: String, got: String },
    #[error("the query: {0}")]
    Query(#[from] Refusal),
    #[error("query {0} was not started by this call")]
    NotThisCalls(String),
}

fn object(body: &[u8]) -> Result<Map<String, Value>, BodyRefusal> {
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(BodyRefusal::NotJson),
    }
}

fn only(map: &Map<String, Value>, allowed: &[&str]) -> Result<(), BodyRefusal> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(BodyRefusal::Member(k.clone())),
        None => Ok(()),
    }
}

impl Grant {
    /// The host's check of a `StartQueryExecution` body: the granted workgroup, results only
    /// where granted, and one read-only query over the table buckets' catalog — whatever the
    /// guest that sent it is.
    pub fn check_start(&self, body: &[u8]) -> Result<(), BodyRefusal> {
        let map = object(body)?;
        only(
            &map,
            &[
                "ClientRequestToken",
                "QueryString",
                "WorkGroup",
                "ResultConfiguration",
                "QueryExecutionContext",
            ],
        )?;
        let workgroup = map.get("WorkGroup").and_then(Value::as_str);
        if workgroup != Some(self.workgroup.as_str()) {
            return Err(BodyRefusal::Workgroup {
                expected: self.workgroup.clone(),
                got: workgroup.unwrap_or_default().to_string(),
            });
        }
        if let Some(config) = map.get("ResultConfiguration") {
            let config = config.as_object().ok_or(BodyRefusal::NotJson)?;
            only(config, &["OutputLocation"])?;
            let got = config.get("OutputLocation").and_then(Value::as_str);
            if got.is_some() && got != self.output.as_deref() {
                return Err(BodyRefusal::Output {
                    expected: self.output.clone().unwrap_or_else(|| "nowhere".into()),
                    got: got.unwrap_or_default().to_string(),
                });
            }
        }
        if let Some(context) = map.get("QueryExecutionContext") {
            only(
                context.as_object().ok_or(BodyRefusal::NotJson)?,
                &["Catalog", "Database"],
            )?;
        }
        let query = map
            .get("QueryString")
            .and_then(Value::as_str)
            .ok_or(BodyRefusal::Missing("QueryString"))?;
        ReadOnlyQuery::parse(query)?.check_catalogs()?;
        Ok(())
    }
}

/// The host's check of a `Get*` / `Stop*` body: it names a query this call `started`. Returns
/// the query id.
pub fn check_query_body(
    action: Action,
    body: &[u8],
    started: impl Fn(&str) -> bool,
) -> Result<String, BodyRefusal> {
    let map = object(body)?;
    let allowed: &[&str] = match action {
        Action::GetQueryResults => &["QueryExecutionId", "MaxResults", "NextToken"],
        _ => &["QueryExecutionId"],
    };
    only(&map, allowed)?;
    let id = map
        .get("QueryExecutionId")
        .and_then(Value::as_str)
        .ok_or(BodyRefusal::Missing("QueryExecutionId"))?;
    if !started(id) {
        return Err(BodyRefusal::NotThisCalls(id.to_string()));
    }
    Ok(id.to_string())
}

/// The query id a `StartQueryExecution` answer names.
pub fn started_id(answer: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(answer).ok()?;
    value.get("QueryExecutionId")?.as_str().map(str::to_string)
}

/// Whether a `GetQueryExecution` answer shows the query over (succeeded, failed, cancelled).
pub fn finished(answer: &[u8]) -> bool {
    serde_json::from_slice::<Value>(answer).is_ok_and(|v| {
        matches!(
            v.pointer("/QueryExecution/Status/State")
                .and_then(Value::as_str),
            Some("SUCCEEDED" | "FAILED" | "CANCELLED")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant() -> Grant {
        Grant {
            workgroup: "primary".into(),
            output: Some("s3://results/mcp/".into()),
        }
    }

    fn start(query: &str) -> Vec<u8> {
        Start {
            query,
            workgroup: "primary",
            output: Some("s3://results/mcp/"),
            client_token: "t",
        }
        .body()
    }

    #[test]
    fn bodies_are_written_as_botocore_writes_them() {
        let start = Start {
            query: "SELECT 'données ✓'\n",
            workgroup: "wg",
            output: None,
            client_token: "tok",
        }
        .body();
        assert_eq!(
            String::from_utf8(start).unwrap(),
            r#"{"ClientRequestToken": "tok", "QueryString": "SELECT 'donn\u00e9es \u2713'\n", "WorkGroup": "wg"}"#
        );
        assert_eq!(
            query_body("q", Some(10), Some("a/b")),
            br#"{"MaxResults": 10, "NextToken": "a/b", "QueryExecutionId": "q"}"#
        );
        assert_eq!(
            body(&serde_json::json!({"a": ["😀", 1]})),
            br#"{"a": ["\ud83d\ude00", 1]}"#
        );
    }

    #[test]
    fn the_host_lets_through_only_what_the_grant_allows() {
        let g = grant();
        g.check_start(&start(
            r#"SELECT * FROM "s3tablescatalog/lake".sales.orders"#,
        ))
        .unwrap();
        g.check_start(&start("SELECT 1")).unwrap();
        assert!(matches!(
            g.check_start(&start("DROP TABLE x")),
            Err(BodyRefusal::Query(Refusal::NotAQuery(_)))
        ));
        assert!(matches!(
            g.check_start(&start("SELECT * FROM awsdatacatalog.db.secrets")),
            Err(BodyRefusal::Query(Refusal::OutsideCatalog(_)))
        ));
        let other_workgroup = br#"{"QueryString": "SELECT 1", "WorkGroup": "admin"}"#;
        assert!(matches!(
            g.check_start(other_workgroup),
            Err(BodyRefusal::Workgroup { .. })
        ));
        let elsewhere = br#"{"QueryString": "SELECT 1", "WorkGroup": "primary", "ResultConfiguration": {"OutputLocation": "s3://attacker/"}}"#;
        assert!(matches!(
            g.check_start(elsewhere),
            Err(BodyRefusal::Output { .. })
        ));
        let extra = br#"{"QueryString": "SELECT 1", "WorkGroup": "primary", "ResultConfiguration": {"OutputLocation": "s3://results/mcp/", "ExpectedBucketOwner": "1"}}"#;
        assert!(matches!(g.check_start(extra), Err(BodyRefusal::Member(_))));
        let no_output = Grant {
            output: None,
            ..grant()
        };
        assert!(no_output.check_start(&start("SELECT 1")).is_err());
        assert_eq!(g.check_start(b"[]"), Err(BodyRefusal::NotJson));
    }

    #[test]
    fn queries_are_named_by_the_call_that_started_them() {
        let started = |id: &str| id == "mine";
        assert_eq!(
            check_query_body(
                Action::GetQueryResults,
                &query_body("mine", Some(5), None),
                started
            ),
            Ok("mine".to_string())
        );
        assert!(matches!(
            check_query_body(
                Action::StopQueryExecution,
                &query_body("theirs", None, None),
                started
            ),
            Err(BodyRefusal::NotThisCalls(_))
        ));
        assert!(matches!(
            check_query_body(
                Action::GetQueryExecution,
                &query_body("mine", Some(5), None),
                started
            ),
            Err(BodyRefusal::Member(_))
        ));
        assert_eq!(
            started_id(br#"{"QueryExecutionId": "x"}"#),
            Some("x".into())
        );
        assert!(finished(
            br#"{"QueryExecution": {"Status": {"State": "FAILED"}}}"#
        ));
        assert!(!finished(
            br#"{"QueryExecution": {"Status": {"State": "RUNNING"}}}"#
        ));
    }

    #[test]
    fn targets_name_only_the_four_actions() {
        for a in Action::ALL {
            assert_eq!(Action::from_target(&a.target()), Some(a));
        }
        for t in [
            "AmazonAthena.DeleteWorkGroup",
            "AmazonAthena.StartSession",
            "StartQueryExecution",
            "AmazonAthena.",
        ] {
            assert_eq!(Action::from_target(t), None, "{t}");
        }
        assert_eq!(
            default_authority("eu-west-1"),
            "athena.eu-west-1.amazonaws.com"
        );
    }
}
