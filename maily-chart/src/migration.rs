//! The migration from the legacy manifests, decided in Rust next to the
//! model: what each logical legacy object became, and why each difference
//! between a legacy workload or Service and the chart is there.
//!
//! The legacy manifests are the pre-migration YAML (the team's read-only
//! `shared/legacy-manifests`, outside this repository). `gen compare` reads
//! them, groups their objects by [`ENTRIES`], checks every entry's chart
//! objects against the renders and every covered workload and Service fact
//! by fact against [`DIFFERENCES`]. The chart README prints the same
//! [`Reason`]s, and the tests read them too: a reason is data, written once.
//!
//! This module is data only (no I/O, no YAML), so that `maily-chart` stays
//! free of both; the reading and comparing live in `maily-chart-gen`.

mod table;

/// The source text of this module and its table, so that a cache of the
/// migration report can tell when the table changed
/// (`maily_chart_gen::compare::inputs_key`).
pub const SOURCE_TEXT: [&str; 2] = [include_str!("migration.rs"), include_str!("migration/table.rs")];

pub use table::{DIFFERENCES, ENTRIES, NAMESPACES, REASONS, SOURCES, TARGET_NAMESPACES};

use serde::Serialize;

/// What became of a logical legacy object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Status {
    /// A chart object plays the same role; its facts are compared.
    Covered,
    /// Reshaped or dropped on purpose; the reason says why and what
    /// replaces it.
    Changed,
    /// Not in the chart yet: the reason names the issue that plans it.
    Missing,
    /// Not the Maily release's to deploy (platform software, cluster-wide
    /// objects, removed APIs, objects dead in the legacy itself).
    OutOfScope,
}

impl Status {
    /// Every status, in report order.
    pub const ALL: [Status; 4] = [Status::Covered, Status::Changed, Status::Missing, Status::OutOfScope];

    /// The word the report uses.
    pub fn word(self) -> &'static str {
        match self {
            Status::Covered => "COVERED",
            Status::Changed => "CHANGED",
            Status::Missing => "MISSING",
            Status::OutOfScope => "OUT-OF-SCOPE",
        }
    }

    /// Whether the object is the release's business (all but out of scope).
    pub fn in_scope(self) -> bool {
        self != Status::OutOfScope
    }
}

/// What kind of legacy thing an object is, for the totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Category {
    /// api, web, workers, AI service: Deployments and Services.
    CoreWorkload,
    /// The optional applications (email processing, contact management,
    /// analytics, ai-mesh, blockchain, mailydocs, edge cache, WAF, IP warming).
    OptionalApp,
    /// PostgreSQL, pgbouncer, Redis, RabbitMQ and their volumes and config.
    DataTier,
    /// Ingresses and routes.
    Ingress,
    /// NetworkPolicies.
    NetworkPolicy,
    /// Scraping, rules, dashboards and monitoring stacks.
    Monitoring,
    /// ServiceAccounts, RBAC, admission control, pod security.
    Security,
    /// Secrets, secret stores and Vault.
    Secrets,
    /// HorizontalPodAutoscalers and PodDisruptionBudgets.
    Autoscaling,
    /// Jobs and CronJobs and what only they use.
    Jobs,
    /// ConfigMaps of application components.
    Config,
    /// Namespaces.
    Namespaces,
    /// Documents that are not Kubernetes objects (chart values, standalone
    /// Prometheus files, dashboards).
    Documents,
    /// Quotas, GitOps, backups, chaos experiments.
    Other,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 14] = [
        Category::CoreWorkload,
        Category::OptionalApp,
        Category::DataTier,
        Category::Ingress,
        Category::NetworkPolicy,
        Category::Monitoring,
        Category::Security,
        Category::Secrets,
        Category::Autoscaling,
        Category::Jobs,
        Category::Config,
        Category::Namespaces,
        Category::Documents,
        Category::Other,
    ];

    /// The words the report uses.
    pub fn word(self) -> &'static str {
        match self {
            Category::CoreWorkload => "core workload",
            Category::OptionalApp => "optional app",
            Category::DataTier => "data tier",
            Category::Ingress => "ingress/routes",
            Category::NetworkPolicy => "network policy",
            Category::Monitoring => "monitoring",
            Category::Security => "security/RBAC",
            Category::Secrets => "secrets/Vault",
            Category::Autoscaling => "autoscaling/PDB",
            Category::Jobs => "jobs/cronjobs",
            Category::Config => "config",
            Category::Namespaces => "namespaces",
            Category::Documents => "documents",
            Category::Other => "other",
        }
    }
}

/// What a reason is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ReasonKind {
    /// A choice made on purpose for the chart.
    Decision,
    /// The legacy was wrong here (a selector matching nothing, a port no
    /// container listens on); the chart does not repeat it.
    LegacyDefect,
    /// Not done yet: the issue that plans it.
    Planned(u32),
    /// Not the release's to deploy.
    OutOfScope,
}

