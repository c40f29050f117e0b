//! Raw CLI and environment → a validated host configuration.

use crate::cli::Cli;
use crate::policy::{CustomEndpoint, Policy, Regions};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::time::Duration;

pub const DEFAULT_REGION: &str = "us-east-1";

/// Per-request limits on the guest.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Longest accepted inbound message (one line on stdio).
    pub max_message_bytes: usize,
    /// Linear memory per guest instance.
    pub max_memory_bytes: usize,
    /// Wall-clock budget of one request, network included.
    pub request_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 4 * 1024 * 1024,
            max_memory_bytes: 256 * 1024 * 1024,
            request_timeout: Duration::from_secs(120),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub allow_write: bool,
    pub region: String,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    pub policy: Policy,
    pub toolsets: Option<String>,
    pub component: Option<PathBuf>,
    pub guest_args: Vec<String>,
    pub limits: Limits,
}

fn env_non_empty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn parse_endpoint(url: &str) -> Result<CustomEndpoint> {
    let uri: http::Uri = url
        .parse()
        .with_context(|| format!("--endpoint-url {url:?} is not a URL"))?;
    let scheme = match uri.scheme_str() {
        Some(s @ ("http" | "https")) => s.to_string(),
        _ => bail!("--endpoint-url {url:?} must start with http:// or https://"),
    };
    let authority = uri
        .authority()
        .with_context(|| format!("--endpoint-url {url:?} has no host"))?
        .as_str()
        .to_string();
    if authority.contains('@') || uri.query().is_some() {
        bail!("--endpoint-url {url:?} must be scheme://host[:port][/path], without credentials or a query");
    }
    Ok(CustomEndpoint {
        scheme,
        authority,
        base_path: uri.path().trim_end_matches('/').to_string(),
    })
}

/// The region named in the profile, if any (no instance metadata lookups: they are slow off AWS).
async fn profile_region(profile: Option<&str>) -> Option<String> {
    let mut provider = aws_config::profile::ProfileFileRegionProvider::builder();
    if let Some(p) = profile {
        provider = provider.profile_name(p);
    }
    use aws_config::meta::region::ProvideRegion;
    provider.build().region().await.map(|r| r.to_string())
}

impl Config {
    pub async fn from_cli(cli: Cli) -> Result<Config> {
        let region = match cli
            .region
            .clone()
            .or_else(|| env_non_empty("AWS_REGION"))
            .or_else(|| env_non_empty("AWS_DEFAULT_REGION"))
        {
            Some(r) => r,
            None => profile_region(cli.profile.as_deref())
                .await
                .unwrap_or_else(|| DEFAULT_REGION.to_string()),
        };
        if !s3tables_ops::endpoint::is_valid_region(&region) {
            bail!("{region:?} is not an AWS Region name (such as us-east-1)");
        }
        let endpoint_url = cli
            .endpoint_url
            .clone()
            .or_else(|| env_non_empty("AWS_ENDPOINT_URL_S3TABLES"))
            .or_else(|| env_non_empty("AWS_ENDPOINT_URL"));
        let custom_endpoint = endpoint_url.as_deref().map(parse_endpoint).transpose()?;
        let regions = if cli.allow_regions.iter().any(|r| r == "*") {
            Regions::Any
        } else {
            let mut list = vec![region.clone()];
            for r in &cli.allow_regions {
                if !s3tables_ops::endpoint::is_valid_region(r) {
                    bail!("--allow-region {r:?} is not an AWS Region name");
                }
                list.push(r.clone());
            }
            Regions::Only(list)
        };
        Ok(Config {
            allow_write: cli.allow_write,
            policy: Policy {
                read_only: !cli.allow_write,
                regions,
                custom_endpoint,
            },
            region,
            profile: cli.profile,
            endpoint_url,
            toolsets: cli.toolsets,
            component: cli.component,
            guest_args: cli.guest_args,
            limits: Limits::default(),
        })
    }

    /// The guest's arguments: the same flags it takes under any WASI host.
    pub fn guest_argv(&self) -> Vec<String> {
        let mut argv = vec!["s3tables-mcp".to_string()];
        if self.allow_write {
            argv.push("--allow-write".into());
        }
        if let Some(t) = &self.toolsets {
            argv.push("--toolsets".into());
            argv.push(t.clone());
        }
        argv.extend(self.guest_args.iter().cloned());
        argv
    }
}
