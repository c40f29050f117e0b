//! The sandbox: the engine and linker are built once, the component is pre-instantiated,
//! and every inbound message runs on a fresh instance in its own store — with the
//! capability policy, fresh credentials, a memory limit and a deadline.

use crate::append_only::CallScope;
use crate::config::Config;
use crate::credentials::{guest_env, CredentialSource};
use crate::egress::Egress;
use crate::notifications::Forward;
use crate::policy::Policy;
use crate::state::HostState;
use crate::{EmbeddedGuest, Tuning, CONTROL_GUEST, DATA_GUEST, SQL_GUEST};
use anyhow::{anyhow, Context, Result};
use s3tables_ops::composite::{plane_of, Plane};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::OnceCell;
use wasmtime::component::{Component, ComponentExportIndex, InstancePre, Linker, ResourceTable};
use wasmtime::{Engine, Store, StoreLimitsBuilder};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpCtx;

/// The embedder interface the guest exports (see `wit/s3tables-mcp.wit`).
pub const HANDLER_INTERFACE: &str = "s3tables:mcp/handler@0.1.0";

/// Tells the control-plane guest that the host runs data-plane tools (so it lists them).
const DATA_PLANE_ENV: &str = "S3TABLES_MCP_DATA_PLANE";

/// How often the epoch advances; a running guest yields to the scheduler at each tick.
const EPOCH_TICK: Duration = Duration::from_millis(10);

pub struct Runtime {
    engines: Engines,
    /// Where a package put compiled code for this binary (`cache::shipped_dir`).
    shipped_dir: Option<PathBuf>,
    /// The control-plane build: every message except calls of data-plane tools.
    control: Arc<Guest>,
    /// The data-plane and SQL builds (see `s3tables_ops::composite::Plane`).
    larger: LargerBuilds,
    policy: Arc<Policy>,
    argv: Vec<String>,
    base_env: Vec<(String, String)>,
    credentials: CredentialSource,
    config: Config,
    /// `completion/complete` answers of the last few seconds.
    pub completions: crate::completions::CompletionCache,
    /// Asks the person before destructive calls (`consent.rs`).
    pub consent: crate::consent::Consent,
}

/// An engine for code that decodes table data (`Tuning::FastCode`); tests and other
/// embeddings use it for every build.
pub fn engine() -> Result<Engine> {
    engine_for(Tuning::FastCode)
}

/// An engine whose compiler is tuned as `tuning` says, with its epoch ticking.
pub fn engine_for(tuning: Tuning) -> Result<Engine> {
    let engine = Engine::new(&config_for(tuning))?;
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("epoch-ticker".into())
        .spawn(move || {
            while let Some(engine) = weak.upgrade() {
                engine.increment_epoch();
                drop(engine);
                std::thread::sleep(EPOCH_TICK);
            }
        })?;
    Ok(engine)
}

/// An engine that compiles code for packages (`precompile --portable`): `engine_for`'s
/// settings, for this binary's target with the CPU features of x86-64-v2 (SSE4.2, POPCNT:
/// every x86-64 CPU since 2009) instead of this machine's. Its code loads on any such host
/// into `engine_for(tuning)`'s engine; wasmtime refuses it on a CPU without them, and the
/// server then compiles the build itself.
pub fn portable_engine(tuning: Tuning) -> Result<Engine> {
    let mut cfg = config_for(tuning);
    cfg.target(env!("S3TABLES_MCP_TARGET"))?;
    if cfg!(target_arch = "x86_64") {
        // SAFETY: the flags name CPU features; code compiled with them is only ever run where
        // wasmtime has checked that the host has them (when it loads the code).
        unsafe {
            cfg.cranelift_flag_enable("nehalem");
        }
    }
    Ok(Engine::new(&cfg)?)
}

/// The compiler and runtime settings of an engine tuned as `tuning` says.
fn config_for(tuning: Tuning) -> wasmtime::Config {
    let mut cfg = wasmtime::Config::new();
    cfg.epoch_interruption(true);
    if tuning == Tuning::QuickCompile {
        // Measured on the control plane: half the compile time (the first start of a new
        // install), per-call overhead still well under a millisecond.
        cfg.cranelift_opt_level(wasmtime::OptLevel::None);
        cfg.cranelift_regalloc_algorithm(wasmtime::RegallocAlgorithm::SinglePass);
        // The first start's peak memory is this compilation (docs/figures.md): one thread
        // (the second's compiler state and allocator arena cost 2 MiB and saved no time on
        // this small build) and no map from machine code back to wasm offsets (3 MiB; a
        // trap's backtrace still names the guest's functions, without their offsets).
        cfg.parallel_compilation(false);
        cfg.generate_address_map(false);
    }
    cfg
}

