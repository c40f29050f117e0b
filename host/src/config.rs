//! Raw CLI and environment → a validated host configuration.

use crate::cli::Cli;
use crate::policy::{AthenaPolicy, CustomEndpoint, Policy, Regions};
use anyhow::{bail, Context, Result};
use s3tables_ops::grants::{Grants, Writes};
use std::path::PathBuf;
use std::time::Duration;

pub const DEFAULT_REGION: &str = "us-east-1";

/// Per-request limits on the guest, from the settings (`s3tables_ops::settings`, which also
/// checked their bounds as the flags were parsed).
#[derive(Clone, Debug)]
pub struct Limits {
    /// The settings as given (the message size and concurrency limits are read from here);
    /// the guest's share is handed over as flags.
    pub settings: s3tables_ops::settings::Limits,
    /// Linear memory per guest instance.
    pub max_memory_bytes: usize,
    /// The host's hard stop for one request: the guest's budget plus a margin.
    pub request_timeout: Duration,
}

/// How much longer than the guest's budget the host waits before stopping it.
const HARD_STOP_MARGIN: Duration = Duration::from_secs(15);

impl Limits {
    fn from_cli(cli: &Cli) -> Limits {
        let settings = cli.limits.0.clone();
        Limits {
            max_memory_bytes: settings.memory_limit_mib * 1024 * 1024,
            request_timeout: Duration::from_secs_f64(settings.call_timeout) + HARD_STOP_MARGIN,
            settings,
        }
    }
}

/// `--http`: where to serve Streamable HTTP, and the bearer token if one is required.
#[derive(Clone)]
pub struct HttpConfig {
    pub addr: std::net::SocketAddr,
    pub token: Option<String>,
}

impl std::fmt::Debug for HttpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the token.
        f.debug_struct("HttpConfig")
            .field("addr", &self.addr)
            .field("token", &self.token.as_ref().map(|_| "<set>"))
            .finish()
    }
}

impl HttpConfig {
    fn from_cli(cli: &Cli) -> Result<Option<HttpConfig>> {
        let Some(addr) = cli.http else {
            if cli.http_token_env.is_some() {
                bail!("--http-token-env needs --http");
            }
            return Ok(None);
        };
        let token = match &cli.http_token_env {
            Some(var) => match std::env::var(var) {
                Ok(t) if !t.trim().is_empty() => Some(t),
                _ => bail!("--http-token-env {var}: the environment variable {var} is not set"),
            },
            None => None,
        };
        if !addr.ip().is_loopback() && token.is_none() {
            bail!("--http {addr} is not a loopback address: give a bearer token with --http-token-env VAR");
        }
        Ok(Some(HttpConfig { addr, token }))
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub region: String,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    /// Where S3 requests go instead of AWS (passed to the guest as `AWS_ENDPOINT_URL_S3`).
    pub s3_endpoint_url: Option<String>,
    /// Where Athena requests go instead of AWS (passed as `AWS_ENDPOINT_URL_ATHENA`).
    pub athena_endpoint_url: Option<String>,
    /// The capabilities granted: reachable endpoints and what may run (the grants are also
    /// handed to the guest as flags, so both apply the same rules).
    pub policy: Policy,
    pub toolsets: Option<String>,
    pub component: Option<PathBuf>,
    pub guest_args: Vec<String>,
    pub limits: Limits,
    /// Where the compiled guest is cached (`None`: compile at every start).
    pub cache_dir: Option<PathBuf>,
    pub audit_log: Option<PathBuf>,
    /// Serve Streamable HTTP instead of stdio.
    pub http: Option<HttpConfig>,
    /// `--local`: the lake this process serves, whose credentials the guest signs with.
    pub local: Option<s3tables_local::Lake>,
}

/// Where `--local` keeps the lake when no DIR is given: the user's data directory.
fn default_lake_dir() -> Result<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let data = if cfg!(windows) {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local").join("share")))
    };
    data.map(|d| d.join("s3tables-mcp").join("lake"))
        .context("--local: no data directory (HOME is not set); give one: --local DIR")
}

/// The lake's endpoint and credentials for the user's other tools, readable by the user only.
fn write_endpoint_file(path: &std::path::Path, lake: &s3tables_local::Lake) -> Result<()> {
    use std::io::Write;
    let doc = serde_json::json!({
        "endpoint": lake.endpoint,
        "region": s3tables_local::REGION,
        "accessKeyId": lake.keys.access_key_id,
        "secretAccessKey": lake.keys.secret_access_key,
        "directory": lake.dir,
    });
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(doc.to_string().as_bytes())?;
    Ok(())
}

