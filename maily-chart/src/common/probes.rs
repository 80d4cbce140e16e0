//! Probes (Kubernetes API reference: Probe). The endpoint is fixed per
//! component in Rust; the timings come from values.

use k8s_openapi::api::core::v1::{ExecAction, HTTPGetAction, Probe};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use crate::values::ProbeTiming;

/// Name of the container port that HTTP probes and Services target.
pub const HTTP_PORT: &str = "http";

fn timed(timing: &ProbeTiming) -> Probe {
    Probe {
        initial_delay_seconds: Some(timing.initial_delay_seconds),
        period_seconds: Some(timing.period_seconds),
        timeout_seconds: Some(timing.timeout_seconds),
        failure_threshold: Some(timing.failure_threshold),
        ..Default::default()
    }
}

/// An HTTP GET of `path` on the port named `http`.
pub fn http_get(path: &str, timing: &ProbeTiming) -> Probe {
    Probe {
        http_get: Some(HTTPGetAction {
            path: Some(path.to_string()),
            port: IntOrString::String(HTTP_PORT.to_string()),
            ..Default::default()
        }),
        ..timed(timing)
    }
}

/// Runs `command` in the container; exit code 0 is healthy.
pub fn exec(command: &[String], timing: &ProbeTiming) -> Probe {
    Probe { exec: Some(ExecAction { command: Some(command.to_vec()) }), ..timed(timing) }
}
