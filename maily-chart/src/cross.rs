//! Cross-field rules: checks that compare two values, which a JSON schema
//! cannot express. Each rule is declared once, with two twins:
//! - [`CrossRule::check`], run by [`crate::validate`] when `gen` loads an
//!   environment;
//! - [`CrossRule::template`], a named template that `fail`s with the same
//!   message when Helm renders the chart with an operator's values
//!   (`templates/_checks.tpl`; `maily.checks` calls it for every registered
//!   component, and every object template includes `maily.checks` first).
//!
//! Every rule runs for every registered component it applies to;
//! `tests/cross_rules.rs` runs each through both twins.

use std::collections::BTreeSet;

use crate::components::{ALL, Registered};
use crate::values::{ComponentValues, Values};

/// A rule's Rust twin: all values, the component's, the rule's arguments in;
/// `(path below the component key, message)` per problem out.
pub type Check = fn(&Values, &dyn ComponentValues, &[String]) -> Vec<(String, String)>;

/// One cross-field rule over a component's values.
pub struct CrossRule {
    /// Its name: the template is `maily.check.<name>`.
    pub name: &'static str,
    /// What it demands, for operators.
    pub doc: &'static str,
    /// Whether it applies to a component (an HTTP-only rule needs `http()`).
    pub applies: fn(&dyn ComponentValues) -> bool,
    /// The Rust twin: `(path below the component key, message)` per problem,
    /// given all values, the component's, and the rule's arguments.
    pub check: Check,
    /// Facts of the component's code the rule needs (`$args` in the
    /// template): the keys holding JSON, the pod annotations the chart sets.
    pub args: fn(&Registered) -> Vec<String>,
    /// The Helm twin: the body of `maily.check.<name>`, which sees `$key`
    /// (the component's values key), `$v` (its values), `$args` and `$root`
    /// (the chart's `$`), and `fail`s with `<$key>.<path> <message>`.
    pub template: &'static str,
}

fn no_args(_: &Registered) -> Vec<String> {
    Vec::new()
}

/// The keys of the component's values that hold JSON-object text.
fn json_keys(r: &Registered) -> Vec<String> {
    (r.values)(crate::render::probe_values()).json_objects().into_iter().map(|(key, _)| key.to_string()).collect()
}

fn json_objects(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    c.json_objects()
        .into_iter()
        .filter(|(_, text)| !matches!(serde_json::from_str(text), Ok(serde_json::Value::Object(_))))
        .map(|(key, _)| (key.to_string(), "is not a JSON object".to_string()))
        .collect()
}

/// The pod template of each registered component's Deployment, rendered
/// once from the probe values: facts of the code, not of any environment.
fn probe_pods(r: &Registered) -> &'static [serde_json::Value] {
    static PODS: std::sync::LazyLock<std::collections::BTreeMap<&'static str, Vec<serde_json::Value>>> =
        std::sync::LazyLock::new(|| {
            let ctx = crate::context::Ctx::concrete(crate::render::probe_values(), crate::context::Release::default());
            ALL.iter()
                .map(|r| {
                    let pods = (r.def.resources)(&ctx)
                        .iter()
                        .filter(|m| m.kind() == "Deployment")
                        .filter_map(|m| m.object.pointer("/spec/template").cloned())
                        .collect();
                    (r.def.name, pods)
                })
                .collect()
        });
    PODS.get(r.def.name).map_or(&[], Vec::as_slice)
}

/// Text the chart writes itself, not a probe marker or an empty placeholder.
fn chart_text(s: &str) -> bool {
    !s.is_empty() && !s.contains(crate::symbolic::OPEN)
}