/// Opens the lake and starts its endpoint (`--local [DIR]`).
async fn start_local(cli: &Cli, dir: &str) -> Result<s3tables_local::Lake> {
    if cli.endpoint_url.is_some() || cli.s3_endpoint_url.is_some() {
        bail!("--local serves its own endpoints: drop --endpoint-url and --s3-endpoint-url (or drop --local to use them)");
    }
    let dir = match dir {
        "" => default_lake_dir()?,
        d => PathBuf::from(d),
    };
    let lake = s3tables_local::start(&dir, &cli.local_buckets)
        .await
        .with_context(|| format!("--local {}", dir.display()))?;
    tracing::info!(
        "local lake: S3 Tables and S3 endpoints at {}",
        lake.endpoint
    );
    if let Some(path) = &cli.local_endpoint_file {
        write_endpoint_file(path, &lake)
            .with_context(|| format!("--local-endpoint-file {}", path.display()))?;
    }
    // Said once at start, so a person knows where their tables are.
    eprintln!(
        "s3tables-mcp: local lake in {} (no AWS account is used; drop --local to work on AWS)",
        lake.dir.display()
    );
    Ok(lake)
}

fn env_non_empty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn parse_endpoint(flag: &str, url: &str) -> Result<CustomEndpoint> {
    let uri: http::Uri = url
        .parse()
        .with_context(|| format!("{flag} {url:?} is not a URL"))?;
    let scheme = match uri.scheme_str() {
        Some(s @ ("http" | "https")) => s.to_string(),
        _ => bail!("{flag} {url:?} must start with http:// or https://"),
    };
    let authority = uri
        .authority()
        .with_context(|| format!("{flag} {url:?} has no host"))?
        .as_str()
        .to_string();
    if authority.contains('@') || uri.query().is_some() {
        bail!("{flag} {url:?} must be scheme://host[:port][/path], without credentials or a query");
    }
    Ok(CustomEndpoint {
        scheme,
        authority,
        base_path: uri.path().trim_end_matches('/').to_string(),
    })
}

