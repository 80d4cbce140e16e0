//! What the core needs to run as the legacy ran it (issue 11, part 3), and
//! the development data tier: each assertion here failed before the change
//! it guards. The objects are the Rust render, which `tests/equivalence.rs`
//! holds equal to what Helm prints.

use maily_chart::components::ai_service::{CONFIG_FILE, OctotoolsConfig};
use maily_chart_tests::*;
use serde_json::{Value, json};

const RELEASE: &str = "maily";

fn objects(env: &str) -> Vec<Value> {
    render_objects(&values_of(env), RELEASE, "maily")
}

fn object<'a>(objects: &'a [Value], kind: &str, name: &str) -> Option<&'a Value> {
    objects.iter().find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
}

/// The main container's variables of a workload, by name.
fn env_of(objects: &[Value], kind: &str, name: &str) -> serde_json::Map<String, Value> {
    let o = object(objects, kind, name).unwrap_or_else(|| panic!("{kind} {name}"));
    let c = &o["spec"]["template"]["spec"]["containers"][0];
    c["env"]
        .as_array()
        .expect("env")
        .iter()
        .map(|v| (v["name"].as_str().expect("name").to_string(), v.clone()))
        .collect()
}

fn literal<'a>(env: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a str> {
    env.get(name).and_then(|v| v["value"].as_str())
}

#[test]
fn the_web_front_end_knows_where_the_api_is_in_every_environment() {
    for (env, _) in all_environments() {
        let objects = objects(&env);
        let web = env_of(&objects, "Deployment", "maily-web");
        assert_eq!(literal(&web, "API_URL"), Some("http://maily-api:80"), "{env}: the api's Service");
        assert!(object(&objects, "Service", "maily-api").is_some(), "{env}: API_URL names a Service that exists");
        if env != "default" {
            // Public URLs are the environment's hosts: the defaults have none.
            assert!(literal(&web, "NEXTAUTH_URL").is_some_and(|u| u.starts_with("http")), "{env}: NEXTAUTH_URL");
            assert!(literal(&web, "NEXT_PUBLIC_API_URL").is_some(), "{env}: NEXT_PUBLIC_API_URL");
        }
    }
    let production = env_of(&objects("production"), "Deployment", "maily-web");
    assert_eq!(literal(&production, "NEXTAUTH_URL"), Some("https://app.justmaily.com"));
    assert_eq!(literal(&production, "NEXT_PUBLIC_API_URL"), Some("https://api.justmaily.com"));
    assert_eq!(literal(&production, "NEXT_PUBLIC_CDN_URL"), Some("https://static.justmaily.com"));
    // Another release names another Service.
    let other = render_objects(&values_of("staging"), "blue", "maily");
    assert_eq!(literal(&env_of(&other, "Deployment", "blue-maily-web"), "API_URL"), Some("http://blue-maily-api:80"));
}

#[test]
fn the_ai_service_reads_octotools_config_json_with_the_legacy_agents_and_workflows() {
    let objects = objects("production");
    let config_map = object(&objects, "ConfigMap", "maily-ai-service").expect("the AI service's ConfigMap");
    assert_eq!(CONFIG_FILE, "octotools-config.json");
    let keys: Vec<&String> = config_map["data"].as_object().expect("data").keys().collect();
    assert_eq!(keys, ["octotools-config.json"], "the file name the service reads");
    let text = config_map["data"][CONFIG_FILE].as_str().expect("text");
    let config: OctotoolsConfig = serde_json::from_str(text).expect("the typed configuration");
    assert!(config.problems().is_empty(), "{:?}", config.problems());
    let iterations: Vec<(&str, u32)> = config.agents.iter().map(|(n, a)| (n.as_str(), a.max_iterations)).collect();
    assert_eq!(
        iterations,
        [("content_analyzer", 3), ("conversation_manager", 3), ("email_composer", 5), ("trust_verifier", 2)]
    );
    assert!(config.agents.values().all(|a| a.system_prompt.starts_with("You are ")), "system prompts kept");
    let raw: Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(
        raw["workflows"]["email_creation"]["steps"][1],
        json!({"agent": "email_composer", "input": "content_analysis", "output": "email_draft"})
    );
    assert_eq!(raw["workflows"]["email_response"]["steps"].as_array().map(Vec::len), Some(4));
    // Mounted where the service looks: /app/config/octotools-config.json.
    let d = object(&objects, "Deployment", "maily-ai-service").expect("Deployment");
    let mounts = &d["spec"]["template"]["spec"]["containers"][0]["volumeMounts"];
    assert!(mounts.as_array().expect("mounts").iter().any(|m| m["mountPath"] == "/app/config"));
}

