//! `development` (namespace `maily-dev`): one replica of api, web and
//! workers, no HPA, small requests; the AI service is off; PostgreSQL, Redis
//! and RabbitMQ run in the release.

use maily_chart::Values;

use crate::defaults::{self, map, resources};

/// The namespace development is installed in (the legacy's `maily-dev`).
pub const NAMESPACE: &str = "maily-dev";

/// The development environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "development".into();

    v.api.workload.env = map(&[("PYTHON_ENV", "development")]);
    v.api.workload.resources = resources("100m", "128Mi", "500m", "256Mi");

    // The browser reaches the API through the same host: the base URL is the
    // host, as production's is `https://api.justmaily.com`, and the client's
    // `/api/v1/...` paths reach the API unchanged (its route is `/api`), as
    // they do in production; a base of `http://maily.local/api` would give
    // `/api/api/v1/...`. The server side reaches the API through its Service
    // (`API_URL`, set by the chart).
    v.web.workload.env = map(&[
        ("NODE_ENV", "development"),
        ("NEXTAUTH_URL", "http://maily.local"),
        ("NEXT_PUBLIC_API_URL", "http://maily.local"),
    ]);
    v.web.workload.resources = resources("100m", "128Mi", "300m", "256Mi");

    // No legacy worker ran in development; the sizes are the infra copy's.
    v.workers.workload.resources = resources("200m", "256Mi", "500m", "512Mi");

    v.ai_service.http.workload.enabled = false;

    // PostgreSQL, Redis and RabbitMQ in the release (the legacy ran its
    // development Redis and database in the namespace); every component's
    // URLs point at them, with the credentials of the development Secret
    // (the command is in `dataTier.enabled`'s description).
    v.data_tier.enabled = true;

    // One local host (the legacy's `maily.local`), through an Ingress: local
    // clusters (k3d, minikube, kind) ship an Ingress controller more often
    // than the Gateway API CRDs. The cluster's default IngressClass, no TLS.
    // The legacy stripped `/api` (an nginx rewrite); the chart passes paths
    // on unchanged, so the API sees `/api/...`.
    v.ingress.enabled = true;
    v.web.route.hosts = vec!["maily.local".into()];
    v.api.route.hosts = vec!["maily.local".into()];
    v.api.route.paths = vec!["/api".into()];
    v.network_policy.ingress_controller = defaults::pods("kube-system", &[("app.kubernetes.io/name", "traefik")]);
    v
}
