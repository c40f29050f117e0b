use clap::Parser;
use s3tables_mcp::cli::{Cli, Command};
use s3tables_mcp::{config::Config, doctor, runtime, transport};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    s3tables_mcp::logging::init(&cli.log_level);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("s3tables-mcp: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let command = cli.command.clone();
    let outcome = runtime.block_on(async {
        let config = Config::from_cli(cli).await?;
        match (command, &config.http) {
            (Some(Command::Doctor), _) => doctor::run(config).await,
            (Some(Command::Precompile { only, portable }), _) => {
                runtime::precompile(&config, only.as_deref(), portable.as_deref()).map(|()| true)
            }
            (None, Some(_)) => transport::http::serve(config).await.map(|()| true),
            (None, None) => transport::stdio::serve(config).await.map(|()| true),
        }
    });
    // Do not wait for the blocking thread that may still be reading stdin (after SIGTERM).
    runtime.shutdown_background();
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("s3tables-mcp: {e:#}");
            ExitCode::FAILURE
        }
    }
}
