//! Security checks over rendered objects: the Pod Security Standards
//! `restricted` profile, field by field, and the zero-RBAC rule; and the
//! overlay that turns on every optional security object.
//!
//! Source for the profile: Kubernetes "Pod Security Standards" (the Baseline
//! controls, which Restricted includes, then Restricted's own), for the
//! Kubernetes version the chart targets (1.33).

use serde_json::Value;

use maily_chart::Values;

/// `--set` text that turns on every optional security object: the
/// ExternalSecret with the chart's Vault SecretStore, Reloader for every
/// component, the namespace guard-rails, and credentials as files for the
/// api and the workers (the web and the AI service keep variables).
pub const SECURITY_SET: &str = "externalSecret.enabled=true,externalSecret.vault.create=true,reloader.enabled=true,\
namespaceGuards.enabled=true,api.secretsAsFiles=true,workers.secretsAsFiles=true";

/// [`SECURITY_SET`] applied to typed values.
pub fn with_security(mut values: Values) -> Values {
    values.external_secret.enabled = true;
    values.external_secret.vault.create = true;
    values.reloader.enabled = true;
    values.namespace_guards.enabled = true;
    values.api.workload.secrets_as_files = true;
    values.workers.workload.secrets_as_files = true;
    values
}

/// Capabilities Baseline lets a container add; Restricted allows only
/// `NET_BIND_SERVICE` of them.
const RESTRICTED_ADD: &[&str] = &["NET_BIND_SERVICE"];

/// Volume types Restricted allows (every other volume source is refused).
const RESTRICTED_VOLUMES: &[&str] =
    &["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"];

/// Sysctls Baseline allows (the "safe" set).
const SAFE_SYSCTLS: &[&str] = &[
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
];

/// SELinux types Baseline allows (besides none).
const SELINUX_TYPES: &[&str] = &["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"];

