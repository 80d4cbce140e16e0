//! `cargo run --bin gen`: see `maily_chart_gen::cli`.

fn main() {
    let code = maily_chart_gen::cli::run_argv(
        std::env::args_os(),
        &maily_chart_gen::environments(),
        &maily_chart_gen::defaults(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
