//! The symbolic render: how one Rust builder yields both the manifest and the
//! Helm template.
//!
//! The builders run twice. Concretely, with an environment's values, they give
//! the objects that environment must produce. Symbolically, with a *probe*
//! (the values type, built by its [`Probe`] impl, with every leaf a unique marker), they
//! give objects whose leaves say where each value came from; the template
//! printer (`crate::template`) turns each marker back into the Go template
//! expression that reads the same value.
//!
//! Markers:
//! - strings: `U+E000 <id> U+E001` (private-use characters that no builder
//!   writes), alone or inside a longer string (then printed as `print`);
//! - integers: `INT_MARKER_BASE + id`, a number no builder writes;
//! - booleans are never markers: values that change structure are declared
//!   as [`Cond`]itions and printed as `{{- if }}` blocks;
//! - collections (lists and string maps) probe as one element whose markers
//!   say "inside `range` over this values path";
//! - pass-through objects (tolerations, affinity) probe as a placeholder that
//!   the printer replaces with `toYaml`.
//!
//! A builder that derives a value (say `replicas - 1`) loses the marker; the
//! equivalence tests against `helm template` catch that.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::cond::Cond;

/// Opens a string marker.
pub const OPEN: char = '\u{E000}';
/// Closes a string marker.
pub const CLOSE: char = '\u{E001}';
/// Integer markers are `INT_MARKER_BASE + id`; they fit an `i32`.
pub const INT_MARKER_BASE: i64 = 1_999_000_000;
const MAX_MARKERS: usize = 100_000;

/// What a marker stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A string.
    Str,
    /// An integer (printed with `int64`, since Helm reads numbers as float64).
    Int,
    /// A whole pass-through subtree, printed with `toYaml`.
    Whole,
}

/// The collection a marker iterates over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Range {
    /// `range $item := $.Values.<path>`.
    List(String),
    /// `range $key, $value := $.Values.<path>`.
    Map(String),
}

impl Range {
    /// The values path of the collection.
    pub fn path(&self) -> &str {
        match self {
            Range::List(p) | Range::Map(p) => p,
        }
    }
}

/// One marker's meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// The Go template pipeline that yields the value (`$.Values.api.replicaCount`).
    pub pipeline: String,
    /// Its type.
    pub kind: Kind,
    /// Set when the value only exists inside a `range` over a collection.
    pub range: Option<Range>,
    /// Set when the mapping entry holding the value only exists under a condition.
    pub guard: Option<Cond>,
    /// For [`Kind::Whole`]: the JSON the placeholder serializes to.
    pub placeholder: Option<Value>,
}

/// Every marker handed out during one symbolic render.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    exprs: Vec<Expr>,
    /// Values path of each marker that came from the probe (for self-checks).
    origins: Vec<Option<String>>,
    /// List items that exist only under a condition (`Ctx::when_item`): the
    /// item as serialized, which its markers make unique, and the condition.
    guarded_items: Vec<(Value, Cond)>,
    /// The indexes into `guarded_items` by [`value_hash`]: the printer looks
    /// up every list item it prints, so a scan would cost items × guards.
    guard_index: std::collections::HashMap<u64, Vec<usize>>,
}

