//! Every cross-field rule (`maily_chart::cross::RULES`) runs through both
//! twins: `gen`'s validation refuses the environment, and `helm template`
//! refuses the same values given as operator overrides, each naming the
//! fields. A rule without a row here fails `every_rule_has_a_row`.

use maily_chart::Values;
use maily_chart::values::ExtraPort;
use maily_chart_tests::*;

struct Case {
    rule: &'static str,
    /// The mistake in Rust, applied to production.
    mistake: fn(&mut Values),
    /// The same mistake as `helm` flags (`--set`, `--set-string`) over values-production.yaml.
    set: &'static [&'static str],
    /// The message both must print (after gen's ``environment `production`: ``).
    message: &'static str,
}

const CASES: &[Case] = &[
    Case {
        rule: "replicas",
        mistake: |v| v.api.workload.autoscaling.max_replicas = 1,
        set: &["--set", "api.autoscaling.maxReplicas=1"],
        message: "api.autoscaling.minReplicas (3) is greater than maxReplicas (1)",
    },
    Case {
        rule: "requestsWithinLimits",
        mistake: |v| v.api.workload.resources.requests.set("cpu", "2"),
        set: &["--set-string", "api.resources.requests.cpu=2"],
        message: "api.resources.requests.cpu (2) is greater than limits.cpu (1000m)",
    },
    Case {
        rule: "secretEnvUnique",
        mistake: |v| {
            v.web.workload.secret_env.insert("NODE_ENV".into(), "node-env".into());
        },
        set: &["--set", "web.secretEnv.NODE_ENV=node-env"],
        message: "web.secretEnv.NODE_ENV is already set by env",
    },
    Case {
        rule: "secretEnvUnique",
        mistake: |v| {
            v.api.workload.secrets_as_files = true;
            v.api.workload.env.insert("JWT_SECRET_FILE".into(), "/etc/jwt".into());
        },
        set: &["--set", "api.secretsAsFiles=true,api.env.JWT_SECRET_FILE=/etc/jwt"],
        message: "api.secretEnv.JWT_SECRET becomes JWT_SECRET_FILE with secretsAsFiles, which is already set",
    },
    Case {
        rule: "portsUnique",
        mistake: |v| {
            v.ai_service.http.extra_ports =
                vec![ExtraPort { name: "grpc".into(), container_port: 8080, service_port: 81 }]
        },
        set: &[
            "--set",
            "aiService.extraPorts[0].name=grpc,aiService.extraPorts[0].containerPort=8080,aiService.extraPorts[0].servicePort=81",
        ],
        message: "aiService.extraPorts[0].containerPort (8080) is already used by another port",
    },
    Case {
        rule: "graceCoversPreStop",
        mistake: |v| v.workers.workload.termination_grace_period_seconds = 5,
        set: &["--set", "workers.terminationGracePeriodSeconds=5"],
        message: "workers.terminationGracePeriodSeconds (5) must be greater than preStopSleepSeconds (5)",
    },
    Case {
        rule: "keysApart",
        mistake: |v| {
            v.global.common_labels.insert("team".into(), "mail".into());
            v.web.workload.pod_labels.insert("team".into(), "front".into());
        },
        set: &["--set", "global.commonLabels.team=mail,web.podLabels.team=front"],
        message: "web.podLabels.team is also in global.commonLabels",
    },
    Case {
        rule: "keysApart",
        mistake: |v| {
            v.global.common_annotations.insert("example.com/owner".into(), "mail".into());
            v.ai_service.http.service.annotations.insert("example.com/owner".into(), "ai".into());
        },
        set: &[
            "--set",
            "global.commonAnnotations.example\\.com/owner=mail,aiService.service.annotations.example\\.com/owner=ai",
        ],
        message: "aiService.service.annotations.example.com/owner is also in global.commonAnnotations",
    },
    Case {
        rule: "jsonObjects",
        mistake: |v| v.ai_service.agents_config = "[1]".into(),
        set: &["--set-string", "aiService.agentsConfig=[1]"],
        message: "aiService.agentsConfig is not a JSON object",
    },
    Case {
        rule: "jsonObjects",
        mistake: |v| v.ai_service.agents_config = "{\"agents\": ".into(),
        set: &["--set-json", r#"aiService.agentsConfig="{\"agents\": ""#],
        message: "aiService.agentsConfig is not a JSON object",
    },
    Case {
        rule: "podAnnotationsNotOwned",
        mistake: |v| {
            v.ai_service.http.workload.pod_annotations.insert("prometheus.io/port".into(), "9090".into());
        },
        set: &["--set-string", "aiService.podAnnotations.prometheus\\.io/port=9090"],
        message: "aiService.podAnnotations.prometheus.io/port is set by the chart",
    },
    Case {
        rule: "passThroughApart",
        mistake: |v| {
            v.api.workload.sidecars.0.push(k8s_openapi::api::core::v1::Container {
                name: "api".into(),
                image: Some("docker.io/library/busybox:1.36.1".into()),
                ..Default::default()
            })
        },
        set: &["--set", "api.sidecars[0].name=api,api.sidecars[0].image=docker.io/library/busybox:1.36.1"],
        message: "api.sidecars[0].name (\"api\") is a container of the chart",
    },
    Case {
        rule: "passThroughApart",
        mistake: |v| {
            v.ai_service.http.workload.extra_volume_mounts.0.push(k8s_openapi::api::core::v1::VolumeMount {
                name: "x".into(),
                mount_path: "/app/config".into(),
                ..Default::default()
            })
        },
        set: &["--set", "aiService.extraVolumeMounts[0].name=x,aiService.extraVolumeMounts[0].mountPath=/app/config"],
        message: "aiService.extraVolumeMounts[0].mountPath (\"/app/config\") is a mount of the chart",
    },
    Case {
        rule: "passThroughApart",
        mistake: |v| {
            v.web
                .workload
                .extra_volumes
                .0
                .push(k8s_openapi::api::core::v1::Volume { name: "tmp".into(), ..Default::default() })
        },
        set: &["--set", "web.extraVolumes[0].name=tmp"],
        message: "web.extraVolumes[0].name (\"tmp\") is a volume of the chart",
    },
    Case {
        rule: "passThroughApart",
        mistake: |v| {
            let mount = |path: &str| k8s_openapi::api::core::v1::VolumeMount {
                name: "x".into(),
                mount_path: path.into(),
                ..Default::default()
            };
            v.workers.workload.extra_volume_mounts.0.extend([mount("/data"), mount("/data/")]);
        },
        set: &[
            "--set",
            "workers.extraVolumeMounts[0].name=x,workers.extraVolumeMounts[0].mountPath=/data,workers.extraVolumeMounts[1].name=x,workers.extraVolumeMounts[1].mountPath=/data/",
        ],
        message: "workers.extraVolumeMounts[1].mountPath (\"/data\") is given twice",
    },
    Case {
        rule: "serviceAccountNamesUnique",
        mistake: |v| {
            v.api.workload.service_account.name = "maily".into();
            v.workers.workload.service_account.name = "maily".into();
        },
        set: &["--set", "api.serviceAccount.name=maily,workers.serviceAccount.name=maily"],
        message: "api.serviceAccount.name and workers.serviceAccount.name both name the ServiceAccount \"maily\": set one of them apart",
    },
    Case {
        rule: "routesApart",
        mistake: |v| v.web.route.hosts = vec!["api.justmaily.com".into()],
        set: &["--set", "web.route.hosts[0]=api.justmaily.com"],
        message: "web.route.hosts[0] (\"api.justmaily.com\") with path \"/\" is also routed to api",
    },
    Case {
        rule: "routesApart",
        mistake: |v| {
            v.gateway.enabled = true;
            v.gateway.class_name = "istio".into();
            v.ai_service.http.route.hosts = vec!["app.justmaily.com".into()];
            v.ai_service.http.route.paths = vec!["/agents".into()];
            // Production shares the API host by path, which one listener per host cannot.
            v.email_processing.route.hosts.clear();
            v.analytics.route.hosts.clear();
            v.blockchain.http.route.hosts.clear();
            v.mailydocs.http.route.hosts.clear();
        },
        set: &[
            "--set",
            "gateway.enabled=true,gateway.className=istio,aiService.route.hosts[0]=app.justmaily.com,aiService.route.paths[0]=/agents",
            "--set-json",
            "emailProcessing.route.hosts=[]",
            "--set-json",
            "analytics.route.hosts=[]",
            "--set-json",
            "blockchain.route.hosts=[]",
            "--set-json",
            "mailydocs.route.hosts=[]",
        ],
        message: "aiService.route.hosts[0] (\"app.justmaily.com\") is also a host of web: with gateway.enabled each host (one listener) belongs to one component",
    },
    Case {
        rule: "routesApart",
        // `/v1/` and `/v1` are one prefix (prefixes match whole segments).
        mistake: |v| {
            v.api.route.paths = vec!["/v1".into()];
            v.web.route.hosts[0] = "api.justmaily.com".into();
            v.web.route.paths = vec!["/v1/".into()];
        },
        set: &["--set", "api.route.paths[0]=/v1,web.route.hosts[0]=api.justmaily.com,web.route.paths[0]=/v1/"],
        message: "web.route.hosts[0] (\"api.justmaily.com\") with path \"/v1/\" is also routed to api",
    },
    Case {
        rule: "dataTierInDevelopment",
        mistake: |v| v.data_tier.enabled = true,
        set: &["--set", "dataTier.enabled=true"],
        message: "dataTier.enabled is true while global.environment is \"production\", which dataTier.allowedEnvironments does not name: the in-cluster data servers are not for real data (no replication, no backups, data deleted on uninstall); use outside servers, or name the environment",
    },
    Case {
        rule: "envNamesFree",
        mistake: |v| {
            v.api.workload.env.insert("DATABASE_URL".into(), "postgresql://elsewhere/maily".into());
        },
        set: &["--set", "api.env.DATABASE_URL=postgresql://elsewhere/maily"],
        message: "api.env.DATABASE_URL is a variable the chart sets for this component",
    },
    Case {
        rule: "routesHaveBackends",
        mistake: |v| v.ai_service.http.workload.enabled = false,
        set: &["--set", "aiService.enabled=false"],
        message: "aiService.route.hosts is set but aiService.enabled is false: the route's backend would be a Service this chart does not render (clear the hosts)",
    },
    Case {
        rule: "routesAttached",
        mistake: |v| v.http_route.parent_refs.clear(),
        set: &["--set-json", "httpRoute.parentRefs=[]"],
        message: "httpRoute.parentRefs is empty: name the Gateway listener the routes attach to, or set gateway.enabled",
    },
    Case {
        rule: "routesAttached",
        mistake: |v| {
            v.gateway.enabled = true;
            v.email_processing.route.hosts.clear();
            v.analytics.route.hosts.clear();
            v.blockchain.http.route.hosts.clear();
            v.mailydocs.http.route.hosts.clear();
        },
        set: &[
            "--set",
            "gateway.enabled=true",
            "--set-json",
            "emailProcessing.route.hosts=[]",
            "--set-json",
            "analytics.route.hosts=[]",
            "--set-json",
            "blockchain.route.hosts=[]",
            "--set-json",
            "mailydocs.route.hosts=[]",
        ],
        message: "gateway.className is empty: name the GatewayClass",
    },
    Case {
        rule: "routeAnnotationsApart",
        mistake: |v| {
            v.ingress.annotations.insert("cert-manager.io/cluster-issuer".into(), "x".into());
        },
        set: &["--set", "ingress.annotations.cert-manager\\.io/cluster-issuer=x"],
        message: "ingress.annotations.cert-manager.io/cluster-issuer is set by the chart",
    },
    Case {
        rule: "routeAnnotationsApart",
        mistake: |v| {
            v.global.common_annotations.insert("external-dns.alpha.kubernetes.io/ttl".into(), "60".into());
        },
        set: &["--set-string", "global.commonAnnotations.external-dns\\.alpha\\.kubernetes\\.io/ttl=60"],
        message: "global.commonAnnotations.external-dns.alpha.kubernetes.io/ttl is set by the chart on its routes, Ingresses and Gateway (use tls.clusterIssuer or externalDns)",
    },
    Case {
        rule: "routesFit",
        mistake: |v| v.web.route.hosts = (0..15).map(|i| format!("w{i}.justmaily.com")).collect(),
        set: &[
            "--set-json",
            r#"web.route.hosts=["w0.justmaily.com","w1.justmaily.com","w2.justmaily.com","w3.justmaily.com","w4.justmaily.com","w5.justmaily.com","w6.justmaily.com","w7.justmaily.com","w8.justmaily.com","w9.justmaily.com","w10.justmaily.com","w11.justmaily.com","w12.justmaily.com","w13.justmaily.com","w14.justmaily.com"]"#,
        ],
        message: "httpRoute.httpsRedirect.enabled gathers the route.hosts of every deployed component, 18 in all, and an HTTPRoute holds at most 16: redirect at the Gateway instead and turn this off, or serve fewer hosts",
    },
    Case {
        rule: "monitoringScrape",
        mistake: |v| v.monitoring.service_monitor.scrape_timeout_seconds = 20,
        set: &["--set", "monitoring.serviceMonitor.scrapeTimeoutSeconds=20"],
        message: "monitoring.serviceMonitor.scrapeTimeoutSeconds (20) is greater than intervalSeconds (15): Prometheus refuses a scrape timeout longer than the interval",
    },
    Case {
        rule: "monitoringKeysApart",
        mistake: |v| {
            v.global.common_labels.insert("grafana_dashboard".into(), "x".into());
        },
        set: &["--set", "global.commonLabels.grafana_dashboard=x"],
        message: "monitoring.dashboards.labels.grafana_dashboard is also in global.commonLabels",
    },
    Case {
        rule: "monitoringKeysApart",
        mistake: |v| {
            v.global.common_annotations.insert("grafana_folder".into(), "x".into());
        },
        set: &["--set", "global.commonAnnotations.grafana_folder=x"],
        message: "monitoring.dashboards.annotations.grafana_folder is also in global.commonAnnotations",
    },
    Case {
        rule: "sloOrdered",
        mistake: |v| v.ai_service.slo.error_percent_warning = maily_chart::values::Decimal::new("7.5"),
        set: &["--set-string", "aiService.slo.errorPercentWarning=7.5"],
        message: "aiService.slo.errorPercentWarning (7.5) is greater than errorPercentCritical (5)",
    },
    Case {
        rule: "sloOrdered",
        // A number, as an operator's values file may give it: the same text.
        mistake: |v| v.ai_service.slo.error_percent_warning = maily_chart::values::Decimal::new("5.25"),
        set: &["--set", "aiService.slo.errorPercentWarning=5.25"],
        message: "aiService.slo.errorPercentWarning (5.25) is greater than errorPercentCritical (5)",
    },
    Case {
        rule: "externalSecretRefsUsed",
        mistake: |v| {
            v.external_secret.enabled = true;
            v.external_secret.remote_refs.insert(
                "twilio-api-key".into(),
                maily_chart::values::RemoteRef { key: "maily/sms".into(), property: "twilio".into() },
            );
        },
        set: &[
            "--set",
            "externalSecret.enabled=true,externalSecret.remoteRefs.twilio-api-key.key=maily/sms,externalSecret.remoteRefs.twilio-api-key.property=twilio",
        ],
        message: "externalSecret.remoteRefs.twilio-api-key names a Secret key that no component reads (no secretEnv or optionalSecretEnv value of any component, nor a data tier key): remove it, or read the key",
    },
    Case {
        rule: "externalSecretVaultKind",
        mistake: |v| {
            v.external_secret.enabled = true;
            v.external_secret.vault.create = true;
            v.external_secret.secret_store_ref.kind = "ClusterSecretStore".into();
        },
        set: &[
            "--set",
            "externalSecret.enabled=true,externalSecret.vault.create=true,externalSecret.secretStoreRef.kind=ClusterSecretStore",
        ],
        message: "externalSecret.secretStoreRef.kind (ClusterSecretStore) must be SecretStore while externalSecret.vault.create is true: the chart makes a SecretStore",
    },
    Case {
        rule: "limitRangeOrdered",
        mistake: |v| {
            v.namespace_guards.enabled = true;
            v.namespace_guards
                .container
                .default_request
                .0
                .insert("memory".into(), maily_chart::quantity::Quantity::new("1Gi"));
        },
        set: &["--set", "namespaceGuards.enabled=true,namespaceGuards.container.defaultRequest.memory=1Gi"],
        message: "namespaceGuards.container.defaultRequest.memory (1Gi) is greater than container.default.memory (512Mi)",
    },
    Case {
        rule: "limitRangeOrdered",
        mistake: |v| {
            v.namespace_guards.enabled = true;
            v.namespace_guards.pod_max.0.insert("cpu".into(), maily_chart::quantity::Quantity::new("3500m"));
        },
        set: &["--set", "namespaceGuards.enabled=true,namespaceGuards.podMax.cpu=3500m"],
        message: "namespaceGuards.container.max.cpu (4) is greater than podMax.cpu (3500m)",
    },
    Case {
        rule: "withinLimitRange",
        mistake: |v| {
            v.namespace_guards.enabled = true;
            v.namespace_guards.container.max.0.insert("memory".into(), maily_chart::quantity::Quantity::new("2Gi"));
            // Production's aiMesh also asks 4Gi: this case is about the AI service.
            v.ai_mesh.workload.resources.limits.0.insert("memory".into(), maily_chart::quantity::Quantity::new("2Gi"));
        },
        set: &[
            "--set",
            "namespaceGuards.enabled=true,namespaceGuards.container.max.memory=2Gi,aiMesh.resources.limits.memory=2Gi",
        ],
        message: "aiService.resources.limits.memory (4Gi) is greater than namespaceGuards.container.max.memory (2Gi): the API server would refuse the pods",
    },
    Case {
        rule: "withinLimitRange",
        mistake: |v| {
            v.namespace_guards.enabled = true;
            v.namespace_guards.container.min.0.insert("memory".into(), maily_chart::quantity::Quantity::new("64Mi"));
        },
        set: &["--set", "namespaceGuards.enabled=true,namespaceGuards.container.min.memory=64Mi"],
        message: "namespaceGuards.container.min.memory (64Mi) is greater than the helm test pods' memory (32Mi)",
    },
];

#[test]
fn every_rule_has_a_row() {
    let component_rules = maily_chart::cross::RULES.iter().map(|r| r.name);
    let names = component_rules.chain(maily_chart::cross::CHART_RULES.iter().map(|r| r.name));
    for name in names {
        assert!(CASES.iter().any(|c| c.rule == name), "cross-field rule `{name}` has no case in CASES");
    }
}

helm_tests!(
    gen_and_helm_refuse_every_cross_field_mistake_with_the_same_message,
    gen_and_helm_compare_quantities_alike,
    every_copy_of_the_chart_in_an_umbrella_chart_is_checked
);

fn gen_and_helm_refuse_every_cross_field_mistake_with_the_same_message(helm_major: HelmMajor) {
    let production = chart_dir().join("values-production.yaml");
    for case in CASES {
        let mut values = values_of("production");
        (case.mistake)(&mut values);
        let errors = maily_chart::validate::validate("production", &values).expect_err(case.rule);
        let expected = format!("environment `production`: {}", case.message);
        assert_eq!(errors, vec![expected], "gen, rule `{}`", case.rule);

        let helm = helm_major.run(
            template_args(&chart_dir(), "maily", "maily-production", &[&production], &[])
                .into_iter()
                .chain(case.set.iter().map(|s| s.to_string())),
        );
        assert!(!helm.success(), "{helm_major} accepted the mistake of rule `{}`", case.rule);
        assert!(helm.stderr.contains(case.message), "{helm_major}, rule `{}`: {}", case.rule, helm.stderr);
    }
}

/// Requests ≤ limits over pairs of CPU quantities in different units, some
/// equal (`350m` and `0.35`): `gen` and Helm accept and refuse the same pairs.
fn gen_and_helm_compare_quantities_alike(helm_major: HelmMajor) {
    const CPU: &[&str] = &["350m", "0.35", "700m", "0.7", "1", "1000m", "1.15", "1150m", "2e-1", "0.25"];
    let production = chart_dir().join("values-production.yaml");
    let mut refused = 0;
    for request in CPU {
        for limit in CPU {
            let mut values = values_of("production");
            values.api.workload.resources.requests.set("cpu", *request);
            values.api.workload.resources.limits.set("cpu", *limit);
            let gen_accepts = maily_chart::validate::validate("production", &values).is_ok();
            let helm =
                helm_major.run(template_args(&chart_dir(), "maily", "maily", &[&production], &[]).into_iter().chain([
                    "--set-string".to_string(),
                    format!("api.resources.requests.cpu={request},api.resources.limits.cpu={limit}"),
                ]));
            assert_eq!(gen_accepts, helm.success(), "{helm_major}: request {request}, limit {limit}: {}", helm.stderr);
            refused += usize::from(!gen_accepts);
        }
    }
    assert!(refused > 30 && refused < 60, "the grid holds both outcomes ({refused} refused)");
}

/// The checks run once per render (`maily.checks` marks `.Release`, which
/// Helm shares between a chart and its subcharts) and once per copy of the
/// chart: an umbrella chart that holds it twice (two aliases) refuses a
/// mistake in either copy, naming that copy's template, and renders both
/// copies when neither has one.
fn every_copy_of_the_chart_in_an_umbrella_chart_is_checked(helm_major: HelmMajor) {
    let tmp = TempDir::new(&format!("umbrella-helm{}", helm_major.number()));
    copy_tree(&chart_dir(), &tmp.path().join("maily"));
    let umbrella = tmp.path().join("umbrella");
    std::fs::create_dir_all(&umbrella).expect("temp dir is writable");
    let version = maily_chart::common::names::CHART_VERSION;
    let dependency = |alias: &str| {
        format!("  - name: maily\n    version: \"{version}\"\n    repository: file://../maily\n    alias: {alias}\n")
    };
    std::fs::write(
        umbrella.join("Chart.yaml"),
        format!(
            "apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n{}{}",
            dependency("one"),
            dependency("two")
        ),
    )
    .expect("temp dir is writable");
    let update = helm_major.run(["dependency".as_ref(), "update".as_ref(), umbrella.as_os_str()]);
    assert!(update.success(), "{helm_major} dependency update: {}", update.stderr);

    let render = |values: &str| {
        let file = tmp.path().join("values.yaml");
        std::fs::write(&file, values).expect("temp dir is writable");
        helm_major.run(["template".as_ref(), "x".as_ref(), umbrella.as_os_str(), "-f".as_ref(), file.as_os_str()])
    };
    let good = render("{}\n");
    assert!(good.success(), "{helm_major}: the umbrella chart does not render: {}", good.stderr);
    for alias in ["one", "two"] {
        assert!(
            good.stdout.contains(&format!("# Source: umbrella/charts/{alias}/templates/api/deployment.yaml")),
            "{helm_major}: no api Deployment of copy `{alias}`"
        );
    }
    for alias in ["one", "two"] {
        let refused = render(&format!("{alias}:\n  api:\n    autoscaling:\n      minReplicas: 9\n"));
        assert!(
            !refused.success(),
            "{helm_major} rendered a mistake in copy `{alias}`: the checks ran for one copy only"
        );
        assert!(
            refused.stderr.contains(&format!("umbrella/charts/{alias}/templates/"))
                && refused.stderr.contains("api.autoscaling.minReplicas (9) is greater than maxReplicas"),
            "{helm_major}, copy `{alias}`: {}",
            refused.stderr
        );
    }
}
