//! Custom resources checked against their CustomResourceDefinition, offline:
//! the CRDs of `../shared/crds` (next to the repository; `$MAILY_CRDS`
//! overrides the directory), each version's `schema.openAPIV3Schema` turned
//! into a JSON Schema (draft 4, which has OpenAPI 3.0's boolean
//! `exclusiveMinimum`) and checked with `jsonschema`.
//!
//! [`validate`] checks one object, [`validate_all`] every custom resource of
//! a render (what the other tests call): an object whose apiVersion is not a
//! built-in Kubernetes group ([`is_built_in`]) must name a served version of
//! a CRD in `../shared/crds`, and pass it.
//!
//! What is checked, as the API server would on create (an error is reported
//! where the API server refuses the object, and also where it would quietly
//! change it, which for a chart is a bug):
//! - `apiVersion` names the CRD's group and a version it serves, `kind` its kind;
//! - `metadata`: a map of ObjectMeta's fields with their types (k8s-openapi's
//!   `ObjectMeta`), `name` present and a DNS-1123 subdomain, `namespace` a
//!   DNS-1123 label, and none on a cluster-scoped kind (the API server drops it);
//! - no `status` where the version has a status subresource (the API server
//!   drops it on create);
//! - the rest against the schema: types, enums, patterns (as Go reads
//!   them, with the `regex` crate: RE2 syntax), bounds, required
//!   fields, `nullable` (else `null` is refused: the API server prunes it),
//!   `x-kubernetes-int-or-string`, `x-kubernetes-embedded-resource`
//!   (apiVersion and kind required), `x-kubernetes-list-type: set` (no
//!   duplicates) and `map` (no two items with the same `x-kubernetes-list-map-keys`),
//!   the formats both Kubernetes and `jsonschema` know (`date-time`, `ipv4`,
//!   `ipv6`) and `byte` (base64);
//! - **unknown fields**: the API server drops a field the schema does not
//!   declare (structural-schema pruning) without a word, so here every object
//!   schema that neither declares `x-kubernetes-preserve-unknown-fields` nor
//!   gives `additionalProperties` refuses undeclared fields
//!   (`additionalProperties: false`), and its error says so.
//!
//! Not checked here: the `x-kubernetes-validations` CEL rules (the tests that
//! install the CRDs into a live API server check them), defaults (not
//! applied: a field the API server would default is simply absent), the other
//! formats (`int32`, `int64`: no range check), and a list-map key that the
//! API server would default before comparing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use jsonschema::error::ValidationErrorKind;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Deserialize;
use serde_json::{Map, Value, json};

/// The API groups Kubernetes serves itself (1.33), whose objects are not
/// custom resources; `""` is the core group (`apiVersion: v1`).
pub const BUILT_IN_GROUPS: &[&str] = &[
    "",
    "admissionregistration.k8s.io",
    "apiextensions.k8s.io",
    "apiregistration.k8s.io",
    "apps",
    "authentication.k8s.io",
    "authorization.k8s.io",
    "autoscaling",
    "batch",
    "certificates.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "events.k8s.io",
    "flowcontrol.apiserver.k8s.io",
    "internal.apiserver.k8s.io",
    "networking.k8s.io",
    "node.k8s.io",
    "policy",
    "rbac.authorization.k8s.io",
    "resource.k8s.io",
    "scheduling.k8s.io",
    "storage.k8s.io",
    "storagemigration.k8s.io",
];

/// `(group, version)` of an apiVersion: `apps/v1` → `("apps", "v1")`, `v1` → `("", "v1")`.
pub fn group_version(api_version: &str) -> (&str, &str) {
    api_version.rsplit_once('/').unwrap_or(("", api_version))
}

/// Whether an object of this apiVersion is a built-in Kubernetes one (not a custom resource).
pub fn is_built_in(api_version: &str) -> bool {
    BUILT_IN_GROUPS.contains(&group_version(api_version).0)
}

