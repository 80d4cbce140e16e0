//! `gen compare`: the migration proven against the legacy manifests.
//!
//! [`compare`] reads a directory of legacy manifests ([`read`], leniently),
//! groups its objects into logical objects by the migration table
//! ([`maily_chart::migration::ENTRIES`]), renders every environment, checks
//! that each entry's chart objects exist, and compares every covered workload
//! and Service fact by fact ([`facts`]) with its legacy copy per environment
//! ([`maily_chart::migration::SOURCES`]), each difference matched against
//! [`maily_chart::migration::DIFFERENCES`]. The [`Report`] prints as Markdown
//! ([`Report::markdown`]) or JSON (its `Serialize` form), with the same content.
//!
//! The table lives in `maily-chart` (data next to the model, no I/O there);
//! reading, rendering and comparing live here, where I/O is allowed.

pub mod facts;
pub mod read;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use maily_chart::Release;
use maily_chart::migration::{self, Category, DIFFERENCES, ENTRIES, Entry, Place, REASONS, Reason, SOURCES, Status};
use serde::Serialize;
use serde_json::Value;

use crate::Environment;
use facts::Delta;

/// The release name the chart is rendered with for the comparison: chart
/// objects are then called `maily-<component>`.
pub const RELEASE: &str = "maily";

/// Where the repository keeps the generated report, relative to the workspace root.
pub const REPORT_PATH: &str = "docs/MIGRATION.md";

/// The legacy directory as the workspace sees it, relative to its root.
pub const DEFAULT_LEGACY: &str = "../shared/legacy-manifests";

/// One copy of a logical object: where it was read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Copy {
    /// The file, relative to the legacy directory.
    pub file: String,
    /// The line its document starts on.
    pub line: usize,
    /// Its kind.
    pub kind: String,
    /// Its name (for a non-object document: the file).
    pub name: String,
    /// Its namespace (`""`: none).
    pub namespace: String,
    /// Where that namespace deployed to (`None`: a namespace the table does not know).
    pub place: Option<Place>,
}

/// A logical legacy object and what became of it.
#[derive(Clone, Debug, Serialize)]
pub struct LogicalObject {
    /// Its label: the entry's id, or `<kind> <name>`.
    pub id: String,
    /// The category; `None` when unaccounted.
    pub category: Option<Category>,
    /// The status; `None` when unaccounted.
    pub status: Option<Status>,
    /// The reason's code; `None` when unaccounted.
    pub reason: Option<&'static str>,
    /// The chart objects it became, as named for release [`RELEASE`].
    pub became: Vec<String>,
    /// Every copy read.
    pub copies: Vec<Copy>,
}

impl LogicalObject {
    /// The distinct names of its copies.
    pub fn names(&self) -> BTreeSet<&str> {
        self.copies.iter().map(|c| c.name.as_str()).collect()
    }

    /// The distinct places of its copies.
    pub fn places(&self) -> BTreeSet<String> {
        self.copies.iter().map(|c| c.place.map_or_else(|| format!("? ({})", c.namespace), Place::word)).collect()
    }
}

/// One difference of a covered object in one environment.
#[derive(Clone, Debug, Serialize)]
pub struct Difference {
    /// The fact.
    pub fact: String,
    /// The change.
    pub delta: Delta,
    /// The code of the reason that explains it; `None`: unexplained.
    pub reason: Option<&'static str>,
}

/// A covered workload or Service compared in one environment.
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    /// The logical object.
    pub object: String,
    /// The environment.
    pub env: String,
    /// The legacy copy (`file: kind name`), if the environment had one.
    pub legacy: Option<String>,
    /// Why that copy (`migration::SOURCES`).
    pub why: Option<&'static str>,
    /// The chart object, if the environment renders one.
    pub chart: Option<String>,
    /// Every difference.
    pub differences: Vec<Difference>,
}

/// A file that did not parse whole, and what the lenient read found.
#[derive(Clone, Debug, Serialize)]
pub struct Unparsed {
    /// The file.
    pub file: String,
    /// Its lines.
    pub lines: usize,
    /// Why it did not parse.
    pub error: read::ParseError,
    /// What was read: one line per document.
    pub read: Vec<String>,
    /// The lines repaired to read it.
    pub repairs: Vec<read::Repair>,
    /// Documents nothing could read: (first line, last line).
    pub unreadable: Vec<(usize, usize)>,
}

/// How many files, documents and objects were read.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Input {
    /// Files read.
    pub files: usize,
    /// Of which by extension.
    pub by_extension: BTreeMap<String, usize>,
    /// Files that parsed whole.
    pub parsed: usize,
    /// Documents read (empty ones left out).
    pub documents: usize,
    /// Kubernetes objects among them.
    pub objects: usize,
    /// Other documents (values files, Prometheus files, dashboards).
    pub other_documents: usize,
}

/// One row of the totals: a category and a status (`None`: unaccounted).
#[derive(Clone, Debug, Serialize)]
pub struct Total {
    /// The category (`None`: unaccounted).
    pub category: Option<Category>,
    /// The status (`None`: unaccounted).
    pub status: Option<Status>,
    /// Logical objects.
    pub logical: usize,
    /// Legacy copies.
    pub copies: usize,
}

