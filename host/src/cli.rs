//! Raw command-line input, as parsed; `config.rs` validates it.

use clap::{Arg, ArgMatches, Parser};
use s3tables_ops::settings::{Limits, SETTINGS};
use std::path::PathBuf;

#[derive(Parser, Debug, Clone)]
#[command(
    name = "s3tables-mcp",
    version,
    about = "Sandboxed MCP server for Amazon S3 Tables",
    long_about = "An MCP server (stdio, or Streamable HTTP with --http) for Amazon S3 Tables. All tool logic runs in a WebAssembly sandbox \
                  that can reach only the S3 Tables endpoint and gets only your AWS credentials. \
                  Read-only unless --allow-write is given."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Allow tools that create or change resources (off by default: read-only). With a list
    /// (`--allow-write=create_table,tags`), only those tools and toolsets may write.
    #[arg(global = true, long, value_name = "LIST", num_args = 0..=1, require_equals = true, default_missing_value = "*")]
    pub allow_write: Option<String>,

    /// Also allow destructive tools (deletes, untagging, policy changes, metadata pointer updates).
    #[arg(global = true, long)]
    pub allow_destructive: bool,

    /// Run destructive tools without asking the person first. By default each destructive call
    /// is confirmed through MCP elicitation, naming what it deletes or replaces.
    #[arg(global = true, long)]
    pub no_confirm: bool,

    /// Offer only tools matching these patterns (comma-separated, `*` wildcards), e.g. `get_*,list_*`.
    #[arg(global = true, long, value_name = "PATTERNS")]
    pub tools: Option<String>,

    /// Never offer tools matching these patterns, e.g. `*_policy,delete_*`.
    #[arg(global = true, long, value_name = "PATTERNS")]
    pub deny_tools: Option<String>,

    /// AWS Region [default: $AWS_REGION, $AWS_DEFAULT_REGION, the profile's region, us-east-1].
    #[arg(global = true, long)]
    pub region: Option<String>,

    /// AWS profile for credentials and region [env: AWS_PROFILE].
    #[arg(global = true, long, value_name = "PROFILE", env = "AWS_PROFILE")]
    pub profile: Option<String>,

    /// Send requests to this endpoint instead of AWS (e.g. a local emulator)
    /// [default: $AWS_ENDPOINT_URL_S3TABLES, then $AWS_ENDPOINT_URL].
    #[arg(global = true, long, value_name = "URL")]
    pub endpoint_url: Option<String>,

    /// Send S3 requests (table data) here, path-style, instead of AWS
    /// [default: $AWS_ENDPOINT_URL_S3, then the --endpoint-url value].
    #[arg(global = true, long, value_name = "URL")]
    pub s3_endpoint_url: Option<String>,

    /// Let query_database run queries on Amazon Athena (`engine: athena`) in this workgroup. Off
    /// without it: no request reaches Athena.
    #[arg(global = true, long, value_name = "NAME")]
    pub athena_workgroup: Option<String>,

    /// With --athena-workgroup: where Athena writes results, when the workgroup names no
    /// location (`s3://bucket/prefix/`). Queries may name no other location.
    #[arg(global = true, long, value_name = "URI")]
    pub athena_output: Option<String>,

    /// Send Athena requests here instead of AWS
    /// [default: $AWS_ENDPOINT_URL_ATHENA, then $AWS_ENDPOINT_URL].
    #[arg(global = true, long, value_name = "URL")]
    pub athena_endpoint_url: Option<String>,

    /// General purpose buckets the import tools may read files from (repeatable or
    /// comma-separated; `*` wildcards, e.g. `landing-*`). None by default; reading also needs
    /// --allow-write for an import tool.
    #[arg(global = true, long = "allow-read-bucket", value_name = "BUCKET")]
    pub allow_read_buckets: Vec<String>,

    /// Further Regions tools may address with `region_name` (repeatable; `*` for any).
    #[arg(global = true, long = "allow-region", value_name = "REGION")]
    pub allow_regions: Vec<String>,

    /// Tool groups to offer: all, default, or a list such as buckets,tables,tags.
    #[arg(global = true, long, value_name = "LIST")]
    pub toolsets: Option<String>,

    /// Serve every tool from a local S3 Tables lake kept in DIR (no AWS account, no network):
    /// the host runs S3 Tables and S3 endpoints on a loopback port [default DIR: the user's
    /// data directory, e.g. ~/.local/share/s3tables-mcp/lake].
    #[arg(global = true, long, value_name = "DIR", num_args = 0..=1, default_missing_value = "")]
    pub local: Option<String>,

    /// With --local: a folder served as a general purpose bucket, for the import tools to read
    /// (`NAME=PATH`, repeatable; reading still needs --allow-read-bucket NAME).
    #[arg(global = true, long = "local-bucket", value_name = "NAME=PATH")]
    pub local_buckets: Vec<String>,

    /// With --local: write the lake's endpoint URL and credentials to this file (JSON, mode
    /// 0600), for your own tools (PyIceberg, the AWS CLI) to reach the lake while it runs.
    #[arg(global = true, long, value_name = "PATH")]
    pub local_endpoint_file: Option<PathBuf>,

    /// Run this guest component instead of the embedded one.
    #[arg(global = true, long, value_name = "PATH")]
    pub component: Option<PathBuf>,

    /// The budgets and limits: `--call-timeout`, `--max-*`, `--memory-limit-mib`.
    #[command(flatten)]
    pub limits: LimitArgs,

    /// Serve MCP over Streamable HTTP at http://ADDR/mcp instead of stdio (e.g. 127.0.0.1:8080).
    #[arg(global = true, long, value_name = "ADDR")]
    pub http: Option<std::net::SocketAddr>,

    /// With --http: require `Authorization: Bearer <token>`, the token read from this
    /// environment variable. Required for a non-loopback address.
    #[arg(global = true, long, value_name = "VAR")]
    pub http_token_env: Option<String>,

    /// Append one JSON line per tool call to this file (time, tool, arguments with secrets
    /// redacted, outcome, AWS request ids, duration).
    #[arg(global = true, long, value_name = "PATH")]
    pub audit_log: Option<PathBuf>,

    /// Do not cache the compiled guest (it is compiled at every start then).
    #[arg(global = true, long)]
    pub no_cache: bool,

    /// Log level for stderr (error, warn, info, debug, trace) [env: S3TABLES_MCP_LOG].
    #[arg(global = true, long, value_name = "LEVEL", default_value = "warn")]
    pub log_level: String,

    /// Extra arguments for the guest, verbatim. For testing that the host's own gates hold
    /// whatever the guest is told (e.g. `--guest-arg=--allow-write` without --allow-write).
    #[arg(
        global = true,
        long = "guest-arg",
        hide = true,
        allow_hyphen_values = true
    )]
    pub guest_args: Vec<String>,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum Command {
    /// Check the setup: credentials, Region and endpoint, and whether read operations work
    /// (harmless reads through the sandbox); then say what works and what to fix.
    Doctor,
    /// Compile every guest build into the compilation cache now (otherwise the control-plane
    /// build is compiled at the first start, and the data-plane and SQL builds at the first
    /// call of one of their tools). For images, packages and CI warm-up.
    Precompile {
        /// Only this build (`control-plane`, `data-plane` or `SQL`). The server runs
        /// `precompile --only NAME` as a child process to compile a larger build, so the
        /// compiler's memory is returned to the system when it is done.
        #[arg(long, hide = true, value_name = "BUILD")]
        only: Option<String>,
        /// Compile portable code (for any CPU of this binary's architecture and OS; x86-64-v2
        /// on x86-64) into DIR, compressed, as packages carry it in
        /// `share/s3tables-mcp/precompiled` beside `bin/s3tables-mcp`.
        #[arg(long, value_name = "DIR")]
        portable: Option<std::path::PathBuf>,
    },
}

/// The numeric settings, as flags made from their one declaration
/// (`s3tables_ops::settings`): name, value name, help, default and bounds, checked as parsed.
#[derive(Debug, Clone, Default)]
pub struct LimitArgs(pub Limits);

impl clap::Args for LimitArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        let defaults = Limits::default();
        cmd.args(SETTINGS.iter().map(|s| {
            let name = s.name;
            let mut arg = Arg::new(name)
                .long(name)
                .value_name(s.value_name)
                .help(s.help)
                .global(true)
                .value_parser(move |text: &str| {
                    Limits::default()
                        .set(name, text)
                        .unwrap_or(Ok(()))
                        .map(|()| text.to_string())
                });
            if let Some(default) = defaults.get(name) {
                arg = arg.default_value(default);
            }
            arg
        }))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl clap::FromArgMatches for LimitArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut limits = Limits::default();
        for s in SETTINGS {
            if let Some(text) = matches.get_one::<String>(s.name) {
                if let Some(Err(e)) = limits.set(s.name, text) {
                    return Err(clap::Error::raw(
                        clap::error::ErrorKind::ValueValidation,
                        format!("{e}\n"),
                    ));
                }
            }
        }
        Ok(LimitArgs(limits))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}