/// The CRD directory: `$MAILY_CRDS`, else `<workspace>/../shared/crds`.
/// A missing directory is a loud panic, never a skipped test.
pub fn crds_dir() -> PathBuf {
    let dir = match std::env::var_os("MAILY_CRDS") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => crate::workspace_root().join("..").join("shared").join("crds"),
    };
    assert!(
        dir.is_dir(),
        "\n\n*** the CRDs are not at {} ($MAILY_CRDS or <workspace>/../shared/crds). These tests never skip. ***\n\n",
        dir.display()
    );
    dir
}

/// One CustomResourceDefinition, as read from `../shared/crds`.
#[derive(Debug)]
pub struct Crd {
    /// The file it was read from.
    pub file: PathBuf,
    /// `spec.group`.
    pub group: String,
    /// `spec.names.kind`.
    pub kind: String,
    /// `spec.names.plural`.
    pub plural: String,
    /// `spec.scope` is `Namespaced`.
    pub namespaced: bool,
    /// `spec.versions`, in the CRD's order.
    pub versions: Vec<CrdVersion>,
}

/// One version of a [`Crd`].
#[derive(Debug)]
pub struct CrdVersion {
    /// `v1`, `v1beta1`, ...
    pub name: String,
    /// Whether the API server serves it (an object of an unserved version is refused).
    pub served: bool,
    /// Whether it has the status subresource (then `status` is the controller's).
    pub status_subresource: bool,
    /// `schema.openAPIV3Schema`, as written.
    pub schema: Value,
    compiled: OnceLock<Result<Arc<Compiled>, String>>,
}

/// A version's JSON Schema and its validator.
pub struct Compiled {
    /// The JSON Schema [`to_json_schema`] made of the openAPIV3Schema.
    pub schema: Value,
    validator: jsonschema::Validator,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiled").finish_non_exhaustive()
    }
}

impl Crd {
    /// `<group>/<version>` of each version.
    pub fn api_versions(&self) -> impl Iterator<Item = String> + '_ {
        self.versions.iter().map(|v| format!("{}/{}", self.group, v.name))
    }

    /// The version named `name`.
    pub fn version(&self, name: &str) -> Option<&CrdVersion> {
        self.versions.iter().find(|v| v.name == name)
    }
}

impl CrdVersion {
    /// The version's JSON Schema and validator, built once.
    ///
    /// # Errors
    /// The schema does not compile (a pattern that `jsonschema` cannot read, ...).
    pub fn compiled(&self) -> Result<Arc<Compiled>, String> {
        self.compiled
            .get_or_init(|| {
                let schema = to_json_schema(&self.schema);
                let validator = compile(&schema)
                    .map_err(|e| format!("the JSON Schema of version {} does not compile: {e}", self.name))?;
                Ok(Arc::new(Compiled { schema, validator }))
            })
            .clone()
    }
}

/// Every CRD of [`crds_dir`] (every `*.yaml` file, every CustomResourceDefinition
/// document in it), read once per process. Panics on a file that is not one.
pub fn crds() -> &'static [Crd] {
    static CRDS: OnceLock<Vec<Crd>> = OnceLock::new();
    CRDS.get_or_init(|| {
        let dir = crds_dir();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
            .collect();
        files.sort();
        let crds: Vec<Crd> =
            files.iter().flat_map(|f| read_crds(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()))).collect();
        assert!(!crds.is_empty(), "no CRD in {}", dir.display());
        crds
    })
}

/// The CustomResourceDefinitions of one file.
///
/// # Errors
/// The file does not parse, or holds a document that is no CRD.
pub fn read_crds(file: &Path) -> Result<Vec<Crd>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let mut crds = Vec::new();
    for (i, doc) in serde_yaml::Deserializer::from_str(&text).enumerate() {
        let doc = Value::deserialize(doc).map_err(|e| format!("document {i}: {e}"))?;
        if doc.is_null() {
            continue;
        }
        crds.push(crd_of(file, &doc).map_err(|e| format!("document {i}: {e}"))?);
    }
    if crds.is_empty() { Err("no CustomResourceDefinition in it".into()) } else { Ok(crds) }
}