/// The comparison of a legacy directory with the chart.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The legacy directory, as given.
    pub legacy: String,
    /// The release the chart was rendered as.
    pub release: &'static str,
    /// The environments compared fact by fact.
    pub environments: Vec<String>,
    /// What was read.
    pub input: Input,
    /// The files that did not parse whole.
    pub unparsed: Vec<Unparsed>,
    /// Totals per category and status.
    pub totals: Vec<Total>,
    /// Every logical object, sorted by category, status and id.
    pub objects: Vec<LogicalObject>,
    /// Every covered workload and Service, per environment.
    pub comparisons: Vec<Comparison>,
    /// Where the table and the input disagree: a chart object no render
    /// has, a reference copy not found, an unknown namespace, a recorded
    /// difference that no longer occurs, an object two entries claim.
    pub problems: Vec<String>,
    /// Chart objects no entry claims (new in the chart), as `Kind name (environments)`.
    pub new_in_chart: Vec<String>,
    /// Every reason the report cites, in table order.
    pub reasons: Vec<Reason>,
}

impl Report {
    /// The logical objects no entry accounts for.
    pub fn unaccounted(&self) -> Vec<&LogicalObject> {
        self.objects.iter().filter(|o| o.status.is_none()).collect()
    }

    /// Every difference no recorded reason explains: (object, env, difference).
    pub fn unexplained(&self) -> Vec<(&str, &str, &Difference)> {
        self.comparisons
            .iter()
            .flat_map(|c| c.differences.iter().map(move |d| (c.object.as_str(), c.env.as_str(), d)))
            .filter(|(_, _, d)| d.reason.is_none())
            .collect()
    }

    /// Whether everything in scope is accounted for and explained, and the
    /// table agrees with the input and the chart.
    pub fn passes(&self) -> bool {
        self.unaccounted().is_empty() && self.unexplained().is_empty() && self.problems.is_empty()
    }
}

struct LegacyObject {
    copy: Copy,
    value: Value,
}

fn object_parts(value: &Value) -> Option<(String, String, String)> {
    let kind = value.get("kind")?.as_str()?;
    let name = value.get("metadata")?.get("name")?.as_str()?;
    let namespace = value["metadata"]["namespace"].as_str().unwrap_or("");
    Some((kind.to_string(), name.to_string(), namespace.to_string()))
}

/// A one-line summary of a document read: `Secret maily-secrets (no
/// namespace; data keys: a, b)` or `document with keys: global, ...`.
fn summary(value: &Value) -> String {
    let keys = |v: &Value| v.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>().join(", ")).unwrap_or_default();
    match object_parts(value) {
        Some((kind, name, namespace)) => {
            let ns = if namespace.is_empty() { "no namespace".to_string() } else { format!("namespace {namespace}") };
            let data = ["data", "stringData"]
                .iter()
                .filter(|k| value[**k].is_object())
                .map(|k| format!("; {k} keys: {}", keys(&value[*k])))
                .collect::<String>();
            format!("{kind} {name} ({ns}{data})")
        }
        None => match value.as_object() {
            Some(_) if value["groups"].is_array() => {
                let groups = value["groups"].as_array().map_or(0, Vec::len);
                let rules: Vec<&Value> = value["groups"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .flat_map(|g| g["rules"].as_array().into_iter().flatten())
                    .collect();
                let alerts: Vec<&str> = rules.iter().filter_map(|r| r["alert"].as_str()).collect();
                format!("a rules document: {groups} group(s), {} rule(s), alerts {}", rules.len(), alerts.join(", "))
            }
            Some(map) => format!("a document of {} top-level keys: {}", map.len(), keys(value)),
            None => "a document that is not a mapping".into(),
        },
    }
}

/// The chart's namespace for `env` (`maily-<env>` unless the table says otherwise).
pub fn target_namespace(env: &str) -> String {
    migration::TARGET_NAMESPACES
        .iter()
        .find(|(e, _)| *e == env)
        .map_or_else(|| format!("maily-{env}"), |(_, ns)| (*ns).to_string())
}

/// The source text of the code that computes the report from its inputs.
const CODE_TEXT: [&str; 3] = [include_str!("mod.rs"), include_str!("read.rs"), include_str!("facts.rs")];

/// A fingerprint of everything the default report is computed from: the
/// legacy files' paths and bytes below `dir`, the generated chart (`files`,
/// whose templates and values files decide every rendered object), and the
/// source of the code and table that compare them. Equal keys give equal
/// reports, so `gen` skips the comparison when the key is unchanged
/// (`gen compare` always compares).
///
/// # Errors
/// When the legacy directory or a file cannot be read.
pub fn inputs_key(dir: &Path, files: &std::collections::BTreeMap<String, String>) -> std::io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    let mut part = |bytes: &[u8]| {
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    };
    for source in CODE_TEXT.iter().chain(maily_chart::migration::SOURCE_TEXT.iter()) {
        part(source.as_bytes());
    }
    for (path, bytes) in read::raw_dir(dir)? {
        part(path.as_bytes());
        part(&bytes);
    }
    for (path, text) in files {
        part(path.as_bytes());
        part(text.as_bytes());
    }
    Ok(format!("{:x}", hash.finalize()))
}

