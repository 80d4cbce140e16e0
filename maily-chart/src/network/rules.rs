//! Cross-field rules of routing, each with its Helm twin (see
//! [`crate::cross`]): what a schema cannot say about hosts, paths, parents and
//! annotations because it spans several keys.

use std::collections::BTreeMap;

use crate::components::ALL;
use crate::network::routes::OWNED_ANNOTATIONS;
use crate::values::Values;

/// Whether some route kind (HTTPRoute or Ingress) is rendered.
fn routing(values: &Values) -> bool {
    values.http_route.enabled || values.ingress.enabled
}

/// `(key, name, hosts, paths)` of every deployed HTTP component.
fn routed(values: &Values) -> Vec<(&'static str, &Vec<String>, &Vec<String>)> {
    ALL.iter()
        .filter_map(|r| {
            let h = (r.values)(values).http()?;
            h.workload.enabled.then_some((r.def.key, &h.route.hosts, &h.route.paths))
        })
        .collect()
}

/// The registry's HTTP components as a template list of `(list key name)`.
fn http_components_tpl() -> String {
    ALL.iter()
        .filter(|r| r.serves_http())
        .map(|r| format!("(list {:?} {:?})", r.def.key, r.def.name))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `routesApart`: a host and path belong to one component (a path with or
/// without its trailing `/`: prefixes match whole segments); with the
/// chart's Gateway (one listener per host), a host belongs to one component.
pub fn routes_apart(values: &Values) -> Vec<(String, String)> {
    let mut claimed: BTreeMap<(String, String), &str> = BTreeMap::new();
    let mut hosts: BTreeMap<String, &str> = BTreeMap::new();
    let mut problems = Vec::new();
    for (key, route_hosts, paths) in routed(values) {
        for (i, host) in route_hosts.iter().enumerate() {
            if values.gateway.enabled {
                match hosts.get(host) {
                    Some(first) if *first != key => problems.push((
                        format!("{key}.route.hosts[{i}]"),
                        format!("({host:?}) is also a host of {first}: with gateway.enabled each host (one listener) belongs to one component"),
                    )),
                    _ => {
                        hosts.insert(host.clone(), key);
                    }
                }
            }
            for path in paths {
                // A prefix matches whole segments: `/api` and `/api/` are one.
                let segment = path.trim_end_matches('/').to_string();
                match claimed.get(&(host.clone(), segment.clone())) {
                    Some(first) if *first != key => problems.push((
                        format!("{key}.route.hosts[{i}]"),
                        format!("({host:?}) with path {path:?} is also routed to {first}"),
                    )),
                    _ => {
                        claimed.insert((host.clone(), segment), key);
                    }
                }
            }
        }
    }
    problems
}

fn routes_apart_tpl() -> String {
    format!(
        r#"{{{{- $claimed := dict }}}}
{{{{- $hosts := dict }}}}
{{{{- range $component := list {} }}}}
{{{{- $key := index $component 0 }}}}
{{{{- $v := index $root.Values $key }}}}
{{{{- if $v.enabled }}}}
{{{{- range $i, $host := $v.route.hosts }}}}
{{{{- if $root.Values.gateway.enabled }}}}
{{{{- $first := get $hosts $host }}}}
{{{{- if and $first (ne $first $key) }}}}
{{{{- fail (printf "%s.route.hosts[%d] (%q) is also a host of %s: with gateway.enabled each host (one listener) belongs to one component" $key $i $host $first) }}}}
{{{{- end }}}}
{{{{- $_ := set $hosts $host $key }}}}
{{{{- end }}}}
{{{{- range $path := $v.route.paths }}}}
{{{{- $id := printf "%s %s" $host (trimSuffix "/" $path) }}}}
{{{{- $first := get $claimed $id }}}}
{{{{- if and $first (ne $first $key) }}}}
{{{{- fail (printf "%s.route.hosts[%d] (%q) with path %q is also routed to %s" $key $i $host $path $first) }}}}
{{{{- end }}}}
{{{{- $_ := set $claimed $id $key }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        http_components_tpl()
    )
}

/// `routesHaveBackends`: while a route kind is rendered, a component with
/// hosts is deployed (its Service is the backend).
pub fn routes_have_backends(values: &Values) -> Vec<(String, String)> {
    if !routing(values) {
        return Vec::new();
    }
    ALL.iter()
        .filter_map(|r| {
            let h = (r.values)(values).http()?;
            (!h.workload.enabled && !h.route.hosts.is_empty()).then(|| {
                (
                    format!("{}.route.hosts", r.def.key),
                    format!(
                        "is set but {}.enabled is false: the route's backend would be a Service this chart does not render (clear the hosts)",
                        r.def.key
                    ),
                )
            })
        })
        .collect()
}

fn routes_have_backends_tpl() -> String {
    format!(
        r#"{{{{- if or $root.Values.httpRoute.enabled $root.Values.ingress.enabled }}}}
{{{{- range $component := list {} }}}}
{{{{- $key := index $component 0 }}}}
{{{{- $v := index $root.Values $key }}}}
{{{{- if and (not $v.enabled) $v.route.hosts }}}}
{{{{- fail (printf "%s.route.hosts is set but %s.enabled is false: the route's backend would be a Service this chart does not render (clear the hosts)" $key $key) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        http_components_tpl()
    )
}

/// `routesAttached`: HTTPRoutes have a Gateway to attach to, and the chart's
/// Gateway has what it needs.
pub fn routes_attached(values: &Values) -> Vec<(String, String)> {
    let (route, gateway) = (&values.http_route, &values.gateway);
    let mut problems = Vec::new();
    if route.enabled && !gateway.enabled && route.parent_refs.is_empty() {
        problems.push((
            "httpRoute.parentRefs".to_string(),
            "is empty: name the Gateway listener the routes attach to, or set gateway.enabled".to_string(),
        ));
    }
    if route.enabled && route.https_redirect.enabled && !gateway.enabled && route.https_redirect.parent_refs.is_empty()
    {
        problems.push((
            "httpRoute.httpsRedirect.parentRefs".to_string(),
            "is empty: name the plain-HTTP Gateway listener, or set gateway.enabled".to_string(),
        ));
    }
    if gateway.enabled {
        if !route.enabled {
            problems
                .push(("gateway.enabled".to_string(), "needs httpRoute.enabled (nothing would use it)".to_string()));
        }
        if gateway.class_name.is_empty() {
            problems.push(("gateway.className".to_string(), "is empty: name the GatewayClass".to_string()));
        }
        if !values.tls.enabled {
            problems.push((
                "gateway.enabled".to_string(),
                "needs tls.enabled (its listeners are HTTPS, with each component's route.tlsSecretName)".to_string(),
            ));
        }
    }
    problems
}

const ROUTES_ATTACHED_TPL: &str = r#"{{- $route := $root.Values.httpRoute }}
{{- $gateway := $root.Values.gateway }}
{{- if and $route.enabled (not $gateway.enabled) (not $route.parentRefs) }}
{{- fail "httpRoute.parentRefs is empty: name the Gateway listener the routes attach to, or set gateway.enabled" }}
{{- end }}
{{- if and $route.enabled $route.httpsRedirect.enabled (not $gateway.enabled) (not $route.httpsRedirect.parentRefs) }}
{{- fail "httpRoute.httpsRedirect.parentRefs is empty: name the plain-HTTP Gateway listener, or set gateway.enabled" }}
{{- end }}
{{- if $gateway.enabled }}
{{- if not $route.enabled }}
{{- fail "gateway.enabled needs httpRoute.enabled (nothing would use it)" }}
{{- end }}
{{- if not $gateway.className }}
{{- fail "gateway.className is empty: name the GatewayClass" }}
{{- end }}
{{- if not $root.Values.tls.enabled }}
{{- fail "gateway.enabled needs tls.enabled (its listeners are HTTPS, with each component's route.tlsSecretName)" }}
{{- end }}
{{- end }}"#;

/// The annotation maps of routing objects, with their values paths.
fn annotation_maps(values: &Values) -> [(&'static str, &BTreeMap<String, String>); 3] {
    [
        ("httpRoute.annotations", &values.http_route.annotations),
        ("gateway.annotations", &values.gateway.annotations),
        ("ingress.annotations", &values.ingress.annotations),
    ]
}

/// `routeAnnotationsApart`: the routing objects' annotations repeat neither
/// the chart's own (cert-manager, external-dns) nor `global.commonAnnotations`.
pub fn route_annotations_apart(values: &Values) -> Vec<(String, String)> {
    let common = &values.global.common_annotations;
    let mut problems = Vec::new();
    for key in common.keys().filter(|k| OWNED_ANNOTATIONS.contains(&k.as_str())) {
        problems.push((
            format!("global.commonAnnotations.{key}"),
            "is set by the chart on its routes, Ingresses and Gateway (use tls.clusterIssuer or externalDns)"
                .to_string(),
        ));
    }
    for (path, map) in annotation_maps(values) {
        for key in map.keys() {
            if OWNED_ANNOTATIONS.contains(&key.as_str()) {
                problems.push((format!("{path}.{key}"), "is set by the chart".to_string()));
            } else if common.contains_key(key) {
                problems.push((format!("{path}.{key}"), "is also in global.commonAnnotations".to_string()));
            }
        }
    }
    problems
}

fn route_annotations_apart_tpl() -> String {
    let owned: Vec<String> = OWNED_ANNOTATIONS.iter().map(|a| format!("{a:?}")).collect();
    format!(
        r#"{{{{- $owned := list {} }}}}
{{{{- range $k, $_ := $root.Values.global.commonAnnotations }}}}
{{{{- if has $k $owned }}}}
{{{{- fail (printf "global.commonAnnotations.%s is set by the chart on its routes, Ingresses and Gateway (use tls.clusterIssuer or externalDns)" $k) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- range $path := list "httpRoute" "gateway" "ingress" }}}}
{{{{- range $k, $_ := (index $root.Values $path).annotations }}}}
{{{{- if has $k $owned }}}}
{{{{- fail (printf "%s.annotations.%s is set by the chart" $path $k) }}}}
{{{{- else if hasKey $root.Values.global.commonAnnotations $k }}}}
{{{{- fail (printf "%s.annotations.%s is also in global.commonAnnotations" $path $k) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        owned.join(" ")
    )
}

/// Most hostnames an HTTPRoute holds (Gateway API `hostnames`, maxItems).
pub const MAX_ROUTE_HOSTNAMES: usize = 16;
/// Most listeners a Gateway holds (Gateway API `listeners`, maxItems).
pub const MAX_LISTENERS: usize = 64;
/// Most parents an HTTPRoute names (Gateway API `parentRefs`, maxItems).
pub const MAX_PARENT_REFS: usize = 32;

/// `routesFit`: the objects that gather the hosts of every component stay
/// within the Gateway API's limits: the HTTPS redirect route holds at most
/// 16 hostnames, the chart's Gateway at most 64 listeners (`http` and one
/// per host).
pub fn routes_fit(values: &Values) -> Vec<(String, String)> {
    // Distinct hosts: the redirect lists each once, and a host shared by
    // path is one listener.
    let hosts: usize = crate::network::routes::redirect_hosts(values).len();
    let mut problems = Vec::new();
    let route = &values.http_route;
    if route.enabled && route.https_redirect.enabled && hosts > MAX_ROUTE_HOSTNAMES {
        problems.push((
            "httpRoute.httpsRedirect.enabled".to_string(),
            format!("gathers the route.hosts of every deployed component, {hosts} in all, and an HTTPRoute holds at most {MAX_ROUTE_HOSTNAMES}: redirect at the Gateway instead and turn this off, or serve fewer hosts"),
        ));
    }
    if values.gateway.enabled && route.enabled {
        for (key, component_hosts, _) in routed(values) {
            let refs = component_hosts.len() + route.parent_refs.len();
            if !component_hosts.is_empty() && refs > MAX_PARENT_REFS {
                problems.push((
                    "httpRoute.parentRefs".to_string(),
                    format!("with the chart Gateway's listeners of {key}'s {} hosts makes {refs} parents for its HTTPRoute, which holds at most {MAX_PARENT_REFS}", component_hosts.len()),
                ));
            }
        }
        if route.https_redirect.enabled && route.https_redirect.parent_refs.len() + 1 > MAX_PARENT_REFS {
            problems.push((
                "httpRoute.httpsRedirect.parentRefs".to_string(),
                format!("with the chart Gateway's `http` listener makes {} parents, and an HTTPRoute holds at most {MAX_PARENT_REFS}", route.https_redirect.parent_refs.len() + 1),
            ));
        }
    }
    if values.gateway.enabled && route.enabled && hosts + 1 > MAX_LISTENERS {
        problems.push((
            "gateway.enabled".to_string(),
            format!("needs one listener per host of the deployed components plus `http`, {} in all, and a Gateway holds at most {MAX_LISTENERS}", hosts + 1),
        ));
    }
    problems
}

fn routes_fit_tpl() -> String {
    format!(
        r#"{{{{- $hosts := len (include "maily.redirectHosts" $root | fromJsonArray) }}}}
{{{{- $route := $root.Values.httpRoute }}}}
{{{{- if and $route.enabled $route.httpsRedirect.enabled (gt (int $hosts) {MAX_ROUTE_HOSTNAMES}) }}}}
{{{{- fail (printf "httpRoute.httpsRedirect.enabled gathers the route.hosts of every deployed component, %d in all, and an HTTPRoute holds at most {MAX_ROUTE_HOSTNAMES}: redirect at the Gateway instead and turn this off, or serve fewer hosts" (int $hosts)) }}}}
{{{{- end }}}}
{{{{- if and $root.Values.gateway.enabled $route.enabled }}}}
{{{{- range $component := list {components} }}}}
{{{{- $key := index $component 0 }}}}
{{{{- $v := index $root.Values $key }}}}
{{{{- $refs := add (len $v.route.hosts) (len $route.parentRefs) }}}}
{{{{- if and $v.enabled $v.route.hosts (gt (int $refs) {MAX_PARENT_REFS}) }}}}
{{{{- fail (printf "httpRoute.parentRefs with the chart Gateway's listeners of %s's %d hosts makes %d parents for its HTTPRoute, which holds at most {MAX_PARENT_REFS}" $key (len $v.route.hosts) (int $refs)) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- if and $route.httpsRedirect.enabled (gt (int (add (len $route.httpsRedirect.parentRefs) 1)) {MAX_PARENT_REFS}) }}}}
{{{{- fail (printf "httpRoute.httpsRedirect.parentRefs with the chart Gateway's `http` listener makes %d parents, and an HTTPRoute holds at most {MAX_PARENT_REFS}" (int (add (len $route.httpsRedirect.parentRefs) 1))) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- if and $root.Values.gateway.enabled $route.enabled (gt (int (add $hosts 1)) {MAX_LISTENERS}) }}}}
{{{{- fail (printf "gateway.enabled needs one listener per host of the deployed components plus `http`, %d in all, and a Gateway holds at most {MAX_LISTENERS}" (int (add $hosts 1))) }}}}
{{{{- end }}}}"#,
        components = http_components_tpl()
    )
}

/// The routing rules, for [`crate::cross::CHART_RULES`].
pub const RULES: [crate::cross::ChartRule; 5] = [
    crate::cross::ChartRule {
        name: "routesApart",
        doc: "each host and path of the components' `route` belongs to one deployed component (with `gateway.enabled`, each host)",
        check: routes_apart,
        template: routes_apart_tpl,
    },
    crate::cross::ChartRule {
        name: "routesHaveBackends",
        doc: "while `httpRoute.enabled` or `ingress.enabled`, a component with `route.hosts` is enabled",
        check: routes_have_backends,
        template: routes_have_backends_tpl,
    },
    crate::cross::ChartRule {
        name: "routesAttached",
        doc: "HTTPRoutes name Gateway listeners (`httpRoute.parentRefs`, `httpsRedirect.parentRefs`) unless `gateway.enabled`; the chart's Gateway has a `className`, `tls.enabled` and routes",
        check: routes_attached,
        template: || ROUTES_ATTACHED_TPL.to_string(),
    },
    crate::cross::ChartRule {
        name: "routesFit",
        doc: "the HTTPS redirect route holds at most 16 hosts and the chart's Gateway at most 64 listeners, counting the `route.hosts` of every deployed component; with the chart's Gateway, an HTTPRoute's parents (one per host plus `parentRefs`) are at most 32",
        check: routes_fit,
        template: routes_fit_tpl,
    },
    crate::cross::ChartRule {
        name: "routeAnnotationsApart",
        doc: "`httpRoute.annotations`, `gateway.annotations` and `ingress.annotations` repeat neither the chart's own annotations nor `global.commonAnnotations`, and `global.commonAnnotations` repeats none of the chart's cert-manager and external-dns annotations",
        check: route_annotations_apart,
        template: route_annotations_apart_tpl,
    },
];
