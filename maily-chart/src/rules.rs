//! Single-field rules, declared once and enforced twice: by [`crate::validate`]
//! when `gen` loads an environment (Rust), and by `values.schema.json` when
//! Helm installs, upgrades, lints or templates with an operator's values.
//! The schema side is applied with `#[schemars(transform = ...)]` on the
//! values types, so the two cannot drift.
//!
//! Sources: Kubernetes "Object Names and IDs" (DNS-1123 label and subdomain,
//! DNS-1035 label), "Labels and Selectors" (qualified names, label values),
//! API reference ContainerPort (IANA_SVC_NAME), EnvVar, Secret keys
//! (`IsConfigMapKey`); the OCI distribution spec for repositories and tags.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use regex::Regex;
use schemars::Schema;
use serde_json::{Value, json};

/// A rule on one string.
#[derive(Clone, Copy, Debug)]
pub struct StringRule {
    /// What a valid string is, for messages ("a DNS-1123 label").
    pub what: &'static str,
    /// Regular expressions the string must all match (RE2 and Rust regex syntax).
    pub patterns: &'static [&'static str],
    /// A regular expression the string must not match.
    pub not_pattern: Option<&'static str>,
    /// Most bytes.
    pub max_len: usize,
    /// Values that are never accepted.
    pub forbidden: &'static [&'static str],
}

fn regex(pattern: &'static str) -> Regex {
    static CACHE: LazyLock<Mutex<HashMap<&'static str, Regex>>> = LazyLock::new(Mutex::default);
    let mut cache = CACHE.lock().expect("regex cache");
    cache.entry(pattern).or_insert_with(|| Regex::new(pattern).expect("rule patterns are valid")).clone()
}

impl StringRule {
    /// Whether `s` follows the rule.
    pub fn accepts(&self, s: &str) -> bool {
        s.len() <= self.max_len
            && !self.forbidden.contains(&s)
            && self.patterns.iter().all(|p| regex(p).is_match(s))
            && self.not_pattern.is_none_or(|p| !regex(p).is_match(s))
    }

    /// The JSON Schema keywords of the rule (for a string schema).
    pub fn keywords(&self) -> serde_json::Map<String, Value> {
        let mut map = serde_json::Map::new();
        map.insert("type".into(), json!("string"));
        map.insert("maxLength".into(), json!(self.max_len));
        if let Some((first, rest)) = self.patterns.split_first() {
            map.insert("pattern".into(), json!(first));
            if !rest.is_empty() {
                map.insert("allOf".into(), Value::Array(rest.iter().map(|p| json!({"pattern": p})).collect()));
            }
        }
        let mut not = Vec::new();
        if let Some(p) = self.not_pattern {
            not.push(json!({"pattern": p}));
        }
        if !self.forbidden.is_empty() {
            not.push(json!({"enum": self.forbidden}));
        }
        match not.len() {
            0 => {}
            1 => {
                map.insert("not".into(), not.remove(0));
            }
            _ => {
                map.insert("not".into(), json!({"anyOf": not}));
            }
        }
        map
    }

    /// Adds the rule's keywords to a string schema.
    pub fn apply(&self, schema: &mut Schema) {
        for (k, v) in self.keywords() {
            schema.insert(k, v);
        }
    }
}

/// A DNS-1123 label: environment names.
pub const DNS1123_LABEL: StringRule = StringRule {
    what: "a DNS-1123 label (lowercase letters, digits and `-`, at most 63)",
    patterns: &["^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"],
    not_pattern: None,
    max_len: 63,
    forbidden: &[],
};

/// A DNS-1035 label: every object name the chart renders (Service names
/// must be one). `maily.componentName` in `_helpers.tpl` fails on the same pattern.
pub const DNS1035_LABEL: StringRule = StringRule {
    what: "a DNS-1035 label (a lowercase letter, then lowercase letters, digits and `-`, at most 63)",
    patterns: &["^[a-z]([-a-z0-9]*[a-z0-9])?$"],
    not_pattern: None,
    max_len: 63,
    forbidden: &[],
};