fn crd_of(file: &Path, doc: &Value) -> Result<Crd, String> {
    let text = |pointer: &str| {
        doc.pointer(pointer).and_then(Value::as_str).map(String::from).ok_or_else(|| format!("no {pointer}"))
    };
    if doc["apiVersion"] != "apiextensions.k8s.io/v1" || doc["kind"] != "CustomResourceDefinition" {
        return Err("not an apiextensions.k8s.io/v1 CustomResourceDefinition".into());
    }
    let versions = doc
        .pointer("/spec/versions")
        .and_then(Value::as_array)
        .ok_or("no /spec/versions")?
        .iter()
        .map(|v| {
            let name = v["name"].as_str().ok_or("a version without a name")?.to_string();
            let schema = v.pointer("/schema/openAPIV3Schema").ok_or(format!("version {name}: no openAPIV3Schema"))?;
            Ok(CrdVersion {
                served: v["served"].as_bool().unwrap_or(false),
                status_subresource: v.pointer("/subresources/status").is_some(),
                schema: schema.clone(),
                name,
                compiled: OnceLock::new(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Crd {
        file: file.to_path_buf(),
        group: text("/spec/group")?,
        kind: text("/spec/names/kind")?,
        plural: text("/spec/names/plural")?,
        namespaced: text("/spec/scope")? == "Namespaced",
        versions,
    })
}

/// The CRD of this group and kind, if `../shared/crds` has it.
pub fn find(group: &str, kind: &str) -> Option<&'static Crd> {
    crds().iter().find(|c| c.group == group && c.kind == kind)
}

// ------------------------------------------------------------------ the conversion

/// The keyword [`to_json_schema`] gives `pattern`, checked by
/// [`go_pattern_keyword`]: the API server reads patterns as Go regular
/// expressions (RE2: `(?i)`, no lookaround), which the `regex` crate reads
/// alike, and `jsonschema`'s ECMA-262 `pattern` refuses some of them.
const GO_PATTERN: &str = "x-maily-go-pattern";

/// The keyword [`to_json_schema`] gives `x-kubernetes-list-map-keys` (of a
/// `x-kubernetes-list-type: map` list), checked by [`list_map_keys_keyword`].
const LIST_MAP_KEYS: &str = "x-maily-list-map-keys";

/// The JSON Schema (draft 4) of a CRD version's `openAPIV3Schema`, with the
/// Kubernetes extensions turned into what they mean (see the module docs):
/// the root always takes `apiVersion`, `kind` and `metadata` (checked by
/// [`validate`] itself); descriptions, defaults and the other `x-` keys go.
pub fn to_json_schema(openapi: &Value) -> Value {
    let mut schema = convert(openapi, true);
    let root = schema.as_object_mut().expect("openAPIV3Schema is an object");
    let properties = root.entry("properties").or_insert_with(|| json!({}));
    let properties = properties.as_object_mut().expect("properties is an object");
    properties.insert("apiVersion".into(), json!({"type": "string"}));
    properties.insert("kind".into(), json!({"type": "string"}));
    properties.insert("metadata".into(), json!({"type": "object"}));
    root.entry("additionalProperties").or_insert(Value::Bool(false));
    schema
}

/// The validator of a JSON Schema made by [`to_json_schema`] (draft 4, with
/// the formats and keywords it uses).
///
/// # Errors
/// The schema does not compile.
pub fn compile(schema: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .with_format("byte", is_base64)
        .with_keyword(LIST_MAP_KEYS, list_map_keys_keyword)
        .with_keyword(GO_PATTERN, go_pattern_keyword)
        .build(schema)
        .map_err(|e| e.to_string())
}

/// Keywords kept as they are.
const KEPT: &[&str] = &[
    "type",
    "enum",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "required",
];

/// The formats Kubernetes checks that are checked here too.
const FORMATS: &[&str] = &["date-time", "ipv4", "ipv6", "byte"];

/// One schema node. `structural`: the node declares fields (it is not in an
/// `allOf`/`anyOf`/`oneOf`/`not`, at any depth: they only add value checks
/// in a structural schema), so its undeclared fields are pruned.
fn convert(node: &Value, structural: bool) -> Value {
    let Value::Object(node) = node else { return node.clone() };
    let flag = |k: &str| node.get(k).and_then(Value::as_bool).unwrap_or(false);
    let mut out = Map::new();
    for (key, value) in node {
        match key.as_str() {
            "properties" => {
                let properties = value.as_object().into_iter().flatten();
                out.insert(key.clone(), properties.map(|(k, v)| (k.clone(), convert(v, structural))).collect());
            }
            "items" | "additionalProperties" => {
                out.insert(key.clone(), if value.is_boolean() { value.clone() } else { convert(value, structural) });
            }
            "allOf" | "anyOf" | "oneOf" => {
                let parts = value.as_array().into_iter().flatten();
                out.insert(key.clone(), parts.map(|v| convert(v, false)).collect());
            }
            "not" => {
                out.insert(key.clone(), convert(value, false));
            }
            "pattern" => {
                out.insert(GO_PATTERN.into(), value.clone());
            }
            "format" if value.as_str().is_some_and(|f| FORMATS.contains(&f)) => {
                out.insert(key.clone(), value.clone());
            }
            k if KEPT.contains(&k) => {
                out.insert(key.clone(), value.clone());
            }
            // description, default, example, title, nullable (below), the x- extensions (below), ...
            _ => {}
        }
    }
    if flag("x-kubernetes-int-or-string") {
        out.insert("type".into(), json!(["integer", "string"]));
        // The `anyOf` of a structural int-or-string says the same again (one error, not two).
        let only_types = |parts: &Value| {
            parts.as_array().is_some_and(|parts| {
                parts.iter().all(|p| *p == json!({"type": "integer"}) || *p == json!({"type": "string"}))
            })
        };
        if out.get("anyOf").is_some_and(only_types) {
            out.remove("anyOf");
        }
    }
    if flag("x-kubernetes-embedded-resource") {
        let properties = out.entry("properties").or_insert_with(|| json!({}));
        let properties = properties.as_object_mut().expect("properties is an object");
        properties.entry("apiVersion").or_insert_with(|| json!({"type": "string", "minLength": 1}));
        properties.entry("kind").or_insert_with(|| json!({"type": "string", "minLength": 1}));
        // ObjectMeta is kept as it is, not pruned by the schema.
        properties.insert("metadata".into(), json!({"type": "object"}));
        let required = out.entry("required").or_insert_with(|| json!([]));
        let required = required.as_array_mut().expect("required is a list");
        for field in ["apiVersion", "kind"] {
            if !required.iter().any(|r| r == field) {
                required.push(field.into());
            }
        }
    }
    let object_like = out.contains_key("properties") || out.get("type").is_some_and(|t| t == "object");
    if structural
        && object_like
        && !flag("x-kubernetes-preserve-unknown-fields")
        && !out.contains_key("additionalProperties")
    {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    match node.get("x-kubernetes-list-type").and_then(Value::as_str) {
        Some("set") => {
            out.insert("uniqueItems".into(), Value::Bool(true));
        }
        Some("map") => {
            if let Some(keys) = node.get("x-kubernetes-list-map-keys") {
                out.insert(LIST_MAP_KEYS.into(), keys.clone());
            }
        }
        _ => {}
    }
    if flag("nullable") {
        if let Some(t) = out.get_mut("type") {
            let mut types = match t.take() {
                Value::Array(types) => types,
                single => vec![single],
            };
            types.push("null".into());
            *t = Value::Array(types);
        }
        if let Some(Value::Array(options)) = out.get_mut("enum") {
            options.push(Value::Null);
        }
    }
    Value::Object(out)
}

/// `format: byte`: standard base64 with padding (Go's `base64.StdEncoding`,
/// which ignores line breaks).
fn is_base64(s: &str) -> bool {
    let s: Vec<u8> = s.bytes().filter(|b| *b != b'\n' && *b != b'\r').collect();
    let body = s.iter().rposition(|b| *b != b'=').map_or(0, |i| i + 1);
    s.len().is_multiple_of(4)
        && s.len() - body <= 2
        && s[..body].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/')
}

/// The check of [`LIST_MAP_KEYS`]: no two items with the same values of the keys.
struct ListMapKeys(Vec<String>);

impl<'i> jsonschema::Keyword<'i> for ListMapKeys {
    fn validate(&self, instance: &'i Value) -> Result<(), jsonschema::ValidationError<'i>> {
        let Value::Array(items) = instance else { return Ok(()) };
        let key = |item: &Value| self.0.iter().map(|k| item.get(k).cloned().unwrap_or(Value::Null)).collect::<Vec<_>>();
        for (i, item) in items.iter().enumerate() {
            if let Some(j) = items[..i].iter().position(|other| key(other) == key(item)) {
                let shown: Vec<String> = self.0.iter().zip(key(item)).map(|(k, v)| format!("{k}={v}")).collect();
                return Err(jsonschema::ValidationError::custom(format!(
                    "items [{j}] and [{i}] have the same key ({}): a list-map's keys must be unique",
                    shown.join(", ")
                )));
            }
        }
        Ok(())
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        self.validate(instance).is_ok()
    }
}

fn list_map_keys_keyword<'a>(
    _parent: &'a Map<String, Value>,
    value: &'a Value,
    _path: jsonschema::paths::Location,
) -> Result<Box<dyn for<'i> jsonschema::Keyword<'i>>, jsonschema::ValidationError<'a>> {
    let keys = value.as_array().into_iter().flatten().filter_map(Value::as_str).map(String::from).collect();
    Ok(Box::new(ListMapKeys(keys)))
}

/// The check of [`GO_PATTERN`]: a string matches the regular expression (anywhere, as in Go).
struct GoPattern(regex::Regex);

impl<'i> jsonschema::Keyword<'i> for GoPattern {
    fn validate(&self, instance: &'i Value) -> Result<(), jsonschema::ValidationError<'i>> {
        match instance {
            Value::String(s) if !self.0.is_match(s) => Err(jsonschema::ValidationError::custom(format!(
                "{s:?} does not match the pattern {}",
                self.0.as_str()
            ))),
            _ => Ok(()),
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        self.validate(instance).is_ok()
    }
}

fn go_pattern_keyword<'a>(
    _parent: &'a Map<String, Value>,
    value: &'a Value,
    _path: jsonschema::paths::Location,
) -> Result<Box<dyn for<'i> jsonschema::Keyword<'i>>, jsonschema::ValidationError<'a>> {
    // The CRDs repeat their patterns (1700 uses of 84 patterns): each is compiled once.
    static CACHE: OnceLock<std::sync::Mutex<BTreeMap<String, regex::Regex>>> = OnceLock::new();
    let pattern = value.as_str().ok_or_else(|| jsonschema::ValidationError::custom("pattern: not a string"))?;
    let mut cache = CACHE.get_or_init(Default::default).lock().expect("the pattern cache");
    if let Some(regex) = cache.get(pattern) {
        return Ok(Box::new(GoPattern(regex.clone())));
    }
    let regex = regex::Regex::new(pattern)
        .map_err(|e| jsonschema::ValidationError::custom(format!("pattern {pattern:?} does not compile: {e}")))?;
    cache.insert(pattern.to_string(), regex.clone());
    Ok(Box::new(GoPattern(regex)))
}

// ------------------------------------------------------------------ validation

/// A DNS-1123 subdomain (what most object names must be): at most 253
/// characters, dot-separated DNS-1123 labels.
pub fn is_dns1123_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(crate::is_dns1123_label)
}

/// `kind/name` of an object, for messages.
fn what(object: &Value) -> String {
    let text = |p: &str| object.pointer(p).and_then(Value::as_str).unwrap_or("?").to_string();
    format!("{}/{}", text("/kind"), text("/metadata/name"))
}

/// A JSON pointer (`/spec/rules/0/name`) as a field path (`spec.rules[0].name`).
pub fn field_path(pointer: &str, object: &Value) -> String {
    let mut path = String::new();
    let mut node = Some(object);
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        match node {
            Some(Value::Array(items)) => {
                path += &format!("[{segment}]");
                node = segment.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            _ => {
                if !path.is_empty() {
                    path.push('.');
                }
                path += &segment;
                node = node.and_then(|n| n.get(&segment));
            }
        }
    }
    if path.is_empty() { "(the object)".into() } else { path }
}

/// A schema error, said with the field's path.
fn message(object: &Value, error: &jsonschema::ValidationError) -> String {
    let path = field_path(error.instance_path().as_str(), object);
    let join = |field: &str| if path == "(the object)" { field.to_string() } else { format!("{path}.{field}") };
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let fields: Vec<String> = unexpected.iter().map(|f| join(f)).collect();
            format!(
                "{}: unknown field{} (not in the CRD's schema: the API server would drop {})",
                fields.join(", "),
                if fields.len() == 1 { "" } else { "s" },
                if fields.len() == 1 { "it" } else { "them" }
            )
        }
        ValidationErrorKind::Required { property } => {
            format!("{}: required field missing", join(property.as_str().unwrap_or("?")))
        }
        ValidationErrorKind::Custom { message, .. } => format!("{path}: {message}"),
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options.as_array().into_iter().flatten().map(Value::to_string).collect();
            format!("{path}: {} is not one of {}", error.instance(), options.join(", "))
        }
        _ => format!("{path}: {error}"),
    }
}

