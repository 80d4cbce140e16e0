//! Security and secrets (issue 8): with every optional security object on
//! (`support::security::SECURITY_SET`), each environment renders the same
//! objects under Helm 3 and 4 as in Rust, and its custom resources validate
//! against their CRDs; the ExternalSecret holds exactly the Secret keys the
//! pods read; every pod meets the Pod Security Standards `restricted`
//! profile; no RBAC object is rendered and no token is mounted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use maily_chart::Values;
use maily_chart_tests::security::{SECURITY_SET, rbac_problems, restricted_problems, with_security};
use maily_chart_tests::*;
use serde_json::{Value, json};

helm_tests!(
    every_environment_with_every_security_object_renders_the_same_objects_as_helm,
    a_component_that_asks_and_only_it_rolls_on_secret_change,
);

const RELEASE: &str = "maily";

fn objects_of<'a>(objects: &'a [Value], kind: &str) -> Vec<&'a Value> {
    objects.iter().filter(|o| o["kind"] == kind).collect()
}

fn every_environment_with_every_security_object_renders_the_same_objects_as_helm(helm: HelmMajor) {
    for (name, values) in all_environments() {
        let namespace = format!("maily-{name}");
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let printed = helm
            .template(RELEASE, &namespace, &files, &[SECURITY_SET])
            .unwrap_or_else(|e| panic!("{helm}: `{name}` with {SECURITY_SET}: {e}"));
        let rust = render_objects(&with_security(values), RELEASE, &namespace);
        if let Err(report) = compare_objects(&printed, &rust) {
            panic!("{helm}: environment `{name}` with {SECURITY_SET}:\n{report}");
        }
        for kind in ["ExternalSecret", "SecretStore", "ResourceQuota", "LimitRange"] {
            assert_eq!(objects_of(&printed, kind).len(), 1, "{helm}: `{name}` renders one {kind}");
        }
        crd::validate_all(&printed).unwrap_or_else(|e| panic!("{helm}: `{name}`: {e}"));
        let reloaded = objects_of(&printed, "Deployment")
            .iter()
            .filter(|d| {
                d.pointer("/metadata/annotations/secret.reloader.stakater.com~1reload") == Some(&json!("maily-secrets"))
            })
            .count();
        assert_eq!(
            reloaded,
            objects_of(&printed, "Deployment").len(),
            "{helm}: `{name}`: reloader.enabled annotates every Deployment"
        );
    }
}

fn a_component_that_asks_and_only_it_rolls_on_secret_change(helm: HelmMajor) {
    let files = values_files_of("production");
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let printed = helm
        .template(
            RELEASE,
            "maily-production",
            &files,
            &["web.reloadOnSecretChange=true,global.existingSecret=maily-prod"],
        )
        .expect("helm template");
    let mut values = values_of("production");
    values.web.workload.reload_on_secret_change = true;
    values.global.existing_secret = "maily-prod".into();
    compare_objects(&printed, &render_objects(&values, RELEASE, "maily-production")).unwrap_or_else(|r| panic!("{r}"));
    let annotated: BTreeMap<String, Option<&Value>> = objects_of(&printed, "Deployment")
        .into_iter()
        .map(|d| (key_of(d).1, d.pointer("/metadata/annotations/secret.reloader.stakater.com~1reload")))
        .collect();
    assert!(annotated.len() > 4, "production's Deployments: {annotated:?}");
    let prod = json!("maily-prod");
    for (name, annotation) in &annotated {
        let expected = (name == "maily-web").then_some(&prod);
        assert_eq!(*annotation, expected, "{name}");
    }
    // Without the opt-in, nothing rolls.
    let plain = render_objects(&values_of("production"), RELEASE, "maily-production");
    assert!(
        objects_of(&plain, "Deployment")
            .iter()
            .all(|d| d.pointer("/metadata/annotations/secret.reloader.stakater.com~1reload").is_none())
    );
}

/// The keys of `secret` that the pods read, through `secretKeyRef` or as
/// files (the items of a Secret volume; a volume of the whole Secret fails).
fn keys_read(objects: &[Value], secret: &str) -> BTreeSet<String> {
    keys_read_as(objects, secret, true)
}

