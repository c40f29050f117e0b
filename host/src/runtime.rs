//! The sandbox: the engine and linker are built once, the component is pre-instantiated,
//! and every inbound message runs on a fresh instance in its own store — with the
//! capability policy, fresh credentials, a memory limit and a deadline.

use crate::config::Config;
use crate::credentials::{guest_env, CredentialSource};
use crate::egress::Egress;
use crate::notifications::Forward;
use crate::policy::Policy;
use crate::state::HostState;
use anyhow::{anyhow, Context, Result};
use s3tables_ops::composite::runs_in_data_plane;
use std::path::Path;
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
    engine: Engine,
    /// The control-plane build: every message except calls of data-plane tools.
    control: Arc<Guest>,
    /// The data-plane build (see `s3tables_ops::composite::Plane`).
    data: DataPlane,
    policy: Arc<Policy>,
    argv: Vec<String>,
    base_env: Vec<(String, String)>,
    credentials: CredentialSource,
    config: Config,
}

pub fn engine() -> Result<Engine> {
    let mut cfg = wasmtime::Config::new();
    cfg.epoch_interruption(true);
    let engine = Engine::new(&cfg)?;
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

/// A linker with WASI 0.2 and wasi:http (whose outgoing requests go through `Egress`).
pub fn linker(engine: &Engine) -> Result<Linker<HostState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    Ok(linker)
}

/// One build of the guest, compiled and pre-instantiated.
struct Guest {
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
        Ok(Guest { pre, handle })
    }

    /// Compiles an embedded build (or loads it from the compilation cache).
    fn embedded(engine: &Engine, wasm: &[u8], cache_dir: Option<&Path>) -> Result<Guest> {
        Guest::new(
            engine,
            &crate::cache::load_or_compile(engine, wasm, cache_dir)?,
        )
    }
}

/// Where data-plane tools run. The data-plane build is several times larger than the
/// control-plane one (Parquet, SQL), so it is compiled — or loaded from the cache — only when
/// first needed, off the async threads; with the cache on, that starts in the background at
/// start-up, so the first call usually finds it ready.
enum DataPlane {
    /// `--component`: the one given component answers everything.
    Same,
    Embedded(Arc<OnceCell<Arc<Guest>>>),
}

impl Runtime {
    pub async fn new(config: Config) -> Result<Runtime> {
        let engine = engine()?;
        let (control, data) = match &config.component {
            Some(path) => {
                let component = Component::from_file(&engine, path)
                    .map_err(anyhow::Error::from)
                    .with_context(|| format!("loading component {}", path.display()))?;
                (Guest::new(&engine, &component)?, DataPlane::Same)
            }
            None => {
                let control =
                    Guest::embedded(&engine, crate::EMBEDDED_GUEST, config.cache_dir.as_deref())?;
                (control, DataPlane::Embedded(Arc::default()))
            }
        };
        let mut base_env = vec![("AWS_REGION".to_string(), config.region.clone())];
        if matches!(data, DataPlane::Embedded(_)) {
            base_env.push((DATA_PLANE_ENV.to_string(), "host".to_string()));
        }
        if let Some(url) = &config.endpoint_url {
            base_env.push(("AWS_ENDPOINT_URL_S3TABLES".to_string(), url.clone()));
        }
        if let Some(url) = &config.s3_endpoint_url {
            base_env.push(("AWS_ENDPOINT_URL_S3".to_string(), url.clone()));
        }
        Ok(Runtime {
            credentials: CredentialSource::new(config.profile.as_deref(), &config.region).await,
            policy: Arc::new(config.policy.clone()),
            argv: config.guest_argv(),
            base_env,
            engine,
            control: Arc::new(control),
            data,
            config,
        })
        .inspect(Runtime::warm_data_plane)
    }

    /// With the compilation cache on, prepares the data-plane build in the background (a
    /// cache hit takes milliseconds; a miss compiles once for every later start). Without the
    /// cache it would be compiled at every start, so it waits for the first call instead.
    fn warm_data_plane(&self) {
        if self.config.cache_dir.is_none() {
            return;
        }
        if let DataPlane::Embedded(cell) = &self.data {
            let (cell, engine, cache_dir) = (
                cell.clone(),
                self.engine.clone(),
                self.config.cache_dir.clone(),
            );
            tokio::spawn(async move {
                if let Err(e) = load_data_plane(&cell, &engine, cache_dir.as_deref()).await {
                    tracing::warn!("preparing the data-plane guest failed: {e:#}");
                }
            });
        }
    }