/// Checks a custom resource against its CRD in `../shared/crds`: the
/// apiVersion and kind, the metadata and the version's schema (see the
/// module docs for what is checked and what is not: the
/// `x-kubernetes-validations` CEL rules are not checked here; the tests
/// that install the CRDs into a live API server check them).
///
/// # Errors
/// Every problem found, each naming the object (`HTTPRoute/api`) and the
/// field's path (`spec.rules[0].backendRefs[0].port`).
pub fn validate(object: &Value) -> Result<(), Vec<String>> {
    let at = what(object);
    let problems = problems(object);
    if problems.is_empty() { Ok(()) } else { Err(problems.into_iter().map(|p| format!("{at}: {p}")).collect()) }
}

fn problems(object: &Value) -> Vec<String> {
    let Some(api_version) = object.get("apiVersion").and_then(Value::as_str) else {
        return vec!["apiVersion: required field missing (or not a string)".into()];
    };
    let Some(kind) = object.get("kind").and_then(Value::as_str) else {
        return vec!["kind: required field missing (or not a string)".into()];
    };
    let (group, version) = group_version(api_version);
    let Some(crd) = find(group, kind) else {
        return vec![format!(
            "no CRD of kind {kind} in group {group:?} in {} (its CRDs: {})",
            crds_dir().display(),
            crds().iter().map(|c| format!("{}.{}", c.kind, c.group)).collect::<Vec<_>>().join(", ")
        )];
    };
    let Some(crd_version) = crd.version(version).filter(|v| v.served) else {
        let served: Vec<String> = crd.versions.iter().filter(|v| v.served).map(|v| v.name.clone()).collect();
        return vec![format!(
            "apiVersion: {api_version} is not a served version of {kind} (served: {})",
            served.join(", ")
        )];
    };
    let mut problems = metadata_problems(object.get("metadata"), crd);
    if crd_version.status_subresource && object.get("status").is_some() {
        problems.push("status: set, but the status subresource is the controller's (the API server drops it)".into());
    }
    match crd_version.compiled() {
        Ok(compiled) => problems.extend(compiled.validator.iter_errors(object).map(|e| message(object, &e))),
        Err(e) => problems.push(format!("{}: {e}", crd.file.display())),
    }
    problems
}

