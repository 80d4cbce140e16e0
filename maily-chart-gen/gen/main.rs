//! `cargo run --bin gen`: see `maily_chart_gen::cli`.

use maily_chart_gen::Environment;

fn main() {
    let code = maily_chart_gen::cli::run_argv(
        std::env::args_os(),
        &Environment::installed(maily_environments::ALL, maily_environments::RELEASE, maily_environments::namespace),
        &maily_environments::defaults::values(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