/// Why: one sentence for operators, cited by code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// A short unique code (`external-data`).
    pub code: &'static str,
    /// What it is.
    pub kind: ReasonKind,
    /// The reason, for the report, the chart README and the tests.
    pub text: &'static str,
}

impl Reason {
    /// `planned: issue N` for planned reasons, else the kind in words.
    pub fn kind_words(&self) -> String {
        match self.kind {
            ReasonKind::Decision => "decision".into(),
            ReasonKind::LegacyDefect => "legacy defect".into(),
            ReasonKind::Planned(n) => format!("planned: issue {n}"),
            ReasonKind::OutOfScope => "out of scope".into(),
        }
    }
}

/// Where a legacy namespace deployed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Place {
    /// One of the chart's environments (`production`).
    Env(&'static str),
    /// The `default` namespace or none at all, with production-looking values.
    ProductionLike,
    /// A platform namespace (monitoring, vault, ...).
    Platform,
    /// Cluster-scoped: no namespace applies.
    Cluster,
    /// Not a Kubernetes object (a values file, a dashboard): no namespace.
    Document,
}

impl Place {
    /// The words the report uses.
    pub fn word(self) -> String {
        match self {
            Place::Env(env) => env.to_string(),
            Place::ProductionLike => "production-like".into(),
            Place::Platform => "platform".into(),
            Place::Cluster => "cluster".into(),
            Place::Document => "–".into(),
        }
    }
}

/// Which copies of a legacy name an entry takes: the name in any namespace,
/// or only in one (`None` inside: only copies with no namespace).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Name {
    /// The object name (`*` matches every name).
    pub name: &'static str,
    /// `None`: any namespace; `Some("")`: no namespace; else that namespace.
    pub namespace: Option<&'static str>,
}

impl Name {
    /// Whether this names an object called `name` in `namespace` (`""`: none).
    pub fn matches(&self, name: &str, namespace: &str) -> bool {
        (self.name == "*" || self.name == name) && self.namespace.is_none_or(|ns| ns == namespace)
    }
}

/// A chart object, by kind and the suffix of its name after the release's
/// full name (`Deployment` `api` is `maily-api` for release `maily`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ChartObject {
    /// Kind (`HTTPRoute`).
    pub kind: &'static str,
    /// Name after `<fullname>-`.
    pub suffix: &'static str,
}

/// One logical legacy object (or, for a wildcard entry, one per name): the
/// same kind and role copied across files and environments, and what became of it.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Entry {
    /// Its label (`Deployment api`): the report's row and what
    /// [`DIFFERENCES`] name. For a wildcard entry, each object is labelled
    /// `<kind> <name>`.
    pub id: &'static str,
    /// The kinds it takes (`Document` for files that are not Kubernetes
    /// objects, named by their path).
    pub kinds: &'static [&'static str],
    /// The names it takes; a `*` name makes each distinct name its own
    /// logical object.
    pub names: &'static [Name],
    /// For the totals.
    pub category: Category,
    /// What became of it.
    pub status: Status,
    /// Why.
    pub reason: &'static Reason,
    /// The chart objects it became (covered or changed): each must exist in
    /// some environment's render.
    pub became: &'static [ChartObject],
    /// Each distinct kind and name it takes is its own logical object
    /// (`<kind> <name>`), sharing the status and reason; always so for a
    /// `*` name.
    pub each: bool,
}

impl Entry {
    /// Whether the entry is a wildcard (matched after every named entry).
    pub fn is_wildcard(&self) -> bool {
        self.names.iter().any(|n| n.name == "*")
    }

    /// Whether the entry takes this object (a `*` kind takes every kind).
    pub fn matches(&self, kind: &str, name: &str, namespace: &str) -> bool {
        (self.kinds.contains(&kind) || self.kinds.contains(&"*"))
            && self.names.iter().any(|n| n.matches(name, namespace))
    }

    /// The label of the logical object this entry makes of `kind` `name`
    /// in `namespace`: its id, or `<kind> <name>` for a per-name entry, with
    /// ` in <namespace>` where the entry takes that name in one namespace only.
    pub fn label(&self, kind: &str, name: &str, namespace: &str) -> String {
        if !(self.each || self.is_wildcard()) {
            return self.id.to_string();
        }
        let pinned = self.names.iter().any(|n| n.name == name && n.namespace.is_some_and(|ns| !ns.is_empty()));
        if pinned { format!("{kind} {name} in {namespace}") } else { format!("{kind} {name}") }
    }
}

/// The legacy copy a covered object is compared with in one environment.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Source {
    /// The entry ([`Entry::id`]).
    pub object: &'static str,
    /// The environment.
    pub env: &'static str,
    /// The file, relative to the legacy directory.
    pub file: &'static str,
    /// The object's name in that file.
    pub name: &'static str,
    /// Why this copy (where several could claim the environment).
    pub why: &'static str,
}