/// A hash of `value` consistent with its `==`: an object's entries are
/// combined without their order (serde_json's maps compare as maps).
fn value_hash(value: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    fn walk(value: &Value, h: &mut std::collections::hash_map::DefaultHasher) {
        match value {
            Value::Null => 0u8.hash(h),
            Value::Bool(b) => (1u8, b).hash(h),
            Value::Number(n) => (2u8, n.as_i64(), n.as_u64(), n.as_f64().map(f64::to_bits)).hash(h),
            Value::String(s) => (3u8, s).hash(h),
            Value::Array(items) => {
                (4u8, items.len()).hash(h);
                for item in items {
                    walk(item, h);
                }
            }
            Value::Object(map) => {
                let mut sum = 0u64;
                for (k, v) in map {
                    let mut entry = std::collections::hash_map::DefaultHasher::new();
                    k.hash(&mut entry);
                    walk(v, &mut entry);
                    sum = sum.wrapping_add(entry.finish());
                }
                (5u8, map.len(), sum).hash(h);
            }
        }
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    walk(value, &mut h);
    h.finish()
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    fn push(&mut self, expr: Expr, origin: Option<String>) -> usize {
        assert!(self.exprs.len() < MAX_MARKERS, "too many symbolic markers");
        self.exprs.push(expr);
        self.origins.push(origin);
        self.exprs.len() - 1
    }

    /// A new string marker for the expression.
    pub fn string(&mut self, expr: Expr) -> String {
        let id = self.push(expr, None);
        format!("{OPEN}{id}{CLOSE}")
    }

    /// A new integer marker for the expression.
    pub fn int(&mut self, expr: Expr) -> i64 {
        INT_MARKER_BASE + self.push(expr, None) as i64
    }

    /// Declares that the list item `item` (serialized) exists only when
    /// `cond` holds: the printer wraps it in `{{- if }}`.
    ///
    /// # Errors
    /// When the item holds no marker (nothing would tell it apart from an
    /// equal constant item elsewhere), or when an equal item is already
    /// guarded by another condition.
    pub fn guard_item(&mut self, item: Value, cond: Cond) -> Result<(), String> {
        fn has_marker(registry: &Registry, v: &Value) -> bool {
            match v {
                Value::String(s) => s.contains(OPEN),
                Value::Number(n) => n.as_i64().is_some_and(|n| registry.int_id(n).is_some()),
                Value::Object(map) => map.iter().any(|(k, v)| k.contains(OPEN) || has_marker(registry, v)),
                Value::Array(items) => items.iter().any(|v| has_marker(registry, v)),
                _ => false,
            }
        }
        if !has_marker(self, &item) {
            return Err(format!("a guarded list item needs a value from the values: {item}"));
        }
        match self.item_guard(&item) {
            Some(known) if *known == cond => Ok(()),
            Some(_) => Err(format!(
                "two list items alike are guarded by different conditions (use `Ctx::when_item_fresh`): {item}"
            )),
            None => {
                self.push_guard(item, cond);
                Ok(())
            }
        }
    }

    /// Gives every string and integer marker in `value` a new id with the
    /// same meaning, so that the value differs from every other one (two
    /// guarded items built from the same values must not be taken for each
    /// other). Pass-through markers are left alone; list items guarded by
    /// [`Registry::guard_item`] stay guarded, by the same condition.
    pub fn refresh(&mut self, value: &mut Value) {
        match value {
            Value::String(s) => *s = self.refresh_str(s),
            Value::Number(n) => {
                if let Some(id) = n.as_i64().and_then(|n| self.int_id(n)) {
                    let expr = self.exprs[id].clone();
                    *n = self.int(expr).into();
                }
            }
            Value::Object(map) => {
                let entries: Vec<(String, Value)> = std::mem::take(map).into_iter().collect();
                for (k, mut v) in entries {
                    self.refresh(&mut v);
                    map.insert(self.refresh_str(&k), v);
                }
            }
            // A guarded item inside keeps its guard under its new markers.
            Value::Array(items) => {
                for v in items.iter_mut() {
                    let guard = self.item_guard(v).cloned();
                    self.refresh(v);
                    if let Some(cond) = guard {
                        self.push_guard(v.clone(), cond);
                    }
                }
            }
            _ => {}
        }
    }

    fn refresh_str(&mut self, s: &str) -> String {
        if !s.contains(OPEN) {
            return s.to_string();
        }
        split_markers(s)
            .into_iter()
            .map(|part| match part {
                Part::Literal(text) => text,
                Part::Marker(id) => match self.exprs.get(id) {
                    Some(expr) if expr.kind != Kind::Whole => {
                        let expr = expr.clone();
                        self.string(expr)
                    }
                    _ => format!("{OPEN}{id}{CLOSE}"),
                },
            })
            .collect()
    }

    /// A whole value that a template computes with `pipeline` (a named
    /// template whose text `fromJsonArray` or `fromJson` reads back): the
    /// placeholder that `placeholder` builds around a new [`Kind::Whole`]
    /// marker, printed as `toYaml` of the pipeline under `{{- with }}`.
    pub fn computed_whole<T: serde::Serialize>(&mut self, pipeline: &str, placeholder: impl FnOnce(String) -> T) -> T {
        let mut expr =
            Expr { pipeline: pipeline.to_string(), kind: Kind::Whole, range: None, guard: None, placeholder: None };
        let id = self.push(expr.clone(), None);
        let value = placeholder(format!("{OPEN}{id}{CLOSE}"));
        expr.placeholder = Some(serde_json::to_value(&value).expect("placeholder serializes"));
        self.exprs[id] = expr;
        value
    }

    /// The condition of a guarded list item, if `item` is one.
    pub fn item_guard(&self, item: &Value) -> Option<&Cond> {
        let candidates = self.guard_index.get(&value_hash(item))?;
        candidates.iter().map(|&i| &self.guarded_items[i]).find(|(i, _)| i == item).map(|(_, c)| c)
    }

    fn push_guard(&mut self, item: Value, cond: Cond) {
        self.guard_index.entry(value_hash(&item)).or_default().push(self.guarded_items.len());
        self.guarded_items.push((item, cond));
    }

    /// The expression of marker `id`.
    pub fn get(&self, id: usize) -> Option<&Expr> {
        self.exprs.get(id)
    }

    /// The marker id of an integer, if it is one.
    pub fn int_id(&self, n: i64) -> Option<usize> {
        let id = n.checked_sub(INT_MARKER_BASE)?;
        (0..self.exprs.len() as i64).contains(&id).then_some(id as usize)
    }

    /// The expression of an integer marker, if `n` is one.
    pub fn int_marker(&self, n: i64) -> Option<&Expr> {
        self.int_id(n).and_then(|id| self.get(id))
    }

    /// The expression of a string that is exactly one marker, if it is.
    pub fn string_marker(&self, s: &str) -> Option<&Expr> {
        // Most strings hold no marker: no need to split (and copy) them.
        if !s.starts_with(OPEN) || !s.ends_with(CLOSE) {
            return None;
        }
        match split_markers(s).as_slice() {
            [Part::Marker(id)] => self.get(*id),
            _ => None,
        }
    }

    /// Checks that each probe marker serializes at its own values path, i.e.
    /// that the `Probe` derive and serde agree on every key.
    ///
    /// # Errors
    /// Names the first marker found at a path other than its own.
    pub fn check_probe(&self, probe_json: &Value) -> Result<(), String> {
        let mut found = Vec::new();
        collect_leaf_paths(probe_json, String::new(), &mut found);
        for (path, leaf) in found {
            let id = match &leaf {
                Value::String(s) => split_markers(s).into_iter().find_map(|p| match p {
                    Part::Marker(id) => Some(id),
                    Part::Literal(_) => None,
                }),
                Value::Number(n) => n.as_i64().and_then(|n| self.int_id(n)),
                _ => None,
            };
            if let Some(id) = id
                && let Some(Some(origin)) = self.origins.get(id)
                && !origin.ends_with("#whole")
                && *origin != path
            {
                return Err(format!("probe marker for `{origin}` serialized at `{path}`"));
            }
        }
        Ok(())
    }
}

fn collect_leaf_paths(node: &Value, path: String, out: &mut Vec<(String, Value)>) {
    let join = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                // Keys of string maps are markers themselves: their entries
                // live at `<map>.*`.
                let key = if k.contains(OPEN) { "*".to_string() } else { k.clone() };
                collect_leaf_paths(v, join(&key), out);
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_leaf_paths(item, join("[]"), out);
            }
        }
        leaf => out.push((path, leaf.clone())),
    }
}

