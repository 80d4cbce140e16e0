//! Packaging and publishing (README "Packaging and publishing"):
//!
//! - `scripts/package` gives the same bytes for the same chart under Helm 4
//!   (every file dated from `SOURCE_DATE_EPOCH`, else the last commit of
//!   `out/maily`), and the same files under Helm 3, which dates them with the
//!   time of packaging;
//! - `scripts/package --sign` writes a provenance file that `helm verify`
//!   (Helm 3 and 4) accepts with the signer's public key, and refuses for a
//!   tampered package or another key;
//! - the package goes through a real OCI registry (the `registry` command of
//!   `github.com/distribution/distribution/v3`, `MAILY_REGISTRY`, started on a
//!   free 127.0.0.1 port and stopped at the end even when a test fails):
//!   `helm push`, `helm pull` (the same bytes) and `helm template oci://...`
//!   (the same objects as `helm template out/maily` for every environment,
//!   under both majors); a signed package's provenance goes along and Helm 4
//!   verifies it on pull (Helm 3.18.0 cannot pull it: helm/helm#30890);
//! - actionlint (`MAILY_ACTIONLINT`, running the pinned shellcheck,
//!   `MAILY_SHELLCHECK`) accepts `.github/workflows/*.yaml` and refuses a
//!   broken copy; the workflow runs the README's commands and pins its actions.
//!
//! gpg (`MAILY_GPG`, else `gpg` on the PATH) makes a throwaway RSA key in a
//! temporary `GNUPGHOME`. A missing tool fails the tests, never skips them.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use maily_chart_tests::*;
use sha2::{Digest, Sha256};

/// The instant the reproducibility tests date every file with.
const EPOCH: u64 = 1_700_000_000;

// ------------------------------------------------------------------ tools

fn registry() -> PathBuf {
    tool("MAILY_REGISTRY", "registry")
}

fn actionlint() -> PathBuf {
    tool("MAILY_ACTIONLINT", "actionlint")
}

/// gpg: `$MAILY_GPG`, else `gpg` on the PATH; it must run.
fn gpg() -> PathBuf {
    let path = std::env::var_os("MAILY_GPG").filter(|p| !p.is_empty()).map(PathBuf::from).unwrap_or("gpg".into());
    let ok = Command::new(&path).arg("--version").output().is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "\n\n*** gpg does not run ({}, from $MAILY_GPG or the PATH): the signing tests need GnuPG \
         (on Debian: apt-get install gnupg). These tests never skip. ***\n\n",
        path.display()
    );
    path
}