/// ObjectMeta's fields.
const OBJECT_META_FIELDS: &[&str] = &[
    "annotations",
    "creationTimestamp",
    "deletionGracePeriodSeconds",
    "deletionTimestamp",
    "finalizers",
    "generateName",
    "generation",
    "labels",
    "managedFields",
    "name",
    "namespace",
    "ownerReferences",
    "resourceVersion",
    "selfLink",
    "uid",
];

fn metadata_problems(metadata: Option<&Value>, crd: &Crd) -> Vec<String> {
    let Some(Value::Object(fields)) = metadata else { return vec!["metadata: required object missing".into()] };
    let mut problems: Vec<String> = fields
        .keys()
        .filter(|k| !OBJECT_META_FIELDS.contains(&k.as_str()))
        .map(|k| format!("metadata.{k}: unknown field (not in ObjectMeta)"))
        .collect();
    for map in ["labels", "annotations"] {
        match fields.get(map) {
            None => {}
            Some(Value::Object(entries)) => problems.extend(
                entries
                    .iter()
                    .filter(|(_, v)| !v.is_string())
                    .map(|(k, v)| format!("metadata.{map}.{k}: {v} is not a string")),
            ),
            Some(other) => problems.push(format!("metadata.{map}: {other} is not a map of strings")),
        }
    }
    // The other fields' types.
    if problems.is_empty()
        && let Err(e) = ObjectMeta::deserialize(&Value::Object(fields.clone()))
    {
        problems.push(format!("metadata: {e}"));
    }
    match fields.get("name").and_then(Value::as_str) {
        None => problems.push("metadata.name: required field missing".into()),
        Some(name) if !is_dns1123_subdomain(name) => problems.push(format!(
            "metadata.name: {name:?} is not a DNS-1123 subdomain (at most 253 of [a-z0-9-.], \
             alphanumeric labels at both ends)"
        )),
        Some(_) => {}
    }
    match fields.get("namespace").and_then(Value::as_str) {
        Some(_) if !crd.namespaced => problems.push(format!(
            "metadata.namespace: set on {}, which is cluster-scoped (the API server drops it)",
            crd.kind
        )),
        Some(ns) if !crate::is_dns1123_label(ns) => {
            problems.push(format!("metadata.namespace: {ns:?} is not a DNS-1123 label"))
        }
        _ => {}
    }
    problems
}

