//! Kubernetes resource quantities (`500m`, `1.5`, `512Mi`, `1G`, `1e3`).
//!
//! Source: Kubernetes API reference, "Quantity"
//! (<https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/>).
//! The text is kept exactly as written, so the manifest shows what the
//! environment says; [`Quantity::value`] parses it for checks such as
//! requests ≤ limits.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The regular expression of the quantity grammar, also the schema `pattern`.
pub const QUANTITY_PATTERN: &str =
    r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$";

/// A Kubernetes quantity, kept as written. Values files may give a number
/// (`cpu: 2`, `cpu: 0.5`), as Kubernetes accepts: it is kept as its text,
/// a whole number as digits (`1000000`, never `1e+06`), another number as
/// Go prints a float64 (`0.5`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(transparent)]
#[schemars(extend("pattern" = QUANTITY_PATTERN))]
pub struct Quantity(pub String);

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Text(String),
            Whole(i64),
            Number(f64),
        }
        Ok(Quantity(match Written::deserialize(deserializer)? {
            Written::Text(text) => text,
            Written::Whole(n) => n.to_string(),
            Written::Number(n) => number_text(n),
        }))
    }
}

/// A float64 as Helm prints it: digits when whole, else the shortest text
/// that reads back as the same number.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 { format!("{}", n as i64) } else { format!("{n}") }
}

/// Why a string is not a quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityError(pub String);

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Quantity {
    /// A quantity from its text; not checked until [`Quantity::value`].
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The amount in base units (cores for CPU, bytes for memory).
    ///
    /// # Errors
    /// When the text does not follow the quantity grammar, e.g. `1Gb` or `""`.
    pub fn value(&self) -> Result<f64, QuantityError> {
        parse(&self.0).ok_or_else(|| {
            QuantityError(format!("`{}` is not a Kubernetes quantity (examples: 500m, 2, 512Mi, 1G)", self.0))
        })
    }
}

fn parse(text: &str) -> Option<f64> {
    const SUFFIXES: [(&str, f64); 13] = [
        ("Ki", 1024.0),
        ("Mi", 1048576.0),
        ("Gi", 1073741824.0),
        ("Ti", 1099511627776.0),
        ("Pi", 1125899906842624.0),
        ("Ei", 1152921504606846976.0),
        ("m", 1e-3),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("P", 1e15),
        ("E", 1e18),
    ];
    let (number, factor) = match SUFFIXES.iter().find(|(s, _)| text.ends_with(s)) {
        Some((suffix, factor)) => (&text[..text.len() - suffix.len()], *factor),
        None => (text, 1.0),
    };
    // What remains is a plain decimal, optionally with a decimal exponent.
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(i) if factor == 1.0 => (&number[..i], Some(&number[i + 1..])),
        _ => (number, None),
    };
    let digits = mantissa.trim_start_matches(['+', '-']);
    let is_decimal = !digits.is_empty()
        && digits != "."
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1;
    if !is_decimal {
        return None;
    }
    let exponent: i32 = match exponent {
        Some(e) => {
            let unsigned = e.trim_start_matches(['+', '-']);
            if unsigned.is_empty() || !unsigned.chars().all(|c| c.is_ascii_digit()) || e.len() - unsigned.len() > 1 {
                return None;
            }
            e.parse().ok()?
        }
        None => 0,
    };
    let value: f64 = mantissa.parse().ok()?;
    Some(value * factor * 10f64.powi(exponent))
}

/// The named templates of quantities: `maily.quantity`, a quantity (string
/// or number) in base units as a float, the twin of [`Quantity::value`]; and
/// `maily.quantityText`, its text, the twin of the deserializer (a whole
/// number prints as digits, never as Helm's float64 `1e+06`).
pub const HELPERS_TPL: &str = r#"
{{/*
maily.quantity: a Kubernetes quantity ("500m", "1.5Gi", 2) in base units (cores, bytes).
Usage: {{ include "maily.quantity" "512Mi" | float64 }}
*/}}
{{- define "maily.quantity" -}}
{{- $q := toString . }}
{{- $number := regexReplaceAll "^([0-9]*\\.?[0-9]*([eE][-+]?[0-9]+)?).*$" $q "${1}" }}
{{- $suffix := trimPrefix $number $q }}
{{- $factors := dict "" 1.0 "m" 0.001 "k" 1000.0 "M" 1000000.0 "G" 1000000000.0 "T" 1000000000000.0 "P" 1000000000000000.0 "E" 1000000000000000000.0 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 }}
{{- mulf (float64 $number) (get $factors $suffix) }}
{{- end }}

{{/*
maily.quantityText: a quantity as the manifest shows it: a string as written,
a whole number as digits (2, 1000000), another number as Go prints it (0.5).
Usage: {{ include "maily.quantityText" $.Values.api.resources.limits.cpu }}
*/}}
{{- define "maily.quantityText" -}}
{{- if kindIs "string" . }}{{ . }}
{{- else if eq (float64 .) (float64 (int64 .)) }}{{ int64 . }}
{{- else }}{{ . }}
{{- end }}
{{- end }}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_parse_to_base_units() {
        assert_eq!(Quantity::new("500m").value(), Ok(0.5));
        assert_eq!(Quantity::new("2").value(), Ok(2.0));
        assert_eq!(Quantity::new("512Mi").value(), Ok(536870912.0));
        assert_eq!(Quantity::new("1G").value(), Ok(1e9));
        assert_eq!(Quantity::new("1e3").value(), Ok(1000.0));
        assert_eq!(Quantity::new(".5").value(), Ok(0.5));
    }

    #[test]
    fn numbers_are_kept_as_their_text() {
        let parse = |yaml: &str| serde_json::from_str::<Quantity>(yaml).expect("a quantity");
        assert_eq!(parse("2").as_str(), "2");
        assert_eq!(parse("0.5").as_str(), "0.5");
        assert_eq!(parse("1000000").as_str(), "1000000");
        assert_eq!(parse("1e6").as_str(), "1000000");
        assert_eq!(parse("\"500m\"").as_str(), "500m");
    }

    #[test]
    fn malformed_quantities_are_rejected() {
        for bad in ["1Gb", "", "Mi", "1.2.3", "1e", "--1", "1 Gi", "one"] {
            assert!(Quantity::new(bad).value().is_err(), "{bad} should be rejected");
        }
    }
}
