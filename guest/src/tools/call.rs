//! `tools/call`: the read-only guard, argument parsing, and running the operation
//! (one request, every page of a list, or a list across all table buckets).

use super::addressing::{self, Pending};
use super::args::{structure_to_wire, ArgError};
use super::gate::{admit, failure, success, Admitted};
use super::{Tool, MAX_RESULTS_ARG, REGION_ARG};
use crate::aws::{endpoint, Call, CallError, Client};
use crate::jsonrpc::RpcError;
use crate::notify::Level;
use s3tables_ops::OpSpec;
use serde_json::{json, Map, Value};

/// A page loop that never ends is a broken endpoint; stop long before memory does.
const MAX_PAGES: usize = 10_000;

struct Parsed {
    input: Map<String, Value>,
    region: String,
    max_results: Option<u64>,
    /// A table named the other way, to resolve before the call.
    pending: Option<Pending>,
}

fn parse(
    tool: Tool,
    arguments: &Map<String, Value>,
    default_region: &str,
) -> Result<Parsed, ArgError> {
    let mut args = arguments.clone();
    let region = match args.remove(REGION_ARG) {
        None | Some(Value::Null) => default_region.to_string(),
        Some(Value::String(r)) if endpoint::is_valid_region(&r) => r,
        Some(Value::String(r)) => {
            return Err(ArgError::Invalid(format!(
                "`{REGION_ARG}` {r:?} is not an AWS Region name such as us-east-1"
            )))
        }
        Some(_) => return Err(ArgError::Schema(format!("`{REGION_ARG}` must be a string"))),
    };
    let mut max_results = None;
    if let Some(paging) = &tool.op.paging {
        let limit_arg = tool.limit_arg();
        if let Some(v) = args.remove(MAX_RESULTS_ARG).filter(|v| !v.is_null()) {
            match v
                .as_u64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            {
                Some(n) if n >= 1 => max_results = Some(n),
                _ => {
                    return Err(ArgError::Schema(format!(
                        "`{MAX_RESULTS_ARG}` must be a positive integer"
                    )))
                }
            }
        }
        if let Some(limit_arg) = limit_arg.filter(|a| *a != MAX_RESULTS_ARG) {
            if args.contains_key(limit_arg) || args.contains_key(paging.limit_key) {
                return Err(ArgError::Schema(format!(
                    "use `{MAX_RESULTS_ARG}` instead of `{limit_arg}`"
                )));
            }
        }
    }
    let pending = match addressing::table_form(tool.op) {
        Some(form) => addressing::take_alternative(form, &mut args).map_err(ArgError::Schema)?,
        None => None,
    };
    // Members the alternative forms make optional.
    let mut optional: Vec<&str> = Vec::new();
    if tool.fans_out() {
        optional.push("tableBucketARN");
    }
    match &pending {
        Some(Pending::Names { .. }) => optional.extend(["tableBucketARN", "namespace", "name"]),
        Some(Pending::Arn { member, .. }) => optional.push(member),
        None => {}
    }
    let input = match tool.op.input {
        Some(id) => {
            let shape = id.get();
            let members: Vec<s3tables_ops::Member> = shape
                .members()
                .iter()
                .map(|m| s3tables_ops::Member {
                    required: m.required && !optional.contains(&m.name),
                    ..*m
                })
                .collect();
            structure_to_wire(shape, &members, false, &args, "")?
        }
        None if args.is_empty() => Map::new(),
        None => {
            let names: Vec<&String> = args.keys().collect();
            return Err(ArgError::Schema(format!(
                "this tool takes no arguments besides `{REGION_ARG}`; got {names:?}"
            )));
        }
    };
    Ok(Parsed {
        input,
        region,
        max_results,
        pending,
    })
}