/// Checks every custom resource among `objects` (every object whose
/// apiVersion is not a built-in group, see [`is_built_in`]) with [`validate`];
/// one whose CRD is not in `../shared/crds` is an error.
///
/// # Errors
/// One report listing every problem of every object.
pub fn validate_all(objects: &[Value]) -> Result<(), String> {
    let problems: Vec<String> = objects
        .iter()
        .filter(|o| !o.get("apiVersion").and_then(Value::as_str).is_some_and(is_built_in))
        .filter_map(|o| validate(o).err())
        .flatten()
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} problem(s) in custom resources:\n{}", problems.len(), problems.join("\n")))
    }
}

/// The custom resources among `objects`, counted by kind (what a test may
/// assert it validated).
pub fn custom_resource_kinds(objects: &[Value]) -> BTreeMap<String, usize> {
    let mut kinds = BTreeMap::new();
    for o in objects {
        if let Some(api_version) = o.get("apiVersion").and_then(Value::as_str)
            && !is_built_in(api_version)
        {
            *kinds.entry(o.get("kind").and_then(Value::as_str).unwrap_or("?").to_string()).or_insert(0) += 1;
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_versions_split_into_group_and_version() {
        assert_eq!(group_version("v1"), ("", "v1"));
        assert_eq!(group_version("gateway.networking.k8s.io/v1"), ("gateway.networking.k8s.io", "v1"));
        assert!(is_built_in("v1") && is_built_in("apps/v1") && is_built_in("networking.k8s.io/v1"));
        assert!(!is_built_in("gateway.networking.k8s.io/v1") && !is_built_in("monitoring.coreos.com/v1"));
    }

    #[test]
    fn base64_is_checked_as_go_reads_it() {
        for ok in ["", "YQ==", "YWI=", "YWJj", "YWJj\nZGVm"] {
            assert!(is_base64(ok), "{ok:?}");
        }
        for bad in ["YQ", "Y===", "YW=j", "YW!j", "YQ==YQ=="] {
            assert!(!is_base64(bad), "{bad:?}");
        }
    }

    #[test]
    fn nullable_int_or_string_and_pruning_become_json_schema() {
        let openapi = json!({
            "type": "object",
            "properties": {
                "spec": {
                    "type": "object",
                    "description": "gone",
                    "properties": {
                        "port": {"x-kubernetes-int-or-string": true, "anyOf": [{"type": "integer"}, {"type": "string"}]},
                        "mode": {"type": "string", "enum": ["A"], "nullable": true},
                        "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                        "map": {"type": "object", "additionalProperties": {"type": "string"}},
                        "tags": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "set"}
                    },
                    "oneOf": [{"required": ["port"]}, {"properties": {"free": {"properties": {"a": {"type": "string"}}}}}],
                    "x-kubernetes-validations": [{"rule": "self.port > 0"}]
                }
            }
        });
        let schema = to_json_schema(&openapi);
        let spec = &schema["properties"]["spec"];
        assert_eq!(spec["additionalProperties"], false);
        assert!(spec.get("description").is_none() && spec.get("x-kubernetes-validations").is_none());
        assert_eq!(spec["properties"]["port"]["type"], json!(["integer", "string"]));
        assert_eq!(spec["properties"]["mode"], json!({"type": ["string", "null"], "enum": ["A", null]}));
        assert_eq!(spec["properties"]["free"], json!({"type": "object"}));
        assert_eq!(spec["properties"]["map"]["additionalProperties"], json!({"type": "string"}));
        assert_eq!(spec["properties"]["tags"]["uniqueItems"], true);
        // Inside oneOf: value checks only, nothing pruned.
        assert_eq!(spec["oneOf"][1], json!({"properties": {"free": {"properties": {"a": {"type": "string"}}}}}));
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(schema["properties"]["metadata"], json!({"type": "object"}));
    }

    #[test]
    fn embedded_resources_need_api_version_and_kind_and_keep_their_metadata() {
        let openapi = json!({
            "type": "object",
            "properties": {
                "spec": {
                    "type": "object",
                    "properties": {
                        "template": {"type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true},
                        "strict": {"type": "object", "x-kubernetes-embedded-resource": true, "properties": {"data": {"type": "object", "additionalProperties": {"type": "string"}}}}
                    }
                }
            }
        });
        let validator = compile(&to_json_schema(&openapi)).expect("compiles");
        let errors = |spec: Value| -> Vec<String> {
            let object = json!({"apiVersion": "x/v1", "kind": "X", "metadata": {"name": "x"}, "spec": spec});
            validator.iter_errors(&object).map(|e| message(&object, &e)).collect()
        };
        let config = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "labels": {"a": "b"}}, "data": {"k": "v"}});
        assert_eq!(errors(json!({"template": config.clone(), "strict": config})), Vec::<String>::new());
        assert_eq!(
            errors(json!({"template": {"kind": "ConfigMap"}})),
            ["spec.template.apiVersion: required field missing"]
        );
        assert_eq!(
            errors(json!({"strict": {"apiVersion": "v1", "kind": "ConfigMap", "extra": 1}})),
            ["spec.strict.extra: unknown field (not in the CRD's schema: the API server would drop it)"]
        );
    }

    #[test]
    fn field_paths_index_lists() {
        let object = json!({"spec": {"rules": [{"name": "a"}]}});
        assert_eq!(field_path("/spec/rules/0/name", &object), "spec.rules[0].name");
        assert_eq!(field_path("/metadata/labels/a~1b", &object), "metadata.labels.a/b");
        assert_eq!(field_path("", &object), "(the object)");
    }
}
