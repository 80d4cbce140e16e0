//! The live tests' control plane: etcd, kube-apiserver and
//! kube-controller-manager (no kubelet, no scheduler: pods are created and
//! admitted, never run), from the binaries scripts/install-tools builds from
//! the Go module `tools/kube` into `.tools/bin` (`$MAILY_ETCD`,
//! `$MAILY_KUBE_APISERVER`, `$MAILY_KUBE_CONTROLLER_MANAGER` override them).
//!
//! [`ControlPlane::start`] makes a certificate authority, a serving
//! certificate for 127.0.0.1, a `system:masters` client certificate and a
//! service-account key pair with the `openssl` command, then starts the three
//! servers on free loopback ports (each listens on 127.0.0.1 only; the
//! controller manager serves nothing) with their data and logs in a temporary
//! directory. Dropping the [`ControlPlane`] stops them by process id
//! (SIGTERM, then SIGKILL after 10 s) and removes the directory; each server
//! also gets SIGKILL from the kernel if the test process dies first
//! (`PR_SET_PDEATHSIG`, so [`ControlPlane::start`] must be called on a thread
//! that outlives it: the main thread).

use std::ffi::OsStr;
use std::fs::{self, File};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use maily_chart_tests::{TempDir, ToolOutput, tool, workspace_root};

/// How long a server may take to become ready before the start fails.
const READY_TIMEOUT: Duration = Duration::from_secs(90);

/// The Kubernetes release the control plane must report (`v1.35.4`): the
/// version of `k8s.io/kubernetes` required by `tools/kube/go.mod`, which
/// scripts/install-tools builds.
///
/// # Panics
/// When go.mod names no such version.
pub fn kube_version() -> String {
    let go_mod = fs::read_to_string(build_module().join("go.mod")).expect("tools/kube/go.mod is readable");
    go_mod
        .lines()
        .filter_map(|l| l.trim().strip_prefix("k8s.io/kubernetes "))
        .map(|rest| rest.split_whitespace().next().unwrap_or_default().to_string())
        .find(|v| v.starts_with("v1."))
        .expect("tools/kube/go.mod requires k8s.io/kubernetes v1.x.y")
}

/// `<workspace>/tools/kube`, the Go build module of the control plane.
pub fn build_module() -> PathBuf {
    workspace_root().join("tools").join("kube")
}

/// A pinned server binary, checked to report `expected` in the first line of
/// `--version` (`Kubernetes v1.35.4`, `etcd Version: 3.6.5`).
fn checked_binary(env_var: &str, name: &str, expected: &str) -> PathBuf {
    let path = tool(env_var, name);
    let out = Command::new(&path).arg("--version").output().unwrap_or_else(|e| {
        panic!(
            "{} does not run: {e}\n*** run scripts/test, which builds it. These tests never skip. ***",
            path.display()
        )
    });
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.lines().next().is_some_and(|l| l.starts_with(expected)),
        "\n\n*** {} should report {expected:?} but says {text:?}\n\
         *** run scripts/test, which builds the pinned control plane (tools/kube). These tests never skip. ***\n\n",
        path.display()
    );
    path
}

/// A running server: its process and its log file.
struct Server {
    name: &'static str,
    child: Child,
    log: PathBuf,
}