/// Runs `tools/call`. Protocol faults are `Err`; everything the user can act on is a tool result.
pub fn call_tool(
    client: &Client,
    name: &str,
    arguments: Option<&Value>,
) -> Result<Value, RpcError> {
    if let Some(composite) = super::composite::lookup(name) {
        return super::composite::call(client, composite, arguments);
    }
    let config = client.config;
    let tool = Tool::lookup(name)
        .ok_or_else(|| RpcError::invalid_params(format!("Unknown tool: {name}")))?;
    let empty = Map::new();
    let arguments = match admit(
        client,
        name,
        config.grants.check(tool.op),
        tool.op.toolset,
        arguments,
        &empty,
    )? {
        Admitted::Arguments(arguments) => arguments,
        Admitted::Refused(result) => return Ok(result),
    };
    // Bad arguments are the model's to fix, so they are tool errors it can read (MCP
    // 2025-11-25), not protocol errors its client may swallow.
    let mut parsed = match parse(tool, arguments, &config.region) {
        Ok(p) => p,
        Err(ArgError::Schema(msg) | ArgError::Invalid(msg)) => {
            return Ok(failure(&format!("Invalid arguments for {name}: {msg}")))
        }
    };
    if let Some(pending) = parsed.pending.take() {
        if let Err(e) = addressing::resolve(client, pending, &mut parsed.input, &parsed.region) {
            return Ok(failure(&format!("Could not resolve the table: {e}")));
        }
    }
    client.notices.log(Level::Debug, || {
        json!(format!("{name}: {} in {}", tool.op.name, parsed.region))
    });
    let outcome = if tool.op.paging.is_some() {
        if tool.fans_out() && !parsed.input.contains_key("tableBucketARN") {
            list_across_buckets(client, tool.op, parsed)
        } else {
            list_pages(
                client,
                tool.op,
                parsed.input,
                &parsed.region,
                parsed.max_results,
                true,
            )
            .map(|page| page.into_result(tool.op))
        }
    } else {
        client.call(tool.op, &parsed.input, &parsed.region)
    };
    let attempts = client.max_attempts_used.get();
    let mut result = match outcome {
        // Operations without output members answer 200/204 with an empty body: say so.
        Ok(Value::Object(obj)) if obj.is_empty() && !tool.has_output() => {
            success(json!({"success": true, "message": format!("{} succeeded.", tool.op.name)}))
        }
        Ok(value) => success(value),
        Err(e) => failure(&e.to_string()),
    };
    if attempts > 1 {
        // Retries are worth knowing about (throttling, a flaky endpoint), but not an error.
        result["_meta"] = json!({"s3tables-mcp/attempts": attempts});
        if result["isError"] == false {
            if let Some(content) = result["content"].as_array_mut() {
                content.push(json!({"type": "text", "text": format!("(succeeded after {attempts} attempts)")}));
            }
        }
    }
    Ok(result)
}

struct Pages {
    items: Vec<Value>,
    next_token: Option<String>,
}

impl Pages {
    fn into_result(self, op: &OpSpec) -> Value {
        let paging = op.paging.as_ref().expect("paged operation");
        let mut out = Map::new();
        out.insert(paging.result_key.to_string(), Value::Array(self.items));
        if let Some(t) = self.next_token {
            out.insert(paging.output_token.to_string(), Value::String(t));
        }
        Value::Object(out)
    }
}

/// Follows continuation tokens until the end, or until `cap` items (then returns the token).
/// With `report_progress`, each page that adds items sends the running count.
fn list_pages(
    client: &Client,
    op: &'static OpSpec,
    mut input: Map<String, Value>,
    region: &str,
    cap: Option<u64>,
    report_progress: bool,
) -> Result<Pages, CallError> {
    let paging = op.paging.as_ref().expect("paged operation");
    let mut items = Vec::new();
    let mut seen_tokens = std::collections::HashSet::new();
    for _ in 0..MAX_PAGES {
        if let Some(cap) = cap {
            let remaining = cap.saturating_sub(items.len() as u64).clamp(1, 1000);
            input.insert(paging.limit_key.to_string(), json!(remaining));
        }
        let page = client.call(op, &input, region)?;
        let before = items.len();
        if let Some(Value::Array(batch)) = page.get(paging.result_key) {
            items.extend(batch.iter().cloned());
        }
        // Progress must only ever increase, so a page that added nothing says nothing.
        if report_progress && items.len() > before {
            client.notices.progress(
                items.len() as u64,
                None,
                &format!("{}: {} so far", op.name, items.len()),
            );
        }
        let token = page
            .get(paging.output_token)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty());
        match token {
            Some(t) if cap.is_some_and(|c| items.len() as u64 >= c) => {
                return Ok(Pages {
                    items,
                    next_token: Some(t.to_string()),
                });
            }
            Some(t) if seen_tokens.insert(t.to_string()) => {
                input.insert(paging.input_token.to_string(), Value::String(t.to_string()));
            }
            _ => break,
        }
    }
    Ok(Pages {
        items,
        next_token: None,
    })
}