#[test]
fn validation_refuses_an_octotools_config_whose_step_names_an_unknown_agent() {
    let mut values = values_of("production");
    let mut config: OctotoolsConfig = serde_json::from_str(&values.ai_service.agents_config).expect("typed");
    config.workflows.get_mut("email_creation").expect("workflow").steps[0].agent = "ghost".into();
    values.ai_service.agents_config = config.to_json();
    let errors = maily_chart::validate::validate("production", &values).expect_err("refused");
    assert!(
        errors.iter().any(|e| e.contains("aiService.agentsConfig") && e.contains("unknown agent ghost")),
        "{errors:?}"
    );
    values.ai_service.agents_config = r#"{"agents": {}, "workflows": {}, "extra": 1}"#.into();
    let errors = maily_chart::validate::validate("production", &values).expect_err("refused");
    assert!(errors.iter().any(|e| e.contains("is not an OctoTools configuration")), "{errors:?}");
}

#[test]
fn staging_ai_service_has_its_redis_host_and_port_and_scales_down_after_five_minutes() {
    let objects = objects("staging");
    let env = env_of(&objects, "Deployment", "maily-ai-service");
    assert_eq!(literal(&env, "REDIS_HOST"), Some("redis-master.staging.svc.cluster.local"));
    assert_eq!(literal(&env, "REDIS_PORT"), Some("6379"));
    let hpa = object(&objects, "HorizontalPodAutoscaler", "maily-ai-service").expect("HPA");
    assert_eq!(hpa["spec"]["behavior"], json!({"scaleDown": {"stabilizationWindowSeconds": 300}}));
    // In development the AI service, when on, uses the release's Redis.
    let mut dev = values_of("development");
    dev.ai_service.http.workload.enabled = true;
    let env = env_of(&render_objects(&dev, RELEASE, "maily"), "Deployment", "maily-ai-service");
    assert_eq!(literal(&env, "REDIS_HOST"), Some("maily-redis"));
}

#[test]
fn each_ai_provider_key_may_be_missing_and_the_database_url_may_not() {
    for env in ["staging", "production"] {
        let objects = objects(env);
        for (workload, keys) in [
            (
                "maily-ai-service",
                &["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_AI_API_KEY", "MISTRAL_API_KEY", "GROQ_API_KEY"][..],
            ),
            ("maily-workers", &["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY"][..]),
        ] {
            let vars = env_of(&objects, "Deployment", workload);
            for key in keys {
                assert_eq!(vars[*key]["valueFrom"]["secretKeyRef"]["optional"], json!(true), "{env}: {workload} {key}");
            }
            let database = &vars["DATABASE_URL"]["valueFrom"]["secretKeyRef"];
            assert_eq!(database["key"], "database-url", "{env}: {workload}");
            assert!(database.get("optional").is_none(), "{env}: {workload}: the database URL is required");
        }
        let api = env_of(&objects, "Deployment", "maily-api");
        assert!(api["JWT_SECRET"]["valueFrom"]["secretKeyRef"].get("optional").is_none(), "{env}: JWT_SECRET");
    }
}

#[test]
fn the_api_admits_the_workers_and_the_ai_service() {
    let objects = objects("production");
    let policy = object(&objects, "NetworkPolicy", "maily-api").expect("the api's NetworkPolicy");
    let callers: Vec<&Value> = policy["spec"]["ingress"]
        .as_array()
        .expect("ingress")
        .iter()
        .flat_map(|r| r["from"].as_array().expect("from"))
        .filter_map(|p| p.pointer("/podSelector/matchLabels/app.kubernetes.io~1component"))
        .collect();
    for caller in ["web", "workers", "ai-service"] {
        assert!(callers.contains(&&json!(caller)), "{caller} may call the api: {callers:?}");
    }
}