fn run(command: &mut Command) -> ToolOutput {
    let output = command.output().unwrap_or_else(|e| panic!("{command:?} does not run: {e}"));
    ToolOutput {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `version:` of `out/maily/Chart.yaml`.
fn chart_version() -> String {
    let text = fs::read_to_string(chart_dir().join("Chart.yaml")).expect("out/maily/Chart.yaml");
    let line = text.lines().find(|l| l.starts_with("version:")).expect("Chart.yaml has a version");
    line["version:".len()..].trim().trim_matches(['"', '\'']).to_string()
}

// ------------------------------------------------------------------ scripts/package

/// `scripts/package --destination <dest> --helm <helm> <args>`, with
/// `SOURCE_DATE_EPOCH=<epoch>` or without it.
fn package(dest: &Path, helm: HelmMajor, epoch: Option<u64>, args: &[&str]) -> ToolOutput {
    let mut command = package_command(helm, epoch);
    command.arg("--destination").arg(dest).args(args);
    run(&mut command)
}

/// `scripts/package --helm <helm>`, with the tests' Helm home and
/// `SOURCE_DATE_EPOCH=<epoch>` or without it.
fn package_command(helm: HelmMajor, epoch: Option<u64>) -> Command {
    let mut command = Command::new(workspace_root().join("scripts/package"));
    command.arg("--helm").arg(helm.binary());
    let home = helm_home();
    command
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_DATA_HOME", home.join("data"));
    match epoch {
        Some(e) => command.env("SOURCE_DATE_EPOCH", e.to_string()),
        None => command.env_remove("SOURCE_DATE_EPOCH"),
    };
    command
}

/// [`package`], asserting success; the package's path (`<dest>/maily-<version>.tgz`).
fn packaged(dest: &Path, helm: HelmMajor, epoch: Option<u64>, args: &[&str]) -> PathBuf {
    let out = package(dest, helm, epoch, args);
    assert!(out.success(), "scripts/package with {helm} exited with {}:\n{}{}", out.code, out.stdout, out.stderr);
    let tgz = dest.join(format!("maily-{}.tgz", chart_version()));
    assert_eq!(out.stdout.trim(), tgz.display().to_string(), "scripts/package prints the package's path");
    assert!(tgz.is_file(), "no {}", tgz.display());
    tgz
}

/// Files by path (below `maily/`): bytes, `None` for a directory (see [`snapshot`]).
type Files = std::collections::BTreeMap<String, Option<Vec<u8>>>;

/// The files of a package and each one's mtime in seconds, from `tar -xzf`
/// into `dir`.
fn unpack(tgz: &Path, dir: &Path) -> (Files, Vec<(String, u64)>) {
    fs::create_dir_all(dir).expect("temp dir is writable");
    let out = run(Command::new("tar").arg("-xzf").arg(tgz).arg("-C").arg(dir));
    assert!(out.success(), "tar -xzf {} failed:\n{}", tgz.display(), out.stderr);
    let root = dir.join("maily");
    let files = snapshot(&root);
    let mtimes = files
        .iter()
        .filter(|(_, bytes)| bytes.is_some())
        .map(|(path, _)| {
            let modified = fs::metadata(root.join(path)).and_then(|m| m.modified()).expect("mtime");
            (path.clone(), modified.duration_since(UNIX_EPOCH).expect("after 1970").as_secs())
        })
        .collect();
    (files, mtimes)
}

/// The commit time of the last commit that touched out/maily.
fn last_chart_commit_time() -> u64 {
    let out =
        run(Command::new("git").args(["log", "-1", "--format=%ct", "--", "out/maily"]).current_dir(workspace_root()));
    assert!(out.success(), "git log: {}", out.stderr);
    out.stdout.trim().parse().unwrap_or_else(|e| panic!("git log printed {:?}: {e}", out.stdout))
}

#[test]
fn helm4_packages_the_same_chart_into_the_same_bytes() {
    let tmp = TempDir::new("package-repro");
    let first = packaged(&tmp.path().join("a"), HelmMajor::V4, Some(EPOCH), &[]);
    // A later second: a time of packaging would show.
    std::thread::sleep(Duration::from_millis(1100));
    let second = packaged(&tmp.path().join("b"), HelmMajor::V4, Some(EPOCH), &[]);
    let (a, b) = (fs::read(&first).expect("package"), fs::read(&second).expect("package"));
    assert_eq!(sha256_hex(&a), sha256_hex(&b), "two packagings of the same chart under Helm 4 differ");

    // The files are the chart's (Helm writes Chart.yaml again from its fields),
    // each dated SOURCE_DATE_EPOCH.
    let (files, mtimes) = unpack(&first, &tmp.path().join("x"));
    let chart = snapshot(&chart_dir());
    assert_eq!(files.keys().collect::<Vec<_>>(), chart.keys().collect::<Vec<_>>(), "the package's files");
    for (path, bytes) in &files {
        if path != "Chart.yaml" {
            assert!(bytes == &chart[path], "maily/{path} in the package is not out/maily/{path}");
        }
    }
    assert!(mtimes.len() > 50, "the package holds the chart's files: {mtimes:?}");
    for (path, mtime) in &mtimes {
        assert_eq!(*mtime, EPOCH, "maily/{path} is not dated SOURCE_DATE_EPOCH");
    }

    // The date is what makes the bytes: another epoch, other bytes.
    let other = packaged(&tmp.path().join("c"), HelmMajor::V4, Some(EPOCH + 1), &[]);
    assert_ne!(a, fs::read(&other).expect("package"), "SOURCE_DATE_EPOCH does not reach the archive");

    // Without SOURCE_DATE_EPOCH: the last commit of out/maily.
    let default = packaged(&tmp.path().join("d"), HelmMajor::V4, None, &[]);
    let (_, mtimes) = unpack(&default, &tmp.path().join("y"));
    let commit = last_chart_commit_time();
    for (path, mtime) in &mtimes {
        assert_eq!(*mtime, commit, "maily/{path} is not dated from the last commit of out/maily");
    }
}

/// Helm 3.18 dates every file with the time of packaging: the same files,
/// not the same bytes (README "Packaging and publishing").
#[test]
fn helm3_packages_the_same_files_dated_when_packaged() {
    let tmp = TempDir::new("package-helm3");
    let start = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs();
    let out = package(&tmp.path().join("a"), HelmMajor::V3, Some(EPOCH), &[]);
    assert!(out.success(), "scripts/package with helm3: {}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("will not be reproducible"), "no warning about Helm 3:\n{}", out.stderr);
    std::thread::sleep(Duration::from_millis(1100));
    let second = packaged(&tmp.path().join("b"), HelmMajor::V3, Some(EPOCH), &[]);
    let helm4 = packaged(&tmp.path().join("c"), HelmMajor::V4, Some(EPOCH), &[]);
    let first = tmp.path().join("a").join(second.file_name().expect("file name"));

    let (files_a, mtimes_a) = unpack(&first, &tmp.path().join("xa"));
    let (files_b, _) = unpack(&second, &tmp.path().join("xb"));
    let (files_4, _) = unpack(&helm4, &tmp.path().join("x4"));
    assert!(files_a == files_b, "two Helm 3 packagings hold different files");
    assert!(files_a == files_4, "Helm 3 and Helm 4 package different files");
    for (path, mtime) in &mtimes_a {
        assert!(*mtime >= start, "maily/{path} is dated {mtime}, before the packaging ({start}): Helm 3 changed");
    }
}

#[test]
fn package_refuses_bad_arguments() {
    let tmp = TempDir::new("package-args");
    let out = package(tmp.path(), HelmMajor::V4, Some(EPOCH), &["--sign"]);
    assert_eq!(out.code, 2, "--sign without a key: {}", out.stderr);
    assert!(out.stderr.contains("--sign needs --key"), "{}", out.stderr);
    let out = package(tmp.path(), HelmMajor::V4, Some(EPOCH), &["--key", "k"]);
    assert_eq!(out.code, 2, "--key without --sign: {}", out.stderr);
    let out = package(tmp.path(), HelmMajor::V4, Some(EPOCH), &["--sing"]);
    assert_eq!(out.code, 2, "an unknown flag: {}", out.stderr);
    assert!(out.stderr.contains("unknown argument --sing"), "{}", out.stderr);
    let mut command = Command::new(workspace_root().join("scripts/package"));
    command.arg("--destination").arg(tmp.path()).arg("--helm").arg(HelmMajor::V4.binary());
    let out = run(command.env("SOURCE_DATE_EPOCH", "yesterday"));
    assert_eq!(out.code, 1, "a SOURCE_DATE_EPOCH that is not a number: {}", out.stderr);
    assert!(out.stderr.contains("SOURCE_DATE_EPOCH=yesterday is not a whole number"), "{}", out.stderr);
}

// ------------------------------------------------------------------ signing

/// A throwaway signing key in a temporary GNUPGHOME, with its secret keyring
/// in the legacy format Helm reads and its public keyring.
struct SigningKey {
    home: PathBuf,
    name: String,
    secring: PathBuf,
    pubring: PathBuf,
}

impl SigningKey {
    fn new(dir: &Path, name: &str) -> Self {
        let home = dir.join("gnupg");
        fs::create_dir_all(&home).expect("temp dir is writable");
        fs::set_permissions(&home, std::os::unix::fs::PermissionsExt::from_mode(0o700)).expect("chmod");
        let params = dir.join("key-params");
        fs::write(
            &params,
            format!(
                "%no-protection\nKey-Type: RSA\nKey-Length: 2048\nKey-Usage: sign\nName-Real: {name}\n\
                 Name-Email: chart-test@maily.invalid\nExpire-Date: 0\n%commit\n"
            ),
        )
        .expect("temp dir is writable");
        let key = SigningKey {
            home,
            name: name.to_string(),
            secring: dir.join("secring.gpg"),
            pubring: dir.join("pubring.gpg"),
        };
        key.gpg(&["--gen-key".as_ref(), params.as_os_str()], None);
        key.gpg(&["--export-secret-keys".as_ref(), name.as_ref()], Some(&key.secring));
        key.gpg(&["--export".as_ref(), name.as_ref()], Some(&key.pubring));
        for ring in [&key.secring, &key.pubring] {
            let len = fs::metadata(ring).map(|m| m.len()).unwrap_or(0);
            assert!(len > 100, "gpg exported {len} bytes to {}", ring.display());
        }
        key
    }

    fn gpg(&self, args: &[&std::ffi::OsStr], stdout: Option<&Path>) {
        let mut command = Command::new(gpg());
        command.env("GNUPGHOME", &self.home).arg("--batch").args(args);
        if let Some(path) = stdout {
            command.stdout(fs::File::create(path).expect("temp dir is writable"));
        }
        let out = command.output().expect("gpg runs");
        assert!(out.status.success(), "gpg {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        // gpg started an agent for this GNUPGHOME.
        let _ = Command::new("gpgconf").env("GNUPGHOME", &self.home).args(["--kill", "all"]).output();
    }
}

/// `helm verify --keyring <pubring> <tgz>`.
fn verify(helm: HelmMajor, pubring: &Path, tgz: &Path) -> ToolOutput {
    helm.run(["verify".as_ref(), "--keyring".as_ref(), pubring.as_os_str(), tgz.as_os_str()])
}

#[test]
fn a_signed_package_verifies_and_a_tampered_one_does_not() {
    let tmp = TempDir::new("package-sign");
    let key = SigningKey::new(tmp.path(), "Maily Chart Test");
    let keyring = key.secring.display().to_string();
    let tgz = packaged(
        &tmp.path().join("dist"),
        HelmMajor::V4,
        Some(EPOCH),
        &["--sign", "--key", &key.name, "--keyring", &keyring],
    );
    let bytes = fs::read(&tgz).expect("package");
    let sum = sha256_hex(&bytes);
    let prov = fs::read_to_string(tgz.with_extension("tgz.prov")).expect("a provenance file beside the package");
    assert!(prov.starts_with("-----BEGIN PGP SIGNED MESSAGE-----"), "{prov}");
    assert!(prov.contains(&format!("sha256:{sum}")), "the provenance names another package:\n{prov}");

    // Signing leaves the package as it was.
    let unsigned = packaged(&tmp.path().join("unsigned"), HelmMajor::V4, Some(EPOCH), &[]);
    assert_eq!(sum, sha256_hex(&fs::read(unsigned).expect("package")), "signing changed the package");

    // Packaging again unsigned into the same directory takes the old provenance away:
    // it would otherwise travel with (and vouch for) whatever package is there.
    let again_dir = tmp.path().join("again");
    let signed_again =
        packaged(&again_dir, HelmMajor::V4, Some(EPOCH), &["--sign", "--key", &key.name, "--keyring", &keyring]);
    assert!(signed_again.with_extension("tgz.prov").is_file());
    let unsigned_again = packaged(&again_dir, HelmMajor::V4, Some(EPOCH), &[]);
    assert!(!unsigned_again.with_extension("tgz.prov").exists(), "a provenance file from an earlier run survived");

    // A failed signing run leaves nothing behind: no unsigned package where a signed one was asked for.
    let failed_dir = tmp.path().join("failed");
    let out =
        package(&failed_dir, HelmMajor::V4, Some(EPOCH), &["--sign", "--key", "Nobody Known", "--keyring", &keyring]);
    assert!(!out.success(), "signing with an unknown key succeeded:\n{}", out.stderr);
    let left: Vec<_> =
        fs::read_dir(&failed_dir).map(|d| d.flatten().map(|e| e.file_name()).collect()).unwrap_or_default();
    assert_eq!(left, Vec::<std::ffi::OsString>::new(), "a failed --sign left files behind:\n{}", out.stderr);

    // Relative paths are the caller's: --destination and --keyring from another directory.
    let caller = tmp.path().join("caller");
    fs::create_dir_all(&caller).expect("temp dir is writable");
    fs::copy(&key.secring, caller.join("secring.gpg")).expect("copy keyring");
    let mut command = package_command(HelmMajor::V4, Some(EPOCH));
    command.current_dir(&caller).args([
        "--destination",
        "rel-dist",
        "--sign",
        "--key",
        &key.name,
        "--keyring",
        "secring.gpg",
    ]);
    let out = run(&mut command);
    assert!(out.success(), "scripts/package from another directory:\n{}", out.stderr);
    let relative = caller.join("rel-dist").join(tgz.file_name().expect("file name"));
    assert_eq!(out.stdout.trim(), relative.display().to_string(), "the package is not where the caller said");
    assert_eq!(sum, sha256_hex(&fs::read(&relative).expect("package")));
    assert!(relative.with_extension("tgz.prov").is_file());

    for helm in helms() {
        let out = verify(helm, &key.pubring, &tgz);
        assert!(out.success(), "{helm} verify refused the signed package:\n{}{}", out.stdout, out.stderr);
        assert!(out.stdout.contains(&format!("Chart Hash Verified: sha256:{sum}")), "{helm}: {}", out.stdout);
        assert!(out.stdout.contains("Signed by: Maily Chart Test"), "{helm}: {}", out.stdout);
    }

    // One byte more: the provenance names another sum.
    let tampered_dir = tmp.path().join("tampered");
    fs::create_dir_all(&tampered_dir).expect("temp dir is writable");
    let tampered = tampered_dir.join(tgz.file_name().expect("file name"));
    fs::copy(tgz.with_extension("tgz.prov"), tampered.with_extension("tgz.prov")).expect("copy");
    fs::write(&tampered, [bytes.as_slice(), b"x"].concat()).expect("temp dir is writable");
    // Another key: the signature does not verify.
    let other = SigningKey::new(&tmp.path().join("other"), "Somebody Else");
    for helm in helms() {
        let out = verify(helm, &key.pubring, &tampered);
        assert!(!out.success(), "{helm} verify accepted a tampered package:\n{}", out.stdout);
        assert!(out.stderr.contains("sha256 sum does not match"), "{helm}: {}", out.stderr);
        let out = verify(helm, &other.pubring, &tgz);
        assert!(!out.success(), "{helm} verify accepted the package with another key:\n{}", out.stdout);
    }
}

// ------------------------------------------------------------------ the OCI registry

/// A `registry serve` on a free 127.0.0.1 port, storing in a temp dir;
/// stopped (SIGTERM, then SIGKILL) when dropped, and killed by the kernel
/// if the test process dies (PR_SET_PDEATHSIG).
struct Registry {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Registry {
    fn start(dir: &Path) -> Self {
        let binary = registry();
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free loopback port").port();
        let config = dir.join("config.yml");
        fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: info\nstorage:\n  filesystem:\n    rootdirectory: {}\n\
                 http:\n  addr: 127.0.0.1:{port}\n  secret: maily-tests\n",
                dir.join("data").display()
            ),
        )
        .expect("temp dir is writable");
        let log = dir.join("registry.log");
        let log_file = fs::File::create(&log).expect("temp dir is writable");
        let mut command = Command::new(&binary);
        command
            .arg("serve")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file);
        // SAFETY: the closure only makes one async-signal-safe system call.
        unsafe {
            command.pre_exec(|| {
                rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::KILL))
                    .map_err(std::io::Error::from)
            });
        }
        let child = command.spawn().unwrap_or_else(|e| panic!("{} does not start: {e}", binary.display()));
        let mut registry = Registry { child, port, log };
        registry.wait_ready();
        registry
    }

    /// Until `GET /v2/` answers 200 (the OCI distribution API's base).
    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the registry exited ({status}) before it served:\n{}", self.log_text());
            }
            if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let request =
                    format!("GET /v2/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n", self.port);
                let mut response = String::new();
                if stream.write_all(request.as_bytes()).is_ok()
                    && stream.read_to_string(&mut response).is_ok()
                    && response.starts_with("HTTP/1.1 200")
                {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "the registry did not serve /v2/ within 60 s:\n{}", self.log_text());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// `oci://127.0.0.1:<port>/<name>`.
    fn repository(&self, name: &str) -> String {
        format!("oci://127.0.0.1:{}/{name}", self.port)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        let pid = rustix::process::Pid::from_raw(self.child.id() as i32).expect("a child has a pid");
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `helm pull <reference> --version <version> --plain-http -d <dest> <extra>`.
fn pull(helm: HelmMajor, reference: &str, version: &str, dest: &Path, extra: &[&std::ffi::OsStr]) -> ToolOutput {
    fs::create_dir_all(dest).expect("temp dir is writable");
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "pull".as_ref(),
        reference.as_ref(),
        "--version".as_ref(),
        version.as_ref(),
        "--plain-http".as_ref(),
        "--destination".as_ref(),
        dest.as_os_str(),
    ];
    args.extend_from_slice(extra);
    helm.run(args)
}

