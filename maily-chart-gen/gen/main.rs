//! `cargo run --bin gen`: see `maily_chart_gen::cli`.

use maily_chart_gen::Environment;

/// Where the registry installs the environment `name` (`gen diff`, `gen environments`).
fn install(name: &str) -> Option<maily_chart_gen::Install> {
    maily_environments::namespace(name)
        .map(|ns| maily_chart_gen::Install { release: maily_environments::RELEASE.into(), namespace: ns.into() })
}

fn main() {
    let code = maily_chart_gen::cli::run_argv(
        std::env::args_os(),
        &Environment::registry(maily_environments::ALL, maily_environments::gitops_target)
            .into_iter()
            .map(|env| Environment { install: install(&env.name), ..env })
            .collect::<Vec<_>>(),
        &maily_environments::defaults::values(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
