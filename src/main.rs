//! `hirebridge`: native-messaging host, sync agent and the commands around them.

use clap::{Parser, Subcommand};
use hirebridge::cli;
use hirebridge::host::{caller_from_args, Caller};
use hirebridge::install;

#[derive(Parser)]
#[command(
    name = "hirebridge",
    version,
    about = "Desktop side of the recruiters' browser extension"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the native-messaging protocol on stdin/stdout (browsers start this themselves).
    Host,
    /// Counts: resumes, pending/parked uploads, last sync, central state.
    Status {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start a host child, exchange one message with it as a browser would, print the reply.
    Call {
        /// The request, e.g. '{"type":"hello"}'.
        json: String,
    },
    /// Run the sync agent: drain the outbox to central (one per data directory).
    Agent {
        /// Deliver what is due now, then exit.
        #[arg(long)]
        once: bool,
    },
    /// Put parked (permanently failed) uploads back in the queue after fixing their cause.
    Retry,
    /// Look at the local resume cache.
    Resumes {
        #[command(subcommand)]
        command: cli::resumes::ResumesCommand,
    },
    /// Register the host with browsers (manifests; Windows: registry) and allow extension ids.
    Install(install::InstallArgs),
    /// Remove exactly what `install` registered.
    Uninstall(install::UninstallArgs),
    /// Check registrations, binary, store, agent and central; print fixes.
    Doctor(install::DoctorArgs),
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Browsers start the host with their own arguments, not a subcommand.
    let code = match caller_from_args(&args) {
        Some(caller) => cli::host::run(caller),
        None => match Cli::parse().command {
            Command::Host => cli::host::run(Caller::Explicit),
            Command::Status { json } => cli::status::run(json),
            Command::Call { json } => cli::call::run(&json),
            Command::Resumes { command } => cli::resumes::run(command),
            Command::Agent { once } => cli::agent::run(once),
            Command::Retry => cli::agent::retry(),
            Command::Install(a) => install::run_install(&a),
            Command::Uninstall(a) => install::run_uninstall(&a),
            Command::Doctor(a) => install::run_doctor(&a),
        },
    };
    hirebridge::logging::flush();
    std::process::exit(code);
}