/// `helm push <tgz> <repository> --plain-http`, asserting success.
fn push(registry: &Registry, tgz: &Path, repository: &str) {
    let out = HelmMajor::V4.run(["push".as_ref(), tgz.as_os_str(), repository.as_ref(), "--plain-http".as_ref()]);
    assert!(out.success(), "helm push: {}{}\nregistry log:\n{}", out.stdout, out.stderr, registry.log_text());
    let pushed = format!("Pushed: {}/maily:{}", repository.trim_start_matches("oci://"), chart_version());
    assert!(
        out.stdout.contains(&pushed) || out.stderr.contains(&pushed),
        "helm push said:\n{}{}",
        out.stdout,
        out.stderr
    );
}

#[test]
fn the_package_goes_through_a_real_oci_registry_unchanged() {
    let tmp = TempDir::new("package-oci");
    let tgz = packaged(&tmp.path().join("dist"), HelmMajor::V4, None, &[]);
    let bytes = fs::read(&tgz).expect("package");
    let version = chart_version();
    let registry_dir = tmp.path().join("registry");
    fs::create_dir_all(&registry_dir).expect("temp dir is writable");
    let registry = Registry::start(&registry_dir);
    let charts = registry.repository("charts");
    let reference = format!("{charts}/maily");
    push(&registry, &tgz, &charts);

    for helm in helms() {
        // The same bytes back.
        let pulled = tmp.path().join(format!("pulled-{}", helm.number()));
        let out = pull(helm, &reference, &version, &pulled, &[]);
        assert!(out.success(), "{helm} pull: {}{}", out.stdout, out.stderr);
        let back = fs::read(pulled.join(tgz.file_name().expect("file name"))).expect("the pulled package");
        assert_eq!(sha256_hex(&back), sha256_hex(&bytes), "{helm} pulled other bytes than were pushed");

        // The same objects as the local chart, for every environment.
        for env in environments() {
            let namespace =
                maily_environments::namespace(&env.name).map(str::to_string).unwrap_or(format!("maily-{}", env.name));
            let values = chart_dir().join(format!("values-{}.yaml", env.name));
            let local = helm
                .template("maily", &namespace, &[&values], &[])
                .unwrap_or_else(|e| panic!("{helm} template out/maily for {}: {e}", env.name));
            let out = helm.run([
                "template".as_ref(),
                "maily".as_ref(),
                reference.as_ref(),
                "--version".as_ref(),
                version.as_ref(),
                "--plain-http".as_ref(),
                "-n".as_ref(),
                namespace.as_ref(),
                "-f".as_ref(),
                values.as_os_str(),
            ]);
            assert!(out.success(), "{helm} template {reference} for {}: {}", env.name, out.stderr);
            let remote = parse_manifests(&out.stdout).unwrap_or_else(|e| panic!("{helm}: {e}"));
            assert!(remote.len() > 10, "{helm} rendered {} objects from the registry for {}", remote.len(), env.name);
            if let Err(report) = compare_objects(&remote, &local) {
                panic!(
                    "{helm}: environment `{}`: the chart from the registry (left) is not out/maily (right):\n{report}",
                    env.name
                );
            }
        }
    }
    let names: Vec<String> = environments().into_iter().map(|e| e.name).collect();
    assert!(names.len() >= 3, "the environments: {names:?}");
}

