use clap::Parser;
use s3tables_mcp::{cli::Cli, config::Config, transport};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    s3tables_mcp::logging::init(&cli.log_level);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("s3tables-mcp: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let outcome = runtime.block_on(async {
        let config = Config::from_cli(cli).await?;
        match config.http {
            Some(_) => transport::http::serve(config).await,
            None => transport::stdio::serve(config).await,
        }
    });
    // Do not wait for the blocking thread that may still be reading stdin (after SIGTERM).
    runtime.shutdown_background();
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("s3tables-mcp: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
