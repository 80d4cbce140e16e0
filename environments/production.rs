//! `production` (namespace `maily-production`): three replicas behind HPAs
//! of 3–10, spread across nodes; the AI service at two replicas. Its Argo CD
//! Application is synced by a person (no automated sync).

use maily_chart::Values;
use maily_chart::values::TopologySpread;

use crate::defaults::{self, autoscaling, map};
use crate::gitops::GitOps;

/// The web front end's hosts.
const WEB_HOSTS: [&str; 3] = ["justmaily.com", "www.justmaily.com", "app.justmaily.com"];
/// The API's host.
const API_HOST: &str = "api.justmaily.com";
/// The AI service's host.
const AI_HOST: &str = "ai-api.justmaily.com";
/// The cert-manager ClusterIssuer.
const ISSUER: &str = "letsencrypt-prod";
/// Origins that may call the API from a browser.
const ORIGINS: [&str; 3] = ["https://justmaily.com", "https://www.justmaily.com", "https://app.justmaily.com"];

/// Spread the pods of a component over the nodes, as evenly as the nodes
/// allow. A preference (`ScheduleAnyway`), not a rule: a rule would stop an
/// HPA from scaling past the node count. The chart selects the pods (this
/// release's, this component's), so the selector cannot drift from the labels.
fn across_nodes() -> Vec<TopologySpread> {
    vec![TopologySpread {
        topology_key: "kubernetes.io/hostname".into(),
        max_skew: 1,
        when_unsatisfiable: "ScheduleAnyway".into(),
    }]
}

/// The production environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "production".into();
    v.network_policy.enabled = true;
    // The legacy pulled production images from ECR with `ecr-secret`; the chart
    // pulls every environment from one registry, with one pull secret.
    v.global.image_pull_secrets = vec!["registry-credentials".into()];

    for workload in [&mut v.components.api.workload, &mut v.components.web.workload] {
        workload.replica_count = 3;
        workload.autoscaling = autoscaling(3, 10, 70, 80);
        workload.topology_spread = across_nodes();
    }

    let workers = &mut v.workers.workload;
    workers.replica_count = 3;
    workers.autoscaling = autoscaling(3, 10, 70, 80);

    // Where the browser finds the API and the static files, and the URL
    // NextAuth builds its callbacks on (the infrastructure copy's variables;
    // it sent the API through the edge cache, `api-edge.justmaily.com`, which
    // is off here: with `apiEdgeCaching` on, point NEXT_PUBLIC_API_URL at it).
    v.web.workload.env = map(&[
        ("NODE_ENV", "production"),
        ("NEXTAUTH_URL", "https://app.justmaily.com"),
        ("NEXT_PUBLIC_API_URL", "https://api.justmaily.com"),
        ("NEXT_PUBLIC_CDN_URL", "https://static.justmaily.com"),
    ]);

    v.ai_service.http.workload.replica_count = 2;

    // The optional apps production ran (INVENTORY §11.1).
    let mesh = &mut v.components.ai_mesh.workload;
    mesh.enabled = true;
    mesh.image.tag = "v1.2.0".into();
    mesh.replica_count = 3;
    mesh.autoscaling = autoscaling(3, 10, 70, 80);
    mesh.topology_spread = across_nodes();
    v.ai_mesh.route.hosts = vec!["ai-mesh.justmaily.com".into()];
    v.ai_mesh.route.request_timeout = "300s".into();
    let email = &mut v.components.email_processing.workload;
    email.enabled = true;
    email.replica_count = 3;
    email.autoscaling = autoscaling(3, 10, 70, 75);
    v.analytics.workload.enabled = true;
    let blockchain = &mut v.components.blockchain.http.workload;
    blockchain.enabled = true;
    blockchain.replica_count = 3;
    blockchain.autoscaling = autoscaling(3, 10, 70, 80);
    let docs = &mut v.components.mailydocs.http.workload;
    docs.enabled = true;
    docs.replica_count = 2;
    docs.autoscaling = autoscaling(2, 10, 70, 80);
    // The legacy's EFS class: ReadWriteMany across zones.
    v.mailydocs.documents.storage_class = "efs-sc".into();
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
    // The API host's path prefixes that the legacy's `justmaily-api`
    // Ingress sent to the optional apps (INVENTORY §3): each app's own route,
    // the same host, its prefixes (the Gateway picks the longest match, so
    // the rest of the host stays the API's). Not kept: `/api/v1/contacts` and
    // `/api/v1/segments` (contactManagement is off in production, §11.1),
    // `/api/v1/campaigns` (its backend `canvas-service` was never defined)
    // and `/octotools` (the AI service has its host `ai-api`).
    v.email_processing.route.hosts = vec![API_HOST.into()];
    v.email_processing.route.paths = vec!["/api/v1/emails".into(), "/api/v1/templates".into()];
    v.analytics.route.hosts = vec![API_HOST.into()];
    v.analytics.route.paths = vec!["/api/v1/metrics".into()];
    v.blockchain.http.route.hosts = vec![API_HOST.into()];
    v.blockchain.http.route.paths = vec!["/api/v1/verify".into()];
    // MailyDocs: the legacy's path, on the production API host (the legacy
    // served it on another domain, api.mailyapp.com).
    v.mailydocs.http.route.hosts = vec![API_HOST.into()];
    v.mailydocs.http.route.paths = vec!["/api/mailydocs".into()];
    v.ai_service.http.route.hosts = vec![AI_HOST.into()];
    // Agent runs are long (the legacy's 300 s read and send timeouts).
    v.ai_service.http.route.request_timeout = "300s".into();
    v.tls.enabled = true;
    v.tls.cluster_issuer = ISSUER.into();
    v.external_dns.enabled = true;
    // kube-prometheus-stack runs here: scrape every 15 s (the legacy's
    // interval), alert and draw. Agent runs take seconds: latency
    // thresholds of 2 s (p95) and 5 s (p99).
    defaults::monitoring_on(&mut v.monitoring);
    v.monitoring.service_monitor.interval_seconds = 15;
    v.ai_service.slo = defaults::slo("99.5", ("1", "5"), ("2", "5"));
    v
}

/// Production's GitOps settings: the defaults, except that Argo CD syncs
/// production only when a person asks (`argocd app sync` or the UI, after
/// reading the diff; `--prune` to delete what the chart dropped), with the
/// defaults' sync options and retries; Argo CD still shows production
/// OutOfSync as soon as `main` moves. Twenty past syncs are kept. Flux has no manual sync: production's
/// gate there is the revision its GitRepository follows (a release tag, set
/// by the operator), and drift is corrected.
pub fn gitops() -> GitOps {
    let mut settings = crate::gitops::defaults();
    settings.argo.automated = None;
    settings.argo.revision_history_limit = 20;
    settings
}
