//! `staging` (namespace `maily-staging`): two replicas behind HPAs of 2–5,
//! the AI service on with an HPA of 2–10.

use k8s_openapi::api::autoscaling::v2::{HPAScalingRules, HorizontalPodAutoscalerBehavior};
use maily_chart::Values;
use maily_chart::passthrough::PassedObject;

use crate::defaults::{self, autoscaling, map, resources};

/// The web front end's hosts.
const WEB_HOSTS: [&str; 1] = ["staging.justmaily.com"];
/// The API's host.
const API_HOST: &str = "api-staging.justmaily.com";
/// The AI service's host.
const AI_HOST: &str = "ai-api-staging.justmaily.com";
/// The cert-manager ClusterIssuer.
const ISSUER: &str = "letsencrypt-staging";
/// Origins that may call the API from a browser.
const ORIGINS: [&str; 1] = ["https://staging.justmaily.com"];

/// The staging environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "staging".into();
    v.network_policy.enabled = true;
    v.global.image_pull_secrets = vec!["registry-credentials".into()];

    let api = &mut v.api.workload;
    api.replica_count = 2;
    api.autoscaling = autoscaling(2, 5, 70, 80);
    api.resources = resources("250m", "512Mi", "500m", "1Gi");
    api.env = map(&[("PYTHON_ENV", "staging")]);

    let web = &mut v.web.workload;
    web.replica_count = 2;
    web.autoscaling = autoscaling(2, 5, 70, 80);
    web.resources = resources("100m", "256Mi", "300m", "512Mi");
    web.env = map(&[
        ("NODE_ENV", "production"),
        ("NEXTAUTH_URL", "https://staging.justmaily.com"),
        ("NEXT_PUBLIC_API_URL", "https://api-staging.justmaily.com"),
    ]);

    let workers = &mut v.workers.workload;
    workers.replica_count = 2;
    workers.autoscaling = autoscaling(2, 5, 70, 80);
    workers.resources = resources("200m", "512Mi", "500m", "1Gi");

    let ai = &mut v.ai_service.http.workload;
    ai.replica_count = 2;
    ai.autoscaling = autoscaling(2, 10, 70, 75);
    ai.resources = resources("100m", "256Mi", "500m", "512Mi");
    // Scale down only after five minutes of lower load (the legacy HPA's
    // behaviour): agent runs come in bursts.
    ai.autoscaling.behavior = PassedObject(HorizontalPodAutoscalerBehavior {
        scale_down: Some(HPAScalingRules { stabilization_window_seconds: Some(300), ..Default::default() }),
        scale_up: None,
    });
    // The staging Redis the legacy AI service used (REDIS_HOST, REDIS_PORT),
    // run by the data platform in namespace `staging`.
    v.data_tier.external_redis.host = "redis-master.staging.svc.cluster.local".into();
    // The optional apps staging ran (INVENTORY §11.1): ai-mesh (HPA 2–5,
    // debug logs), email processing and contact management.
    let mesh = &mut v.ai_mesh.workload;
    mesh.enabled = true;
    mesh.replica_count = 2;
    mesh.autoscaling = autoscaling(2, 5, 70, 80);
    mesh.resources = resources("250m", "512Mi", "1", "2Gi");
    mesh.env = map(&[("LOG_LEVEL", "debug")]);
    v.ai_mesh.route.hosts = vec!["ai-mesh-staging.justmaily.com".into()];
    v.ai_mesh.route.request_timeout = "300s".into();
    v.email_processing.workload.enabled = true;
    v.contact_management.workload.enabled = true;
    // Gateway API: ingress-nginx, which the legacy ran, was retired in March
    // 2026. The routes attach to the platform team's Gateway `maily` in
    // `gateway-system` (listener `https`; plain HTTP on `http` redirects).
    v.http_route.enabled = true;
    v.http_route.parent_refs = vec![defaults::listener("maily", "gateway-system", "https")];
    v.http_route.https_redirect.enabled = true;
    v.http_route.https_redirect.parent_refs = vec![defaults::listener("maily", "gateway-system", "http")];
    // The legacy's security headers (nginx configuration snippets), as
    // standard response headers; X-XSS-Protection is obsolete and left out.
    v.http_route.response_headers = map(&[
        ("X-Frame-Options", "SAMEORIGIN"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ]);
    v.http_route.cors.allow_origins = ORIGINS.iter().map(|o| (*o).into()).collect();
    v.http_route.cors.allow_methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map(String::from).to_vec();
    v.http_route.cors.allow_headers = ["Authorization", "Content-Type"].map(String::from).to_vec();
    v.web.route.hosts = WEB_HOSTS.iter().map(|h| (*h).into()).collect();
    // WebSockets stay open (the legacy's 3600 s proxy timeouts).
    v.web.route.request_timeout = "1h".into();
    v.api.route.hosts = vec![API_HOST.into()];
    v.api.route.request_timeout = "60s".into();
    v.ai_service.http.route.hosts = vec![AI_HOST.into()];
    // Agent runs are long (the legacy's 300 s read and send timeouts).
    v.ai_service.http.route.request_timeout = "300s".into();
    v.tls.enabled = true;
    v.tls.cluster_issuer = ISSUER.into();
    v.external_dns.enabled = true;
    // kube-prometheus-stack runs here: scrape, alert and draw. Staging
    // tolerates more (the legacy dropped staging's alerts to warnings).
    defaults::monitoring_on(&mut v.monitoring);
    v.ai_service.slo = defaults::slo("99", ("2", "10"), ("5", "10"));
    v
}
