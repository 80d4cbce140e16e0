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
    // (suffix, power of ten, power of 1024)
    const SUFFIXES: [(&str, i32, u32); 13] = [
        ("Ki", 0, 1),
        ("Mi", 0, 2),
        ("Gi", 0, 3),
        ("Ti", 0, 4),
        ("Pi", 0, 5),
        ("Ei", 0, 6),
        ("m", -3, 0),
        ("k", 3, 0),
        ("M", 6, 0),
        ("G", 9, 0),
        ("T", 12, 0),
        ("P", 15, 0),
        ("E", 18, 0),
    ];
    let (number, ten, binary) = match SUFFIXES.iter().find(|(s, _, _)| text.ends_with(s)) {
        Some((suffix, ten, binary)) => (&text[..text.len() - suffix.len()], *ten, *binary),
        None => (text, 0, 0),
    };
    // What remains is a plain decimal, optionally with a decimal exponent.
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(i) if ten == 0 && binary == 0 => (&number[..i], Some(&number[i + 1..])),
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
    if let Some(e) = exponent {
        let unsigned = e.trim_start_matches(['+', '-']);
        if unsigned.is_empty() || !unsigned.chars().all(|c| c.is_ascii_digit()) || e.len() - unsigned.len() > 1 {
            return None;
        }
    }
    // As `maily.quantity` computes it (sprig's `mulf` multiplies decimals):
    // the number as a float64, its shortest decimal, times the suffix exactly,
    // back to the nearest float64. So `350m` and `0.35` are equal in both.
    let number: f64 = number.parse().ok()?;
    let shortest = format!("{number:e}");
    let (significand, exp) = shortest.split_once('e')?;
    let mut exp10: i32 = exp.parse().ok()?;
    let (whole, fraction) = significand.split_once('.').unwrap_or((significand, ""));
    exp10 -= fraction.len() as i32;
    let mut decimal: Vec<u8> = format!("{whole}{fraction}").bytes().map(|b| b - b'0').collect();
    for _ in 0..binary {
        decimal = times(&decimal, 1024);
    }
    let text: String = decimal.iter().map(|d| char::from(b'0' + d)).collect();
    format!("{text}e{}", exp10 + ten).parse().ok()
}

/// A decimal number (most significant digit first) times a small factor.
fn times(digits: &[u8], factor: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(digits.len() + 4);
    let mut carry = 0u64;
    for &d in digits.iter().rev() {
        let product = u64::from(d) * u64::from(factor) + carry;
        out.push((product % 10) as u8);
        carry = product / 10;
    }
    while carry > 0 {
        out.push((carry % 10) as u8);
        carry /= 10;
    }
    out.reverse();
    out
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
    fn equal_amounts_in_other_units_are_equal_as_helm_compares_them() {
        for (a, b) in [("350m", "0.35"), ("700m", "0.7"), ("1150m", "1.15"), ("1536Mi", "1.5Gi"), ("1k", "1000")] {
            assert_eq!(Quantity::new(a).value(), Quantity::new(b).value(), "{a} = {b}");
        }
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