#[test]
fn development_runs_postgres_redis_and_rabbitmq_and_only_development() {
    for (env, values) in all_environments() {
        let objects = render_objects(&values, RELEASE, "maily");
        for server in ["postgres", "redis", "rabbitmq"] {
            let set = object(&objects, "StatefulSet", &format!("maily-{server}"));
            assert_eq!(set.is_some(), env == "development", "{env}: {server}");
            assert_eq!(object(&objects, "Service", &format!("maily-{server}")).is_some(), env == "development");
        }
    }
    let values = values_of("development");
    let objects = objects("development");
    let images: Vec<&str> = ["postgres", "redis", "rabbitmq"]
        .iter()
        .map(|s| {
            object(&objects, "StatefulSet", &format!("maily-{s}")).expect("set")["spec"]["template"]["spec"]["containers"][0]
                ["image"]
                .as_str()
                .expect("image")
        })
        .collect();
    assert_eq!(
        images,
        [
            "docker.io/library/postgres:15.8-alpine",
            "docker.io/library/redis:7.2.5-alpine",
            "docker.io/library/rabbitmq:3.12.14-management-alpine"
        ]
    );
    for (server, probe) in [("postgres", "pg_isready"), ("redis", "redis-cli"), ("rabbitmq", "rabbitmq-diagnostics")] {
        let set = object(&objects, "StatefulSet", &format!("maily-{server}")).expect("set");
        let spec = &set["spec"];
        assert_eq!(spec["serviceName"], format!("maily-{server}-headless"));
        let headless = object(&objects, "Service", &format!("maily-{server}-headless")).expect("headless");
        assert_eq!(headless["spec"]["clusterIP"], "None");
        let c = &spec["template"]["spec"]["containers"][0];
        for p in ["livenessProbe", "readinessProbe"] {
            assert!(c[p]["exec"]["command"][2].as_str().expect("command").contains(probe), "{server} {p}");
        }
        // The claim template: selector labels only (no version, no chart), size from values.
        let claim = &spec["volumeClaimTemplates"][0];
        assert_eq!(
            claim["metadata"]["labels"],
            json!({"app.kubernetes.io/component": server, "app.kubernetes.io/instance": RELEASE, "app.kubernetes.io/name": "maily"})
        );
        let size = match server {
            "postgres" => &values.data_tier.postgres,
            "redis" => &values.data_tier.redis,
            _ => &values.data_tier.rabbitmq,
        }
        .persistence
        .size
        .as_str();
        assert_eq!(claim["spec"]["resources"]["requests"]["storage"], size);
        assert!(claim["spec"].get("storageClassName").is_none(), "empty storageClass: the cluster default");
        // Credentials only from the existing Secret.
        for var in c["env"].as_array().expect("env") {
            let name = var["name"].as_str().expect("name");
            if name.contains("PASS") || name.contains("USER") {
                assert_eq!(var["valueFrom"]["secretKeyRef"]["name"], "maily-secrets", "{server} {name}");
            }
        }
        let sc = &c["securityContext"];
        assert_eq!((sc["readOnlyRootFilesystem"].clone(), sc["runAsNonRoot"].clone()), (json!(true), json!(true)));
    }
    // A storage class from values reaches the claim; a chart version never does.
    let mut with_class = values_of("development");
    with_class.data_tier.postgres.persistence.storage_class = "fast".into();
    let objects = render_objects(&with_class, RELEASE, "maily");
    let set = object(&objects, "StatefulSet", "maily-postgres").expect("set");
    assert_eq!(set["spec"]["volumeClaimTemplates"][0]["spec"]["storageClassName"], "fast");
}