/// A linker with the WASI 0.2 interfaces a guest may import — `wasi:io`, `wasi:clocks`,
/// `wasi:random`, `wasi:cli` — and wasi:http (whose outgoing requests go through `Egress`).
/// `wasi:filesystem` and `wasi:sockets` are not linked at all (wasmtime-wasi's
/// `add_to_linker_async` would link both): a component that imports either does not
/// instantiate, whatever a hostile guest was built from (docs/security.md).
pub fn linker(engine: &Engine) -> Result<Linker<HostState>> {
    use wasmtime_wasi::cli::{WasiCli, WasiCliView as _};
    use wasmtime_wasi::p2::bindings::{cli, random};
    use wasmtime_wasi::random::WasiRandom;
    use wasmtime_wasi::WasiView as _;
    let mut linker: Linker<HostState> = Linker::new(engine);
    let l = &mut linker;
    // io, both clocks, random, stdin/stdout/stderr.
    wasmtime_wasi::p2::add_to_linker_proxy_interfaces_async(l)?;
    random::insecure::add_to_linker::<_, WasiRandom>(l, |s| s.ctx().ctx.random())?;
    random::insecure_seed::add_to_linker::<_, WasiRandom>(l, |s| s.ctx().ctx.random())?;
    cli::environment::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::exit::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::terminal_input::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::terminal_output::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::terminal_stdin::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::terminal_stdout::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    cli::terminal_stderr::add_to_linker::<_, WasiCli>(l, HostState::cli)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(l)?;
    Ok(linker)
}

/// The two engines, one per `Tuning`.
#[derive(Clone)]
struct Engines {
    quick_compile: Engine,
    fast_code: Engine,
}

impl Engines {
    fn new() -> Result<Engines> {
        Ok(Engines {
            quick_compile: engine_for(Tuning::QuickCompile)?,
            fast_code: engine_for(Tuning::FastCode)?,
        })
    }

    fn get(&self, tuning: Tuning) -> &Engine {
        match tuning {
            Tuning::QuickCompile => &self.quick_compile,
            Tuning::FastCode => &self.fast_code,
        }
    }
}

/// One build of the guest, compiled and pre-instantiated on its engine.
struct Guest {
    engine: Engine,
    pre: InstancePre<HostState>,
    handle: ComponentExportIndex,
}

impl Guest {
    fn new(engine: &Engine, component: &Component) -> Result<Guest> {
        let iface = component
            .get_export_index(None, HANDLER_INTERFACE)
            .ok_or_else(|| anyhow!("the component does not export {HANDLER_INTERFACE}"))?;
        let handle = component
            .get_export_index(Some(&iface), "handle")
            .ok_or_else(|| anyhow!("{HANDLER_INTERFACE} has no `handle` function"))?;
        let pre = linker(engine)?.instantiate_pre(component)?;
        Ok(Guest {
            engine: engine.clone(),
            pre,
            handle,
        })
    }

    /// Compiles an embedded build on the engine tuned as it says (or loads it from the
    /// compilation cache).
    fn embedded(
        engines: &Engines,
        guest: &EmbeddedGuest,
        cache_dir: Option<&Path>,
        shipped_dir: Option<&Path>,
    ) -> Result<Guest> {
        let engine = engines.get(guest.tuning);
        let component =
            crate::cache::load_or_compile_embedded(engine, guest, cache_dir, shipped_dir)?;
        Guest::new(engine, &component)
    }
}

/// Where data-plane and SQL tools run. Those builds are larger than the control-plane one
/// (the SQL build some thirty times), so each is decompressed and compiled — or loaded from
/// the cache — only when one of its tools is first called, off the async threads: a server
/// never pays for a build it does not use (`s3tables-mcp precompile` pays ahead).
enum LargerBuilds {
    /// `--component`: the one given component answers everything.
    Same,
    Embedded {
        data: Lazy,
        sql: Lazy,
    },
}

/// An embedded build prepared at most once: concurrent first calls wait for the same load, and
/// a failed load is tried again by the next call.
struct Lazy {
    guest: &'static EmbeddedGuest,
    ready: OnceCell<Arc<Guest>>,
}

impl Lazy {
    fn new(guest: &'static EmbeddedGuest) -> Lazy {
        Lazy {
            guest,
            ready: OnceCell::new(),
        }
    }