/// [`keys_read`], with or without the `optional: true` references.
fn keys_read_as(objects: &[Value], secret: &str, with_optional: bool) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for object in objects {
        for (_, spec, _) in security::pod_specs(object) {
            for volume in spec.get("volumes").and_then(Value::as_array).into_iter().flatten() {
                if let Some(s) = volume.get("secret") {
                    assert_eq!(s["secretName"], secret, "{:?} mounts another Secret", key_of(object));
                    let items =
                        s["items"].as_array().unwrap_or_else(|| panic!("{:?} mounts the whole Secret", key_of(object)));
                    keys.extend(items.iter().map(|i| i["key"].as_str().expect("a key").to_string()));
                }
            }
            for list in ["initContainers", "containers"] {
                for c in spec.get(list).and_then(Value::as_array).into_iter().flatten() {
                    for env in c.get("env").and_then(Value::as_array).into_iter().flatten() {
                        if let Some(r) = env.pointer("/valueFrom/secretKeyRef") {
                            assert_eq!(r["name"], secret, "{:?} reads another Secret", key_of(object));
                            if with_optional || r["optional"] != json!(true) {
                                keys.insert(r["key"].as_str().expect("a key").to_string());
                            }
                        }
                    }
                }
            }
        }
    }
    keys
}

/// The ExternalSecret's data as `secretKey -> (remote key, property)`.
fn external_data(objects: &[Value]) -> BTreeMap<String, (String, Option<String>)> {
    let es = objects_of(objects, "ExternalSecret");
    assert_eq!(es.len(), 1, "one ExternalSecret");
    es[0]["spec"]["data"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let r = &d["remoteRef"];
            (
                d["secretKey"].as_str().expect("secretKey").to_string(),
                (r["key"].as_str().expect("key").to_string(), r["property"].as_str().map(String::from)),
            )
        })
        .collect()
}

#[test]
fn the_external_secret_holds_exactly_the_keys_the_pods_read() {
    let mut cases: Vec<(String, Values)> =
        all_environments().into_iter().map(|(name, v)| (name, with_security(v))).collect();
    // A component switched off takes its keys with it; its remoteRefs
    // entries stay, unused, with no other edit.
    let mut v = with_security(values_of("production"));
    v.workers.workload.enabled = false;
    assert!(
        v.external_secret.remote_refs.contains_key("rabbitmq-url"),
        "the case needs a workers-only key in remoteRefs"
    );
    cases.push(("production without workers".into(), v));
    // A key a component starts to read is in the ExternalSecret at once.
    let mut v = with_security(values_of("staging"));
    v.web.workload.secret_env.insert("SENTRY_DSN".into(), "sentry-dsn".into());
    cases.push(("staging with sentry-dsn".into(), v));
    for (name, values) in cases {
        let environment = values.global.environment.clone();
        maily_chart::validate::validate(&environment, &values).unwrap_or_else(|e| panic!("`{name}`: {e:?}"));
        let objects = render_objects(&values, RELEASE, "maily");
        let read = keys_read(&objects, &values.global.existing_secret);
        // An optional key is fetched only when remoteRefs names it (the
        // operator fails the whole ExternalSecret on one missing remote key).
        let required = keys_read_as(&objects, &values.global.existing_secret, false);
        let named: BTreeSet<String> = read
            .iter()
            .filter(|k| required.contains(*k) || values.external_secret.remote_refs.contains_key(*k))
            .cloned()
            .collect();
        let data = external_data(&objects);
        let fetched: BTreeSet<String> = data.keys().cloned().collect();
        let missing: Vec<&String> = named.difference(&fetched).collect();
        let unused: Vec<&String> = fetched.difference(&named).collect();
        assert!(missing.is_empty(), "`{name}`: keys the pods read but the ExternalSecret does not fetch: {missing:?}");
        assert!(unused.is_empty(), "`{name}`: keys the ExternalSecret fetches but no pod reads: {unused:?}");
        assert!(read.len() >= 3, "`{name}`: the pods read {read:?}");
        // Each key where remoteRefs says, else the property of its own name in remoteKey.
        for (key, (remote, property)) in &data {
            let expected = match values.external_secret.remote_refs.get(key) {
                Some(r) => (r.key.clone(), (!r.property.is_empty()).then(|| r.property.clone())),
                None => (values.external_secret.remote_key.clone(), Some(key.clone())),
            };
            assert_eq!((remote.clone(), property.clone()), expected, "`{name}`: {key}");
        }
        let es = objects_of(&objects, "ExternalSecret")[0];
        assert_eq!(es["spec"]["target"], json!({"name": values.global.existing_secret, "creationPolicy": "Owner"}));
        assert_eq!(es["spec"]["refreshInterval"], "1h");
    }
    // The legacy ExternalSecret's mapping (INVENTORY.md §6.1) in production.
    let data = external_data(&render_objects(&with_security(values_of("production")), RELEASE, "maily"));
    assert_eq!(data["database-url"], ("maily/database".to_string(), Some("url".to_string())));
    assert_eq!(data["openai-api-key"], ("maily/ai".to_string(), Some("openai-key".to_string())));
    assert_eq!(data["nextauth-secret"], ("maily/app".to_string(), Some("nextauth-secret".to_string())));
    assert!(!data.contains_key("groq-api-key"), "an optional key remoteRefs does not name is not fetched");
    assert_eq!(data["redis-password"], ("maily/redis".to_string(), Some("password".to_string())));
}