#[test]
fn components_connect_to_the_release_s_servers_in_development_and_to_the_secret_s_urls_elsewhere() {
    let dev = objects("development");
    let api = env_of(&dev, "Deployment", "maily-api");
    assert_eq!(
        literal(&api, "DATABASE_URL"),
        Some("postgresql://$(MAILY_POSTGRES_USER):$(MAILY_POSTGRES_PASSWORD)@maily-postgres:5432/maily")
    );
    assert_eq!(literal(&api, "REDIS_URL"), Some("redis://:$(MAILY_REDIS_PASSWORD)@maily-redis:6379/0"));
    assert_eq!(
        literal(&api, "RABBITMQ_URL"),
        Some("amqp://$(MAILY_RABBITMQ_DEFAULT_USER):$(MAILY_RABBITMQ_DEFAULT_PASS)@maily-rabbitmq:5672/")
    );
    // `$(VAR)` expands only variables defined earlier in the list.
    let d = object(&dev, "Deployment", "maily-api").expect("api");
    let vars: Vec<&str> = d["spec"]["template"]["spec"]["containers"][0]["env"]
        .as_array()
        .expect("env")
        .iter()
        .map(|v| v["name"].as_str().expect("name"))
        .collect();
    let order = |n: &str| vars.iter().position(|k| *k == n).expect(n);
    assert!(
        order("MAILY_POSTGRES_USER") < order("DATABASE_URL")
            && order("MAILY_POSTGRES_PASSWORD") < order("DATABASE_URL")
    );
    assert!(order("MAILY_REDIS_PASSWORD") < order("REDIS_URL"));
    assert!(order("MAILY_RABBITMQ_DEFAULT_PASS") < order("RABBITMQ_URL"));
    for env in ["staging", "production"] {
        let objects = objects(env);
        for (workload, vars) in [
            ("maily-api", &["DATABASE_URL", "REDIS_URL", "RABBITMQ_URL"][..]),
            ("maily-web", &["DATABASE_URL"][..]),
            ("maily-workers", &["DATABASE_URL", "REDIS_URL", "RABBITMQ_URL"][..]),
            ("maily-ai-service", &["DATABASE_URL", "REDIS_URL"][..]),
        ] {
            let env_vars = env_of(&objects, "Deployment", workload);
            for var in vars {
                let key = env_vars[*var]["valueFrom"]["secretKeyRef"]["key"].as_str();
                assert_eq!(key, Some(var.to_ascii_lowercase().replace('_', "-").as_str()), "{env}: {workload} {var}");
            }
            assert!(!env_vars.keys().any(|k| k.starts_with("MAILY_")), "{env}: {workload}");
        }
    }
}

/// The optional apps and where INVENTORY §11.1 turns them on.
const OPTIONAL: [(&str, [bool; 3]); 9] = [
    ("ai-mesh", [false, true, true]),
    ("email-processing", [false, true, true]),
    ("contact-management", [false, true, false]),
    ("analytics", [false, false, true]),
    ("blockchain", [false, false, true]),
    ("mailydocs", [false, false, true]),
    ("api-edge-caching", [false, false, false]),
    ("waf", [false, false, false]),
    ("ip-warming", [false, false, false]),
];

#[test]
fn each_optional_app_is_a_registered_component_off_by_default_and_on_where_the_inventory_says() {
    for (app, _) in OPTIONAL {
        let r = maily_chart::components::by_name(app).unwrap_or_else(|| panic!("{app} is registered"));
        assert!(!(r.values)(&values_of("default")).workload().enabled, "{app} is off by default");
        assert!(r.def.summary.contains("optional"), "{app}: {}", r.def.summary);
    }
    for (i, env) in ["development", "staging", "production"].into_iter().enumerate() {
        let objects = objects(env);
        for (app, on) in OPTIONAL {
            let name = format!("maily-{app}");
            assert_eq!(object(&objects, "Deployment", &name).is_some(), on[i], "{env}: {app}");
            assert_eq!(object(&objects, "Service", &name).is_some(), on[i], "{env}: {app} Service");
        }
    }
    let production = objects("production");
    let mesh = object(&production, "HorizontalPodAutoscaler", "maily-ai-mesh").expect("ai-mesh HPA");
    assert_eq!((mesh["spec"]["minReplicas"].as_i64(), mesh["spec"]["maxReplicas"].as_i64()), (Some(3), Some(10)));
    assert!(object(&production, "PodDisruptionBudget", "maily-ai-mesh").is_some());
    assert!(object(&production, "HTTPRoute", "maily-ai-mesh").is_some(), "ai-mesh.justmaily.com");
    let ready = &object(&production, "Deployment", "maily-ai-mesh").expect("ai-mesh")["spec"]["template"]["spec"]["containers"]
        [0]["readinessProbe"]["httpGet"]["path"];
    assert_eq!(ready, "/ready");
    let email = &object(&production, "Deployment", "maily-email-processing").expect("email")["spec"]["template"]["spec"]
        ["containers"][0];
    assert_eq!(email["ports"][0]["containerPort"], 3000, "§11.4: port 3000, not 4000");
    assert_eq!(email["readinessProbe"]["httpGet"]["path"], "/health/ready");
}

