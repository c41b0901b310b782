// TEMPORARY until main's clap CLI lands: only the install subcommands.
use clap::{Parser, Subcommand};
use hirebridge::install;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Install(install::InstallArgs),
    Uninstall(install::UninstallArgs),
    Doctor(install::DoctorArgs),
}

fn main() {
    let code = match Cli::parse().cmd {
        Cmd::Install(a) => install::run_install(&a),
        Cmd::Uninstall(a) => install::run_uninstall(&a),
        Cmd::Doctor(a) => install::run_doctor(&a),
    };
    std::process::exit(code);
}
