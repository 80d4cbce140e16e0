//! The chart version: the newest release record in the workspace's
//! `releases/` (`<SemVer version>.json`), as `MAILY_CHART_VERSION` for
//! `common::names::CHART_VERSION`. `gen bump` writes a record; the next
//! build picks it up.

use std::{env, fs, path::PathBuf};

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let releases = crate_dir.parent().expect("maily-chart/ is in the workspace").join("releases");
    println!("cargo:rerun-if-changed={}", releases.display());
    let newest = fs::read_dir(&releases)
        .unwrap_or_else(|e| panic!("{}: {e} (the release records, one <version>.json per version)", releases.display()))
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.strip_suffix(".json").map(String::from))
        .map(|stem| {
            let version = semver::Version::parse(&stem)
                .unwrap_or_else(|e| panic!("releases/{stem}.json: the file name is not <SemVer version>.json ({e})"));
            (version, stem)
        })
        .max()
        .unwrap_or_else(|| panic!("{}: no release record (<version>.json)", releases.display()));
    println!("cargo:rustc-env=MAILY_CHART_VERSION={}", newest.1);
}
