//! `s3tables-mcp doctor`: checks the setup end to end — credentials, Region and endpoint, and
//! harmless reads through the same sandbox the server uses — and says, in plain words, what
//! works and what to fix. Prints to stdout (this is not an MCP session); never prints secrets.

use crate::config::Config;
use crate::runtime::Runtime;
use anyhow::Result;
use serde_json::{json, Value};
use std::time::SystemTime;

struct Report {
    problems: usize,
}

impl Report {
    fn ok(&mut self, what: &str, detail: &str) {
        println!("  ok    {what}: {detail}");
    }
    fn skip(&self, what: &str, why: &str) {
        println!("  skip  {what}: {why}");
    }
    fn fail(&mut self, what: &str, detail: &str, fix: &str) {
        self.problems += 1;
        println!("  FAIL  {what}: {detail}");
        println!("        fix: {fix}");
    }
}

/// The advice for a failed read, from the error text the guest returned.
fn fix_for(error: &str, operation: &str) -> String {
    if error.contains("AccessDenied") || error.contains("Forbidden") {
        format!("allow s3tables:{operation} for this identity in IAM")
    } else if error.starts_with("No AWS credentials")
        || error.contains("UnrecognizedClient")
        || error.contains("ExpiredToken")
        || error.contains("InvalidSignature")
    {
        "refresh the credentials (`aws sso login`, `aws configure`) or choose another profile with --profile".to_string()
    } else if error.contains("connection")
        || error.contains("did not answer")
        || error.contains("ran out of time")
    {
        "check the network path to the endpoint (proxy, VPN, --endpoint-url, --region)".to_string()
    } else if error.contains("denied") {
        "the host's policy refused the request: see the stderr log line, or --allow-region"
            .to_string()
    } else {
        "see the error above".to_string()
    }
}

/// Calls one tool through the sandbox; `Ok(structured content)` or `Err(error text)`.
async fn read(runtime: &Runtime, tool: &str, arguments: Value) -> Result<Value, String> {
    let message = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": arguments}});
    let handled = runtime
        .handle(&message.to_string(), true)
        .await
        .map_err(|e| format!("the sandbox failed: {e}"))?;
    let response: Value = handled
        .messages
        .first()
        .and_then(|m| serde_json::from_str(m).ok())
        .ok_or("no response")?;
    if let Some(e) = response.get("error") {
        return Err(e["message"].as_str().unwrap_or("error").to_string());
    }
    let result = &response["result"];
    if result["isError"] == true {
        return Err(result["content"][0]["text"]
            .as_str()
            .unwrap_or("error")
            .to_string());
    }
    Ok(result["structuredContent"].clone())
}

pub async fn run(config: Config) -> Result<bool> {
    let endpoint = match (&config.local, &config.endpoint_url) {
        (Some(lake), _) => format!(
            "{} (--local: the lake in {})",
            lake.endpoint,
            lake.dir.display()
        ),
        (None, Some(url)) => format!("{url} (--endpoint-url)"),
        (None, None) => format!(
            "https://{}",
            s3tables_ops::endpoint::default_authority(&config.region)
        ),
    };
    println!("s3tables-mcp {} doctor", env!("CARGO_PKG_VERSION"));
    println!("  Region     {}", config.region);
    println!("  Endpoint   {endpoint}");
    println!(
        "  Profile    {}",
        match (&config.local, config.profile.as_deref()) {
            (Some(_), _) => "(not used with --local)",
            (None, Some(p)) => p,
            (None, None) => "(default chain)",
        }
    );
    println!(
        "  Mode       {}",
        if config.policy.read_only() {
            "read-only"
        } else {
            "writes allowed"
        }
    );
    println!();
    let runtime = Runtime::new(config).await?;
    let mut report = Report { problems: 0 };

    let have_credentials = match runtime.credentials().get().await {
        Ok(creds) => {
            let id = creds.access_key_id();
            let shown = format!("…{}", &id[id.len().saturating_sub(4)..]);
            let kind = match creds
                .expiry()
                .and_then(|e| e.duration_since(SystemTime::now()).ok())
            {
                Some(left) => format!("temporary, expire in {} min", left.as_secs() / 60),
                None => "long-term".to_string(),
            };
            let source = crate::credentials::source_of(&creds);
            report.ok(
                "credentials",
                &format!("found in {source} (access key {shown}, {kind})"),
            );
            true
        }
        Err(_) => {
            report.fail(
                "credentials",
                "no AWS credentials found",
                "set AWS_PROFILE or --profile, run `aws sso login` or `aws configure`, or export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
            );
            let config = runtime.config();
            for (source, said) in
                crate::credentials::diagnose(config.profile.as_deref(), &config.region).await
            {
                println!("        {source:<36} {said}");
            }
            false
        }
    };

    // Without credentials every read fails for that one reason, already reported above.
    if have_credentials {
        check_reads(&runtime, &mut report).await;
    } else {
        report.skip("ListTableBuckets", "needs credentials (above)");
    }

    println!();
    if report.problems == 0 {
        println!("Everything checked works. Add s3tables-mcp to your MCP client (see the README).");
    } else {
        println!(
            "{} problem(s) found; fix them and run `s3tables-mcp doctor` again.",
            report.problems
        );
    }
    Ok(report.problems == 0)
}

/// Checks the harmless reads: listing table buckets, and reading the first one listed.
async fn check_reads(runtime: &Runtime, report: &mut Report) {
    match read(runtime, "list_table_buckets", json!({"max_results": 1})).await {
        Ok(out) => {
            let first = out["tableBuckets"][0]["arn"].as_str().map(str::to_string);
            report.ok(
                "ListTableBuckets",
                if first.is_some() {
                    "works; table buckets are visible"
                } else {
                    "works; no table buckets in this Region"
                },
            );
            if let Some(arn) = first {
                for (tool, op) in [
                    ("get_table_bucket", "GetTableBucket"),
                    ("list_namespaces", "ListNamespaces"),
                ] {
                    match read(runtime, tool, json!({"table_bucket_arn": arn})).await {
                        Ok(_) => report.ok(op, &format!("works on {arn}")),
                        Err(e) => report.fail(op, &e, &fix_for(&e, op)),
                    }
                }
            }
        }
        Err(e) => report.fail("ListTableBuckets", &e, &fix_for(&e, "ListTableBuckets")),
    }
}