#[test]
fn credentials_as_files_mount_only_the_keys_read_and_need_no_checkov_skip() {
    let mut values = values_of("production");
    values.api.workload.secrets_as_files = true;
    let objects = render_objects(&values, RELEASE, "maily-production");
    let deployment = |name: &str| {
        objects.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == name).expect("the Deployment")
    };
    let api = deployment("maily-api");
    let container = &api["spec"]["template"]["spec"]["containers"][0];
    let env: BTreeMap<&str, &Value> =
        container["env"].as_array().unwrap().iter().map(|e| (e["name"].as_str().unwrap(), e)).collect();
    for (name, key) in &values.api.workload.secret_env {
        assert!(!env.contains_key(name.as_str()), "{name} is still a variable");
        assert_eq!(env[format!("{name}_FILE").as_str()]["value"], format!("/var/run/secrets/maily/{key}"));
    }
    assert!(!container.to_string().contains("secretKeyRef"));
    let mount = container["volumeMounts"].as_array().unwrap().iter().find(|m| m["name"] == "secret-files").unwrap();
    assert_eq!(mount, &json!({"name": "secret-files", "mountPath": "/var/run/secrets/maily", "readOnly": true}));
    let volume = api["spec"]["template"]["spec"]["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "secret-files")
        .unwrap();
    assert_eq!(
        volume["secret"],
        json!({"secretName": "maily-secrets", "defaultMode": 0o440, "items": [
            {"key": "database-url", "path": "database-url"},
            {"key": "jwt-secret", "path": "jwt-secret"},
            {"key": "rabbitmq-url", "path": "rabbitmq-url"},
            {"key": "redis-url", "path": "redis-url"}
        ]})
    );
    // The data servers' URLs are files too (the tier is outside in production).
    for var in ["DATABASE_URL", "REDIS_URL", "RABBITMQ_URL"] {
        assert!(!env.contains_key(var), "{var} is still a variable");
        assert!(env.contains_key(format!("{var}_FILE").as_str()), "no {var}_FILE");
    }
    // checkov's CKV_K8S_35 passes there: no skip; the web keeps variables and its skip.
    let skips = |d: &Value| d["metadata"]["annotations"].to_string().contains("CKV_K8S_35");
    assert!(!skips(api) && skips(deployment("maily-web")));
    // Without a key of its own the volume holds the data servers' URLs only.
    values.api.workload.secret_env.clear();
    let objects = render_objects(&values, RELEASE, "maily-production");
    let api = objects.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-api").unwrap();
    let items: BTreeSet<String> = keys_read(std::slice::from_ref(api), "maily-secrets");
    assert_eq!(items, BTreeSet::from(["database-url", "rabbitmq-url", "redis-url"].map(String::from)));
    // Nothing to mount without any key: in development the data servers are
    // in the release (their URLs are built from variables), so an api with
    // no secretEnv mounts no file.
    let mut values = values_of("development");
    values.api.workload.secrets_as_files = true;
    values.api.workload.secret_env.clear();
    let objects = render_objects(&values, RELEASE, "maily-dev");
    let api = objects.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-api").unwrap();
    assert!(!api.to_string().contains("secret-files"), "the api mounts nothing");
    assert!(api.to_string().contains("MAILY_POSTGRES_PASSWORD"), "the in-cluster credentials stay variables");
}

