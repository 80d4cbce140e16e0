//! Helpers shared by every component, split by domain (Bitnami `common` style).

pub mod checkov;
pub mod env;
pub mod images;
pub mod labels;
pub mod names;
pub mod probes;
pub mod security;

use std::collections::BTreeMap;

/// `templates/_helpers.tpl`: the named templates that are the twins of
/// Rust functions (names, pull secrets, quantities).
pub fn helpers_tpl() -> String {
    [
        names::HELPERS_TPL,
        images::HELPERS_TPL,
        &env::helpers_tpl(),
        crate::quantity::HELPERS_TPL,
        crate::monitoring::dashboards::HELPERS_TPL,
        &crate::secrets::helpers_tpl(),
        &crate::network::routes::helpers_tpl(),
    ]
    .concat()
}

/// `None` for an empty list. Fields built from a values collection are
/// omitted when it is empty; the template wraps them in `{{- with }}`.
pub fn non_empty<T>(items: Vec<T>) -> Option<Vec<T>> {
    (!items.is_empty()).then_some(items)
}

/// `None` for an empty map (see [`non_empty`]).
pub fn non_empty_map<V>(map: BTreeMap<String, V>) -> Option<BTreeMap<String, V>> {
    (!map.is_empty()).then_some(map)
}
