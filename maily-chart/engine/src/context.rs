//! The render context that every builder takes: the values, the release, and
//! whether this is the concrete or the symbolic render.

use std::cell::RefCell;

use serde::Serialize;
use serde_json::Value;

use crate::cond::Cond;
use crate::symbolic::{Expr, Kind, Registry};

/// The Helm release being rendered (`helm template <name> -n <namespace>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// Release name (`.Release.Name`).
    pub name: String,
    /// Namespace the release is installed in (`.Release.Namespace`).
    pub namespace: String,
}

impl Release {
    /// A release named `name` in `namespace`.
    pub fn new(name: impl Into<String>, namespace: impl Into<String>) -> Self {
        Self { name: name.into(), namespace: namespace.into() }
    }
}

impl Default for Release {
    /// What `helm template` uses when given no name and no namespace.
    fn default() -> Self {
        Self::new("release-name", "default")
    }
}

enum Mode {
    Concrete { release: Release, json: Value },
    Symbolic { registry: RefCell<Registry> },
}

/// What builders read: values (of any serializable values type `V`) and
/// release, in either render.
pub struct Ctx<'a, V> {
    values: &'a V,
    mode: Mode,
    errors: RefCell<Vec<String>>,
}

impl<'a, V: Serialize> Ctx<'a, V> {
    /// The concrete render of `values` for `release`.
    pub fn concrete(values: &'a V, release: Release) -> Self {
        let json = serde_json::to_value(values).expect("values serialize to JSON");
        Self { values, mode: Mode::Concrete { release, json }, errors: RefCell::default() }
    }

    /// The symbolic render: `probe` must come from `V::probe` with `registry`.
    pub fn symbolic(probe: &'a V, registry: Registry) -> Self {
        Self { values: probe, mode: Mode::Symbolic { registry: RefCell::new(registry) }, errors: RefCell::default() }
    }

