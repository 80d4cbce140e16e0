//! Conditions over values: when a resource, or a field, exists.
//!
//! A condition is declared once and used twice: [`Cond::eval`] decides it in
//! Rust for the concrete render, [`Cond::to_template`] prints the same test as
//! a Go template pipeline for `{{- if ... }}`. Paths are values paths
//! (`api.autoscaling.enabled`); evaluating a path that is missing, or of the
//! wrong type, is an error, so a typo cannot silently read as `false`.

use serde_json::Value;

/// A boolean expression over values paths.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// The boolean at this values path.
    Flag(String),
    /// The integer at this values path is greater than the number.
    Gt(String, i64),
    /// The string, list or map at this values path is not empty.
    NonEmpty(String),
    /// Negation.
    Not(Box<Cond>),
    /// All of these (true when empty).
    All(Vec<Cond>),
    /// Any of these (false when empty).
    Any(Vec<Cond>),
}

impl std::ops::Not for Cond {
    type Output = Cond;

    /// The negation: `!Cond::flag("api.autoscaling.enabled")`.
    fn not(self) -> Cond {
        Cond::Not(Box::new(self))
    }
}

/// A condition referred to a values path that does not exist or has another type.
#[derive(Clone, Debug, PartialEq)]
pub struct CondError(pub String);

impl Cond {
    /// The boolean at `path`.
    pub fn flag(path: impl Into<String>) -> Self {
        Cond::Flag(path.into())
    }

    /// The integer at `path` is greater than `n`.
    pub fn gt(path: impl Into<String>, n: i64) -> Self {
        Cond::Gt(path.into(), n)
    }

    /// The string, list or map at `path` is not empty.
    pub fn non_empty(path: impl Into<String>) -> Self {
        Cond::NonEmpty(path.into())
    }

    /// Evaluates the condition against the values (as serialized to JSON).
    ///
    /// # Errors
    /// When a path is missing or holds another type than the test needs.
    pub fn eval(&self, values: &Value) -> Result<bool, CondError> {
        Ok(match self {
            Cond::Flag(path) => lookup(values, path)?
                .as_bool()
                .ok_or_else(|| CondError(format!("values path `{path}` is not a boolean")))?,
            Cond::Gt(path, n) => {
                let found = lookup(values, path)?
                    .as_i64()
                    .ok_or_else(|| CondError(format!("values path `{path}` is not an integer")))?;
                found > *n
            }
            Cond::NonEmpty(path) => match lookup(values, path)? {
                Value::String(s) => !s.is_empty(),
                Value::Array(items) => !items.is_empty(),
                Value::Object(map) => !map.is_empty(),
                _ => return Err(CondError(format!("values path `{path}` is not a string, list or map"))),
            },
            Cond::Not(inner) => !inner.eval(values)?,
            Cond::All(all) => {
                for c in all {
                    if !c.eval(values)? {
                        return Ok(false);
                    }
                }
                true
            }
            Cond::Any(any) => {
                for c in any {
                    if c.eval(values)? {
                        return Ok(true);
                    }
                }
                false
            }
        })
    }

    /// The Go template pipeline that Helm evaluates to the same boolean.
    /// Values are read through `$` so the pipeline works inside `range`/`with`.
    pub fn to_template(&self) -> String {
        match self {
            Cond::Flag(path) => format!("$.Values.{path}"),
            // Helm reads every number as float64; int64 makes the comparison exact.
            Cond::Gt(path, n) => format!("gt (int64 $.Values.{path}) {n}"),
            // An empty string, list or map is false in Go templates.
            Cond::NonEmpty(path) => format!("$.Values.{path}"),
            Cond::Not(inner) => format!("not ({})", inner.to_template()),
            Cond::All(all) if all.is_empty() => "true".to_string(),
            Cond::Any(any) if any.is_empty() => "false".to_string(),
            Cond::All(all) if all.len() == 1 => all[0].to_template(),
            Cond::Any(any) if any.len() == 1 => any[0].to_template(),
            Cond::All(all) => format!("and {}", parenthesized(all)),
            Cond::Any(any) => format!("or {}", parenthesized(any)),
        }
    }
}

fn parenthesized(conds: &[Cond]) -> String {
    conds.iter().map(|c| format!("({})", c.to_template())).collect::<Vec<_>>().join(" ")
}

/// The value at a dotted values path.
///
/// # Errors
/// When a segment is missing.
pub fn lookup<'v>(values: &'v Value, path: &str) -> Result<&'v Value, CondError> {
    path.split('.').try_fold(values, |node, key| {
        node.get(key).ok_or_else(|| CondError(format!("values path `{path}` does not exist")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn conditions_evaluate_and_print_the_same_test() {
        let values = json!({"api": {"enabled": true, "autoscaling": {"enabled": false}, "replicaCount": 3}});
        let cond = Cond::All(vec![
            Cond::flag("api.enabled"),
            !Cond::flag("api.autoscaling.enabled"),
            Cond::gt("api.replicaCount", 1),
        ]);
        assert_eq!(cond.eval(&values), Ok(true));
        assert_eq!(
            cond.to_template(),
            "and ($.Values.api.enabled) (not ($.Values.api.autoscaling.enabled)) (gt (int64 $.Values.api.replicaCount) 1)"
        );
    }

    #[test]
    fn non_empty_reads_strings_lists_and_maps() {
        let values = json!({"s": "", "l": ["a"], "m": {}, "n": 1});
        assert_eq!(Cond::non_empty("s").eval(&values), Ok(false));
        assert_eq!(Cond::non_empty("l").eval(&values), Ok(true));
        assert_eq!(Cond::non_empty("m").eval(&values), Ok(false));
        assert!(Cond::non_empty("n").eval(&values).is_err(), "a number is neither empty nor not");
    }

    #[test]
    fn a_misspelt_path_is_an_error_not_false() {
        let values = json!({"api": {"enabled": true}});
        assert!(Cond::flag("api.enabeld").eval(&values).is_err());
        assert!(Cond::flag("api").eval(&values).is_err());
    }
}