impl Server {
    /// The last `lines` lines of its log.
    fn log_tail(&self, lines: usize) -> String {
        let text = fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// SIGTERM, up to 10 s for it to exit, then SIGKILL; reaps it.
    fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        if let Some(pid) = rustix::process::Pid::from_raw(self.child.id() as i32) {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The running control plane. See the module documentation.
pub struct ControlPlane {
    /// Servers in start order (stopped in reverse).
    servers: Vec<Server>,
    kubeconfig: PathBuf,
    kubectl: PathBuf,
    /// Wall time from the first certificate to a controller manager that
    /// has created the `default` ServiceAccount.
    pub startup: Duration,
    /// The API server's URL (`https://127.0.0.1:<port>`).
    pub server_url: String,
    // Last: removed after the servers are stopped.
    dir: TempDir,
}

/// `n` distinct free TCP ports on 127.0.0.1 (bound together, then released:
/// another process may take one before the server binds it, which the
/// start's retry covers).
fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> =
        (0..n).map(|_| TcpListener::bind("127.0.0.1:0").expect("a free loopback port")).collect();
    listeners.iter().map(|l| l.local_addr().expect("bound").port()).collect()
}

/// Runs `openssl` with `args` in `dir`.
fn openssl(dir: &Path, args: &[&str]) -> Result<(), String> {
    let out = Command::new("openssl").args(args).current_dir(dir).output().map_err(|e| {
        format!(
            "the `openssl` command, which makes the control plane's certificates, does not run: {e} \
             (on Debian: apt-get install openssl)"
        )
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("openssl {} failed:\n{}", args.join(" "), String::from_utf8_lossy(&out.stderr)))
    }
}

/// The certificate authority, the API server's serving certificate, the
/// admin client certificate (group `system:masters`) and the service-account
/// key pair, in `dir`.
fn make_certificates(dir: &Path) -> Result<(), String> {
    fs::write(
        dir.join("ext.cnf"),
        "[server]\nsubjectAltName=IP:127.0.0.1,IP:10.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,\
         DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local\n\
         keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n\
         [client]\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n",
    )
    .map_err(|e| e.to_string())?;
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    let req = |key: &str, out: &str, subject: &str, x509: bool| {
        let mut args = vec!["req"];
        if x509 {
            args.extend(["-x509", "-days", "2"]);
        }
        args.extend(ec);
        args.extend(["-keyout", key, "-out", out, "-subj", subject]);
        openssl(dir, &args)
    };
    req("ca.key", "ca.crt", "/CN=maily-live-tests-ca", true)?;
    for (name, subject, section) in
        [("apiserver", "/CN=kube-apiserver", "server"), ("admin", "/O=system:masters/CN=maily-live-tests", "client")]
    {
        let (key, csr, crt) = (format!("{name}.key"), format!("{name}.csr"), format!("{name}.crt"));
        req(&key, &csr, subject, false)?;
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &csr,
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                &crt,
                "-days",
                "2",
                "-extfile",
                "ext.cnf",
                "-extensions",
                section,
            ],
        )?;
    }
    openssl(dir, &["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "sa.key"])?;
    openssl(dir, &["pkey", "-in", "sa.key", "-pubout", "-out", "sa.pub"])
}

/// A kubeconfig for `server` with the admin client certificate in `dir`.
fn kubeconfig_text(dir: &Path, server: &str) -> String {
    let d = dir.display();
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n  - name: live\n    cluster:\n      server: {server}\n      \
         certificate-authority: {d}/ca.crt\nusers:\n  - name: admin\n    user:\n      \
         client-certificate: {d}/admin.crt\n      client-key: {d}/admin.key\ncontexts:\n  - name: live\n    \
         context:\n      cluster: live\n      user: admin\ncurrent-context: live\n"
    )
}

impl ControlPlane {
    /// Starts etcd, kube-apiserver and kube-controller-manager; returns once
    /// the API server is ready and the controller manager works (it has made
    /// the `default` ServiceAccount). Tries three times (a free port may be
    /// taken in between).
    ///
    /// # Errors
    /// Why the last try failed, with the tail of each server's log.
    ///
    /// # Panics
    /// When a binary is missing or reports another version.
    pub fn start() -> Result<ControlPlane, String> {
        let version = kube_version();
        let etcd = checked_binary("MAILY_ETCD", "etcd", "etcd Version: 3.");
        let apiserver = checked_binary("MAILY_KUBE_APISERVER", "kube-apiserver", &format!("Kubernetes {version}"));
        let manager = checked_binary(
            "MAILY_KUBE_CONTROLLER_MANAGER",
            "kube-controller-manager",
            &format!("Kubernetes {version}"),
        );
        let kubectl = tool("MAILY_KUBECTL", "kubectl");
        let mut errors = Vec::new();
        for attempt in 1..=3 {
            match Self::try_start(&etcd, &apiserver, &manager, &kubectl) {
                Ok(plane) => return Ok(plane),
                Err(e) => errors.push(format!("attempt {attempt}: {e}")),
            }
        }
        Err(errors.join("\n\n"))
    }

