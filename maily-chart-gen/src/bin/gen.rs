//! `cargo run --bin gen`: see `maily_chart_gen::cli`.

use clap::Parser;

fn main() {
    let args = maily_chart_gen::cli::Args::parse();
    let code = maily_chart_gen::cli::run(
        args,
        &maily_chart_gen::environments(),
        &maily_chart_gen::defaults(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