#[test]
fn an_external_secret_for_pods_that_read_no_key_fetches_nothing() {
    let mut values = with_security(values_of("development"));
    values.data_tier.enabled = false;
    for r in maily_chart::components::ALL {
        let w = (r.values_mut)(&mut values).workload_mut();
        w.secret_env.clear();
        w.optional_secret_env.clear();
        // A component that calls a data server reads its URL.
        if !maily_chart::data_tier::url_keys(r.def).is_empty() {
            w.enabled = false;
        }
    }
    values.external_secret.remote_refs.clear();
    let objects = render_objects(&values, RELEASE, "maily");
    assert!(keys_read(&objects, "maily-secrets").is_empty());
    assert!(objects_of(&objects, "ExternalSecret")[0]["spec"].get("data").is_none());
}

#[test]
fn the_vault_store_logs_in_as_its_own_service_account() {
    let objects = render_objects(&with_security(values_of("production")), RELEASE, "maily-production");
    let store = objects_of(&objects, "SecretStore")[0];
    assert_eq!(store["metadata"]["name"], "vault-backend");
    assert_eq!(
        store["spec"]["provider"]["vault"],
        json!({
            "server": "https://vault.maily.example.com",
            "path": "secret",
            "version": "v2",
            "auth": {"kubernetes": {"mountPath": "kubernetes", "role": "maily-role", "serviceAccountRef": {"name": "maily-secret-store"}}}
        })
    );
    let es = objects_of(&objects, "ExternalSecret")[0];
    assert_eq!(es["spec"]["secretStoreRef"], json!({"kind": "SecretStore", "name": "vault-backend"}));
    let accounts: Vec<&Value> = objects_of(&objects, "ServiceAccount")
        .into_iter()
        .filter(|a| a["metadata"]["name"] == "maily-secret-store")
        .collect();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0]["automountServiceAccountToken"], false);
    // A store of the cluster's own: no SecretStore, no ServiceAccount.
    let mut values = with_security(values_of("production"));
    values.external_secret.vault.create = false;
    values.external_secret.secret_store_ref.kind = "ClusterSecretStore".into();
    values.external_secret.secret_store_ref.name = "platform-vault".into();
    let objects = render_objects(&values, RELEASE, "maily-production");
    assert!(objects_of(&objects, "SecretStore").is_empty());
    assert!(!objects.iter().any(|o| o["metadata"]["name"] == "maily-secret-store"));
    let es = objects_of(&objects, "ExternalSecret")[0];
    assert_eq!(es["spec"]["secretStoreRef"], json!({"kind": "ClusterSecretStore", "name": "platform-vault"}));
}

/// Every environment, as it is and with every security object on.
fn renders() -> Vec<(String, Vec<Value>)> {
    all_environments()
        .into_iter()
        .flat_map(|(name, values)| {
            let namespace = format!("maily-{name}");
            [
                (name.clone(), render_objects(&values, RELEASE, &namespace)),
                (format!("{name} with security"), render_objects(&with_security(values), RELEASE, &namespace)),
            ]
        })
        .collect()
}

#[test]
fn every_pod_meets_the_restricted_pod_security_standard() {
    let mut pods = 0;
    let mut test_pods = 0;
    for (name, objects) in renders() {
        let problems = restricted_problems(&objects);
        assert!(problems.is_empty(), "`{name}` breaks the restricted profile:\n{}", problems.join("\n"));
        pods += objects.iter().flat_map(security::pod_specs).count();
        test_pods += objects_of(&objects, "Pod").len();
    }
    assert!(pods >= 40 && test_pods >= 12, "checked {pods} pod specs, {test_pods} of them helm test pods");
}

/// A change that breaks the profile.
type Break = fn(&mut Value);