    fn try_start(etcd: &Path, apiserver: &Path, manager: &Path, kubectl: &Path) -> Result<ControlPlane, String> {
        let began = Instant::now();
        let dir = TempDir::new("control-plane");
        let d = dir.path().to_path_buf();
        make_certificates(&d)?;
        let ports = free_ports(3);
        let (client, peer, secure) = (ports[0], ports[1], ports[2]);
        let server_url = format!("https://127.0.0.1:{secure}");
        let kubeconfig = d.join("kubeconfig");
        fs::write(&kubeconfig, kubeconfig_text(&d, &server_url)).map_err(|e| e.to_string())?;
        fs::create_dir_all(d.join("kubecache")).map_err(|e| e.to_string())?;
        let mut plane = ControlPlane {
            servers: Vec::new(),
            kubeconfig,
            kubectl: kubectl.to_path_buf(),
            startup: Duration::ZERO,
            server_url,
            dir,
        };
        let path = |f: &str| d.join(f).display().to_string();
        let etcd_client = format!("http://127.0.0.1:{client}");
        let etcd_peer = format!("http://127.0.0.1:{peer}");
        plane.spawn(
            "etcd",
            etcd,
            &[
                "--name=live".to_string(),
                format!("--data-dir={}", path("etcd")),
                format!("--listen-client-urls={etcd_client}"),
                format!("--advertise-client-urls={etcd_client}"),
                format!("--listen-peer-urls={etcd_peer}"),
                format!("--initial-advertise-peer-urls={etcd_peer}"),
                format!("--initial-cluster=live={etcd_peer}"),
                // Test data: nothing to keep on a crash.
                "--unsafe-no-fsync".to_string(),
                "--log-level=warn".to_string(),
            ],
        )?;
        plane.spawn(
            "kube-apiserver",
            apiserver,
            &[
                format!("--etcd-servers={etcd_client}"),
                "--bind-address=127.0.0.1".to_string(),
                "--advertise-address=127.0.0.1".to_string(),
                format!("--secure-port={secure}"),
                format!("--cert-dir={}", path("apiserver-certs")),
                format!("--tls-cert-file={}", path("apiserver.crt")),
                format!("--tls-private-key-file={}", path("apiserver.key")),
                format!("--client-ca-file={}", path("ca.crt")),
                "--service-account-issuer=https://kubernetes.default.svc".to_string(),
                format!("--service-account-key-file={}", path("sa.pub")),
                format!("--service-account-signing-key-file={}", path("sa.key")),
                "--service-cluster-ip-range=10.0.0.0/24".to_string(),
                "--authorization-mode=RBAC".to_string(),
                // The `kubernetes` Service's endpoint would be 127.0.0.1,
                // which Endpoints refuse; nothing in the tests uses it.
                "--endpoint-reconciler-type=none".to_string(),
                "--profiling=false".to_string(),
            ],
        )?;
        plane.wait_until("kube-apiserver is ready (/readyz)", |plane| {
            let out = plane.kubectl(["get", "--raw", "/readyz"]);
            if out.success() { Ok(()) } else { Err(out.stderr) }
        })?;
        let kubeconfig = plane.kubeconfig.display().to_string();
        plane.spawn(
            "kube-controller-manager",
            manager,
            &[
                format!("--kubeconfig={kubeconfig}"),
                format!("--authentication-kubeconfig={kubeconfig}"),
                format!("--authorization-kubeconfig={kubeconfig}"),
                // Serves nothing: no port at all.
                "--secure-port=0".to_string(),
                "--leader-elect=false".to_string(),
                format!("--service-account-private-key-file={}", path("sa.key")),
                format!("--root-ca-file={}", path("ca.crt")),
                "--use-service-account-credentials=false".to_string(),
                // An HPA scales its Deployment to minReplicas within 2 s, not 15.
                "--horizontal-pod-autoscaler-sync-period=2s".to_string(),
                "--profiling=false".to_string(),
            ],
        )?;
        plane.wait_until("kube-controller-manager works (ServiceAccount default/default exists)", |plane| {
            let out = plane.kubectl(["get", "serviceaccount", "default", "-n", "default", "-o", "name"]);
            if out.success() { Ok(()) } else { Err(out.stderr) }
        })?;
        plane.startup = began.elapsed();
        Ok(plane)
    }

