//! `apiEdgeCaching`: an nginx cache in front of the api (port 8080, health at
//! `/health`). Its `nginx.conf` is rendered from the typed [`EDGE_CACHE`]
//! below, its upstream the chart's api Service (the legacy proxied to
//! `maily-backend`). Optional: off everywhere, available for production.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, EmptyDirVolumeSource, Volume, VolumeMount};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;

use crate::common::{labels, names};
use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::Call;

/// The component name.
pub const COMPONENT: &str = "api-edge-caching";
/// The configuration's key and file name.
pub const CONFIG_FILE: &str = "nginx.conf";

/// The registry entry.
pub const DEF: Def = Def {
    key: "apiEdgeCaching",
    name: COMPONENT,
    summary: "the API edge cache, nginx (optional)",
    resources,
    calls: &[Call::Component("api")],
    metrics_path: None,
};

/// A cached path: responses under `path_regex` are kept `valid_for`.
#[derive(Clone, Copy, Debug)]
pub struct CacheRule {
    /// nginx location regex (`^/api/v1/content/`).
    pub path_regex: &'static str,
    /// How long a 200 or 302 response stays fresh (`1h`).
    pub valid_for: &'static str,
}

/// The cache: one zone, its rules, and a per-client request limit.
#[derive(Clone, Copy, Debug)]
pub struct EdgeCache {
    /// The zone's name.
    pub zone: &'static str,
    /// Memory for the zone's keys (`10m`).
    pub keys_size: &'static str,
    /// Most bytes on disk (`1g`).
    pub max_size: &'static str,
    /// An entry not read for this long is dropped (`60m`).
    pub inactive: &'static str,
    /// How long a cached 404 stays fresh.
    pub not_found_valid_for: &'static str,
    /// The cached paths; everything else goes through uncached.
    pub rules: &'static [CacheRule],
    /// Requests per second per client address, and the burst above it.
    pub rate: (u32, u32),
}

/// Maily's edge cache (the legacy's zone, paths and durations).
pub const EDGE_CACHE: EdgeCache = EdgeCache {
    zone: "api_cache",
    keys_size: "10m",
    max_size: "1g",
    inactive: "60m",
    not_found_valid_for: "1m",
    rules: &[
        CacheRule { path_regex: "^/api/v1/content/", valid_for: "1h" },
        CacheRule { path_regex: "^/api/v1/(analytics|reports|stats)/", valid_for: "5m" },
        CacheRule { path_regex: "^/api/v1/(templates|configuration)/", valid_for: "15m" },
    ],
    rate: (100, 20),
};

impl EdgeCache {
    /// `nginx.conf` for an unprivileged nginx (port 8080, every writable
    /// path under `/tmp` or the cache volume) proxying to `upstream`.
    pub fn render(&self, upstream: &str) -> String {
        let mut locations = String::new();
        for rule in self.rules {
            locations += &format!(
                "    location ~ {} {{\n      proxy_cache {};\n      proxy_cache_valid 200 302 {};\n      proxy_cache_valid 404 {};\n      add_header X-Cache-Status $upstream_cache_status;\n      proxy_pass http://api;\n    }}\n",
                rule.path_regex, self.zone, rule.valid_for, self.not_found_valid_for
            );
        }
        format!(
            "# Rendered by the maily chart from typed Rust (components/api_edge_caching.rs).\n\
             pid /tmp/nginx.pid;\n\
             worker_processes auto;\n\
             events {{\n  worker_connections 1024;\n}}\n\
             http {{\n\
             \x20 client_body_temp_path /tmp/client_temp;\n\
             \x20 proxy_temp_path /tmp/proxy_temp;\n\
             \x20 fastcgi_temp_path /tmp/fastcgi_temp;\n\
             \x20 uwsgi_temp_path /tmp/uwsgi_temp;\n\
             \x20 scgi_temp_path /tmp/scgi_temp;\n\
             \x20 proxy_cache_path /var/cache/nginx/api levels=1:2 keys_zone={zone}:{keys} max_size={max} inactive={inactive} use_temp_path=off;\n\
             \x20 limit_req_zone $binary_remote_addr zone=per_client:10m rate={rps}r/s;\n\
             \x20 upstream api {{\n    server {upstream};\n  }}\n\
             \x20 server {{\n\
             \x20   listen 8080;\n\
             \x20   limit_req zone=per_client burst={burst} nodelay;\n\
             \x20   limit_req_status 429;\n\
             \x20   proxy_set_header Host $host;\n\
             \x20   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
             \x20   location = /health {{\n      access_log off;\n      return 200 \"ok\\n\";\n    }}\n\
             {locations}\
             \x20   location / {{\n      proxy_no_cache 1;\n      proxy_cache_bypass 1;\n      proxy_pass http://api;\n    }}\n\
             \x20 }}\n\
             }}\n",
            zone = self.zone,
            keys = self.keys_size,
            max = self.max_size,
            inactive = self.inactive,
            rps = self.rate.0,
            burst = self.rate.1,
        )
    }
}

/// The configuration ConfigMap, its upstream the api Service.
pub fn config_map(ctx: &Ctx) -> ConfigMap {
    let upstream = format!(
        "{}:{}",
        names::component_name(ctx, super::api::DEF.name),
        ctx.int_string(ctx.values().api.service.port)
    );
    ConfigMap {
        metadata: labels::metadata(ctx, COMPONENT, COMPONENT),
        data: Some(BTreeMap::from([(CONFIG_FILE.to_string(), EDGE_CACHE.render(&upstream))])),
        ..Default::default()
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, ConfigMap and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().api_edge_caching };
    let mut spec = http.spec(ctx);
    spec.container.volume_mounts = Some(vec![
        VolumeMount {
            name: "config".into(),
            mount_path: format!("/etc/nginx/{CONFIG_FILE}"),
            sub_path: Some(CONFIG_FILE.into()),
            read_only: Some(true),
            ..Default::default()
        },
        VolumeMount { name: "cache".into(), mount_path: "/var/cache/nginx".into(), ..Default::default() },
    ]);
    spec.volumes = vec![
        Volume {
            name: "config".into(),
            config_map: Some(ConfigMapVolumeSource {
                name: names::component_name(ctx, COMPONENT),
                ..Default::default()
            }),
            ..Default::default()
        },
        Volume {
            name: "cache".into(),
            // The zone's max_size, and room for nginx to go over it briefly.
            empty_dir: Some(EmptyDirVolumeSource { size_limit: Some(K8sQuantity("2Gi".into())), ..Default::default() }),
            ..Default::default()
        },
    ];
    let config = Manifest::new(format!("{COMPONENT}/configmap.yaml"), spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![config])
}