    async fn get(
        &self,
        engines: &Engines,
        cache_dir: Option<&Path>,
        shipped_dir: Option<&Path>,
        request: &Request,
    ) -> Result<Arc<Guest>> {
        // Compiled code in the cache or in the package: nothing to compile. (Looked up only
        // until the build is ready: not on every call.)
        let ready = self.ready.initialized();
        let cached = ready
            || crate::cache::holds(engines.get(self.guest.tuning), self.guest, cache_dir)
            || crate::cache::shipped(self.guest, shipped_dir).is_some();
        if !cached {
            request.report_progress(&format!(
                "preparing the {} engine (first use on this machine; \
                 `s3tables-mcp precompile` does this ahead)",
                self.guest.name
            ));
        }
        self.ready
            .get_or_try_init(|| async {
                let (engines, cache_dir, shipped_dir, guest) = (
                    engines.clone(),
                    cache_dir.map(Path::to_path_buf),
                    shipped_dir.map(Path::to_path_buf),
                    self.guest,
                );
                let started = std::time::Instant::now();
                let prepared = tokio::task::spawn_blocking(move || {
                    let cache_dir = cache_dir.as_deref();
                    if !cached {
                        compile_in_child(guest, cache_dir);
                    }
                    Guest::embedded(&engines, guest, cache_dir, shipped_dir.as_deref())
                })
                .await
                .with_context(|| format!("the task preparing the {} guest", guest.name))??;
                tracing::info!("{} guest ready in {:.1?}", guest.name, started.elapsed());
                Ok(Arc::new(prepared))
            })
            .await
            .cloned()
    }
}

impl Runtime {
    pub async fn new(config: Config) -> Result<Runtime> {
        let engines = Engines::new()?;
        let shipped_dir = crate::cache::shipped_dir();
        let (control, larger) = match &config.component {
            Some(path) => {
                let engine = &engines.fast_code;
                let component = Component::from_file(engine, path)
                    .map_err(anyhow::Error::from)
                    .with_context(|| format!("loading component {}", path.display()))?;
                (Guest::new(engine, &component)?, LargerBuilds::Same)
            }
            None => {
                let control = Guest::embedded(
                    &engines,
                    &CONTROL_GUEST,
                    config.cache_dir.as_deref(),
                    shipped_dir.as_deref(),
                )?;
                let larger = LargerBuilds::Embedded {
                    data: Lazy::new(&DATA_GUEST),
                    sql: Lazy::new(&SQL_GUEST),
                };
                (control, larger)
            }
        };
        let mut base_env = vec![("AWS_REGION".to_string(), config.region.clone())];
        if matches!(larger, LargerBuilds::Embedded { .. }) {
            base_env.push((DATA_PLANE_ENV.to_string(), "host".to_string()));
        }
        if let Some(url) = &config.endpoint_url {
            base_env.push(("AWS_ENDPOINT_URL_S3TABLES".to_string(), url.clone()));
        }
        if let Some(url) = &config.s3_endpoint_url {
            base_env.push(("AWS_ENDPOINT_URL_S3".to_string(), url.clone()));
        }
        if let Some(url) = &config.athena_endpoint_url {
            base_env.push(("AWS_ENDPOINT_URL_ATHENA".to_string(), url.clone()));
        }
        Ok(Runtime {
            credentials: match &config.local {
                Some(lake) => CredentialSource::fixed(aws_credential_types::Credentials::new(
                    &lake.keys.access_key_id,
                    &lake.keys.secret_access_key,
                    None,
                    None,
                    crate::credentials::LOCAL_PROVIDER,
                )),
                None => CredentialSource::new(config.profile.as_deref(), &config.region).await,
            },
            policy: Arc::new(config.policy.clone()),
            argv: config.guest_argv(),
            base_env,
            engines,
            shipped_dir,
            control: Arc::new(control),
            larger,
            config,
            completions: Default::default(),
            consent: crate::consent::Consent::new()?,
        })
    }

    /// The guest build that runs `request`: the control plane, unless it calls a tool of a
    /// larger build.
    async fn guest_for(&self, request: &Request) -> Result<Arc<Guest>> {
        let plane = request.tool.as_deref().map_or(Plane::Control, plane_of);
        let lazy = match (&self.larger, plane) {
            (LargerBuilds::Embedded { data, .. }, Plane::Data) => data,
            (LargerBuilds::Embedded { sql, .. }, Plane::Sql) => sql,
            _ => return Ok(self.control.clone()),
        };
        lazy.get(
            &self.engines,
            self.config.cache_dir.as_deref(),
            self.shipped_dir.as_deref(),
            request,
        )
        .await
    }