/// A piece of a string that may hold markers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text as written.
    Literal(String),
    /// A marker id.
    Marker(usize),
}

/// Splits a string into literal text and markers.
pub fn split_markers(s: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find(OPEN) {
        let after = &rest[open + OPEN.len_utf8()..];
        let Some(close) = after.find(CLOSE) else { break };
        let Ok(id) = after[..close].parse::<usize>() else { break };
        if open > 0 {
            parts.push(Part::Literal(rest[..open].to_string()));
        }
        parts.push(Part::Marker(id));
        rest = &after[close + CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        parts.push(Part::Literal(rest.to_string()));
    }
    parts
}

/// Where a probed value lives: a values path, possibly inside a collection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValuesPath {
    /// Dotted path from the values root (of the collection, when inside one).
    base: String,
    /// Set inside a collection: the iteration and the path below the element.
    inner: Option<(Range, Vec<String>, Elem)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Elem {
    Item,
    Key,
    Value,
}

impl ValuesPath {
    /// The values root.
    pub fn root() -> Self {
        Self { base: String::new(), inner: None }
    }

    /// The path of key `key` below this one.
    pub fn child(&self, key: &str) -> Self {
        let mut next = self.clone();
        match &mut next.inner {
            Some((_, rel, _)) => rel.push(key.to_string()),
            None if next.base.is_empty() => next.base = key.to_string(),
            None => next.base = format!("{}.{key}", next.base),
        }
        next
    }

    fn enter(&self, range: Range, elem: Elem) -> Self {
        assert!(self.inner.is_none(), "collections inside collections are not supported: {}", self.base);
        Self { base: self.base.clone(), inner: Some((range, Vec::new(), elem)) }
    }

    /// The dotted values path (with `[]` or `*` inside collections).
    pub fn display(&self) -> String {
        match &self.inner {
            None => self.base.clone(),
            Some((_, rel, elem)) => {
                let head = match elem {
                    Elem::Item => format!("{}.[]", self.base),
                    Elem::Key | Elem::Value => format!("{}.*", self.base),
                };
                std::iter::once(head).chain(rel.iter().cloned()).collect::<Vec<_>>().join(".")
            }
        }
    }

    /// The Go template pipeline that reads this path.
    fn pipeline(&self) -> String {
        match &self.inner {
            None => format!("$.Values.{}", self.base),
            Some((_, rel, elem)) => {
                let var = match elem {
                    Elem::Item => "$item",
                    Elem::Key => "$key",
                    Elem::Value => "$value",
                };
                std::iter::once(var.to_string()).chain(rel.iter().cloned()).collect::<Vec<_>>().join(".")
            }
        }
    }

    fn expr(&self, kind: Kind) -> Expr {
        Expr {
            pipeline: self.pipeline(),
            kind,
            range: self.inner.as_ref().map(|(r, _, _)| r.clone()),
            guard: None,
            placeholder: None,
        }
    }
}

/// Builds the probe of a values type: the same type, every leaf a marker.
/// Derived for structs with `#[derive(Probe)]`.
pub trait Probe: Sized {
    /// The probe of the value at `path`.
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self;
}

impl Probe for String {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        let id = registry.push(path.expr(Kind::Str), Some(path.display()));
        format!("{OPEN}{id}{CLOSE}")
    }
}