/// The pod specs of an object, with a name for messages: a Pod's spec, a
/// Deployment's (or any controller's) `spec.template.spec`.
pub fn pod_specs(object: &Value) -> Vec<(String, &Value, Option<&Value>)> {
    let kind = object["kind"].as_str().unwrap_or_default();
    let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
    let label = format!("{kind}/{name}");
    match kind {
        "Pod" => vec![(label, &object["spec"], object.pointer("/metadata/annotations"))],
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "Job" => object
            .pointer("/spec/template/spec")
            .map(|spec| (label, spec, object.pointer("/spec/template/metadata/annotations")))
            .into_iter()
            .collect(),
        "CronJob" => object
            .pointer("/spec/jobTemplate/spec/template/spec")
            .map(|spec| (label, spec, object.pointer("/spec/jobTemplate/spec/template/metadata/annotations")))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

fn is_true(v: Option<&Value>) -> bool {
    v.and_then(Value::as_bool) == Some(true)
}

/// Every way a pod spec breaks the `restricted` profile (empty: it meets it).
/// `skip`: containers not to check (pass-through containers an operator
/// wrote, which the chart copies as written); the pod-level fields always are.
pub fn restricted_violations(spec: &Value, annotations: Option<&Value>, skip: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let pod_sc = spec.get("securityContext");
    let pod = |field: &str| pod_sc.and_then(|sc| sc.get(field));

    // Baseline: host namespaces, HostProcess.
    for field in ["hostNetwork", "hostPID", "hostIPC"] {
        if is_true(spec.get(field)) {
            out.push(format!("spec.{field} is true"));
        }
    }
    if is_true(pod("windowsOptions").and_then(|w| w.get("hostProcess"))) {
        out.push("spec.securityContext.windowsOptions.hostProcess is true".into());
    }
    // Baseline: sysctls.
    for sysctl in pod("sysctls").and_then(Value::as_array).into_iter().flatten() {
        let name = sysctl["name"].as_str().unwrap_or_default();
        if !SAFE_SYSCTLS.contains(&name) {
            out.push(format!("spec.securityContext.sysctls: {name} is not a safe sysctl"));
        }
    }
    // Restricted: volume types (and Baseline: no hostPath).
    for volume in spec.get("volumes").and_then(Value::as_array).into_iter().flatten() {
        let name = volume["name"].as_str().unwrap_or_default();
        for source in volume.as_object().into_iter().flatten().map(|(k, _)| k).filter(|k| *k != "name") {
            if !RESTRICTED_VOLUMES.contains(&source.as_str()) {
                out.push(format!("volume {name}: {source} volumes are not allowed"));
            }
        }
    }
    // Baseline: AppArmor and SELinux at pod level; Restricted: seccomp, non-root, groups.
    let apparmor_ok =
        |p: Option<&Value>| p.is_none_or(|p| matches!(p["type"].as_str(), Some("RuntimeDefault" | "Localhost")));
    if !apparmor_ok(pod("appArmorProfile")) {
        out.push("spec.securityContext.appArmorProfile is not RuntimeDefault or Localhost".into());
    }
    for (key, value) in annotations.and_then(Value::as_object).into_iter().flatten() {
        if key.starts_with("container.apparmor.security.beta.kubernetes.io/") {
            let v = value.as_str().unwrap_or_default();
            if v != "runtime/default" && !v.starts_with("localhost/") {
                out.push(format!("annotation {key}: {v}"));
            }
        }
    }
    let selinux_ok = |o: Option<&Value>| {
        o.is_none_or(|o| {
            SELINUX_TYPES.contains(&o.get("type").and_then(Value::as_str).unwrap_or_default())
                && o.get("user").and_then(Value::as_str).unwrap_or_default().is_empty()
                && o.get("role").and_then(Value::as_str).unwrap_or_default().is_empty()
        })
    };
    if !selinux_ok(pod("seLinuxOptions")) {
        out.push("spec.securityContext.seLinuxOptions sets a user, a role or a type that is not allowed".into());
    }
    let seccomp_type = |p: Option<&Value>| p.and_then(|p| p["type"].as_str()).map(str::to_string);
    let pod_seccomp = seccomp_type(pod("seccompProfile"));
    if let Some(t) = &pod_seccomp
        && t != "RuntimeDefault"
        && t != "Localhost"
    {
        out.push(format!("spec.securityContext.seccompProfile.type is {t}"));
    }
    let pod_non_root = is_true(pod("runAsNonRoot"));
    if pod("runAsNonRoot").and_then(Value::as_bool) == Some(false) {
        out.push("spec.securityContext.runAsNonRoot is false".into());
    }
    if pod("runAsUser").and_then(Value::as_i64) == Some(0) {
        out.push("spec.securityContext.runAsUser is 0".into());
    }
    // No group rule: the draft's optional "non-root groups" control is not
    // part of the standard (Pod Security Admission has no check for it), and
    // the chart's `podSecurityContext` accepts GID 0 (its schema bounds).

    for list in ["initContainers", "containers", "ephemeralContainers"] {
        for c in spec.get(list).and_then(Value::as_array).into_iter().flatten() {
            let name = c["name"].as_str().unwrap_or_default();
            if skip.contains(&name) {
                continue;
            }
            let at = format!("{list}[{name}]");
            let sc = c.get("securityContext");
            let get = |field: &str| sc.and_then(|sc| sc.get(field));
            // Baseline.
            if is_true(get("privileged")) {
                out.push(format!("{at}: privileged"));
            }
            if is_true(get("windowsOptions").and_then(|w| w.get("hostProcess"))) {
                out.push(format!("{at}: windowsOptions.hostProcess"));
            }
            for port in c.get("ports").and_then(Value::as_array).into_iter().flatten() {
                if port.get("hostPort").and_then(Value::as_i64).is_some_and(|p| p != 0) {
                    out.push(format!("{at}: hostPort {}", port["hostPort"]));
                }
            }
            if get("procMount").and_then(Value::as_str).is_some_and(|p| p != "Default") {
                out.push(format!("{at}: procMount {}", get("procMount").unwrap()));
            }
            if !apparmor_ok(get("appArmorProfile")) {
                out.push(format!("{at}: appArmorProfile is not RuntimeDefault or Localhost"));
            }
            if !selinux_ok(get("seLinuxOptions")) {
                out.push(format!("{at}: seLinuxOptions not allowed"));
            }
            // Restricted: privilege escalation must be set to false.
            if get("allowPrivilegeEscalation").and_then(Value::as_bool) != Some(false) {
                out.push(format!("{at}: allowPrivilegeEscalation is not false"));
            }
            // Restricted: non-root, set on the pod or on the container, never false.
            match get("runAsNonRoot").and_then(Value::as_bool) {
                Some(false) => out.push(format!("{at}: runAsNonRoot is false")),
                None if !pod_non_root => out.push(format!("{at}: runAsNonRoot is set neither here nor on the pod")),
                _ => {}
            }
            if get("runAsUser").and_then(Value::as_i64) == Some(0) {
                out.push(format!("{at}: runAsUser is 0"));
            }
            // Restricted: seccomp RuntimeDefault or Localhost, here or on the pod.
            match seccomp_type(get("seccompProfile")) {
                Some(t) if t != "RuntimeDefault" && t != "Localhost" => {
                    out.push(format!("{at}: seccompProfile.type is {t}"))
                }
                None if pod_seccomp.is_none() => {
                    out.push(format!("{at}: seccompProfile is set neither here nor on the pod"))
                }
                _ => {}
            }
            // Restricted: drop ALL; add at most NET_BIND_SERVICE.
            let caps = get("capabilities");
            let strings = |field: &str| -> Vec<String> {
                caps.and_then(|c| c.get(field))
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            };
            if !strings("drop").iter().any(|c| c == "ALL") {
                out.push(format!("{at}: capabilities.drop does not hold ALL"));
            }
            for cap in strings("add") {
                if !RESTRICTED_ADD.contains(&cap.as_str()) {
                    out.push(format!("{at}: adds capability {cap}"));
                }
            }
        }
    }
    out
}

/// The objects' violations of the `restricted` profile, `"<kind>/<name>: ..."`.
pub fn restricted_problems(objects: &[Value]) -> Vec<String> {
    restricted_problems_skipping(objects, &[])
}

/// [`restricted_problems`], not checking the containers named in `skip`.
pub fn restricted_problems_skipping(objects: &[Value], skip: &[&str]) -> Vec<String> {
    objects
        .iter()
        .flat_map(pod_specs)
        .flat_map(|(label, spec, annotations)| {
            restricted_violations(spec, annotations, skip).into_iter().map(move |v| format!("{label}: {v}"))
        })
        .collect()
}

/// The kinds that grant access to the Kubernetes API.
pub const RBAC_KINDS: &[&str] = &["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];

/// Every breach of "RBAC stays at zero": an RBAC object, a ServiceAccount
/// whose token is mounted by default, a pod that mounts its token.
pub fn rbac_problems(objects: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for object in objects {
        let (kind, name) = crate::key_of(object);
        if RBAC_KINDS.contains(&kind.as_str()) {
            out.push(format!("{kind}/{name} is rendered"));
        }
        if kind == "ServiceAccount"
            && object.get("automountServiceAccountToken").and_then(Value::as_bool) != Some(false)
        {
            out.push(format!("ServiceAccount/{name} does not set automountServiceAccountToken: false"));
        }
    }
    for object in objects {
        for (label, spec, _) in pod_specs(object) {
            if spec.get("automountServiceAccountToken").and_then(Value::as_bool) != Some(false) {
                out.push(format!("{label}: the pod does not set automountServiceAccountToken: false"));
            }
        }
    }
    out
}
