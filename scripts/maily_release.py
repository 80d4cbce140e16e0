"""What scripts/deploy and scripts/rollback share (Python 3 standard library only).

- the environment registry, read from `gen environments` (one line
  `<environment> <namespace>` per environment): an unknown environment, or a
  namespace other than the environment's, is refused with exit code 2;
- the tools: `gen` (`$MAILY_GEN`, a built gen binary, else
  `cargo run -q --bin gen --` in the workspace), helm (`$MAILY_HELM`, else the
  pinned `.tools/bin/helm`, else `helm` on PATH), with its major (3 or 4) from
  `helm version`, which decides the atomic flags:
  Helm 4 `--rollback-on-failure --wait=watcher`, Helm 3 `--atomic --wait`
  (https://helm.sh/docs/helm/helm_upgrade/);
- a release's manifest (`helm get manifest`, empty when there is no release)
  and an object-by-object diff of two manifests (for the rollback).

Exit codes of both scripts: 0 done; 1 failed (a helm or gen step failed, the
upgrade failed and was rolled back, `helm test` failed); 2 refused (usage, an
unknown environment, a namespace that is not the environment's, a revision
that is not in the history); 3 (deploy) `out/` is stale or changed without
its version bump.
"""

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHART = ROOT / "out" / "maily"
RELEASE = "maily"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2
EXIT_STALE = 3

# gen's own exit codes (maily-chart-gen/src/cli.rs): `--check` found out/ stale;
# the chart changed without a version bump.
GEN_STALE = 3
GEN_UNBUMPED = 6


class Refused(Exception):
    """A refusal (exit 2, or the code given): the message says what and why."""

    def __init__(self, message, code=EXIT_REFUSED):
        super().__init__(message)
        self.code = code


class Failed(Exception):
    """A failed step (exit 1, or the code given): the message says which and why."""

    def __init__(self, message, code=EXIT_FAILED):
        super().__init__(message)
        self.code = code


def say(script, message, err=False):
    print(f"{script}: {message}", file=sys.stderr if err else sys.stdout, flush=True)


def run(command, check=True, capture=True, cwd=None, env=None):
    """Runs `command` (with `env` added to the environment); its CompletedProcess.
    Fails (exit 1) with what it printed when `check`."""
    try:
        result = subprocess.run(command, capture_output=capture, text=True, cwd=cwd,
                                env={**os.environ, **env} if env else None)
    except FileNotFoundError as e:
        raise Failed(f"{command[0]} does not run: {e}") from e
    if check and result.returncode != 0:
        printed = (result.stderr or "") + (result.stdout or "") if capture else ""
        raise Failed(f"`{' '.join(command)}` exited with {result.returncode}:\n{printed}".rstrip())
    return result


def gen_command():
    """The `gen` command: `$MAILY_GEN`, else `cargo run -q --bin gen --` (run in the workspace)."""
    built = os.environ.get("MAILY_GEN")
    if built:
        return [built]
    return ["cargo", "run", "-q", "--locked", "--bin", "gen", "--"]


def gen(*words, check=True, env=None):
    return run(gen_command() + list(words), check=check, cwd=ROOT, env=env)


def tool(env_var, pinned, name):
    """`$<env_var>`, else `<workspace>/.tools/bin/<pinned>`, else `name` on PATH."""
    given = os.environ.get(env_var)
    if given:
        return given
    local = ROOT / ".tools" / "bin" / pinned
    if local.is_file():
        return str(local)
    found = shutil.which(name)
    if found:
        return found
    raise Failed(f"{name} not found: set ${env_var}, run scripts/install-tools, or put {name} on PATH")


def environments():
    """{environment: namespace}, from `gen environments`."""
    out = gen("environments").stdout
    registry = {}
    for line in out.splitlines():
        words = line.split()
        if len(words) != 2:
            raise Failed(f"`gen environments` printed an unexpected line: {line!r}")
        registry[words[0]] = words[1]
    if not registry:
        raise Failed("`gen environments` printed no environment")
    return registry


def namespace_of(environment, namespace):
    """The namespace to use for `environment`; refuses an unknown environment
    or a `namespace` other than its own (exit 2)."""
    registry = environments()
    if environment not in registry:
        known = ", ".join(sorted(registry))
        raise Refused(f"unknown environment `{environment}` (known: {known})")
    own = registry[environment]
    if namespace is not None and namespace != own:
        raise Refused(
            f"environment `{environment}` is installed in namespace `{own}`, not `{namespace}` "
            f"(the namespaces come from the environment registry: `cargo run --bin gen -- environments`)"
        )
    return own