#[test]
fn every_optional_app_on_renders_and_is_admitted_by_its_callers_only() {
    let mut values = values_of("production");
    for (app, _) in OPTIONAL {
        let r = maily_chart::components::by_name(app).expect("registered");
        (r.values_mut)(&mut values).workload_mut().enabled = true;
    }
    maily_chart::validate::validate("production", &values).expect("valid with every app on");
    let objects = render_objects(&values, RELEASE, "maily");
    for (app, _) in OPTIONAL {
        let policy =
            object(&objects, "NetworkPolicy", &format!("maily-{app}")).unwrap_or_else(|| panic!("{app} policy"));
        assert!(policy["spec"]["policyTypes"].as_array().is_some_and(|t| t.len() == 2), "{app}");
    }
    // The edge cache and the WAF send to the chart's api Service.
    let conf =
        object(&objects, "ConfigMap", "maily-api-edge-caching").expect("edge cache config")["data"]["nginx.conf"]
            .as_str()
            .expect("nginx.conf")
            .to_string();
    assert!(conf.contains("server maily-api:80;"), "{conf}");
    assert!(conf.contains("location ~ ^/api/v1/content/ {") && conf.contains("proxy_cache_valid 200 302 1h;"));
    assert!(conf.contains("listen 8080;") && conf.contains("pid /tmp/nginx.pid;"), "unprivileged nginx");
    let waf = env_of(&objects, "Deployment", "maily-waf");
    assert_eq!(literal(&waf, "BACKEND"), Some("http://maily-api:80"));
    assert_eq!(literal(&waf, "PARANOIA"), Some("1"));
    let rules = object(&objects, "ConfigMap", "maily-waf-rules").expect("WAF rules")["data"]
        [maily_chart::components::waf::RULES_FILE]
        .as_str()
        .expect("rules")
        .to_string();
    assert!(rules.contains("@gt 100"), "{rules}");
    // IP warming's compliance settings, typed.
    let text = object(&objects, "ConfigMap", "maily-ip-warming").expect("compliance")["data"]["compliance.json"]
        .as_str()
        .expect("text")
        .to_string();
    let compliance: maily_chart::components::ip_warming::Compliance = serde_json::from_str(&text).expect("typed");
    assert_eq!(compliance.opt_out_within_days, 10);
    assert_eq!(compliance.stages.first().map(|s| s.volume), Some(50));
    // The api may call the apps it fronts; nothing else calls the edge apps.
    let api = object(&objects, "NetworkPolicy", "maily-api").expect("api policy");
    let egress = serde_json::to_string(&api["spec"]["egress"]).expect("json");
    for callee in ["email-processing", "contact-management", "analytics"] {
        assert!(egress.contains(&format!("\"app.kubernetes.io/component\":\"{callee}\"")), "api -> {callee}");
    }
}

#[test]
fn blockchain_mounts_its_typed_abis_and_has_no_role() {
    let objects = objects("production");
    assert!(
        objects.iter().all(|o| !matches!(
            o["kind"].as_str(),
            Some("Role" | "RoleBinding" | "ClusterRole" | "ClusterRoleBinding")
        )),
        "no RBAC"
    );
    let sa = object(&objects, "ServiceAccount", "maily-blockchain").expect("its ServiceAccount");
    assert_eq!(sa["automountServiceAccountToken"], false);
    let abis = object(&objects, "ConfigMap", "maily-blockchain-contracts").expect("contracts")["data"].clone();
    let files: Vec<&String> = abis.as_object().expect("data").keys().collect();
    assert_eq!(files, ["CertificateABI.json", "EmailVerificationABI.json", "VerificationABI.json"]);
    let abi: Vec<maily_chart::components::blockchain::AbiItem> =
        serde_json::from_str(abis["EmailVerificationABI.json"].as_str().expect("text")).expect("typed ABI");
    assert!(abi.iter().any(|i| i.name == "verifyEmail" && i.state_mutability.as_deref() == Some("nonpayable")));
    let d = object(&objects, "Deployment", "maily-blockchain").expect("Deployment");
    let mounts = serde_json::to_string(&d["spec"]["template"]["spec"]["containers"][0]["volumeMounts"]).expect("json");
    assert!(mounts.contains("/app/contracts"));
    // A broken ABI is refused by gen.
    let mut values = values_of("production");
    values.blockchain.contract_abis.insert("Bad.json".into(), "{}".into());
    let errors = maily_chart::validate::validate("production", &values).expect_err("refused");
    assert!(errors.iter().any(|e| e.contains("blockchain.contractAbis.Bad.json is not a contract ABI")), "{errors:?}");
}