/// `--athena-workgroup`, `--athena-output`, `--athena-endpoint-url`: the Athena capability
/// and where its requests go.
fn athena_policy(cli: &Cli, local: bool) -> Result<(Option<AthenaPolicy>, Option<String>)> {
    let Some(workgroup) = &cli.athena_workgroup else {
        // An endpoint alone only says where Athena would be: harmless, and kept in configs
        // that turn Athena on and off with the workgroup.
        if cli.athena_output.is_some() {
            bail!("--athena-output needs --athena-workgroup NAME");
        }
        return Ok((None, None));
    };
    if local {
        bail!("--athena-workgroup: Athena cannot read the local lake (--local); drop one of them");
    }
    // Athena's rule for workgroup names.
    if workgroup.is_empty()
        || workgroup.len() > 128
        || !workgroup
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        bail!("--athena-workgroup {workgroup:?} is not a workgroup name (1-128 of a-z, A-Z, 0-9, . _ -)");
    }
    if let Some(output) = &cli.athena_output {
        let bucket = output
            .strip_prefix("s3://")
            .and_then(|rest| rest.split('/').next());
        if bucket.is_none_or(str::is_empty) || output.chars().any(char::is_whitespace) {
            bail!("--athena-output {output:?} must be an S3 location such as s3://bucket/prefix/");
        }
    }
    let url = cli
        .athena_endpoint_url
        .clone()
        .or_else(|| env_non_empty("AWS_ENDPOINT_URL_ATHENA"))
        .or_else(|| env_non_empty("AWS_ENDPOINT_URL"));
    let endpoint = url
        .as_deref()
        .map(|u| parse_endpoint("--athena-endpoint-url", u))
        .transpose()?;
    let grant = s3tables_athena::wire::Grant {
        workgroup: workgroup.clone(),
        output: cli.athena_output.clone(),
    };
    Ok((Some(AthenaPolicy { grant, endpoint }), url))
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
        let local = match &cli.local {
            Some(dir) => Some(start_local(&cli, dir).await?),
            None if !cli.local_buckets.is_empty() => bail!("--local-bucket needs --local"),
            None if cli.local_endpoint_file.is_some() => {
                bail!("--local-endpoint-file needs --local")
            }
            None => None,
        };
        let endpoint_url = match &local {
            // The lake serves S3 Tables and S3 on one loopback port.
            Some(lake) => Some(lake.endpoint.clone()),
            None => cli
                .endpoint_url
                .clone()
                .or_else(|| env_non_empty("AWS_ENDPOINT_URL_S3TABLES"))
                .or_else(|| env_non_empty("AWS_ENDPOINT_URL")),
        };
        let custom_endpoint = endpoint_url
            .as_deref()
            .map(|u| parse_endpoint("--endpoint-url", u))
            .transpose()?;
        // An emulator usually serves S3 on the same port as S3 Tables.
        let s3_endpoint_url = match &local {
            Some(lake) => Some(lake.endpoint.clone()),
            None => cli
                .s3_endpoint_url
                .clone()
                .or_else(|| env_non_empty("AWS_ENDPOINT_URL_S3"))
                .or_else(|| endpoint_url.clone()),
        };
        let s3_endpoint = s3_endpoint_url
            .as_deref()
            .map(|u| parse_endpoint("--s3-endpoint-url", u))
            .transpose()?;
        let (athena, athena_endpoint_url) = athena_policy(&cli, local.is_some())?;
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
        let limits = Limits::from_cli(&cli);
        let http = HttpConfig::from_cli(&cli)?;
        let patterns = |flag: &str, list: &Option<String>| -> Result<Vec<String>> {
            match list {
                Some(l) => Grants::parse_patterns(flag, l).map_err(anyhow::Error::msg),
                None => Ok(Vec::new()),
            }
        };
        let grants = Grants {
            writes: match &cli.allow_write {
                None => Writes::None,
                Some(list) => Grants::parse_write_list(list).map_err(anyhow::Error::msg)?,
            },
            destructive: cli.allow_destructive,
            include: patterns("--tools", &cli.tools)?,
            exclude: patterns("--deny-tools", &cli.deny_tools)?,
            read_buckets: Grants::parse_buckets(&cli.allow_read_buckets.join(","))
                .map_err(anyhow::Error::msg)?,
        };
        Ok(Config {
            policy: Policy {
                grants,
                regions,
                custom_endpoint,
                s3_endpoint,
                athena,
                confirm_destructive: !cli.no_confirm,
            },
            athena_endpoint_url,
            region,
            profile: cli.profile,
            endpoint_url,
            s3_endpoint_url,
            toolsets: cli.toolsets,
            component: cli.component,
            guest_args: cli.guest_args,
            limits,
            http,
            audit_log: cli.audit_log,
            local,
            cache_dir: if cli.no_cache {
                None
            } else {
                crate::cache::default_dir()
            },
        })
    }

    /// The guest's arguments: the same flags it takes under any WASI host.
    pub fn guest_argv(&self) -> Vec<String> {
        let mut argv = vec!["s3tables-mcp".to_string()];
        match &self.policy.grants.writes {
            Writes::None => {}
            Writes::All => argv.push("--allow-write".into()),
            Writes::Only(list) => argv.push(format!("--allow-write={}", list.join(","))),
        }
        if self.policy.grants.destructive {
            argv.push("--allow-destructive".into());
        }
        if !self.policy.grants.include.is_empty() {
            argv.push(format!("--tools={}", self.policy.grants.include.join(",")));
        }
        if !self.policy.grants.exclude.is_empty() {
            argv.push(format!(
                "--deny-tools={}",
                self.policy.grants.exclude.join(",")
            ));
        }
        if !self.policy.grants.read_buckets.is_empty() {
            argv.push(format!(
                "--allow-read-bucket={}",
                self.policy.grants.read_buckets.join(",")
            ));
        }
        if let Some(athena) = &self.policy.athena {
            argv.push(format!("--athena-workgroup={}", athena.grant.workgroup));
            if let Some(output) = &athena.grant.output {
                argv.push(format!("--athena-output={output}"));
            }
        }
        if let Some(t) = &self.toolsets {
            argv.push("--toolsets".into());
            argv.push(t.clone());
        }
        argv.extend(self.limits.settings.guest_args());
        argv.extend(self.guest_args.iter().cloned());
        argv
    }
}