    pub fn credentials(&self) -> &CredentialSource {
        &self.credentials
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    fn new_store(
        &self,
        engine: &Engine,
        env: &[(String, String)],
        egress: Egress,
        notify: Option<&Forward>,
    ) -> Store<HostState> {
        // No preopened directory either, though `linker` links no filesystem to reach one.
        let mut wasi = WasiCtx::builder();
        wasi.args(&self.argv).envs(env).inherit_stderr();
        if let Some(forward) = notify {
            wasi.stdout(forward.clone());
        }
        let state = HostState {
            wasi: wasi.build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            egress,
            limits: StoreLimitsBuilder::new()
                .memory_size(self.config.limits.max_memory_bytes)
                // The component and the core instances it makes: a build's module and
                // wit-component's shim and fix-ups; the SQL build also guest/no-filesystem's.
                .instances(7)
                .build()
                .into(),
        };
        let mut store = Store::new(engine, state);
        store.limiter(|s| &mut s.limits);
        store.set_epoch_deadline(1);
        store.epoch_deadline_async_yield_and_update(1);
        store
    }

    /// Runs one inbound message on a fresh instance. `needs_credentials` is false for
    /// messages that cannot reach AWS (so `initialize` never waits on the credential chain).
    pub async fn handle(&self, message: &str, needs_credentials: bool) -> Result<Handled> {
        self.handle_with(
            message,
            &Request {
                needs_credentials,
                ..Request::default()
            },
        )
        .await
    }

    /// Runs one inbound message on a fresh instance, as `request` says.
    pub async fn handle_with(&self, message: &str, request: &Request) -> Result<Handled> {
        let mut env = self.base_env.clone();
        let mut credentials = None;
        if request.needs_credentials {
            match self.credentials.get().await {
                Ok(creds) => {
                    env.extend(guest_env(&creds));
                    credentials = Some(creds);
                }
                Err(reason) => env.push(("S3TABLES_MCP_CREDENTIALS_ERROR".to_string(), reason)),
            }
        }
        if let Some(level) = &request.log_level {
            env.push(("S3TABLES_MCP_LOG_LEVEL".to_string(), level.clone()));
        }
        let guest = self.guest_for(request).await?;
        let forward = request.notify.clone().map(Forward::new);
        let egress = Egress::for_call(self.policy.clone(), request.scope.clone())
            .consenting(request.consented);
        let request_ids = egress.request_ids.clone();
        // Dropped when this call ends, however it ends (cancelled, timed out, done).
        let _stop = crate::athena::StopLeftRunning {
            queries: egress.athena_queries.clone(),
            credentials: credentials.filter(|_| self.policy.athena.is_some()),
        };
        let mut store = self.new_store(&guest.engine, &env, egress, forward.as_ref());
        let call = async {
            let instance = guest.pre.instantiate_async(&mut store).await?;
            let func =
                instance.get_typed_func::<(&str,), (Vec<String>,)>(&mut store, &guest.handle)?;
            let (out,) = func.call_async(&mut store, (message,)).await?;
            Ok::<_, anyhow::Error>(out)
        };
        let messages = match tokio::time::timeout(self.config.limits.request_timeout, call).await {
            Ok(Ok(messages)) => messages,
            Ok(Err(e)) if store.data().limits.memory_refused => {
                return Err(e.context(format!(
                    "the request ran out of memory (the guest's limit is --memory-limit-mib {}); \
                     ask for less data at once, or raise the limit",
                    self.config.limits.max_memory_bytes / (1024 * 1024)
                )))
            }
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                return Err(anyhow!(
                    "the request took longer than {:?} and was stopped",
                    self.config.limits.request_timeout
                ))
            }
        };
        if let Some(dropped) = forward.as_ref().map(Forward::dropped).filter(|d| *d > 0) {
            tracing::warn!("dropped {dropped} line(s) the guest wrote that were not notifications");
        }
        let request_ids =
            std::mem::take(&mut *request_ids.lock().unwrap_or_else(|e| e.into_inner()));
        Ok(Handled {
            messages,
            request_ids,
        })
    }
}