#[test]
fn mailydocs_documents_are_one_read_write_many_claim_sized_from_values_and_kept() {
    let values = values_of("production");
    let objects = objects("production");
    let claim = object(&objects, "PersistentVolumeClaim", "maily-mailydocs-documents").expect("claim");
    assert_eq!(claim["spec"]["accessModes"], json!(["ReadWriteMany"]));
    assert_eq!(claim["spec"]["resources"]["requests"]["storage"], values.mailydocs.documents.size.as_str());
    assert_eq!(claim["spec"]["storageClassName"], "efs-sc");
    assert_eq!(claim["metadata"]["annotations"]["helm.sh/resource-policy"], "keep");
    let d = object(&objects, "Deployment", "maily-mailydocs").expect("Deployment");
    let volumes = serde_json::to_string(&d["spec"]["template"]["spec"]["volumes"]).expect("json");
    assert!(volumes.contains("\"claimName\":\"maily-mailydocs-documents\""));
}

helm_tests!(an_hpa_behavior_out_of_the_api_servers_bounds_is_refused_by_helm_and_gen);

fn an_hpa_behavior_out_of_the_api_servers_bounds_is_refused_by_helm_and_gen(helm: HelmMajor) {
    use k8s_openapi::api::autoscaling::v2::{HPAScalingPolicy, HPAScalingRules};
    let files = values_files_of("staging");
    let files: Vec<&std::path::Path> = files.iter().map(std::path::PathBuf::as_path).collect();
    let bad = [
        "aiService.autoscaling.behavior.scaleDown.stabilizationWindowSeconds=-5",
        "aiService.autoscaling.behavior.scaleDown.stabilizationWindowSeconds=3601",
    ];
    for set in bad {
        assert!(helm.template("maily", "maily-staging", &files, &[set]).is_err(), "{helm} accepted {set}");
    }
    let policy = r#"aiService.autoscaling.behavior.scaleUp.policies=[{"type":"Pods","value":0,"periodSeconds":60}]"#;
    let out = helm.run(
        template_args(&chart_dir(), "maily", "maily-staging", &files, &[])
            .into_iter()
            .chain(["--set-json".to_string(), policy.to_string()]),
    );
    assert!(!out.success(), "{helm} accepted a policy of value 0");
    assert!(
        helm.template(
            "maily",
            "maily-staging",
            &files,
            &["aiService.autoscaling.behavior.scaleDown.stabilizationWindowSeconds=3600"]
        )
        .is_ok(),
        "{helm} refused the largest window"
    );
    // gen checks the same schema.
    let mut values = values_of("staging");
    let rules = |window, period| HPAScalingRules {
        stabilization_window_seconds: Some(window),
        policies: Some(vec![HPAScalingPolicy { type_: "Pods".into(), value: 1, period_seconds: period }]),
        ..Default::default()
    };
    values.ai_service.http.workload.autoscaling.behavior.0.scale_down = Some(rules(300, 1801));
    let errors = maily_chart::validate::validate("staging", &values).expect_err("periodSeconds 1801");
    assert!(errors.iter().any(|e| e.contains("aiService.autoscaling.behavior")), "{errors:?}");
    values.ai_service.http.workload.autoscaling.behavior.0.scale_down = Some(rules(300, 1800));
    maily_chart::validate::validate("staging", &values).expect("in bounds");
}