    /// Starts a server with its output in `<dir>/<name>.log`.
    fn spawn(&mut self, name: &'static str, binary: &Path, args: &[String]) -> Result<(), String> {
        let log = self.dir.path().join(format!("{name}.log"));
        let file = File::create(&log).map_err(|e| e.to_string())?;
        let err = file.try_clone().map_err(|e| e.to_string())?;
        let mut command = Command::new(binary);
        command.args(args).stdin(Stdio::null()).stdout(file).stderr(err);
        // SAFETY: the closure runs in the child between fork and exec and
        // only makes one system call (prctl), which is async-signal-safe.
        unsafe {
            command.pre_exec(|| {
                rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::KILL))
                    .map_err(std::io::Error::from)
            });
        }
        let child = command.spawn().map_err(|e| format!("{name} ({}) does not start: {e}", binary.display()))?;
        self.servers.push(Server { name, child, log });
        Ok(())
    }

    /// Polls `check` every 200 ms until it succeeds; fails when a server
    /// exits or after [`READY_TIMEOUT`], with the servers' log tails.
    fn wait_until(&mut self, what: &str, check: impl Fn(&Self) -> Result<(), String>) -> Result<(), String> {
        let deadline = Instant::now() + READY_TIMEOUT;
        loop {
            let last = match check(self) {
                Ok(()) => return Ok(()),
                Err(e) => e,
            };
            let exited = self.servers.iter_mut().find_map(|s| match s.child.try_wait() {
                Ok(Some(status)) => Some(format!("{} exited ({status})", s.name)),
                _ => None,
            });
            if let Some(exited) = exited {
                return Err(format!("waiting until {what}: {exited}\n{}", self.logs()));
            }
            if Instant::now() > deadline {
                return Err(format!("{what}: not after {READY_TIMEOUT:?}; last error: {last}\n{}", self.logs()));
            }
            sleep(Duration::from_millis(200));
        }
    }

    /// The last 12 lines of each server's log.
    pub fn logs(&self) -> String {
        self.servers.iter().map(|s| format!("--- {} log (tail):\n{}\n", s.name, s.log_tail(12))).collect()
    }

    /// The kubeconfig of the cluster admin (group `system:masters`).
    pub fn kubeconfig(&self) -> &Path {
        &self.kubeconfig
    }

    /// The process ids of the servers, in start order.
    pub fn pids(&self) -> Vec<(&'static str, u32)> {
        self.servers.iter().map(|s| (s.name, s.child.id())).collect()
    }

    /// Runs the pinned kubectl against the cluster.
    pub fn kubectl<I, S>(&self, args: I) -> ToolOutput
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.kubectl_with_input(args, None)
    }

    /// Runs the pinned kubectl against the cluster with `input` as its
    /// standard input (`-f -`).
    pub fn kubectl_with_input<I, S>(&self, args: I, input: Option<&str>) -> ToolOutput
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        use std::io::Write;
        let mut child = Command::new(&self.kubectl)
            .args(args)
            .env("KUBECONFIG", &self.kubeconfig)
            .env("KUBECACHEDIR", self.dir.path().join("kubecache"))
            .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not run: {e}", self.kubectl.display()));
        if let Some(text) = input {
            let mut stdin = child.stdin.take().expect("piped stdin");
            let text = text.to_string();
            // A writer thread: kubectl may print before it has read it all.
            let writer = std::thread::spawn(move || {
                let _ = stdin.write_all(text.as_bytes());
            });
            let out = child.wait_with_output().expect("kubectl runs");
            let _ = writer.join();
            return ToolOutput::from(out);
        }
        ToolOutput::from(child.wait_with_output().expect("kubectl runs"))
    }
}

impl Drop for ControlPlane {
    fn drop(&mut self) {
        for server in self.servers.iter_mut().rev() {
            server.stop();
        }
    }
}