/// Lists namespaces or tables in every table bucket, a page from several buckets at once;
/// a bucket that fails is reported, not fatal.
fn list_across_buckets(
    client: &Client,
    op: &'static OpSpec,
    parsed: Parsed,
) -> Result<Value, CallError> {
    let paging = op.paging.as_ref().expect("paged operation");
    let buckets_op = s3tables_ops::find("ListTableBuckets").expect("catalog has ListTableBuckets");
    // Progress counts table buckets, so finding them reports none.
    let buckets = list_pages(client, buckets_op, Map::new(), &parsed.region, None, false)?;
    let arns: Vec<String> = buckets
        .items
        .iter()
        .filter_map(|b| b.get("arn").and_then(Value::as_str).map(str::to_string))
        .collect();
    let cap = parsed.max_results.map(|c| c as usize);

    let mut items: Vec<Vec<Value>> = vec![Vec::new(); arns.len()];
    let mut errors: Vec<Option<String>> = vec![None; arns.len()];
    // (bucket index, next request input) for every bucket with a page still to fetch.
    let mut queue: std::collections::VecDeque<(usize, Map<String, Value>)> = arns
        .iter()
        .enumerate()
        .map(|(i, arn)| {
            let mut input = parsed.input.clone();
            input.insert("tableBucketARN".into(), json!(arn));
            (i, input)
        })
        .collect();
    let mut truncated = false;
    let total_buckets = arns.len() as u64;
    // Progress counts table buckets whose listing is complete (failed ones included).
    let (mut finished, mut reported) = (0u64, 0u64);
    if total_buckets > 0 {
        client.notices.progress(
            0,
            Some(total_buckets),
            &format!("{total_buckets} table bucket(s) to list"),
        );
    }
    for _ in 0..MAX_PAGES {
        let total: usize = items.iter().map(Vec::len).sum();
        if queue.is_empty() || cap.is_some_and(|c| total >= c) {
            truncated |= !queue.is_empty();
            break;
        }
        let batch: Vec<(usize, Map<String, Value>)> = queue
            .drain(..queue.len().min(client.config.limits.fan_out.max(1)))
            .collect();
        let calls: Vec<Call> = batch
            .iter()
            .map(|(_, input)| Call {
                op,
                input,
                region: &parsed.region,
            })
            .collect();
        for ((i, mut input), result) in batch.iter().cloned().zip(client.call_many(&calls)) {
            match result {
                Ok(page) => {
                    if let Some(Value::Array(batch)) = page.get(paging.result_key) {
                        items[i].extend(batch.iter().cloned());
                    }
                    if let Some(token) = page
                        .get(paging.output_token)
                        .and_then(Value::as_str)
                        .filter(|t| !t.is_empty())
                    {
                        if input.get(paging.input_token).and_then(Value::as_str) != Some(token) {
                            input.insert(paging.input_token.to_string(), json!(token));
                            queue.push_back((i, input));
                            continue;
                        }
                    }
                    finished += 1;
                }
                Err(e) => {
                    client.notices.log(Level::Warning, || {
                        json!(format!("{}: table bucket {} failed: {e}", op.name, arns[i]))
                    });
                    errors[i] = Some(e.to_string());
                    finished += 1;
                }
            }
        }
        if finished > reported {
            reported = finished;
            client.notices.progress(
                finished,
                Some(total_buckets),
                &format!("{finished} of {total_buckets} table bucket(s) listed"),
            );
        }
    }
    let mut all = Vec::new();
    for (arn, bucket_items) in arns.iter().zip(items) {
        all.extend(bucket_items.into_iter().map(|mut item| {
            if let Some(obj) = item.as_object_mut() {
                obj.entry("tableBucketARN").or_insert_with(|| json!(arn));
            }
            item
        }));
    }
    if let Some(c) = cap {
        truncated |= all.len() > c;
        all.truncate(c);
    }
    let errors: Vec<Value> = arns
        .iter()
        .zip(errors)
        .filter_map(|(arn, e)| e.map(|e| json!({"tableBucketARN": arn, "error": e})))
        .collect();
    let mut out = Map::new();
    out.insert(paging.result_key.to_string(), Value::Array(all));
    if !errors.is_empty() {
        out.insert("errors".into(), Value::Array(errors));
    }
    if truncated {
        out.insert("truncated".into(), json!(true));
    }
    Ok(Value::Object(out))
}