/// Compares the legacy directory `dir` (shown as `label`) with the chart
/// rendered for every environment of `environments`; fact by fact only for
/// those named in `only` (every one when empty).
///
/// # Errors
/// When the directory or a file cannot be read, or an environment does not render.
pub fn compare(dir: &Path, label: &str, environments: &[Environment], only: &[String]) -> Result<Report, String> {
    let files = read::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    compare_files(&files, label, environments, only)
}

/// [`compare`] over files already read.
///
/// # Errors
/// When an environment does not render.
pub fn compare_files(
    files: &[read::File],
    label: &str,
    environments: &[Environment],
    only: &[String],
) -> Result<Report, String> {
    let mut problems = Vec::new();
    let mut input = Input { files: files.len(), ..Input::default() };
    let mut legacy: Vec<LegacyObject> = Vec::new();
    let mut unparsed = Vec::new();
    for file in files {
        let ext = file.path.rsplit('.').next().unwrap_or_default().to_string();
        *input.by_extension.entry(ext).or_default() += 1;
        if file.parses() {
            input.parsed += 1;
        }
        let mut others = 0;
        for doc in &file.documents {
            input.documents += 1;
            let (kind, name, namespace) = match object_parts(&doc.value) {
                Some(parts) => {
                    input.objects += 1;
                    parts
                }
                None => {
                    input.other_documents += 1;
                    others += 1;
                    let name =
                        if others == 1 { file.path.clone() } else { format!("{} (document {others})", file.path) };
                    ("Document".to_string(), name, String::new())
                }
            };
            let place = if kind == "Document" { Some(Place::Document) } else { migration::place_of(&kind, &namespace) };
            if place.is_none() {
                problems.push(format!(
                    "{}:{}: namespace `{namespace}` of {kind} {name} is not in migration::NAMESPACES",
                    file.path, doc.line
                ));
            }
            legacy.push(LegacyObject {
                copy: Copy { file: file.path.clone(), line: doc.line, kind, name, namespace, place },
                value: doc.value.clone(),
            });
        }
        if let Some(error) = &file.error {
            unparsed.push(Unparsed {
                file: file.path.clone(),
                lines: file.lines,
                error: error.clone(),
                read: file.documents.iter().map(|d| format!("line {}: {}", d.line, summary(&d.value))).collect(),
                repairs: file.documents.iter().flat_map(|d| d.repairs.iter().cloned()).collect(),
                unreadable: file.unreadable.iter().map(|u| (u.line, u.end_line)).collect(),
            });
        }
    }

    // Renders: every environment (chart objects must exist somewhere), fact
    // by fact for the chosen ones.
    let mut renders: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for env in environments {
        let release = Release::new(RELEASE, target_namespace(&env.name));
        let manifests = maily_chart::render::render(&env.values, &release)
            .map_err(|e| format!("environment `{}`: {}", env.name, e.join("; ")))?;
        renders.insert(env.name.clone(), manifests.into_iter().map(|m| m.object).collect());
    }
    let fullname = |env: &Environment| {
        maily_chart::common::names::fullname_of(&Release::new(RELEASE, target_namespace(&env.name)), &env.values)
    };
    let chart_name =
        |env: &Environment, suffix: &str| maily_chart::common::names::component_name_of(&fullname(env), suffix);

    // Grouping.
    let mut groups: BTreeMap<String, (Option<&'static Entry>, Vec<usize>)> = BTreeMap::new();
    for (i, object) in legacy.iter().enumerate() {
        let c = &object.copy;
        let named: Vec<&'static Entry> =
            ENTRIES.iter().filter(|e| !e.is_wildcard() && e.matches(&c.kind, &c.name, &c.namespace)).collect();
        if named.len() > 1 {
            problems.push(format!(
                "{}:{}: {} {} is claimed by {}",
                c.file,
                c.line,
                c.kind,
                c.name,
                named.iter().map(|e| e.id).collect::<Vec<_>>().join(" and ")
            ));
        }
        let entry = named
            .first()
            .copied()
            .or_else(|| ENTRIES.iter().find(|e| e.is_wildcard() && e.matches(&c.kind, &c.name, &c.namespace)));
        let id = entry.map_or_else(|| format!("{} {}", c.kind, c.name), |e| e.label(&c.kind, &c.name, &c.namespace));
        let group = groups.entry(id.clone()).or_insert((entry, Vec::new()));
        if group.0.map(|e| e.id) != entry.map(|e| e.id) {
            problems.push(format!(
                "{}:{}: {} {} is labelled `{id}` by two entries ({} and {}): pin its namespace in one of them",
                c.file,
                c.line,
                c.kind,
                c.name,
                group.0.map_or("none", |e| e.id),
                entry.map_or("none", |e| e.id)
            ));
        }
        group.1.push(i);
    }

    // The chart objects of the renders, and which entries claim them.
    let mut rendered: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for env in environments {
        let prefix = format!("{}-", fullname(env));
        for object in &renders[&env.name] {
            let (kind, name) =
                (object["kind"].as_str().unwrap_or("?"), object["metadata"]["name"].as_str().unwrap_or("?"));
            let suffix = name.strip_prefix(&prefix).unwrap_or(name);
            rendered.entry((kind.to_string(), suffix.to_string())).or_default().insert(env.name.clone());
        }
    }
    let mut claimed = BTreeSet::new();
    let mut objects = Vec::new();
    for (id, (entry, indices)) in &groups {
        let mut copies: Vec<Copy> = indices.iter().map(|i| legacy[*i].copy.clone()).collect();
        copies.sort();
        let mut became = Vec::new();
        if let Some(entry) = entry {
            for target in entry.became {
                claimed.insert((target.kind.to_string(), target.suffix.to_string()));
                match rendered.get(&(target.kind.to_string(), target.suffix.to_string())) {
                    Some(envs) => became.push(format!(
                        "{} {}-{} ({})",
                        target.kind,
                        RELEASE,
                        target.suffix,
                        envs.iter().cloned().collect::<Vec<_>>().join(", ")
                    )),
                    None => problems.push(format!(
                        "{id}: became {} {}-{}, which no environment renders",
                        target.kind, RELEASE, target.suffix
                    )),
                }
            }
        }
        objects.push(LogicalObject {
            id: id.clone(),
            category: entry.map(|e| e.category),
            status: entry.map(|e| e.status),
            reason: entry.map(|e| e.reason.code),
            became,
            copies,
        });
    }
    objects.sort_by(|a, b| (a.category, a.status, &a.id).cmp(&(b.category, b.status, &b.id)));
    for e in
        ENTRIES.iter().filter(|e| !e.is_wildcard() && !groups.values().any(|(g, _)| g.is_some_and(|g| g.id == e.id)))
    {
        problems.push(format!("{}: the migration table names it, but the legacy directory has no copy", e.id));
    }
    let new_in_chart: Vec<String> = rendered
        .iter()
        .filter(|(key, _)| !claimed.contains(*key))
        .map(|((kind, suffix), envs)| {
            format!("{kind} {RELEASE}-{suffix} ({})", envs.iter().cloned().collect::<Vec<_>>().join(", "))
        })
        .collect();

    // Fact by fact.
    let compared: Vec<&Environment> =
        environments.iter().filter(|e| only.is_empty() || only.contains(&e.name)).collect();
    let mut used = vec![false; DIFFERENCES.len()];
    let mut comparisons = Vec::new();
    for object in objects.iter().filter(|o| o.status == Some(Status::Covered)) {
        let Some((Some(entry), _)) = groups.get(&object.id) else { continue };
        let Some(kind) = ["Deployment", "Service"].into_iter().find(|k| entry.kinds.contains(k)) else { continue };
        for env in &compared {
            let source = SOURCES.iter().find(|s| s.object == entry.id && s.env == env.name);
            let legacy_object = source.and_then(|s| {
                let found =
                    legacy.iter().find(|o| o.copy.file == s.file && o.copy.name == s.name && o.copy.kind == kind);
                if found.is_none() {
                    problems.push(format!("{}: reference copy {} {} in {} not found", entry.id, kind, s.name, s.file));
                }
                found
            });
            let target = entry.became.iter().find(|t| t.kind == kind);
            let chart_object = target.and_then(|t| {
                let name = chart_name(env, t.suffix);
                renders[&env.name].iter().find(|o| o["kind"] == kind && o["metadata"]["name"] == name.as_str())
            });
            let mut deltas = Vec::new();
            match (legacy_object, chart_object) {
                (Some(l), Some(c)) => {
                    let (lf, cf) = match kind {
                        "Deployment" => {
                            let legacy_hpa = legacy.iter().find(|o| {
                                o.copy.kind == "HorizontalPodAutoscaler"
                                    && o.copy.namespace == l.copy.namespace
                                    && o.value["spec"]["scaleTargetRef"]["name"] == l.copy.name.as_str()
                            });
                            let chart_hpa = renders[&env.name].iter().find(|o| {
                                o["kind"] == "HorizontalPodAutoscaler"
                                    && o["spec"]["scaleTargetRef"]["name"] == c["metadata"]["name"]
                            });
                            (facts::workload(&l.value, legacy_hpa.map(|o| &o.value)), facts::workload(c, chart_hpa))
                        }
                        _ => {
                            let legacy_pods: Vec<&Value> = legacy
                                .iter()
                                .filter(|o| {
                                    matches!(o.copy.kind.as_str(), "Deployment" | "StatefulSet")
                                        && o.copy.namespace == l.copy.namespace
                                })
                                .map(|o| &o.value)
                                .collect();
                            let chart_pods: Vec<&Value> =
                                renders[&env.name].iter().filter(|o| o["kind"] == "Deployment").collect();
                            (facts::service(&l.value, &legacy_pods), facts::service(c, &chart_pods))
                        }
                    };
                    deltas = facts::diff(&lf, &cf);
                }
                (Some(_), None) => deltas
                    .push(("object".to_string(), Delta::Changed { legacy: "present".into(), chart: "absent".into() })),
                (None, Some(_)) => deltas
                    .push(("object".to_string(), Delta::Changed { legacy: "absent".into(), chart: "present".into() })),
                (None, None) => {}
            }
            let differences = deltas
                .into_iter()
                .map(|(fact, delta)| {
                    let found =
                        DIFFERENCES.iter().position(|x| x.explains(&object.id, &env.name, &fact, &delta.change()));
                    if let Some(i) = found {
                        used[i] = true;
                    }
                    Difference { reason: found.map(|i| DIFFERENCES[i].reason.code), fact, delta }
                })
                .collect();
            comparisons.push(Comparison {
                object: object.id.clone(),
                env: env.name.clone(),
                legacy: legacy_object.map(|o| format!("{}: {} {}", o.copy.file, o.copy.kind, o.copy.name)),
                why: legacy_object.and(source).map(|s| s.why),
                chart: chart_object.map(|o| format!("{kind} {}", o["metadata"]["name"].as_str().unwrap_or("?"))),
                differences,
            });
        }
    }
    if compared.len() == environments.len() {
        for (i, x) in DIFFERENCES.iter().enumerate().filter(|(i, _)| !used[*i]) {
            let envs = if x.envs.is_empty() { "every environment".to_string() } else { x.envs.join(", ") };
            problems.push(format!(
                "DIFFERENCES[{i}] ({} {} {:?} in {envs}) explains no difference: remove or correct it",
                x.object, x.fact, x.change
            ));
        }
    }

    // Totals.
    let mut totals: BTreeMap<(Option<Category>, Option<Status>), (usize, usize)> = BTreeMap::new();
    for o in &objects {
        let t = totals.entry((o.category, o.status)).or_default();
        t.0 += 1;
        t.1 += o.copies.len();
    }
    let totals = totals
        .into_iter()
        .map(|((category, status), (logical, copies))| Total { category, status, logical, copies })
        .collect();
    let cited: BTreeSet<&str> = objects
        .iter()
        .filter_map(|o| o.reason)
        .chain(comparisons.iter().flat_map(|c| c.differences.iter().filter_map(|d| d.reason)))
        .collect();
    Ok(Report {
        legacy: label.to_string(),
        release: RELEASE,
        environments: compared.iter().map(|e| e.name.clone()).collect(),
        input,
        unparsed,
        totals,
        objects,
        comparisons,
        problems,
        new_in_chart,
        reasons: REASONS.iter().filter(|r| cited.contains(r.code)).copied().collect(),
    })
}

/// The reason with code `code`.
pub fn reason(code: &str) -> Option<&'static Reason> {
    REASONS.iter().find(|r| r.code == code)
}