/// `helm push` takes the provenance file beside the package along (a layer of
/// its own); Helm 4 pulls and verifies it. Helm 3.18.0 refuses to pull any
/// chart that has that layer, --verify or not (helm/helm#30890): README
/// "Packaging and publishing".
#[test]
fn a_signed_package_goes_through_the_registry_with_its_provenance() {
    let tmp = TempDir::new("package-oci-signed");
    let key = SigningKey::new(tmp.path(), "Maily Chart Test");
    let keyring = key.secring.display().to_string();
    let tgz =
        packaged(&tmp.path().join("dist"), HelmMajor::V4, None, &["--sign", "--key", &key.name, "--keyring", &keyring]);
    let bytes = fs::read(&tgz).expect("package");
    let version = chart_version();
    let registry_dir = tmp.path().join("registry");
    fs::create_dir_all(&registry_dir).expect("temp dir is writable");
    let registry = Registry::start(&registry_dir);
    let signed = registry.repository("signed");
    let reference = format!("{signed}/maily");
    push(&registry, &tgz, &signed);

    let pulled = tmp.path().join("pulled-4");
    let verify = ["--verify".as_ref(), "--keyring".as_ref(), key.pubring.as_os_str()];
    let out = pull(HelmMajor::V4, &reference, &version, &pulled, &verify);
    assert!(out.success(), "helm 4 pull --verify: {}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains(&format!("Chart Hash Verified: sha256:{}", sha256_hex(&bytes))), "{}", out.stdout);
    let name = tgz.file_name().expect("file name");
    assert_eq!(fs::read(pulled.join(name)).expect("the pulled package"), bytes, "helm 4 pulled other bytes");
    let prov = tgz.with_extension("tgz.prov");
    assert_eq!(
        fs::read(pulled.join(prov.file_name().expect("file name"))).expect("the pulled provenance"),
        fs::read(&prov).expect("provenance"),
        "helm 4 pulled another provenance file"
    );

    for extra in [&[][..], &verify[..]] {
        let out = pull(HelmMajor::V3, &reference, &version, &tmp.path().join("pulled-3"), extra);
        assert!(
            !out.success(),
            "helm 3 pulled a chart with a provenance layer ({extra:?}): Helm 3 changed, update README"
        );
        assert!(
            out.stderr.contains(r#"media type "application/vnd.cncf.helm.chart.provenance.v1.prov" is not allowed"#),
            "helm 3 said: {}",
            out.stderr
        );
    }
}

// ------------------------------------------------------------------ the CI workflow

fn workflows() -> Vec<PathBuf> {
    let dir = workspace_root().join(".github/workflows");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    files
}

/// actionlint, with the pinned shellcheck (`MAILY_SHELLCHECK`) over the `run:`
/// scripts; without pyflakes (no Python in the workflows).
fn lint(dir: &Path, files: &[PathBuf]) -> ToolOutput {
    let shellcheck = tool("MAILY_SHELLCHECK", "shellcheck");
    run(Command::new(actionlint())
        .arg("-no-color")
        .arg(format!("-shellcheck={}", shellcheck.display()))
        .arg("-pyflakes=")
        .args(files)
        .current_dir(dir))
}

/// `.github/workflows/chart.yaml` with `from` replaced by `to` (exactly once),
/// in `<dir>/.github/workflows/`.
fn broken_copy(dir: &Path, from: &str, to: &str) -> PathBuf {
    let text = fs::read_to_string(workspace_root().join(".github/workflows/chart.yaml")).expect("the workflow");
    assert_eq!(text.matches(from).count(), 1, "the workflow holds {from:?} once");
    let workflows = dir.join(".github/workflows");
    fs::create_dir_all(&workflows).expect("temp dir is writable");
    let broken = workflows.join("chart.yaml");
    fs::write(&broken, text.replace(from, to)).expect("temp dir is writable");
    broken
}

#[test]
fn actionlint_accepts_the_workflows_and_refuses_a_broken_one() {
    let files = workflows();
    let chart = workspace_root().join(".github/workflows/chart.yaml");
    assert!(files.contains(&chart), "no .github/workflows/chart.yaml: {files:?}");
    let out = lint(&workspace_root(), &files);
    assert!(out.success() && out.stdout.is_empty(), "actionlint refused the workflows:\n{}{}", out.stdout, out.stderr);

    // The publish job needing a job that does not exist.
    let tmp = TempDir::new("actionlint");
    let broken = broken_copy(&tmp.path().join("needs"), "needs: test\n", "needs: tests\n");
    let out = lint(&tmp.path().join("needs"), &[broken]);
    assert!(!out.success(), "actionlint accepted a job that needs a missing job:\n{}", out.stdout);
    assert!(
        out.stdout.contains(r#"needs job "tests" which does not exist"#),
        "actionlint said:\n{}{}",
        out.stdout,
        out.stderr
    );

    // A script that shellcheck refuses: `-n` with an unquoted argument.
    let broken = broken_copy(&tmp.path().join("script"), r#"[ -n "$CHART_REGISTRY" ]"#, "[ -n $CHART_REGISTRY ]");
    let out = lint(&tmp.path().join("script"), &[broken]);
    assert!(!out.success(), "actionlint (with shellcheck) accepted `[ -n $CHART_REGISTRY ]`:\n{}", out.stdout);
    assert!(out.stdout.contains("shellcheck reported issue") && out.stdout.contains("SC2070"), "{}", out.stdout);
}

#[test]
fn the_workflow_runs_the_readme_commands_and_pins_its_actions() {
    let text = fs::read_to_string(workspace_root().join(".github/workflows/chart.yaml")).expect("the workflow");
    let workflow: serde_json::Value = serde_yaml::from_str(&text).expect("the workflow is YAML");
    // YAML 1.1 readers take `on` for true; serde_yaml (1.2) keeps the key.
    let on = &workflow["on"];
    assert!(on.get("pull_request").is_some(), "runs on pull requests: {on}");
    assert_eq!(on["push"]["branches"], serde_json::json!(["main"]), "runs on pushes to main");
    assert_eq!(on["push"]["tags"], serde_json::json!(["v*.*.*"]), "publishes on version tags");

    let steps = |job: &str| -> Vec<serde_json::Value> {
        workflow["jobs"][job]["steps"].as_array().unwrap_or_else(|| panic!("job {job} has steps")).clone()
    };
    let runs =
        |job: &str| -> String { steps(job).iter().filter_map(|s| s["run"].as_str()).collect::<Vec<_>>().join("\n") };
    let test = runs("test");
    for command in
        ["scripts/test", "cargo run --bin gen -- --check", "cargo run --bin gen -- diff --base \"origin/$BASE_REF\""]
    {
        assert!(test.lines().any(|l| l.trim() == command), "the test job does not run `{command}`:\n{test}");
    }
    let publish = runs("publish");
    for command in ["scripts/package --sign", "helm verify", "helm registry login", "helm push"] {
        assert!(publish.contains(command), "the publish job does not run `{command}`:\n{publish}");
    }
    assert_eq!(workflow["jobs"]["publish"]["needs"], "test", "publishing waits for the tests");
    let checkout =
        steps("test").into_iter().find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with("actions/checkout@")));
    assert_eq!(checkout.expect("a checkout step")["with"]["fetch-depth"], 0, "the full history, for gen diff");

    let pinned = regex::Regex::new(r"^[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$").expect("regex");
    for job in ["test", "publish"] {
        for step in steps(job) {
            if let Some(uses) = step["uses"].as_str() {
                assert!(pinned.is_match(uses), "job {job}: `{uses}` is not pinned to a version (owner/name@vX.Y.Z)");
            }
        }
    }
}