#[test]
fn the_restricted_check_refuses_each_forbidden_setting() {
    let objects = render_objects(&values_of("production"), RELEASE, "maily");
    let deployment = objects_of(&objects, "Deployment")[0].clone();
    let breaks: &[(&str, Break, &str)] = &[
        (
            "privileged",
            |d| d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = json!(true),
            "privileged",
        ),
        (
            "escalation",
            |d| {
                d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["allowPrivilegeEscalation"] =
                    json!(true)
            },
            "allowPrivilegeEscalation is not false",
        ),
        (
            "root",
            |d| {
                d["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] = json!(false);
            },
            "runAsNonRoot is false",
        ),
        (
            "uid 0",
            |d| d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["runAsUser"] = json!(0),
            "runAsUser is 0",
        ),
        (
            "no drop",
            |d| d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["capabilities"] = json!({}),
            "capabilities.drop does not hold ALL",
        ),
        (
            "add",
            |d| {
                d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] =
                    json!(["SYS_ADMIN"])
            },
            "adds capability SYS_ADMIN",
        ),
        (
            "unconfined",
            |d| d["spec"]["template"]["spec"]["securityContext"]["seccompProfile"] = json!({"type": "Unconfined"}),
            "seccompProfile.type is Unconfined",
        ),
        ("host network", |d| d["spec"]["template"]["spec"]["hostNetwork"] = json!(true), "spec.hostNetwork is true"),
        (
            "host path",
            |d| d["spec"]["template"]["spec"]["volumes"][0] = json!({"name": "h", "hostPath": {"path": "/"}}),
            "hostPath volumes are not allowed",
        ),
        (
            "host port",
            |d| {
                d["spec"]["template"]["spec"]["containers"][0]["ports"] = json!([{"containerPort": 80, "hostPort": 80}])
            },
            "hostPort 80",
        ),
        (
            "proc mount",
            |d| d["spec"]["template"]["spec"]["containers"][0]["securityContext"]["procMount"] = json!("Unmasked"),
            "procMount",
        ),
        (
            "sysctl",
            |d| {
                d["spec"]["template"]["spec"]["securityContext"]["sysctls"] =
                    json!([{"name": "kernel.msgmax", "value": "1"}])
            },
            "kernel.msgmax is not a safe sysctl",
        ),
    ];
    assert!(restricted_problems(std::slice::from_ref(&deployment)).is_empty());
    // NET_BIND_SERVICE is the one capability the profile lets a container add.
    let mut allowed = deployment.clone();
    allowed["spec"]["template"]["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] =
        json!(["NET_BIND_SERVICE"]);
    assert!(restricted_problems(&[allowed]).is_empty());
    for (what, change, expected) in breaks {
        let mut broken = deployment.clone();
        change(&mut broken);
        let problems = restricted_problems(&[broken]);
        assert!(problems.iter().any(|p| p.contains(expected)), "{what}: {problems:?}");
    }
}

#[test]
fn no_role_is_rendered_and_no_service_account_token_is_mounted() {
    let mut accounts = 0;
    for (name, objects) in renders() {
        let problems = rbac_problems(&objects);
        assert!(problems.is_empty(), "`{name}`:\n{}", problems.join("\n"));
        accounts += objects_of(&objects, "ServiceAccount").len();
    }
    assert!(accounts >= 16, "{accounts} ServiceAccounts checked");
    // The check has teeth: a Role, a mounted token.
    let role = json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r"}});
    let account = json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "a"}});
    assert_eq!(rbac_problems(&[role, account]).len(), 2);
}

#[test]
fn the_namespace_guards_are_one_quota_and_one_limit_range() {
    let objects = render_objects(&with_security(values_of("production")), RELEASE, "maily-production");
    let quotas = objects_of(&objects, "ResourceQuota");
    assert_eq!(quotas.len(), 1, "the legacy's four overlapping quotas are one");
    assert_eq!(
        quotas[0]["spec"]["hard"],
        json!({
            "configmaps": "100", "limits.cpu": "32", "limits.memory": "64Gi", "persistentvolumeclaims": "50",
            "pods": "100", "requests.cpu": "16", "requests.memory": "32Gi", "requests.storage": "500Gi",
            "secrets": "100", "services": "50", "services.loadbalancers": "10", "services.nodeports": "10"
        })
    );
    let ranges = objects_of(&objects, "LimitRange");
    assert_eq!(ranges.len(), 1);
    assert_eq!(
        ranges[0]["spec"]["limits"],
        json!([
            {"type": "Container", "default": {"cpu": "500m", "memory": "512Mi"}, "defaultRequest": {"cpu": "100m", "memory": "256Mi"},
             "min": {"cpu": "50m", "memory": "32Mi"}, "max": {"cpu": "4", "memory": "8Gi"}},
            {"type": "Pod", "max": {"cpu": "8", "memory": "16Gi"}}
        ])
    );
    // Without a pod bound and a quota: no Pod item, no ResourceQuota.
    let mut values = with_security(values_of("production"));
    values.namespace_guards.pod_max.0.clear();
    values.namespace_guards.quota.clear();
    let objects = render_objects(&values, RELEASE, "maily-production");
    assert!(objects_of(&objects, "ResourceQuota").is_empty());
    assert_eq!(objects_of(&objects, "LimitRange")[0]["spec"]["limits"].as_array().map(Vec::len), Some(1));
}