/// Escapes a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl Report {
    /// The report as Markdown: totals, unaccounted objects, unexplained
    /// differences, problems, the files that do not parse, the full table,
    /// the fact-by-fact comparisons, the reasons.
    pub fn markdown(&self) -> String {
        let mut t = String::new();
        let verdict = if self.passes() {
            "every in-scope legacy object is accounted for and every difference in the covered ones is explained"
        } else {
            "NOT CLEAN: see the unaccounted objects, unexplained differences and problems below"
        };
        t += &format!(
            "<!-- Generated by `cargo run --bin gen` (gen compare --legacy {}). Do not edit. -->\n\
             # Migration report: legacy manifests → the maily chart\n\n\
             Legacy input: `{}`. Chart: rendered as release `{}` for {} (namespaces {}).\n\
             Decisions: `maily-chart/src/migration/table.rs`. Verdict: **{verdict}**.\n\n",
            self.legacy,
            self.legacy,
            self.release,
            self.environments.join(", "),
            self.environments.iter().map(|e| format!("`{}`", target_namespace(e))).collect::<Vec<_>>().join(", "),
        );
        let i = &self.input;
        t += &format!(
            "Read: {} files ({}), {} parse whole and {} do not; {} documents: {} Kubernetes objects and {} other documents.\n\n",
            i.files,
            i.by_extension.iter().map(|(e, n)| format!("{n} .{e}")).collect::<Vec<_>>().join(", "),
            i.parsed,
            i.files - i.parsed,
            i.documents,
            i.objects,
            i.other_documents
        );

        // Totals.
        t += "## Totals\n\nLogical objects per category and status, legacy copies in parentheses. Each count is the number of rows\nof the [full table](#every-logical-object) with that category and status (and the sum of their copies).\n\n";
        t += "| Category | COVERED | CHANGED | MISSING | OUT-OF-SCOPE | unaccounted | total |\n|---|---|---|---|---|---|---|\n";
        let mut categories: Vec<Option<Category>> = Category::ALL.iter().copied().map(Some).collect();
        categories.push(None);
        let statuses: Vec<Option<Status>> = Status::ALL.iter().copied().map(Some).chain([None]).collect();
        let count = |c: Option<Category>, s: Option<Status>| {
            self.totals
                .iter()
                .filter(|x| x.category == c && x.status == s)
                .fold((0, 0), |(l, n), x| (l + x.logical, n + x.copies))
        };
        let fmt = |(l, n): (usize, usize)| if l == 0 { "–".to_string() } else { format!("{l} ({n})") };
        let mut column = vec![(0, 0); statuses.len()];
        for c in &categories {
            let row: Vec<(usize, usize)> = statuses.iter().map(|s| count(*c, *s)).collect();
            let sum = row.iter().fold((0, 0), |(a, b), (l, n)| (a + l, b + n));
            if sum.0 == 0 {
                continue;
            }
            for (k, v) in row.iter().enumerate() {
                column[k].0 += v.0;
                column[k].1 += v.1;
            }
            t += &format!(
                "| {} | {} | {} |\n",
                c.map_or("unaccounted", Category::word),
                row.iter().map(|v| fmt(*v)).collect::<Vec<_>>().join(" | "),
                fmt(sum)
            );
        }
        let all = column.iter().fold((0, 0), |(a, b), (l, n)| (a + l, b + n));
        t += &format!(
            "| **total** | {} | **{}** |\n\n",
            column.iter().map(|v| format!("**{}**", fmt(*v))).collect::<Vec<_>>().join(" | "),
            fmt(all)
        );
        let explained: usize = self.comparisons.iter().map(|c| c.differences.len()).sum();
        let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
        for d in self.comparisons.iter().flat_map(|c| &c.differences) {
            let word = d.reason.and_then(reason).map_or_else(|| "unexplained".to_string(), Reason::kind_words);
            *by_kind.entry(word).or_default() += 1;
        }
        t += &format!(
            "Fact by fact: {} comparisons (covered workload or Service × environment), {explained} differences: {}.\n\n",
            self.comparisons.len(),
            by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect::<Vec<_>>().join(", ")
        );

        // Unaccounted, unexplained, problems.
        let unaccounted = self.unaccounted();
        t += &format!("## Unaccounted legacy objects ({})\n\n", unaccounted.len());
        if unaccounted.is_empty() {
            t += "None: the migration table accounts for every logical object read.\n\n";
        } else {
            t += "| Logical object | Copies |\n|---|---|\n";
            for o in unaccounted {
                t += &format!("| {} | {} |\n", cell(&o.id), copies_cell(o));
            }
            t += "\n";
        }
        let unexplained = self.unexplained();
        t += &format!("## Unexplained differences ({})\n\n", unexplained.len());
        if unexplained.is_empty() {
            t += "None: a recorded reason explains every difference of every covered workload and Service.\n\n";
        } else {
            t += "| Object | Environment | Fact | Difference |\n|---|---|---|---|\n";
            for (object, env, d) in unexplained {
                t += &format!("| {} | {env} | `{}` | {} |\n", cell(object), d.fact, cell(&d.delta.text()));
            }
            t += "\n";
        }
        t += &format!("## Problems with the migration table ({})\n\n", self.problems.len());
        if self.problems.is_empty() {
            t += "None: every chart object the table names is rendered, every reference copy is found, every namespace is\nmapped, and every recorded difference still occurs.\n\n";
        } else {
            for p in &self.problems {
                t += &format!("- {p}\n");
            }
            t += "\n";
        }

        // Unparsed files.
        t += &format!("## Files that do not parse ({})\n\n", self.unparsed.len());
        t += "Each was read again document by document; where the parser stopped, a `key: value` line had its value read\nas text, or another line was skipped, and every such line is listed.\n\n";
        t += "| File | Where parsing failed | What was read | Lines repaired |\n|---|---|---|---|\n";
        for u in &self.unparsed {
            let mut read = u.read.clone();
            read.extend(u.unreadable.iter().map(|(a, b)| format!("lines {a}–{b}: unreadable")));
            t += &format!(
                "| `{}` ({} lines) | line {}: {} | {} | {} |\n",
                u.file,
                u.lines,
                u.error.line.map_or("?".into(), |l| l.to_string()),
                cell(u.error.message.split(" at line").next().unwrap_or(&u.error.message)),
                cell(&read.join("; ")),
                if u.repairs.is_empty() {
                    "none".to_string()
                } else {
                    u.repairs.iter().map(|r| format!("{} ({})", r.line, r.action)).collect::<Vec<_>>().join(", ")
                }
            );
        }
        t += "\n";

        // Full table.
        t += &format!(
            "## Every logical object\n\n{} rows. Places: the legacy namespace mapped by `migration::NAMESPACES` (production-like: `default` or no\nnamespace; platform: monitoring, vault, kyverno, gatekeeper-system, velero, argocd). Chart objects are named for release `{}`.\n\n",
            self.objects.len(),
            self.release
        );
        t += "| # | Logical object | Category | Status | Copies | Places | Became | Reason |\n|---|---|---|---|---|---|---|---|\n";
        for (n, o) in self.objects.iter().enumerate() {
            t += &format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                n + 1,
                cell(&o.id),
                o.category.map_or("–", Category::word),
                o.status.map_or("**unaccounted**", Status::word),
                copies_cell(o),
                o.places().into_iter().collect::<Vec<_>>().join(", "),
                if o.became.is_empty() { "–".to_string() } else { cell(&o.became.join("; ")) },
                o.reason.map_or("–".to_string(), |r| format!("[{r}](#{r})")),
            );
        }
        t += "\n";

        // Fidelity.
        t += "## Fact by fact: the covered workloads and Services\n\n";
        t += "Per environment, the legacy copy chosen for it (see `migration::SOURCES`: the `kubernetes/` copy whose namespace\nor file names the environment) against the chart's object. Facts equal on both sides are not listed.\n\n";
        let mut last = String::new();
        for c in &self.comparisons {
            if c.object != last {
                t += &format!("### {}\n\n", c.object);
                last = c.object.clone();
            }
            if c.legacy.is_none() && c.chart.is_none() {
                t += &format!("**{}**: neither the legacy nor the chart runs it there.\n\n", c.env);
                continue;
            }
            t += &format!(
                "**{}**: legacy {}; chart {}.\n\n",
                c.env,
                c.legacy.as_deref().map_or("none".to_string(), |l| match c.why {
                    Some(why) => format!("`{l}` ({why})"),
                    None => format!("`{l}`"),
                }),
                c.chart.as_deref().map_or("none".to_string(), |l| format!("`{l}`"))
            );
            if c.differences.is_empty() {
                t += "No difference.\n\n";
                continue;
            }
            t += "| Fact | Difference | Reason |\n|---|---|---|\n";
            for d in &c.differences {
                t += &format!(
                    "| `{}` | {} | {} |\n",
                    d.fact,
                    cell(&d.delta.text()),
                    d.reason.map_or("**unexplained**".to_string(), |r| format!("[{r}](#{r})"))
                );
            }
            t += "\n";
        }

        t += "## In the chart with no legacy counterpart\n\n";
        for o in &self.new_in_chart {
            t += &format!("- {o}\n");
        }
        t += "\n## Reasons\n\n";
        for r in &self.reasons {
            t += &format!("### {}\n\n*{}*. {}\n\n", r.code, r.kind_words(), r.text);
        }
        t.trim_end().to_string() + "\n"
    }
}