impl Probe for i64 {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        INT_MARKER_BASE + registry.push(path.expr(Kind::Int), Some(path.display())) as i64
    }
}

impl Probe for i32 {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        i32::try_from(i64::probe(path, registry)).expect("integer markers fit i32")
    }
}

impl Probe for bool {
    /// Booleans are not markers (see the module docs); the probe is `true`.
    fn probe(_: &ValuesPath, _: &mut Registry) -> Self {
        true
    }
}

impl<T: Probe> Probe for Vec<T> {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        vec![T::probe(&path.enter(Range::List(path.base.clone()), Elem::Item), registry)]
    }
}

impl<V: Probe> Probe for BTreeMap<String, V> {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        let range = Range::Map(path.base.clone());
        let key = String::probe(&path.enter(range.clone(), Elem::Key), registry);
        let value = V::probe(&path.enter(range, Elem::Value), registry);
        BTreeMap::from([(key, value)])
    }
}

/// A string marker at `path` whose template reads the value through a
/// pipeline of its own: `wrap` gets the plain pipeline (`$item`,
/// `$.Values.x`) and returns the one to print (`include "helper" $item`).
/// For values that take several shapes which a named template normalizes;
/// the concrete render must apply the Rust twin of that template.
pub fn string_through(path: &ValuesPath, registry: &mut Registry, wrap: impl FnOnce(&str) -> String) -> String {
    let mut expr = path.expr(Kind::Str);
    expr.pipeline = wrap(&expr.pipeline);
    let id = registry.push(expr, Some(path.display()));
    format!("{OPEN}{id}{CLOSE}")
}

/// A pass-through value (a Kubernetes object the chart copies as written,
/// such as tolerations): registers a [`Kind::Whole`] marker at `path` and
/// returns the placeholder that `placeholder` builds around the marker
/// string. The printer replaces the placeholder with `toYaml` of the values
/// subtree. Use it in the `Probe` impl of a pass-through values type.
pub fn whole<T: serde::Serialize>(
    path: &ValuesPath,
    registry: &mut Registry,
    placeholder: impl FnOnce(String) -> T,
) -> T {
    let mut expr = path.expr(Kind::Whole);
    let id = registry.push(expr.clone(), Some(format!("{}#whole", path.display())));
    let value = placeholder(format!("{OPEN}{id}{CLOSE}"));
    expr.placeholder = Some(serde_json::to_value(&value).expect("placeholder serializes"));
    registry.exprs[id] = expr;
    value
}