/// A DNS-1123 subdomain: Secret, Gateway and listener names.
pub const DNS1123_SUBDOMAIN: StringRule = StringRule {
    what: "a DNS-1123 subdomain such as `maily-secrets` (lowercase letters, digits, `-` and `.`)",
    patterns: &["^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// `nameOverride`: empty, or a DNS-1035 label (object names start with it
/// when the release name contains it, and Service names must start with a letter).
pub const NAME_OVERRIDE: StringRule = StringRule {
    what: "empty or a DNS-1035 label (a lowercase letter, then lowercase letters, digits and `-`)",
    patterns: &["^([a-z]([-a-z0-9]*[a-z0-9])?)?$"],
    not_pattern: None,
    max_len: 63,
    forbidden: &[],
};

/// `fullnameOverride`: empty, or a lowercase name starting with a letter
/// (cut to fit 63 characters by the chart).
pub const FULLNAME_OVERRIDE: StringRule = StringRule {
    what: "empty or a name that starts with a lowercase letter and holds lowercase letters, digits and `-`",
    patterns: &["^([a-z][-a-z0-9]*)?$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// An image registry: a host, an optional port, and an optional path, the
/// prefix of a pull-through cache or mirror (`harbor.example.com/dockerhub-proxy`,
/// `localhost:5000/mirror`). The distribution spec's reference grammar:
/// domain, then lowercase path components.
pub const REGISTRY: StringRule = StringRule {
    what: "empty, or a registry host with an optional port and path, such as `docker.io`, `registry.example.com:5000` or `harbor.example.com/dockerhub-proxy`",
    patterns: &[
        "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*)?$",
    ],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// An image repository path.
pub const REPOSITORY: StringRule = StringRule {
    what: "a lowercase repository path such as `maily/api`",
    patterns: &["^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$"],
    not_pattern: None,
    max_len: 255,
    forbidden: &[],
};

/// A pinned image tag: never `latest`.
pub const IMAGE_TAG: StringRule = StringRule {
    what: "a pinned image tag such as `v1.0.0` (not `latest`, in any case)",
    patterns: &["^[A-Za-z0-9_][A-Za-z0-9_.-]*$"],
    not_pattern: Some("^[Ll][Aa][Tt][Ee][Ss][Tt]$"),
    max_len: 128,
    forbidden: &[],
};

/// A container port name (IANA_SVC_NAME), other than the chart's own `http`.
pub const PORT_NAME: StringRule = StringRule {
    what: "a port name (at most 15 lowercase letters, digits and single `-`, with a letter; not `http`)",
    patterns: &["^[a-z0-9]([a-z0-9]|-[a-z0-9])*$", "[a-z]"],
    not_pattern: None,
    max_len: 15,
    forbidden: &["http"],
};

/// An environment variable name, other than the chart's own `ENVIRONMENT`.
pub const ENV_NAME: StringRule = StringRule {
    what: "an environment variable name (a letter or `_`, then letters, digits, `_`, `.`, `-`; not `ENVIRONMENT`)",
    patterns: &["^[A-Za-z_][A-Za-z0-9_.-]*$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &["ENVIRONMENT"],
};

/// A key of a Secret (`IsConfigMapKey`).
pub const SECRET_KEY: StringRule = StringRule {
    what: "a Secret key (letters, digits, `-`, `_`, `.`; not `.` and not starting with `..`)",
    patterns: &["^[-._a-zA-Z0-9]+$"],
    not_pattern: Some("^\\.(\\.|$)"),
    max_len: 253,
    forbidden: &[],
};

/// A label or annotation key: an optional DNS subdomain prefix and `/`, then
/// a name of at most 63 characters.
pub const QUALIFIED_NAME: StringRule = StringRule {
    what: "a label or annotation key such as `example.com/name`",
    patterns: &[
        "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
    ],
    not_pattern: None,
    max_len: 317,
    forbidden: &[],
};

/// A label the chart does not set itself (`podLabels`, `global.commonLabels`).
pub const EXTRA_LABEL_KEY: StringRule = StringRule {
    what: "a label key such as `example.com/team` that the chart does not set itself (not `app.kubernetes.io/name`, `instance`, `component`, `version`, `part-of`, `managed-by`, `helm.sh/chart`, `sidecar.istio.io/inject` or `gateway.networking.k8s.io/gateway-name`, which marks the chart Gateway's pods)",
    forbidden: &[
        "app.kubernetes.io/name",
        "app.kubernetes.io/instance",
        "app.kubernetes.io/component",
        "app.kubernetes.io/version",
        "app.kubernetes.io/part-of",
        "app.kubernetes.io/managed-by",
        "helm.sh/chart",
        "sidecar.istio.io/inject",
        "gateway.networking.k8s.io/gateway-name",
    ],
    ..QUALIFIED_NAME
};

/// An annotation on every object: not one of Helm's own (`helm test` hooks).
pub const COMMON_ANNOTATION_KEY: StringRule = StringRule {
    what: "an annotation key such as `example.com/owner` (not `helm.sh/hook`, `helm.sh/hook-delete-policy`, `secret.reloader.stakater.com/reload` or a `checkov.io/` one: the chart sets those)",
    forbidden: &[
        "helm.sh/hook",
        "helm.sh/hook-delete-policy",
        "helm.sh/hook-weight",
        "helm.sh/resource-policy",
        "secret.reloader.stakater.com/reload",
    ],
    not_pattern: Some("^checkov\\.io/"),
    ..QUALIFIED_NAME
};

/// Empty, or a DNS-1123 subdomain (ServiceAccount and PriorityClass names).
pub const OPTIONAL_SUBDOMAIN: StringRule = StringRule {
    what: "empty or a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`)",
    patterns: &["^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// A label value: empty, or at most 63 alphanumerics, `-`, `_`, `.`, with
/// alphanumeric ends.
pub const LABEL_VALUE: StringRule = StringRule {
    what: "a label value (at most 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit)",
    patterns: &["^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"],
    not_pattern: None,
    max_len: 63,
    forbidden: &[],
};

/// A host name a route serves (Gateway API `Hostname` without wildcards;
/// also an Ingress rule `host`): lower-case DNS labels joined by dots.
pub const HOSTNAME: StringRule = StringRule {
    what: "a host name such as `api.justmaily.com` (lower-case DNS labels joined by dots, no wildcard, no IP address)",
    patterns: &["^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "[a-z]"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// A path prefix (HTTPRoute `PathPrefix` value, Ingress `Prefix` path).
pub const PATH_PREFIX: StringRule = StringRule {
    what: "a path prefix starting with `/` (letters, digits and `-._~!$&'()*+,;=:@/`, or `%XX` escapes; no `//`, `/./`, `/../` or `%2F`, and not ending in `/.` or `/..`: the Gateway API and Ingress refuse them)",
    patterns: &["^/([-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*$"],
    not_pattern: Some("//|/\\.\\.?/|/\\.\\.?$|%2[fF]"),
    max_len: 1024,
    forbidden: &[],
};

/// Empty, or a Gateway API duration (`60s`, `1h30m`, `500ms`).
pub const OPTIONAL_DURATION: StringRule = StringRule {
    what: "empty or a Gateway API duration such as `60s`, `5m` or `1h30m`",
    patterns: &["^(([0-9]{1,5}(h|m|s|ms)){1,4})?$"],
    not_pattern: None,
    max_len: 32,
    forbidden: &[],
};

/// Empty, or an image digest.
pub const OPTIONAL_DIGEST: StringRule = StringRule {
    what: "empty or an image digest such as `sha256:` and 64 lowercase hex digits",
    patterns: &["^(sha256:[a-f0-9]{64})?$"],
    not_pattern: None,
    max_len: 71,
    forbidden: &[],
};

/// An Istio principal (`cluster.local/ns/gateway-system/sa/maily-istio`).
pub const PRINCIPAL: StringRule = StringRule {
    what: "an Istio principal such as `cluster.local/ns/gateway-system/sa/maily-istio`",
    patterns: &["^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/ns/[a-z0-9]([-a-z0-9]*[a-z0-9])?/sa/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"],
    not_pattern: None,
    max_len: 600,
    forbidden: &[],
};

/// An HTTP header name (RFC 7230 token).
pub const HEADER_NAME: StringRule = StringRule {
    what: "an HTTP header name such as `X-Frame-Options`",
    patterns: &["^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"],
    not_pattern: None,
    max_len: 256,
    forbidden: &[],
};

/// An HTTP header value (HTTPRoute `HTTPHeader.value`): 1 to 4096
/// characters, one line.
pub const HEADER_VALUE: StringRule = StringRule {
    what: "a header value of 1 to 4096 characters on one line",
    patterns: &["^[^\\r\\n]+$"],
    not_pattern: None,
    max_len: 4096,
    forbidden: &[],
};

/// A CORS origin (`https://app.justmaily.com`, `https://*.example.com`), or
/// `*` alone.
pub const CORS_ORIGIN: StringRule = StringRule {
    what: "an origin such as `https://app.justmaily.com` (scheme and host, optional port, no path), or `*` (any origin) as the only item",
    patterns: &["^(\\*|https?://((\\*\\.)?([a-zA-Z0-9-]+\\.)*[a-zA-Z0-9-]+)(:[0-9]{1,5})?)$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// A Go duration of the External Secrets Operator (`1h`, `15m`, `1h30m`, `30s`).
pub const REFRESH_INTERVAL: StringRule = StringRule {
    what: "a duration such as `1h`, `15m` or `1h30m` (hours, minutes, seconds)",
    patterns: &["^([0-9]{1,5}(h|m|s))+$"],
    not_pattern: Some("^(0+(h|m|s))+$"),
    max_len: 32,
    forbidden: &[],
};

/// An `https://` or `http://` URL of a server, with an optional port and no path.
pub const SERVER_URL: StringRule = StringRule {
    what: "a server URL such as `https://vault.example.com:8200` (scheme, host, optional port, no path)",
    patterns: &["^https?://[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// A path in a secret store (a Vault mount, a secret's path): segments of
/// letters, digits, `-`, `_` and `.`, separated by single `/`.
pub const STORE_PATH: StringRule = StringRule {
    what: "a path such as `secret` or `maily/database` (letters, digits, `-`, `_`, `.`, separated by single `/`)",
    patterns: &["^[-_.a-zA-Z0-9]+(/[-_.a-zA-Z0-9]+)*$"],
    not_pattern: None,
    max_len: 512,
    forbidden: &[],
};

/// Empty, or a property of a remote secret (a key inside a Vault secret).
pub const OPTIONAL_PROPERTY: StringRule = StringRule {
    what: "empty or a property name such as `url` (letters, digits, `-`, `_`, `.`)",
    patterns: &["^[-_.a-zA-Z0-9]*$"],
    not_pattern: None,
    max_len: 253,
    forbidden: &[],
};

/// A resource a ResourceQuota may limit (`requests.cpu`, `pods`,
/// `count/deployments.apps`, `services.loadbalancers`, ...).
pub const QUOTA_RESOURCE: StringRule = StringRule {
    what: "a quota resource name such as `requests.cpu`, `limits.memory`, `pods` or `count/deployments.apps`",
    patterns: &["^[a-z0-9]([-a-z0-9./]*[a-z0-9])?$"],
    not_pattern: Some("//"),
    max_len: 253,
    forbidden: &[],
};

/// A quantity that may be zero (`0`, `100`, `32`, `64Gi`, `500m`): a quota's limit.
pub const QUOTA_QUANTITY: StringRule = StringRule {
    what: "a quantity such as `32`, `500m` or `64Gi`",
    patterns: &["^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"],
    not_pattern: None,
    max_len: 64,
    forbidden: &[],
};

/// A quantity whose number is zero (`0`, `0.0`, `0m`, `0Gi`, `0e3`).
const ZERO_QUANTITY: &str = "^0*\\.?0*([^0-9.].*)?$";

/// CPU: a positive quantity in cores (`500m`, `2`, `1.5`); no binary suffix.
pub const CPU: StringRule = StringRule {
    what: "a positive CPU quantity in cores, such as `500m` or `2`",
    patterns: &["^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"],
    not_pattern: Some(ZERO_QUANTITY),
    max_len: 64,
    forbidden: &[],
};

/// Memory: a positive quantity in bytes (`512Mi`, `1G`); no `m` (millibytes).
pub const MEMORY: StringRule = StringRule {
    what: "a positive memory quantity in bytes, such as `512Mi` or `1G` (`1Gb` is not one)",
    patterns: &["^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"],
    not_pattern: Some(ZERO_QUANTITY),
    max_len: 64,
    forbidden: &[],
};

/// A decimal that is zero (`0`, `0.000`).
const ZERO_DECIMAL: &str = "^0+(\\.0+)?$";

/// An availability objective in percent: at least 95 (below, the error
/// budget is so large that a 14.4-fold burn rate is more than every
/// request failing), below 100 (a 100% objective has no error budget), at
/// most 6 decimals.
pub const AVAILABILITY_PERCENT: StringRule = StringRule {
    what: "a percentage of at least 95 and below 100 such as `99.5` (at most 6 decimals)",
    patterns: &["^9[5-9](\\.[0-9]{1,6})?$"],
    not_pattern: None,
    max_len: 9,
    forbidden: &[],
};

/// A success objective in percent: at least 50, below 100, at most 6 decimals.
pub const OBJECTIVE_PERCENT: StringRule = StringRule {
    what: "a percentage of at least 50 and below 100 such as `98` (at most 6 decimals)",
    patterns: &["^[5-9][0-9](\\.[0-9]{1,6})?$"],
    not_pattern: None,
    max_len: 9,
    forbidden: &[],
};

/// A share of requests in percent: above 0, below 100, at most 3 decimals.
pub const RATIO_PERCENT: StringRule = StringRule {
    what: "a percentage above 0 and below 100 such as `1` or `0.5` (at most 3 decimals)",
    patterns: &["^[0-9]{1,2}(\\.[0-9]{1,3})?$"],
    not_pattern: Some(ZERO_DECIMAL),
    max_len: 6,
    forbidden: &[],
};

/// A duration in seconds: above 0, below 100000, at most 3 decimals.
pub const SECONDS_DECIMAL: StringRule = StringRule {
    what: "a number of seconds above 0 and below 100000 such as `0.5` or `60` (at most 3 decimals)",
    patterns: &["^([0-9]{1,5})(\\.[0-9]{1,3})?$"],
    not_pattern: Some(ZERO_DECIMAL),
    max_len: 9,
    forbidden: &[],
};

/// The numeric bounds of each decimal rule, as the schema's number branch
/// states them: `(minimum, maximum, exclusive maximum)`. Within them Go
/// prints a float64 as a plain decimal, as Rust does.
pub const DECIMAL_BOUNDS: [(&StringRule, f64, f64, bool); 4] = [
    (&AVAILABILITY_PERCENT, 95.0, 100.0, true),
    (&OBJECTIVE_PERCENT, 50.0, 100.0, true),
    (&RATIO_PERCENT, 0.001, 100.0, true),
    (&SECONDS_DECIMAL, 0.001, 99_999.999, false),
];

/// Every string rule, most specific first: `validate` names the rule a
/// schema error comes from by matching its keywords in this order.
pub const STRING_RULES: &[&StringRule] = &[
    &EXTRA_LABEL_KEY,
    &COMMON_ANNOTATION_KEY,
    &OPTIONAL_SUBDOMAIN,
    &DNS1035_LABEL,
    &NAME_OVERRIDE,
    &FULLNAME_OVERRIDE,
    &DNS1123_LABEL,
    &DNS1123_SUBDOMAIN,
    &REGISTRY,
    &REPOSITORY,
    &IMAGE_TAG,
    &PORT_NAME,
    &ENV_NAME,
    &SECRET_KEY,
    &QUALIFIED_NAME,
    &LABEL_VALUE,
    &CPU,
    &MEMORY,
    &HOSTNAME,
    &PATH_PREFIX,
    &OPTIONAL_DURATION,
    &REFRESH_INTERVAL,
    &SERVER_URL,
    &STORE_PATH,
    &OPTIONAL_PROPERTY,
    &QUOTA_RESOURCE,
    &QUOTA_QUANTITY,
    &HEADER_NAME,
    &HEADER_VALUE,
    &CORS_ORIGIN,
    &PRINCIPAL,
    &OPTIONAL_DIGEST,
    &AVAILABILITY_PERCENT,
    &OBJECTIVE_PERCENT,
    &RATIO_PERCENT,
    &SECONDS_DECIMAL,
];

/// A pattern for strings that Helm's `toYaml` carries as written: no C0
/// control but tab, LF and CR, no DEL or C1 control, no U+FFFE or U+FFFF
/// (outside YAML's printable set: `toYaml` drops the whole object), and no
/// U+2028 or U+2029 (YAML 1.1 line breaks, which Helm's parser folds, like
/// NEL). The characters are literal in the pattern, so Go's, ECMA and Rust
/// regular expressions read it alike.
pub fn yaml_printable_pattern() -> String {
    let range = |a: u32, b: u32| format!("{}-{}", char::from_u32(a).unwrap(), char::from_u32(b).unwrap());
    format!(
        "^[^{}{}{}{}{}{}]*$",
        range(0x00, 0x08),
        range(0x0B, 0x0C),
        range(0x0E, 0x1F),
        range(0x7F, 0x9F),
        range(0x2028, 0x2029),
        range(0xFFFE, 0xFFFF),
    )
}

/// Inclusive bounds of an integer.
pub type Bounds = (i64, i64);

/// Replicas of a Deployment.
pub const REPLICAS: Bounds = (0, 1_000_000);
/// HPA replica bounds.
pub const HPA_REPLICAS: Bounds = (1, 1_000_000);
/// HPA utilization targets, in percent of requests (above 100 is allowed:
/// it lets pods run past their requests before scaling out).
pub const PERCENT: Bounds = (1, 1000);
/// PDB `maxUnavailable`, in pods.
pub const MAX_UNAVAILABLE: Bounds = (1, 1_000_000);
/// Probe `initialDelaySeconds`.
pub const DELAY_SECONDS: Bounds = (0, i32::MAX as i64);
/// Probe period, timeout (seconds) and failure threshold (count).
pub const POSITIVE_I32: Bounds = (1, i32::MAX as i64);
/// `terminationGracePeriodSeconds` (0: killed at once).
pub const GRACE_SECONDS: Bounds = (0, 86_400);
/// `preStopSleepSeconds`: the pause before SIGTERM.
pub const PRE_STOP_SECONDS: Bounds = (1, 3_600);
/// Deployment `revisionHistoryLimit`.
pub const REVISION_HISTORY: Bounds = (0, 100);
/// A TCP port.
pub const PORT: Bounds = (1, 65535);
/// `runAsUser`: never 0 (root).
pub const NON_ROOT_UID: Bounds = (1, i32::MAX as i64);
/// `runAsGroup`, `fsGroup`.
pub const GID: Bounds = (0, i32::MAX as i64);

/// Scrape interval and timeout, in seconds.
pub const SCRAPE_SECONDS: Bounds = (1, 3_600);
/// A share of a container's limit, in percent.
pub const LIMIT_PERCENT: Bounds = (1, 100);

/// Whether `n` lies within `bounds`.
pub fn within(n: i64, bounds: Bounds) -> bool {
    (bounds.0..=bounds.1).contains(&n)
}

/// Schema transforms for `#[schemars(transform = ...)]`: one per rule and shape.
pub mod schema {
    use super::*;

    fn set(schema: &mut Schema, key: &str, value: Value) {
        schema.insert(key.to_string(), value);
    }

    /// A string map whose keys follow `keys` and values follow `values`.
    fn string_map(schema: &mut Schema, keys: &StringRule, values: Option<&StringRule>) {
        set(schema, "propertyNames", Value::Object(keys.keywords()));
        if let Some(values) = values {
            set(schema, "additionalProperties", Value::Object(values.keywords()));
        }
    }

    macro_rules! string_rule {
        ($($name:ident => $rule:expr),* $(,)?) => {$(
            #[doc = concat!("Applies `", stringify!($rule), "`.")]
            pub fn $name(schema: &mut Schema) {
                $rule.apply(schema)
            }
        )*};
    }
    string_rule! {
        dns1123_label => DNS1123_LABEL,
        dns1123_subdomain => DNS1123_SUBDOMAIN,
        name_override => NAME_OVERRIDE,
        fullname_override => FULLNAME_OVERRIDE,
        registry => REGISTRY,
        repository => REPOSITORY,
        image_tag => IMAGE_TAG,
        port_name => PORT_NAME,
        qualified_name => QUALIFIED_NAME,
        optional_duration => OPTIONAL_DURATION,
        optional_digest => OPTIONAL_DIGEST,
        refresh_interval => REFRESH_INTERVAL,
        server_url => SERVER_URL,
        store_path => STORE_PATH,
        optional_property => OPTIONAL_PROPERTY,
    }

    /// `externalSecret.remoteRefs`: Secret keys to where their values live.
    pub fn remote_refs(schema: &mut Schema) {
        set(schema, "propertyNames", Value::Object(SECRET_KEY.keywords()));
    }

    /// A ResourceQuota's `hard`: quota resource names to quantities (zero allowed).
    pub fn quota(schema: &mut Schema) {
        set(schema, "propertyNames", Value::Object(QUOTA_RESOURCE.keywords()));
        set(
            schema,
            "additionalProperties",
            json!({"anyOf": [Value::Object(QUOTA_QUANTITY.keywords()), {"type": "number", "minimum": 0}]}),
        );
    }

    /// A list of unique strings, each under `rule`, at most `max` of them.
    fn unique_list(schema: &mut Schema, rule: &StringRule, max: usize) {
        set(schema, "items", Value::Object(rule.keywords()));
        set(schema, "uniqueItems", json!(true));
        set(schema, "maxItems", json!(max));
    }

    /// `route.hosts`: unique host names (at most 16: an HTTPRoute holds 16
    /// hostnames, a Gateway 64 listeners).
    pub fn hosts(schema: &mut Schema) {
        unique_list(schema, &HOSTNAME, 16);
    }

    /// `dataTier.allowedEnvironments`: unique environment names (DNS labels).
    pub fn dns1123_labels(schema: &mut Schema) {
        unique_list(schema, &DNS1123_LABEL, 16);
    }

    /// `route.paths`: one to 16 unique path prefixes.
    pub fn paths(schema: &mut Schema) {
        unique_list(schema, &PATH_PREFIX, 16);
        set(schema, "minItems", json!(1));
    }

    /// `cors.allowOrigins`.
    pub fn cors_origins(schema: &mut Schema) {
        unique_list(schema, &CORS_ORIGIN, 64);
        star_alone(schema);
    }

    /// `cors.allowHeaders`.
    pub fn header_names(schema: &mut Schema) {
        unique_list(schema, &HEADER_NAME, 64);
        star_alone(schema);
    }

    /// `cors.allowMethods`: the methods of RFC 9110 (or `*` alone).
    pub fn cors_methods(schema: &mut Schema) {
        set(
            schema,
            "items",
            json!({"type": "string", "enum": ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "*"]}),
        );
        set(schema, "uniqueItems", json!(true));
        set(schema, "maxItems", json!(9));
        star_alone(schema);
    }

    /// The Gateway API's CORS lists take the wildcard `*` only as their one
    /// item.
    fn star_alone(schema: &mut Schema) {
        set(schema, "not", json!({"contains": {"const": "*"}, "minItems": 2}));
    }

    /// `responseHeaders`: header names to values (at most 16, the filter's limit).
    pub fn header_map(schema: &mut Schema) {
        string_map(schema, &HEADER_NAME, Some(&HEADER_VALUE));
        set(schema, "maxProperties", json!(16));
    }

    /// Labels that select pods or namespaces: at least one, keys and values
    /// as Kubernetes takes them.
    pub fn selector_labels(schema: &mut Schema) {
        string_map(schema, &QUALIFIED_NAME, Some(&LABEL_VALUE));
        set(schema, "minProperties", json!(1));
    }

    /// Istio principals: `<trust domain>/ns/<namespace>/sa/<service account>`.
    pub fn principals(schema: &mut Schema) {
        unique_list(schema, &PRINCIPAL, 16);
    }

    /// A destination's TCP ports: one to 16 unique port numbers.
    pub fn ports(schema: &mut Schema) {
        set(schema, "items", json!({"type": "integer", "minimum": PORT.0, "maximum": PORT.1}));
        set(schema, "uniqueItems", json!(true));
        set(schema, "minItems", json!(1));
        set(schema, "maxItems", json!(16));
    }

    /// A quantity under `rule` (a string), or a positive number: Kubernetes
    /// takes both (`cpu: 2`, `cpu: 0.5`).
    pub fn quantity(rule: &StringRule) -> serde_json::Map<String, Value> {
        let mut map = serde_json::Map::new();
        map.insert("anyOf".into(), json!([Value::Object(rule.keywords()), {"type": "number", "exclusiveMinimum": 0}]));
        map
    }

    /// A decimal under `rule` (a string), or a number within the rule's
    /// [`DECIMAL_BOUNDS`].
    fn decimal(schema: &mut Schema, rule: &StringRule) {
        let (_, min, max, exclusive) =
            DECIMAL_BOUNDS.iter().find(|(r, ..)| std::ptr::eq(*r, rule)).expect("a decimal rule has bounds");
        let number = if *exclusive {
            json!({"type": "number", "minimum": min, "exclusiveMaximum": max})
        } else {
            json!({"type": "number", "minimum": min, "maximum": max})
        };
        schema.remove("type");
        schema.insert("anyOf".into(), json!([Value::Object(rule.keywords()), number]));
    }

    /// An availability objective in percent (`99.5`).
    pub fn availability_percent(schema: &mut Schema) {
        decimal(schema, &AVAILABILITY_PERCENT);
    }

    /// A success objective in percent (`98`).
    pub fn objective_percent(schema: &mut Schema) {
        decimal(schema, &OBJECTIVE_PERCENT);
    }

    /// A share of requests in percent (`1`, `0.5`).
    pub fn ratio_percent(schema: &mut Schema) {
        decimal(schema, &RATIO_PERCENT);
    }

    /// Seconds (`0.5`, `60`).
    pub fn seconds_decimal(schema: &mut Schema) {
        decimal(schema, &SECONDS_DECIMAL);
    }

    /// A byte quantity (string or positive number).
    pub fn memory_quantity(schema: &mut Schema) {
        // Keep the description; replace the plain quantity's type and pattern.
        schema.remove("type");
        schema.remove("pattern");
        schema.remove("$ref");
        for (k, v) in quantity(&MEMORY) {
            schema.insert(k, v);
        }
    }

    /// HorizontalPodAutoscaler `behavior`: the API server's bounds, which the
    /// passed-through type's own schema does not carry
    /// (`stabilizationWindowSeconds` 0 to 3600; a policy's `value` above 0,
    /// `periodSeconds` 1 to 1800), as an `allOf` beside it.
    pub fn hpa_behavior(schema: &mut Schema) {
        let rules = serde_json::json!({
            "properties": {
                "stabilizationWindowSeconds": {"minimum": 0, "maximum": 3600},
                "policies": {"items": {"properties": {
                    "value": {"minimum": 1},
                    "periodSeconds": {"minimum": 1, "maximum": 1800}
                }}}
            }
        });
        let bounds = serde_json::json!({"properties": {"scaleUp": rules, "scaleDown": rules}});
        let existing = schema.get("allOf").and_then(Value::as_array).cloned().unwrap_or_default();
        if existing.is_empty() {
            // Keep what the schema says, and add the bounds beside it.
            let own: serde_json::Map<String, Value> = schema
                .as_object()
                .map(|o| o.iter().filter(|(k, _)| *k != "description").map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            for key in own.keys() {
                schema.remove(key);
            }
            schema.insert("allOf".into(), Value::Array(vec![Value::Object(own), bounds]));
        } else {
            let mut all = existing;
            all.push(bounds);
            schema.insert("allOf".into(), Value::Array(all));
        }
    }

    /// `env`: variable names.
    pub fn env(schema: &mut Schema) {
        string_map(schema, &ENV_NAME, None);
    }

    /// `secretEnv`: variable names to Secret keys.
    pub fn secret_env(schema: &mut Schema) {
        string_map(schema, &ENV_NAME, Some(&SECRET_KEY));
    }

    /// `podAnnotations`: annotation keys.
    pub fn pod_annotations(schema: &mut Schema) {
        string_map(schema, &QUALIFIED_NAME, None);
    }

    /// `podLabels`, `global.commonLabels`: label keys the chart does not set, to label values.
    pub fn extra_labels(schema: &mut Schema) {
        string_map(schema, &EXTRA_LABEL_KEY, Some(&LABEL_VALUE));
    }

    /// Annotations of an object: annotation keys to any text.
    pub fn annotations(schema: &mut Schema) {
        string_map(schema, &QUALIFIED_NAME, None);
    }

    /// `global.commonAnnotations`: not Helm's own keys.
    pub fn common_annotations(schema: &mut Schema) {
        string_map(schema, &COMMON_ANNOTATION_KEY, None);
    }

    /// Empty or a DNS-1123 subdomain.
    pub fn optional_subdomain(schema: &mut Schema) {
        OPTIONAL_SUBDOMAIN.apply(schema);
    }

    /// `nodeSelector`: label keys to label values.
    pub fn node_selector(schema: &mut Schema) {
        string_map(schema, &QUALIFIED_NAME, Some(&LABEL_VALUE));
    }

    /// `imagePullSecrets`: Secret names, as `name` or `{name: name}`.
    pub fn pull_secrets(schema: &mut Schema) {
        let name = Value::Object(DNS1123_SUBDOMAIN.keywords());
        set(
            schema,
            "items",
            json!({"anyOf": [
                name,
                {"type": "object", "properties": {"name": name}, "required": ["name"], "additionalProperties": false}
            ]}),
        );
    }

    /// A non-empty string.
    pub fn non_empty_string(schema: &mut Schema) {
        set(schema, "minLength", json!(1));
    }

    /// A non-empty list.
    pub fn non_empty(schema: &mut Schema) {
        set(schema, "minItems", json!(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_accept_and_refuse_what_kubernetes_does() {
        assert!(DNS1123_LABEL.accepts("maily-production") && !DNS1123_LABEL.accepts("Maily"));
        assert!(DNS1123_SUBDOMAIN.accepts("maily.secrets") && !DNS1123_SUBDOMAIN.accepts("Maily_Secrets"));
        assert!(PORT_NAME.accepts("metrics") && !PORT_NAME.accepts("http") && !PORT_NAME.accepts("a--b"));
        assert!(!PORT_NAME.accepts("8080") && !PORT_NAME.accepts("this-name-is-too-long"));
        assert!(SECRET_KEY.accepts("database-url") && SECRET_KEY.accepts(".hidden"));
        assert!(!SECRET_KEY.accepts(".") && !SECRET_KEY.accepts("..") && !SECRET_KEY.accepts("..data"));
        assert!(IMAGE_TAG.accepts("1e3") && !IMAGE_TAG.accepts("latest") && !IMAGE_TAG.accepts(""));
        assert!(!IMAGE_TAG.accepts("LATEST") && !IMAGE_TAG.accepts("Latest") && IMAGE_TAG.accepts("latest-1"));
        assert!(QUALIFIED_NAME.accepts("prometheus.io/scrape") && !QUALIFIED_NAME.accepts("<<"));
        assert!(!QUALIFIED_NAME.accepts("bad key"));
        assert!(LABEL_VALUE.accepts("") && LABEL_VALUE.accepts("on") && !LABEL_VALUE.accepts("b c"));
        assert!(ENV_NAME.accepts("DATABASE_URL") && !ENV_NAME.accepts("1BAD") && !ENV_NAME.accepts("ENVIRONMENT"));
        assert!(NAME_OVERRIDE.accepts("") && !NAME_OVERRIDE.accepts("-x") && !NAME_OVERRIDE.accepts("0777"));
        assert!(CPU.accepts("500m") && CPU.accepts("1.5") && CPU.accepts("1e3") && CPU.accepts("0.5"));
        assert!(!CPU.accepts("1Gi") && !CPU.accepts("0") && !CPU.accepts("0m") && !CPU.accepts("-1"));
        assert!(MEMORY.accepts("512Mi") && MEMORY.accepts("1G") && MEMORY.accepts("10"));
        assert!(!MEMORY.accepts("1Gb") && !MEMORY.accepts("500m") && !MEMORY.accepts("0Gi") && !MEMORY.accepts("-1Gi"));
        assert!(
            REGISTRY.accepts("registry.example.com:5000") && !REGISTRY.accepts("a..b") && !REGISTRY.accepts("a.-b")
        );
        assert!(REGISTRY.accepts("harbor.example.com/dockerhub-proxy") && REGISTRY.accepts("localhost:5000/mirror"));
        assert!(REGISTRY.accepts("a.io/team/mirror_1") && !REGISTRY.accepts("a.io/") && !REGISTRY.accepts("a.io//x"));
        assert!(!REGISTRY.accepts("a.io/UPPER") && !REGISTRY.accepts("/mirror") && REGISTRY.accepts(""));
    }

    #[test]
    fn schema_keywords_carry_the_same_rule() {
        let keywords = Value::Object(IMAGE_TAG.keywords());
        assert_eq!(keywords["pattern"], json!("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
        assert_eq!(keywords["not"], json!({"pattern": "^[Ll][Aa][Tt][Ee][Ss][Tt]$"}));
        assert_eq!(keywords["maxLength"], json!(128));
    }
}