    /// The values (the probe, in the symbolic render).
    pub fn values(&self) -> &'a V {
        self.values
    }

    /// Whether this is the symbolic render.
    pub fn is_symbolic(&self) -> bool {
        matches!(self.mode, Mode::Symbolic { .. })
    }

    /// A string that a template computes with `pipeline` (a helper `include`,
    /// `$.Release.Name`, ...) and Rust computes with `concrete`. The two must
    /// agree; the equivalence tests hold them to it.
    pub fn computed(&self, pipeline: &str, concrete: impl FnOnce(&Release, &V) -> String) -> String {
        match &self.mode {
            Mode::Concrete { release, .. } => concrete(release, self.values),
            Mode::Symbolic { registry } => registry.borrow_mut().string(Expr {
                pipeline: pipeline.to_string(),
                kind: Kind::Str,
                range: None,
                guard: None,
                placeholder: None,
            }),
        }
    }

    /// A whole subtree (a list of objects, say) that a template computes with
    /// `pipeline` and Rust with `concrete`: the twin of [`Ctx::computed`] for
    /// structure. The pipeline must yield the value itself (a named template
    /// read back with `fromJsonArray`); the printer writes the field as
    /// `toYaml` of it under `{{- with }}`, so Rust must leave the field out
    /// when the value is empty. `placeholder` builds a value of the type
    /// around a marker string (the symbolic render's stand-in).
    pub fn computed_whole<T: Serialize>(
        &self,
        pipeline: &str,
        concrete: impl FnOnce(&Release, &V) -> T,
        placeholder: impl FnOnce(String) -> T,
    ) -> T {
        match &self.mode {
            Mode::Concrete { release, .. } => concrete(release, self.values),
            Mode::Symbolic { registry } => registry.borrow_mut().computed_whole(pipeline, placeholder),
        }
    }

    /// `.Release.Name`.
    pub fn release_name(&self) -> String {
        self.computed("$.Release.Name", |r, _| r.name.clone())
    }

    /// `.Release.Namespace`.
    pub fn release_namespace(&self) -> String {
        self.computed("$.Release.Namespace", |r, _| r.namespace.clone())
    }

    /// `Some(value)` when `cond` holds. In the template, the mapping entry
    /// holding `value` is wrapped in `{{- if cond }}`; `value` must come
    /// straight from the values (a marker).
    pub fn when(&self, cond: Cond, value: i32) -> Option<i32> {
        match &self.mode {
            Mode::Concrete { json, .. } => match cond.eval(json) {
                Ok(holds) => holds.then_some(value),
                Err(e) => {
                    self.errors.borrow_mut().push(e.0);
                    None
                }
            },
            Mode::Symbolic { registry } => {
                let mut registry = registry.borrow_mut();
                let Some(mut expr) = registry.int_marker(i64::from(value)).cloned() else {
                    self.errors.borrow_mut().push(format!("`when` needs a value straight from values, got {value}"));
                    return Some(value);
                };
                expr.guard = Some(cond);
                Some(i32::try_from(registry.int(expr)).expect("integer markers fit i32"))
            }
        }
    }

    /// `Some(value)` when `cond` holds, for a string straight from the values
    /// (a marker): the twin of [`Ctx::when`] (e.g. `priorityClassName`, left
    /// out while empty).
    pub fn when_str(&self, cond: Cond, value: &str) -> Option<String> {
        match &self.mode {
            Mode::Concrete { json, .. } => match cond.eval(json) {
                Ok(holds) => holds.then(|| value.to_string()),
                Err(e) => {
                    self.errors.borrow_mut().push(e.0);
                    None
                }
            },
            Mode::Symbolic { registry } => {
                let mut registry = registry.borrow_mut();
                let Some(mut expr) = registry.string_marker(value).cloned() else {
                    self.errors
                        .borrow_mut()
                        .push(format!("`when_str` needs a value straight from values, got {value:?}"));
                    return Some(value.to_string());
                };
                expr.guard = Some(cond);
                Some(registry.string(expr))
            }
        }
    }

    /// `Some(item)` when `cond` holds: a list item that exists only under a
    /// condition, wrapped in `{{- if cond }}` in the template. The item must
    /// hold at least one marker (a value from the values or a computed
    /// string). An equal item elsewhere must have the same condition; where
    /// it may not, use [`Ctx::when_item_fresh`].
    pub fn when_item<T: Serialize>(&self, cond: Cond, item: T) -> Option<T> {
        match &self.mode {
            Mode::Concrete { json, .. } => self.holds_in(json, &cond).then_some(item),
            Mode::Symbolic { registry } => {
                let json = serde_json::to_value(&item).expect("list items serialize to JSON");
                if let Err(e) = registry.borrow_mut().guard_item(json, cond) {
                    self.errors.borrow_mut().push(e);
                }
                Some(item)
            }
        }
    }

    /// [`Ctx::when_item`] for an item that may equal another one under a
    /// different condition: the symbolic render gives its markers fresh ids
    /// (which needs the type to read back from JSON).
    pub fn when_item_fresh<T: Serialize + serde::de::DeserializeOwned>(&self, cond: Cond, item: T) -> Option<T> {
        match &self.mode {
            Mode::Concrete { json, .. } => self.holds_in(json, &cond).then_some(item),
            Mode::Symbolic { registry } => {
                let mut json = serde_json::to_value(&item).expect("list items serialize to JSON");
                let mut registry = registry.borrow_mut();
                registry.refresh(&mut json);
                if let Err(e) = registry.guard_item(json.clone(), cond) {
                    self.errors.borrow_mut().push(e);
                }
                Some(serde_json::from_value(json).expect("a refreshed item reads back as its type"))
            }
        }
    }

    fn holds_in(&self, json: &Value, cond: &Cond) -> bool {
        cond.eval(json).unwrap_or_else(|e| {
            self.errors.borrow_mut().push(e.0);
            false
        })
    }

    /// `filter(s)`, printed in the template as `<s> | <filter>` (e.g.
    /// `sha256sum`). `s` must be a single value (one marker) in the symbolic render.
    pub fn pipe(&self, s: &str, filter: &str, concrete: impl FnOnce(&str) -> String) -> String {
        match &self.mode {
            Mode::Concrete { .. } => concrete(s),
            Mode::Symbolic { registry } => {
                let mut registry = registry.borrow_mut();
                match registry.string_marker(s).cloned() {
                    Some(mut expr) if expr.kind == Kind::Str => {
                        expr.pipeline = format!("{} | {filter}", expr.pipeline);
                        registry.string(expr)
                    }
                    _ => {
                        self.errors.borrow_mut().push(format!("`{filter}` applies to one string value, got {s:?}"));
                        s.to_string()
                    }
                }
            }
        }
    }

    /// The decimal text of an integer value, for use inside a string (a URL).
    pub fn int_string(&self, value: i32) -> String {
        match &self.mode {
            Mode::Concrete { .. } => value.to_string(),
            Mode::Symbolic { registry } => {
                let mut registry = registry.borrow_mut();
                match registry.int_marker(i64::from(value)).cloned() {
                    Some(mut expr) if expr.kind == Kind::Int => {
                        expr.pipeline = format!("{} | int64", expr.pipeline);
                        expr.kind = Kind::Str;
                        registry.string(expr)
                    }
                    _ => value.to_string(),
                }
            }
        }
    }

    /// Ends the render: the registry (symbolic) and the errors met.
    pub fn finish(self) -> (Option<Registry>, Vec<String>) {
        let registry = match self.mode {
            Mode::Symbolic { registry } => Some(registry.into_inner()),
            Mode::Concrete { .. } => None,
        };
        (registry, self.errors.into_inner())
    }

    /// Evaluates a resource condition (concrete render only).
    pub fn holds(&self, cond: &Cond) -> bool {
        match &self.mode {
            Mode::Concrete { json, .. } => cond.eval(json).unwrap_or_else(|e| {
                self.errors.borrow_mut().push(e.0);
                false
            }),
            Mode::Symbolic { .. } => true,
        }
    }
}