/// A difference, as [`DIFFERENCES`] explain it. Values are patterns in
/// which `*` matches any text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Change<'a> {
    /// A single-valued fact changed from the legacy value to the chart's.
    Changed(&'a str, &'a str),
    /// An item of a set fact (a variable, a port, a volume) only the chart has.
    Added(&'a str),
    /// An item only the legacy had.
    Removed(&'a str),
}

/// A recorded reason for a difference between a legacy copy and the chart.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Explained {
    /// The entry ([`Entry::id`]); a pattern (`Deployment *`).
    pub object: &'static str,
    /// The environments it holds in; empty: every one.
    pub envs: &'static [&'static str],
    /// The fact (`image`, `env`, `livenessProbe.timing`, ...).
    pub fact: &'static str,
    /// The change.
    pub change: Change<'static>,
    /// Why.
    pub reason: &'static Reason,
}

/// Whether `text` matches `pattern`, in which `*` matches any text.
pub fn glob(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    if parts.is_empty() {
        return rest.is_empty();
    }
    for (i, part) in parts.iter().enumerate() {
        if i == parts.len() - 1 {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

impl Explained {
    /// Whether this explains `change` of `fact` of `object` in `env`.
    pub fn explains(&self, object: &str, env: &str, fact: &str, change: &Change<'_>) -> bool {
        let change_matches = match (self.change, change) {
            (Change::Changed(from, to), Change::Changed(old, new)) => glob(from, old) && glob(to, new),
            (Change::Added(pattern), Change::Added(item)) | (Change::Removed(pattern), Change::Removed(item)) => {
                glob(pattern, item)
            }
            _ => false,
        };
        change_matches
            && glob(self.object, object)
            && (self.envs.is_empty() || self.envs.contains(&env))
            && self.fact == fact
    }
}

/// Where the legacy namespace `namespace` deployed to (`""`: no namespace,
/// which for a cluster-scoped kind is [`Place::Cluster`]). `None` for a
/// namespace [`NAMESPACES`] does not know.
pub fn place_of(kind: &str, namespace: &str) -> Option<Place> {
    if CLUSTER_SCOPED.contains(&kind) || kind.starts_with("K8s") {
        return Some(Place::Cluster);
    }
    if namespace.is_empty() {
        return Some(Place::ProductionLike);
    }
    NAMESPACES.iter().find(|(ns, _)| *ns == namespace).map(|(_, place)| *place)
}

/// Kinds without a namespace (Gatekeeper constraint kinds, `K8s*`, too).
pub const CLUSTER_SCOPED: &[&str] = &[
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "ClusterPolicy",
    "CustomResourceDefinition",
    "ConstraintTemplate",
    "PodSecurityPolicy",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("*", "anything"));
        assert!(glob("a*c", "abbbc") && !glob("a*c", "abbb"));
        assert!(glob("* ← secret:staging-secrets/*", "JWT_SECRET ← secret:staging-secrets/jwt-secret"));
        assert!(glob("exact", "exact") && !glob("exact", "exactly"));
        assert!(glob("*x*y", "axbxy") && !glob("*x*y", "ayx"));
    }

    #[test]
    fn entries_are_consistent() {
        let mut ids = std::collections::BTreeSet::new();
        for e in ENTRIES {
            assert!(ids.insert(e.id), "two entries are {}", e.id);
            match e.status {
                Status::Missing => assert!(matches!(e.reason.kind, ReasonKind::Planned(_)), "{}", e.id),
                Status::OutOfScope => assert_eq!(e.reason.kind, ReasonKind::OutOfScope, "{}", e.id),
                Status::Covered => assert!(!e.became.is_empty(), "{} is covered by nothing", e.id),
                Status::Changed => {
                    assert!(matches!(e.reason.kind, ReasonKind::Decision | ReasonKind::LegacyDefect), "{}", e.id)
                }
            }
            assert!(
                REASONS.iter().any(|r| r.code == e.reason.code),
                "{}: reason {} not in REASONS",
                e.id,
                e.reason.code
            );
        }
        for d in DIFFERENCES {
            assert!(
                REASONS.iter().any(|r| r.code == d.reason.code),
                "difference reason {} not in REASONS",
                d.reason.code
            );
        }
        let mut codes = std::collections::BTreeSet::new();
        for r in REASONS {
            assert!(codes.insert(r.code), "two reasons are {}", r.code);
        }
    }

    #[test]
    fn sources_name_covered_entries_and_known_environments() {
        for s in SOURCES {
            let entry = ENTRIES.iter().find(|e| e.id == s.object).unwrap_or_else(|| panic!("{}", s.object));
            assert_eq!(entry.status, Status::Covered, "{}", s.object);
            assert!(NAMESPACES.iter().any(|(_, p)| *p == Place::Env(s.env)), "{}", s.env);
        }
    }
}
