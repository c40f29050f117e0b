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
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use wasmtime::component::{Component, ComponentExportIndex, InstancePre, Linker, ResourceTable};
use wasmtime::{Engine, Store, StoreLimitsBuilder};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpCtx;

/// The embedder interface the guest exports (see `wit/s3tables-mcp.wit`).
pub const HANDLER_INTERFACE: &str = "s3tables:mcp/handler@0.1.0";

/// How often the epoch advances; a running guest yields to the scheduler at each tick.
const EPOCH_TICK: Duration = Duration::from_millis(10);

pub struct Runtime {
    engine: Engine,
    pre: InstancePre<HostState>,
    handle: ComponentExportIndex,
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

impl Runtime {
    pub async fn new(config: Config) -> Result<Runtime> {
        let engine = engine()?;
        let component = match &config.component {
            Some(path) => Component::from_file(&engine, path)
                .map_err(anyhow::Error::from)
                .with_context(|| format!("loading component {}", path.display()))?,
            None => crate::cache::load_or_compile(
                &engine,
                crate::EMBEDDED_GUEST,
                config.cache_dir.as_deref(),
            )?,
        };
        let iface = component
            .get_export_index(None, HANDLER_INTERFACE)
            .ok_or_else(|| anyhow!("the component does not export {HANDLER_INTERFACE}"))?;
        let handle = component
            .get_export_index(Some(&iface), "handle")
            .ok_or_else(|| anyhow!("{HANDLER_INTERFACE} has no `handle` function"))?;
        let pre = linker(&engine)?.instantiate_pre(&component)?;
        let mut base_env = vec![("AWS_REGION".to_string(), config.region.clone())];
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
            pre,
            handle,
            config,
        })
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
                .build(),
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
        let forward = request.notify.clone().map(Forward::new);
        let egress = Egress::new(self.policy.clone());
        let request_ids = egress.request_ids.clone();
        let mut store = self.new_store(&env, egress, forward.as_ref());
        let call = async {
            let instance = self.pre.instantiate_async(&mut store).await?;
            let func =
                instance.get_typed_func::<(&str,), (Vec<String>,)>(&mut store, &self.handle)?;
            let (out,) = func.call_async(&mut store, (message,)).await?;
            Ok::<_, anyhow::Error>(out)
        };
        let messages = match tokio::time::timeout(self.config.limits.request_timeout, call).await {
            Ok(result) => result?,
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

/// How to run one inbound message.
#[derive(Default, Clone)]
pub struct Request {
    /// Whether to fetch AWS credentials (only tool calls reach AWS).
    pub needs_credentials: bool,
    /// Where notifications the guest sends while it runs go (none: they are discarded).
    pub notify: Option<UnboundedSender<String>>,
    /// The MCP log level the client set (`logging/setLevel`), if any.
    pub log_level: Option<String>,
}

/// What one inbound message produced.
pub struct Handled {
    /// The outbound JSON-RPC messages.
    pub messages: Vec<String>,
    /// The AWS request ids of the responses received while handling it.
    pub request_ids: Vec<String>,
}