class Helm:
    """The helm binary, its major, and the arguments every call gets."""

    def __init__(self, namespace, kube_context=None):
        self.binary = tool("MAILY_HELM", "helm", "helm")
        self.namespace = namespace
        self.kube_context = kube_context
        version = run([self.binary, "version", "--template", "{{.Version}}"]).stdout.strip()
        match = re.match(r"v(\d+)\.", version)
        if not match or match.group(1) not in ("3", "4"):
            raise Failed(f"{self.binary} reports version {version!r}: Helm 3 or 4 is needed")
        self.version = version
        self.major = int(match.group(1))

    def command(self, *words):
        command = [self.binary, *words, "-n", self.namespace]
        if self.kube_context:
            command += ["--kube-context", self.kube_context]
        return command

    def run(self, *words, check=True, capture=True):
        return run(self.command(*words), check=check, capture=capture)

    def wait_flags(self):
        """`--wait` as each major spells it: Helm 4's watcher (kstatus) or Helm 3's."""
        return ["--wait=watcher"] if self.major == 4 else ["--wait"]

    def atomic_flags(self):
        """Roll back a failed upgrade: Helm 4 `--rollback-on-failure`, Helm 3 `--atomic`."""
        return (["--rollback-on-failure"] if self.major == 4 else ["--atomic"]) + self.wait_flags()

    def manifest(self, release, revision=None):
        """`helm get manifest` (of `revision`, else the latest); "" when there is no release."""
        words = ["get", "manifest", release] + (["--revision", str(revision)] if revision else [])
        result = self.run(*words, check=False)
        if result.returncode == 0:
            return result.stdout
        if "not found" in result.stderr:
            return ""
        raise Failed(f"`{' '.join(self.command(*words))}` exited with {result.returncode}:\n{result.stderr}")

    def history(self, release):
        """`helm history -o json`: [{revision, status, chart, app_version, description, updated}], oldest first;
        [] when there is no release."""
        result = self.run("history", release, "-o", "json", "--max", "256", check=False)
        if result.returncode != 0:
            if "not found" in result.stderr:
                return []
            raise Failed(f"helm history {release} exited with {result.returncode}:\n{result.stderr}")
        return sorted(json.loads(result.stdout), key=lambda r: r["revision"])


def history_line(entry):
    """One line of `helm history`: revision, status, chart, description."""
    return (
        f"revision {entry['revision']}  {entry['status']}  {entry.get('chart', '')}  "
        f"{entry.get('updated', '')}  {entry.get('description', '')}"
    )


# ------------------------------------------------------------------ manifests

def manifest_objects(text):
    """{"Kind name": document text} of a Helm manifest (documents split on `---`;
    kind and metadata.name read from their top-level lines; `# Source:` comments dropped)."""
    objects = {}
    for document in re.split(r"^---\s*$", text, flags=re.MULTILINE):
        lines = [line for line in document.splitlines() if not line.startswith("# Source:")]
        body = "\n".join(lines).strip("\n")
        if not body.strip():
            continue
        kind = next((m.group(1) for m in map(re.compile(r"^kind:\s*['\"]?([^'\"\s]+)").match, lines) if m), None)
        name = None
        in_metadata = False
        for line in lines:
            if re.match(r"^metadata:\s*$", line):
                in_metadata = True
                continue
            if in_metadata:
                m = re.match(r"^  name:\s*['\"]?([^'\"\s]+)", line)
                if m:
                    name = m.group(1)
                    break
                if line and not line.startswith(" "):
                    in_metadata = False
        objects[f"{kind or '?'} {name or '?'}"] = body + "\n"
    return objects


def pod_template(document):
    """The `  template:` block of a workload's spec (its pod template), or ""."""
    lines = document.splitlines()
    for i, line in enumerate(lines):
        if line == "  template:":
            block = [line]
            for rest in lines[i + 1:]:
                if rest and not rest.startswith("   "):
                    break
                block.append(rest)
            return "\n".join(block)
    return ""


def manifest_diff(before, after, label_before, label_after, title):
    """Object by object: `+ Kind name` (only in `after`), `- Kind name` (only in
    `before`), `~ Kind name` with a unified diff; then one summary line
    `<title>: N added, N removed, N changed; pods roll: Deployment/x, ...`
    (the workloads whose pod template changes). Returns the text."""
    old, new = manifest_objects(before), manifest_objects(after)
    out, rolls = [], []
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(old) & set(new) if old[k] != new[k])
    for k in removed:
        out.append(f"- {k}")
    for k in added:
        out.append(f"+ {k}")
    for k in changed:
        out.append(f"~ {k}")
        diff = difflib.unified_diff(
            old[k].splitlines(), new[k].splitlines(), f"{label_before}/{k}", f"{label_after}/{k}", lineterm=""
        )
        out.extend(f"    {line}" for line in diff)
        kind, name = k.split(" ", 1)
        if kind in ("Deployment", "StatefulSet", "DaemonSet") and pod_template(old[k]) != pod_template(new[k]):
            rolls.append(f"{kind}/{name}")
    out.append(
        f"{title}: {len(added)} added, {len(removed)} removed, {len(changed)} changed; "
        f"pods roll: {', '.join(rolls) if rolls else 'none'}"
    )
    return "\n".join(out) + "\n"


def main(script, body):
    """Runs `body()` (which returns an exit code); turns Refused and Failed into messages and codes."""
    try:
        return body()
    except Refused as e:
        say(script, f"refused: {e}", err=True)
        return e.code
    except Failed as e:
        say(script, f"failed: {e}", err=True)
        return e.code
    except KeyboardInterrupt:
        say(script, "interrupted", err=True)
        return EXIT_FAILED