/// The pod annotations the chart itself sets on a component's pods (a config
/// checksum, the Prometheus annotations), without the probe's own
/// `podAnnotations` entries.
pub fn owned_pod_annotations(r: &Registered) -> Vec<String> {
    let mut keys: Vec<String> = probe_pods(r)
        .iter()
        .filter_map(|pod| pod.pointer("/metadata/annotations").and_then(|a| a.as_object()))
        .flat_map(|a| a.keys().filter(|k| chart_text(k)).cloned())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The environment variables the chart itself sets in a component's
/// container, in any mode: `ENVIRONMENT`, the data servers' connection
/// variables (in-cluster credentials, the URL and its `_FILE` form), and the
/// component's own (the web front end's `API_URL`, ...), read from the probe
/// render. A user's variable of one of these names would be a second entry,
/// and the later one wins silently.
pub fn owned_env_names(r: &Registered) -> Vec<String> {
    let mut names = vec![crate::common::env::ENVIRONMENT_VAR.to_string()];
    for name in crate::data_tier::connection_var_names(r.def) {
        names.push(format!("{name}{}", crate::common::env::FILE_SUFFIX));
        names.push(name);
    }
    for pod in probe_pods(r) {
        let containers = pod.pointer("/spec/containers").and_then(|c| c.as_array()).into_iter().flatten();
        for env in containers.filter_map(|c| c.get("env").and_then(|e| e.as_array())) {
            names.extend(
                env.iter()
                    .filter_map(|e| e.get("name").and_then(|n| n.as_str()))
                    .filter(|n| chart_text(n))
                    .map(String::from),
            );
        }
    }
    names.sort();
    names.dedup();
    names
}

fn env_names_free(_: &Values, c: &dyn ComponentValues, owned: &[String]) -> Vec<(String, String)> {
    let w = c.workload();
    let maps = [("env", &w.env), ("secretEnv", &w.secret_env), ("optionalSecretEnv", &w.optional_secret_env)];
    let mut problems = Vec::new();
    for (field, map) in maps {
        for name in map.keys().filter(|name| owned.contains(name)) {
            problems.push((format!("{field}.{name}"), "is a variable the chart sets for this component".to_string()));
        }
    }
    problems
}

/// The names the chart gives in a component's pods, as `v/<volume>`,
/// `c/<container>` and `m/<mount path>`: what its pass-through lists must not
/// repeat (the API server refuses two volumes, containers or mounts alike).
pub fn owned_pod_names(r: &Registered) -> Vec<String> {
    let mut names = Vec::new();
    for pod in probe_pods(r) {
        let strings = |list: &str, field: &str, kind: &str| -> Vec<String> {
            pod.pointer(list)
                .and_then(|l| l.as_array())
                .into_iter()
                .flatten()
                .filter_map(|item| item.get(field).and_then(|v| v.as_str()))
                .filter(|s| chart_text(s))
                .map(|s| format!("{kind}/{s}"))
                .collect()
        };
        names.extend(strings("/spec/volumes", "name", "v"));
        names.extend(strings("/spec/containers", "name", "c"));
        names.extend(strings("/spec/containers/0/volumeMounts", "mountPath", "m"));
    }
    names.sort();
    names.dedup();
    names
}

/// A mount path as the kubelet compares it: without trailing slashes.
fn mount_path(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() { path } else { trimmed }
}

fn pass_through_apart(_: &Values, c: &dyn ComponentValues, owned: &[String]) -> Vec<(String, String)> {
    let w = c.workload();
    let mut problems = Vec::new();
    // Each name once: the chart's first, then the operator's, in order.
    let mut taken: std::collections::BTreeSet<String> = owned.iter().cloned().collect();
    let mut take = |kind: &str, name: &str, path: String, what: &str| {
        let key = format!("{kind}/{name}");
        if owned.contains(&key) {
            problems.push((path, format!("({name:?}) is a {what} of the chart")));
        } else if !taken.insert(key) {
            problems.push((path, format!("({name:?}) is given twice")));
        }
    };
    for (i, v) in w.extra_volumes.0.iter().enumerate() {
        take("v", &v.name, format!("extraVolumes[{i}].name"), "volume");
    }
    for (list, containers) in [("initContainers", &w.init_containers.0), ("sidecars", &w.sidecars.0)] {
        for (i, container) in containers.iter().enumerate() {
            take("c", &container.name, format!("{list}[{i}].name"), "container");
        }
    }
    for (i, mount) in w.extra_volume_mounts.0.iter().enumerate() {
        take("m", mount_path(&mount.mount_path), format!("extraVolumeMounts[{i}].mountPath"), "mount");
    }
    problems
}

fn pod_annotations_not_owned(_: &Values, c: &dyn ComponentValues, owned: &[String]) -> Vec<(String, String)> {
    let annotations = &c.workload().pod_annotations;
    owned
        .iter()
        .filter(|k| annotations.contains_key(*k))
        .map(|k| (format!("podAnnotations.{k}"), "is set by the chart".to_string()))
        .collect()
}

fn always(_: &dyn ComponentValues) -> bool {
    true
}

fn serves_http(c: &dyn ComponentValues) -> bool {
    c.http().is_some()
}

fn replicas(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let a = &c.workload().autoscaling;
    if a.min_replicas > a.max_replicas {
        vec![(
            "autoscaling.minReplicas".into(),
            format!("({}) is greater than maxReplicas ({})", a.min_replicas, a.max_replicas),
        )]
    } else {
        Vec::new()
    }
}

fn requests_within_limits(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let r = &c.workload().resources;
    let (requests, limits) = (r.requests.entries(), r.limits.entries());
    let mut problems = Vec::new();
    for (resource, request) in &requests {
        let Some(limit) = limits.get(resource) else { continue };
        if let (Ok(req), Ok(lim)) = (request.value(), limit.value())
            && req > lim
        {
            problems.push((
                format!("resources.requests.{resource}"),
                format!("({}) is greater than limits.{resource} ({})", request.as_str(), limit.as_str()),
            ));
        }
    }
    problems
}

fn secret_env_unique(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let w = c.workload();
    let mut problems = Vec::new();
    for name in w.secret_env.keys() {
        if w.env.contains_key(name) {
            problems.push((format!("secretEnv.{name}"), "is already set by env".to_string()));
        } else if w.secrets_as_files {
            let file = format!("{name}{}", crate::common::env::FILE_SUFFIX);
            if w.env.contains_key(&file)
                || w.secret_env.contains_key(&file)
                || w.optional_secret_env.contains_key(&file)
            {
                problems.push((
                    format!("secretEnv.{name}"),
                    format!("becomes {file} with secretsAsFiles, which is already set"),
                ));
            }
        }
    }
    for name in w.optional_secret_env.keys() {
        if w.env.contains_key(name) || w.secret_env.contains_key(name) {
            problems.push((format!("optionalSecretEnv.{name}"), "is already set by env or secretEnv".to_string()));
        }
    }
    problems
}

fn ports_unique(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let Some(h) = c.http() else { return Vec::new() };
    let mut problems = Vec::new();
    let mut names = BTreeSet::new();
    let mut container_ports = BTreeSet::from([h.container_port]);
    let mut service_ports = BTreeSet::from([h.service.port]);
    for (i, p) in h.extra_ports.iter().enumerate() {
        if !names.insert(p.name.clone()) {
            problems.push((format!("extraPorts[{i}].name"), format!("({:?}) is a duplicate port name", p.name)));
        }
        if !container_ports.insert(p.container_port) {
            problems.push((
                format!("extraPorts[{i}].containerPort"),
                format!("({}) is already used by another port", p.container_port),
            ));
        }
        if !service_ports.insert(p.service_port) {
            problems.push((
                format!("extraPorts[{i}].servicePort"),
                format!("({}) is already used by another port", p.service_port),
            ));
        }
    }
    problems
}

fn grace_covers_pre_stop(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let w = c.workload();
    if w.termination_grace_period_seconds <= w.pre_stop_sleep_seconds {
        vec![(
            "terminationGracePeriodSeconds".into(),
            format!(
                "({}) must be greater than preStopSleepSeconds ({})",
                w.termination_grace_period_seconds, w.pre_stop_sleep_seconds
            ),
        )]
    } else {
        Vec::new()
    }
}

/// Keys that two maps would both write into one object's labels or
/// annotations (a duplicate key: Helm's YAML refuses it).
fn keys_apart(values: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let g = &values.global;
    let w = c.workload();
    let mut pairs = vec![
        ("podLabels", &w.pod_labels, "global.commonLabels", &g.common_labels),
        (
            "serviceAccount.annotations",
            &w.service_account.annotations,
            "global.commonAnnotations",
            &g.common_annotations,
        ),
    ];
    if let Some(h) = c.http() {
        pairs.push(("service.annotations", &h.service.annotations, "global.commonAnnotations", &g.common_annotations));
    }
    let mut problems = Vec::new();
    for (own, map, common, common_map) in pairs {
        for key in map.keys().filter(|k| common_map.contains_key(*k)) {
            problems.push((format!("{own}.{key}"), format!("is also in {common}")));
        }
    }
    problems
}

/// Every cross-field rule.
pub const RULES: &[CrossRule] = &[
    CrossRule {
        name: "replicas",
        doc: "`autoscaling.minReplicas` is at most `autoscaling.maxReplicas`",
        applies: always,
        check: replicas,
        args: no_args,
        template: r#"{{- $a := $v.autoscaling }}
{{- if gt (int64 $a.minReplicas) (int64 $a.maxReplicas) }}
{{- fail (printf "%s.autoscaling.minReplicas (%d) is greater than maxReplicas (%d)" $key (int64 $a.minReplicas) (int64 $a.maxReplicas)) }}
{{- end }}"#,
    },
    CrossRule {
        name: "requestsWithinLimits",
        doc: "each resource request is at most its limit (`resources.requests.cpu` ≤ `resources.limits.cpu`, ...)",
        applies: always,
        check: requests_within_limits,
        args: no_args,
        template: r#"{{- range $resource, $request := $v.resources.requests }}
{{- $limit := index $v.resources.limits $resource }}
{{- if and (not (kindIs "invalid" $limit)) (gt (float64 (include "maily.quantity" $request)) (float64 (include "maily.quantity" $limit))) }}
{{- fail (printf "%s.resources.requests.%s (%v) is greater than limits.%s (%v)" $key $resource $request $resource $limit) }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "secretEnvUnique",
        doc: "no variable is in two of `env`, `secretEnv` and `optionalSecretEnv`, nor, with `secretsAsFiles`, is a `secretEnv` variable's `<NAME>_FILE` in any of them",
        applies: always,
        check: secret_env_unique,
        args: no_args,
        template: r#"{{- range $name, $_ := $v.secretEnv }}
{{- $file := printf "%s_FILE" $name }}
{{- if hasKey $v.env $name }}
{{- fail (printf "%s.secretEnv.%s is already set by env" $key $name) }}
{{- else if and $v.secretsAsFiles (or (hasKey $v.env $file) (hasKey $v.secretEnv $file) (hasKey $v.optionalSecretEnv $file)) }}
{{- fail (printf "%s.secretEnv.%s becomes %s with secretsAsFiles, which is already set" $key $name $file) }}
{{- end }}
{{- end }}
{{- range $name, $_ := $v.optionalSecretEnv }}
{{- if or (hasKey $v.env $name) (hasKey $v.secretEnv $name) }}
{{- fail (printf "%s.optionalSecretEnv.%s is already set by env or secretEnv" $key $name) }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "portsUnique",
        doc: "`extraPorts` names, container ports and Service ports are unique and differ from the `http` port's",
        applies: serves_http,
        check: ports_unique,
        args: no_args,
        template: r#"{{- $names := dict }}
{{- $containerPorts := dict (toString (int64 $v.containerPort)) true }}
{{- $servicePorts := dict (toString (int64 $v.service.port)) true }}
{{- range $i, $p := $v.extraPorts }}
{{- if hasKey $names $p.name }}
{{- fail (printf "%s.extraPorts[%d].name (%q) is a duplicate port name" $key $i $p.name) }}
{{- end }}
{{- $_ := set $names $p.name true }}
{{- $c := toString (int64 $p.containerPort) }}
{{- if hasKey $containerPorts $c }}
{{- fail (printf "%s.extraPorts[%d].containerPort (%s) is already used by another port" $key $i $c) }}
{{- end }}
{{- $_ := set $containerPorts $c true }}
{{- $s := toString (int64 $p.servicePort) }}
{{- if hasKey $servicePorts $s }}
{{- fail (printf "%s.extraPorts[%d].servicePort (%s) is already used by another port" $key $i $s) }}
{{- end }}
{{- $_ := set $servicePorts $s true }}
{{- end }}"#,
    },
    CrossRule {
        name: "graceCoversPreStop",
        doc: "`terminationGracePeriodSeconds` is greater than `preStopSleepSeconds` (the pause counts against it)",
        applies: always,
        check: grace_covers_pre_stop,
        args: no_args,
        template: r#"{{- if le (int64 $v.terminationGracePeriodSeconds) (int64 $v.preStopSleepSeconds) }}
{{- fail (printf "%s.terminationGracePeriodSeconds (%d) must be greater than preStopSleepSeconds (%d)" $key (int64 $v.terminationGracePeriodSeconds) (int64 $v.preStopSleepSeconds)) }}
{{- end }}"#,
    },
    CrossRule {
        name: "keysApart",
        doc: "`podLabels` share no key with `global.commonLabels`, and the Service's and ServiceAccount's `annotations` none with `global.commonAnnotations` (one object would get the key twice)",
        applies: always,
        check: keys_apart,
        args: no_args,
        template: r#"{{- $g := $root.Values.global }}
{{- range $k, $_ := $v.podLabels }}
{{- if hasKey $g.commonLabels $k }}
{{- fail (printf "%s.podLabels.%s is also in global.commonLabels" $key $k) }}
{{- end }}
{{- end }}
{{- range $k, $_ := $v.serviceAccount.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "%s.serviceAccount.annotations.%s is also in global.commonAnnotations" $key $k) }}
{{- end }}
{{- end }}
{{- if hasKey $v "service" }}
{{- range $k, $_ := $v.service.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "%s.service.annotations.%s is also in global.commonAnnotations" $key $k) }}
{{- end }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "jsonObjects",
        doc: "keys that hold JSON text (the AI service's `agentsConfig`) hold one JSON object",
        applies: |c| !c.json_objects().is_empty(),
        check: json_objects,
        args: json_keys,
        template: r#"{{- range $field := $args }}
{{- if not (kindIs "map" (index (fromJsonArray (printf "[%s]" (index $v $field))) 0)) }}
{{- fail (printf "%s.%s is not a JSON object" $key $field) }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "envNamesFree",
        doc: "`env`, `secretEnv` and `optionalSecretEnv` name no variable the chart sets for the component (`ENVIRONMENT`, the data servers' connection variables, its own such as the web front end's `API_URL`)",
        applies: always,
        check: env_names_free,
        args: owned_env_names,
        template: r#"{{- range $field := list "env" "secretEnv" "optionalSecretEnv" }}
{{- range $name, $_ := index $v $field }}
{{- if has $name $args }}
{{- fail (printf "%s.%s.%s is a variable the chart sets for this component" $key $field $name) }}
{{- end }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "podAnnotationsNotOwned",
        doc: "`podAnnotations` leaves alone the pod annotations the chart sets on the component (`checksum/config`, the `prometheus.io/*` ones)",
        applies: always,
        check: pod_annotations_not_owned,
        args: owned_pod_annotations,
        template: r#"{{- range $annotation := $args }}
{{- if hasKey $v.podAnnotations $annotation }}
{{- fail (printf "%s.podAnnotations.%s is set by the chart" $key $annotation) }}
{{- end }}
{{- end }}"#,
    },
    CrossRule {
        name: "sloOrdered",
        doc: "the `slo`'s `errorPercentWarning` is at most its `errorPercentCritical`",
        applies: |c| c.slo().is_some(),
        check: crate::monitoring::rules::slo_ordered,
        args: no_args,
        template: crate::monitoring::rules::SLO_ORDERED_TPL,
    },
    CrossRule {
        name: "passThroughApart",
        doc: "`extraVolumes`, `initContainers`, `sidecars` and `extraVolumeMounts` reuse no volume name, container name or mount path, the chart's or each other's",
        applies: always,
        check: pass_through_apart,
        args: owned_pod_names,
        template: r#"{{- $taken := dict }}
{{- range $i, $volume := $v.extraVolumes }}
{{- $id := printf "v/%s" $volume.name }}
{{- if has $id $args }}
{{- fail (printf "%s.extraVolumes[%d].name (%q) is a volume of the chart" $key $i $volume.name) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.extraVolumes[%d].name (%q) is given twice" $key $i $volume.name) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}
{{- range $list := list "initContainers" "sidecars" }}
{{- range $i, $container := index $v $list }}
{{- $id := printf "c/%s" $container.name }}
{{- if has $id $args }}
{{- fail (printf "%s.%s[%d].name (%q) is a container of the chart" $key $list $i $container.name) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.%s[%d].name (%q) is given twice" $key $list $i $container.name) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}
{{- end }}
{{- range $i, $mount := $v.extraVolumeMounts }}
{{- $path := regexReplaceAll "/+$" $mount.mountPath "" | default $mount.mountPath }}
{{- $id := printf "m/%s" $path }}
{{- if has $id $args }}
{{- fail (printf "%s.extraVolumeMounts[%d].mountPath (%q) is a mount of the chart" $key $i $path) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.extraVolumeMounts[%d].mountPath (%q) is given twice" $key $i $path) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}"#,
    },
];

/// A cross-field rule over the whole chart (several components at once).
#[derive(Clone, Copy)]
pub struct ChartRule {
    /// Its name: the template is `maily.check.<name>`.
    pub name: &'static str,
    /// What it demands, for operators.
    pub doc: &'static str,
    /// The Rust twin: `(values path, message)` per problem.
    pub check: fn(&Values) -> Vec<(String, String)>,
    /// The Helm twin: the body of `maily.check.<name>`, which sees `$root`
    /// (the chart's `$`); made from the registry.
    pub template: fn() -> String,
}

fn service_account_names_unique(values: &Values) -> Vec<(String, String)> {
    let mut creators: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    for r in ALL {
        let w = (r.values)(values).workload();
        let sa = &w.service_account;
        if w.enabled && sa.create && !sa.name.is_empty() {
            match creators.get(sa.name.as_str()) {
                Some(first) => problems.push((
                    format!("{first}.serviceAccount.name"),
                    format!(
                        "and {}.serviceAccount.name both name the ServiceAccount {:?}: set one of them apart",
                        r.def.key, sa.name
                    ),
                )),
                None => {
                    creators.insert(&sa.name, r.def.key);
                }
            }
        }
    }
    problems
}

/// The Helm side also knows the release, so it compares the names the
/// ServiceAccounts really get (`serviceAccount.name`, else the component's
/// object name); `gen` compares the names it knows, and `render` refuses two
/// objects of one kind and name (which covers the rest).
fn service_account_names_unique_tpl() -> String {
    let components: Vec<String> = ALL.iter().map(|r| format!("(list {:?} {:?})", r.def.key, r.def.name)).collect();
    format!(
        r#"{{{{- $creators := dict }}}}
{{{{- range $component := list {} }}}}
{{{{- $key := index $component 0 }}}}
{{{{- $v := index $root.Values $key }}}}
{{{{- if and $v.enabled $v.serviceAccount.create }}}}
{{{{- $name := include "maily.serviceAccountName" (list $root $key (index $component 1)) }}}}
{{{{- if hasKey $creators $name }}}}
{{{{- fail (printf "%s.serviceAccount.name and %s.serviceAccount.name both name the ServiceAccount %q: set one of them apart" (get $creators $name) $key $name) }}}}
{{{{- end }}}}
{{{{- $_ := set $creators $name $key }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        components.join(" ")
    )
}

/// Every chart-wide rule.
pub const CHART_RULES: &[ChartRule] = &[
    ChartRule {
        name: "serviceAccountNamesUnique",
        doc: "no two enabled components create a ServiceAccount of the same `serviceAccount.name`",
        check: service_account_names_unique,
        template: service_account_names_unique_tpl,
    },
    crate::data_tier::RULES[0],
    crate::network::rules::RULES[0],
    crate::network::rules::RULES[1],
    crate::network::rules::RULES[2],
    crate::network::rules::RULES[3],
    crate::network::rules::RULES[4],
    crate::monitoring::rules::RULES[0],
    crate::monitoring::rules::RULES[1],
    crate::secrets::rules::RULES[0],
    crate::secrets::rules::RULES[1],
    crate::guards::RULES[0],
    crate::guards::RULES[1],
];

/// The problems of every registered component and of the chart as a whole:
/// `(values path, message)`.
pub fn problems(values: &crate::values::Values) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for rule in CHART_RULES {
        out.extend((rule.check)(values));
    }
    for r in ALL {
        let component = (r.values)(values);
        for rule in RULES.iter().filter(|rule| (rule.applies)(component)) {
            let args = (rule.args)(r);
            out.extend(
                (rule.check)(values, component, &args)
                    .into_iter()
                    .map(|(path, m)| (format!("{}.{path}", r.def.key), m)),
            );
        }
    }
    out
}

/// The key `maily.checks` sets in `.Release` once it has run, followed by
/// `:` and the chart's `.Template.BasePath`: Helm gives every template of a
/// render the same `.Release` map (Helm 3 and 4: `engine.allTemplates` hands
/// the parent's `Release` to every subchart), so the ~0.5 MB of checks run
/// once per render instead of once per object template, and once per copy
/// of the chart when an umbrella chart holds it twice (two aliases, two
/// base paths, two sets of values).
pub const CHECKED_MARK: &str = "mailyChecksRan";

/// `templates/_checks.tpl`: `maily.checks` (every key present, then every
/// rule for every registered component it applies to) and one named
/// template per rule.
pub fn checks_tpl() -> String {
    let mut text = format!(
        "{{{{/*\nmaily.checks: renders nothing, or fails naming the values key that is missing or\n\
         breaks a cross-field rule. Every object template includes it first; the checks run once per\n\
         render (the first include marks the release map, which every template of the chart shares).\n\
         Usage: {{{{- include \"maily.checks\" $ }}}}\n*/}}}}\n\
         {{{{- define \"maily.checks\" -}}}}\n\
         {{{{- $mark := printf \"{CHECKED_MARK}:%s\" $.Template.BasePath }}}}\n\
         {{{{- if not (hasKey $.Release $mark) }}}}\n\
         {{{{- $_ := set $.Release $mark true }}}}\n\
         {}{}{}{{{{- end }}}}\n{{{{- end }}}}\n\n",
        required_checks(),
        checks_calls(),
        CHART_RULES
            .iter()
            .map(|r| format!("{{{{- include \"maily.check.{}\" (list $) }}}}\n", r.name))
            .collect::<String>()
    );
    for rule in CHART_RULES {
        text += &format!(
            "\n{{{{/*\nmaily.check.{name}: {doc}. Fails naming the fields.\n\
             Usage: {{{{ include \"maily.check.{name}\" (list $) }}}}\n*/}}}}\n\
             {{{{- define \"maily.check.{name}\" -}}}}\n\
             {{{{- $root := index . 0 }}}}\n\
             {template}\n\
             {{{{- end }}}}\n",
            name = rule.name,
            doc = rule.doc,
            template = (rule.template)(),
        );
    }
    for rule in RULES {
        text += &format!(
            "\n{{{{/*\nmaily.check.{name}: {doc}. Fails naming the fields.\n\
             Usage: {{{{ include \"maily.check.{name}\" (list $ \"api\" (list)) }}}}\n*/}}}}\n\
             {{{{- define \"maily.check.{name}\" -}}}}\n\
             {{{{- $root := index . 0 }}}}\n\
             {{{{- $key := index . 1 }}}}\n\
             {{{{- $v := index $root.Values $key }}}}\n\
             {{{{- $args := index . 2 }}}}\n\
             {template}\n\
             {{{{- end }}}}\n",
            name = rule.name,
            doc = rule.doc,
            template = rule.template,
        );
    }
    text
}

/// The README section that a missing key's message points to.
pub const UPGRADING_SECTION: &str = "Upgrading and migrating";

/// The first part of `maily.checks`: every key values.yaml holds
/// must be there (parents first), or the render fails saying which and how
/// to upgrade. `helm upgrade --reuse-values` across a chart version that adds
/// a key is the usual cause: it keeps the old version's values.
fn required_checks() -> String {
    let mut text = String::new();
    for path in crate::schema::required_paths() {
        let (parent, key) = match path.rsplit_once('.') {
            Some((parent, key)) => {
                let segments: Vec<String> = parent.split('.').map(|s| format!("{s:?}")).collect();
                (format!("(index $.Values {})", segments.join(" ")), key)
            }
            None => ("$.Values".to_string(), path.as_str()),
        };
        // `index` gives nil both for a missing key and for a null (which
        // `helm lint` keeps where `helm template` drops the key).
        text += &format!(
            "{{{{- if kindIs \"invalid\" (index {parent} {key:?}) }}}}\n\
             {{{{- fail \"values key {path} is missing (or null): values.yaml sets it, so something removed it. \
             After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values \
             instead (chart README, {UPGRADING_SECTION})\" }}}}\n\
             {{{{- end }}}}\n"
        );
    }
    text
}

/// The rule calls of `maily.checks`: every rule for every registered
/// component it applies to (whether a component serves HTTP is a fact of
/// its values type, so the probe decides).
fn checks_calls() -> String {
    let mut text = String::new();
    for r in ALL {
        let component = (r.values)(crate::render::probe_values());
        for rule in RULES.iter().filter(|rule| (rule.applies)(component)) {
            let args: Vec<String> = (rule.args)(r).iter().map(|a| format!("{a:?}")).collect();
            let args = if args.is_empty() { "(list)".to_string() } else { format!("(list {})", args.join(" ")) };
            text += &format!("{{{{- include \"maily.check.{}\" (list $ \"{}\" {args}) }}}}\n", rule.name, r.def.key);
        }
    }
    text
}