    /// The guest build that runs `tool` (`None`: not a tool call).
    async fn guest_for(&self, tool: Option<&str>) -> Result<Arc<Guest>> {
        match &self.data {
            DataPlane::Embedded(cell) if tool.is_some_and(runs_in_data_plane) => {
                load_data_plane(cell, &self.engine, self.config.cache_dir.as_deref()).await
            }
            _ => Ok(self.control.clone()),
        }
    }

    pub fn credentials(&self) -> &CredentialSource {
        &self.credentials
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    fn new_store(
        &self,
        env: &[(String, String)],
        egress: Egress,
        notify: Option<&Forward>,
    ) -> Store<HostState> {
        // No preopened directory, ever: a guest that imports wasi:filesystem (the data-plane
        // build links DataFusion's spill-file code) finds no directory to open.
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
                .instances(4)
                .build()
                .into(),
        };
        let mut store = Store::new(&self.engine, state);
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
        if request.needs_credentials {
            match self.credentials.get().await {
                Ok(creds) => env.extend(guest_env(&creds)),
                Err(reason) => env.push(("S3TABLES_MCP_CREDENTIALS_ERROR".to_string(), reason)),
            }
        }
        if let Some(level) = &request.log_level {
            env.push(("S3TABLES_MCP_LOG_LEVEL".to_string(), level.clone()));
        }
        let guest = self
            .guest_for(request.tool.as_deref())
            .await
            .context("loading the data-plane guest")?;
        let forward = request.notify.clone().map(Forward::new);
        let egress = Egress::new(self.policy.clone());
        let request_ids = egress.request_ids.clone();
        let mut store = self.new_store(&env, egress, forward.as_ref());
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

/// Compiles both guest builds into the compilation cache (`s3tables-mcp precompile`).
pub fn precompile(config: &Config) -> Result<()> {
    let dir = config
        .cache_dir
        .as_deref()
        .ok_or_else(|| anyhow!("--no-cache was given: there is no cache to compile into"))?;
    let engine = engine()?;
    for (build, wasm) in [
        ("control-plane", crate::EMBEDDED_GUEST),
        ("data-plane", crate::EMBEDDED_DATA_GUEST),
    ] {
        let started = std::time::Instant::now();
        crate::cache::load_or_compile(&engine, wasm, Some(dir))?;
        println!(
            "{build} guest ({} bytes): ready in {} after {:.1?}",
            wasm.len(),
            dir.display(),
            started.elapsed()
        );
    }
    Ok(())
}

/// How to run one inbound message.
#[derive(Default, Clone)]
pub struct Request {
    /// Whether to fetch AWS credentials (only tool calls reach AWS).
    pub needs_credentials: bool,
    /// Where notifications the guest sends while it runs go (none: they are discarded).
    pub notify: Option<UnboundedSender<String>>,
    /// The MCP log level the client set (`logging/setLevel`), if any.
    pub log_level: Option<String>,
    /// For `tools/call`, the tool's name: data-plane tools run in the data-plane build.
    pub tool: Option<String>,
}

/// The data-plane build, compiled or loaded once (concurrent first calls wait for the same
/// load; a failed load is tried again by the next call).
async fn load_data_plane(
    cell: &OnceCell<Arc<Guest>>,
    engine: &Engine,
    cache_dir: Option<&Path>,
) -> Result<Arc<Guest>> {
    cell.get_or_try_init(|| async {
        let (engine, cache_dir) = (engine.clone(), cache_dir.map(Path::to_path_buf));
        let started = std::time::Instant::now();
        let guest = tokio::task::spawn_blocking(move || {
            Guest::embedded(&engine, crate::EMBEDDED_DATA_GUEST, cache_dir.as_deref())
        })
        .await
        .context("the task preparing the data-plane guest")??;
        tracing::debug!("data-plane guest ready in {:?}", started.elapsed());
        Ok(Arc::new(guest))
    })
    .await
    .cloned()
}

/// What one inbound message produced.
pub struct Handled {
    /// The outbound JSON-RPC messages.
    pub messages: Vec<String>,
    /// The AWS request ids of the responses received while handling it.
    pub request_ids: Vec<String>,
}