/// Compiles every guest build (or only the one named) into the compilation cache
/// (`s3tables-mcp precompile [--only NAME]`), or with `portable`, into that directory as
/// packages carry it (`precompile --portable DIR`: `portable_engine`, `cache::ship`).
pub fn precompile(config: &Config, only: Option<&str>, portable: Option<&Path>) -> Result<()> {
    let builds = [&CONTROL_GUEST, &DATA_GUEST, &SQL_GUEST];
    if let Some(name) = only.filter(|n| !builds.iter().any(|g| g.name == *n)) {
        return Err(anyhow!(
            "no guest build is called {name:?} (control-plane, data-plane, SQL)"
        ));
    }
    let chosen = builds
        .into_iter()
        .filter(|g| only.is_none_or(|n| n == g.name));
    if let Some(into) = portable {
        for guest in chosen {
            let started = std::time::Instant::now();
            let path = crate::cache::ship(&portable_engine(guest.tuning)?, guest, into)?;
            println!(
                "{} guest: {} after {:.1?}",
                guest.name,
                path.display(),
                started.elapsed()
            );
        }
        return Ok(());
    }
    let dir = config
        .cache_dir
        .as_deref()
        .ok_or_else(|| anyhow!("--no-cache was given: there is no cache to compile into"))?;
    let engines = Engines::new()?;
    let shipped_dir = crate::cache::shipped_dir();
    for guest in chosen {
        let started = std::time::Instant::now();
        crate::cache::load_or_compile_embedded(
            engines.get(guest.tuning),
            guest,
            Some(dir),
            shipped_dir.as_deref(),
        )?;
        println!(
            "{} guest: ready in {} after {:.1?}",
            guest.name,
            dir.display(),
            started.elapsed()
        );
    }
    Ok(())
}

/// Compiles `guest` into `cache_dir` in a child process (`s3tables-mcp precompile --only`),
/// so that the compiler's memory — over a gigabyte for the SQL build, which a process's heap
/// would keep — goes back to the system when it is done; the server then maps the compiled
/// code from the cache and only what runs is paged in. Without a cache, or if the child
/// cannot run, the caller compiles in this process instead (the same result, the memory kept).
fn compile_in_child(guest: &EmbeddedGuest, cache_dir: Option<&Path>) {
    let Some(dir) = cache_dir else { return };
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            tracing::warn!("compiling the {} guest in this process: {e}", guest.name);
            return;
        }
    };
    let status = std::process::Command::new(exe)
        .args(["precompile", "--only", guest.name])
        .env("S3TABLES_MCP_CACHE_DIR", dir)
        .stdin(std::process::Stdio::null())
        // stdout is the MCP channel of a stdio server: the child's report must not reach it.
        .stdout(std::process::Stdio::null())
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => tracing::warn!(
            "compiling the {} guest in a child process failed ({s}); compiling it here",
            guest.name
        ),
        Err(e) => tracing::warn!(
            "could not start a child process to compile the {} guest ({e}); compiling it here",
            guest.name
        ),
    }
}

/// How to run one inbound message.
#[derive(Default, Clone)]
pub struct Request {
    /// Whether to fetch AWS credentials (for the methods that may reach AWS: `REACHES_AWS`).
    pub needs_credentials: bool,
    /// Where notifications the guest sends while it runs go (none: they are discarded).
    pub notify: Option<UnboundedSender<String>>,
    /// The MCP log level the client set (`logging/setLevel`), if any.
    pub log_level: Option<String>,
    /// For `tools/call`, the tool's name: data-plane tools run in the data-plane build.
    pub tool: Option<String>,
    /// The request's `_meta.progressToken`, if the client asked for progress.
    pub progress_token: Option<serde_json::Value>,
    /// For `tools/call`, the tool and the tables its arguments name: what the call may write.
    pub scope: CallScope,
    /// The destructive operation the person confirmed for this call (`consent.rs`).
    pub consented: Option<&'static str>,
}

impl Request {
    /// Tells the client, if it asked for progress, what the host is doing before the guest
    /// runs (progress 0: the guest's own notifications for the same token count from 1).
    fn report_progress(&self, message: &str) {
        if let (Some(notify), Some(token)) = (&self.notify, &self.progress_token) {
            let note = serde_json::json!({
                "jsonrpc": "2.0",
                "method": "notifications/progress",
                "params": {"progressToken": token, "progress": 0, "message": message},
            });
            // The receiver is gone only if the request was cancelled; nothing to tell then.
            let _ = notify.send(note.to_string());
        }
    }
}

/// What one inbound message produced.
pub struct Handled {
    /// The outbound JSON-RPC messages.
    pub messages: Vec<String>,
    /// The AWS request ids of the responses received while handling it.
    pub request_ids: Vec<String>,
}