fn copies_cell(o: &LogicalObject) -> String {
    o.copies
        .iter()
        .map(|c| {
            let ns = if c.namespace.is_empty() { String::new() } else { format!(" ns {}", c.namespace) };
            let name = if c.kind == "Document" { String::new() } else { format!(" {} {}", c.kind, c.name) };
            format!("`{}:{}`{name}{ns}", c.file, c.line)
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> read::File {
        read::read_text(path, text)
    }

    fn object<'r>(report: &'r Report, id: &str) -> &'r LogicalObject {
        report.objects.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no logical object {id}"))
    }

    #[test]
    fn copies_of_one_role_across_files_and_namespaces_are_one_logical_object() {
        let files = [
            file(
                "kubernetes/a.yaml",
                "kind: Deployment\nmetadata: {name: maily-api, namespace: staging}\n---\nkind: Deployment\nmetadata: {name: api, namespace: maily}\n",
            ),
            file("infrastructure/b.yaml", "kind: Deployment\nmetadata: {name: maily-backend}\n"),
            file("kubernetes/c.yaml", "kind: Service\nmetadata: {name: maily-api, namespace: staging}\n"),
        ];
        let report = compare_files(&files, "test", &crate::tests::environments(), &[]).expect("renders");
        let api = object(&report, "Deployment api");
        assert_eq!(api.status, Some(Status::Covered));
        let copies: Vec<(&str, usize, &str, Option<Place>)> =
            api.copies.iter().map(|c| (c.file.as_str(), c.line, c.namespace.as_str(), c.place)).collect();
        assert_eq!(
            copies,
            [
                ("infrastructure/b.yaml", 1, "", Some(Place::ProductionLike)),
                ("kubernetes/a.yaml", 1, "staging", Some(Place::Env("staging"))),
                ("kubernetes/a.yaml", 4, "maily", Some(Place::Env("production"))),
            ]
        );
        assert_eq!(api.names(), ["api", "maily-api", "maily-backend"].into_iter().collect());
        assert_eq!(api.became, ["Deployment maily-api (development, production, staging)"]);
        // Same name, another kind: another logical object.
        assert_eq!(object(&report, "Service api").copies.len(), 1);
    }

    #[test]
    fn unknown_objects_are_unaccounted_and_unknown_namespaces_reported() {
        let files = [file(
            "x.yaml",
            "kind: Deployment\nmetadata: {name: brand-new, namespace: maily}\n---\nkind: ConfigMap\nmetadata: {name: cm, namespace: elsewhere}\n",
        )];
        let report = compare_files(&files, "test", &crate::tests::environments(), &[]).expect("renders");
        let unaccounted: Vec<&str> = report.unaccounted().iter().map(|o| o.id.as_str()).collect();
        assert_eq!(unaccounted, ["ConfigMap cm", "Deployment brand-new"]);
        assert!(report.problems.iter().any(|p| p.contains("namespace `elsewhere`")), "{:?}", report.problems);
        assert!(!report.passes());
        let total: usize = report.totals.iter().filter(|t| t.status.is_none()).map(|t| t.logical).sum();
        assert_eq!(total, 2);
    }

    #[test]
    fn wildcard_and_each_entries_make_one_logical_object_per_name() {
        let files = [file(
            "p.yaml",
            "kind: ClusterPolicy\nmetadata: {name: a}\n---\nkind: ClusterPolicy\nmetadata: {name: b}\n---\nkind: ClusterPolicy\nmetadata: {name: a}\n",
        )];
        let report = compare_files(&files, "test", &crate::tests::environments(), &[]).expect("renders");
        assert_eq!(object(&report, "ClusterPolicy a").copies.len(), 2);
        assert_eq!(object(&report, "ClusterPolicy b").status, Some(Status::OutOfScope));
        assert_eq!(object(&report, "ClusterPolicy b").copies[0].place, Some(Place::Cluster));
    }

    #[test]
    fn a_name_an_entry_pins_to_one_namespace_is_labelled_with_it() {
        let files = [file(
            "v.yaml",
            "kind: ServiceAccount\nmetadata: {name: vault-auth, namespace: default}\n---\nkind: ServiceAccount\nmetadata: {name: vault-auth, namespace: maily-production}\n",
        )];
        let report = compare_files(&files, "test", &crate::tests::environments(), &[]).expect("renders");
        assert_eq!(object(&report, "ServiceAccount vault-auth in default").status, Some(Status::OutOfScope));
        assert_eq!(object(&report, "ServiceAccount vault-auth in maily-production").status, Some(Status::Changed));
        assert!(!report.problems.iter().any(|p| p.contains("two entries")), "{:?}", report.problems);
    }

    #[test]
    fn non_objects_are_documents_named_by_their_file() {
        let files = [file("infrastructure/helm/maily/Chart.yaml", "apiVersion: v2\nname: maily\n")];
        let report = compare_files(&files, "test", &crate::tests::environments(), &[]).expect("renders");
        let doc = object(&report, "Document partial chart metadata");
        assert_eq!(doc.status, Some(Status::Changed));
        assert_eq!(doc.copies[0].place, Some(Place::Document));
    }

    /// The staging api copy as the legacy wrote it, with `port` as its container port.
    fn staging_api(port: u16) -> read::File {
        file(
            "kubernetes/deployments/maily-api-staging.yaml",
            &format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: maily-api, namespace: staging}}\n\
                 spec:\n  replicas: 2\n  selector: {{matchLabels: {{app: maily-api}}}}\n  template:\n\
                 \x20   metadata: {{labels: {{app: maily-api}}}}\n    spec:\n      containers:\n\
                 \x20     - name: maily-api\n        image: maily/api:v1.0.0\n        ports: [{{containerPort: {port}}}]\n"
            ),
        )
    }

    #[test]
    fn each_difference_is_explained_by_the_table_or_reported_unexplained() {
        let report = compare_files(&[staging_api(8000)], "test", &crate::tests::environments(), &["staging".into()])
            .expect("renders");
        let staging =
            report.comparisons.iter().find(|c| c.object == "Deployment api" && c.env == "staging").expect("compared");
        let reason_of = |fact: &str, text: &str| {
            staging
                .differences
                .iter()
                .find(|d| d.fact == fact && d.delta.text() == text)
                .unwrap_or_else(|| panic!("no {fact} {text}: {:?}", staging.differences))
                .reason
        };
        assert_eq!(reason_of("image", "maily/api:v1.0.0 → docker.io/maily/api:v1.0.0"), Some("one-registry"));
        assert_eq!(reason_of("ports", "+ http 8000/TCP"), Some("named-ports"));
        assert_eq!(reason_of("replicas", "2 → HPA 2-5"), Some("hpa-bounds"));
        // This copy has no probes: the chart's are an unexplained difference.
        assert_eq!(reason_of("livenessProbe.action", "none → GET /health :8000"), None);

        let moved = compare_files(&[staging_api(9000)], "test", &crate::tests::environments(), &["staging".into()])
            .expect("renders");
        let unexplained: Vec<String> = moved
            .unexplained()
            .iter()
            .filter(|(o, _, _)| *o == "Deployment api")
            .map(|(_, env, d)| format!("{env} {} {}", d.fact, d.delta.text()))
            .collect();
        assert!(unexplained.contains(&"staging ports − 9000/TCP".to_string()), "{unexplained:?}");
        assert!(!moved.passes());
    }

    #[test]
    fn a_chart_object_the_table_names_must_be_rendered() {
        // Development alone renders no NetworkPolicy: the table's claim fails.
        let files = [file("n.yaml", "kind: NetworkPolicy\nmetadata: {name: allow-dns, namespace: maily}\n")];
        let development: Vec<Environment> =
            crate::tests::environments().into_iter().filter(|e| e.name == "development").collect();
        let report = compare_files(&files, "test", &development, &[]).expect("renders");
        assert!(
            report.problems.iter().any(|p| p.contains("NetworkPolicy maily-allow-dns, which no environment renders")),
            "{:?}",
            report.problems
        );
    }
}
