//! Writing `out/` atomically, and checking it without writing.
//!
//! `gen` builds the new chart in a sibling temporary directory and swaps it
//! in with two renames, so an error at any point leaves `out/` as it was.
//! Nothing is touched when every file is already fresh.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use similar::TextDiff;

/// The state of one file of `out/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// On disk, byte for byte what `gen` writes.
    Fresh,
    /// On disk with other bytes.
    Stale,
    /// Not on disk.
    Missing,
    /// On disk, but `gen` does not write it.
    Orphan,
}

/// The status of every file, by path relative to `out/`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Path to status, sorted by path.
    pub files: BTreeMap<String, Status>,
    /// Unified diffs of the stale files (on disk → generated).
    pub diffs: BTreeMap<String, String>,
}

impl Report {
    /// Whether any file is stale, missing or orphan.
    pub fn needs_regeneration(&self) -> bool {
        self.files.values().any(|s| *s != Status::Fresh)
    }

    /// "14 files: 12 fresh, 1 stale, 1 orphan".
    pub fn summary(&self) -> String {
        let count = |status| self.files.values().filter(|s| **s == status).count();
        let mut parts = vec![format!("{} fresh", count(Status::Fresh))];
        for (status, word) in [(Status::Stale, "stale"), (Status::Missing, "missing"), (Status::Orphan, "orphan")] {
            if count(status) > 0 {
                parts.push(format!("{} {word}", count(status)));
            }
        }
        format!("{} files: {}", self.files.len(), parts.join(", "))
    }
}

/// Every file below `dir`, as paths relative to `root` with `/` separators.
/// Hidden entries at the top of `root` (the generator's temporary
/// directories) are skipped.
fn files_below(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let rel = path.strip_prefix(root).expect("below root").to_string_lossy().replace('\\', "/");
        if dir == root && rel.starts_with(".gen-") {
            continue;
        }
        if path.is_dir() {
            files_below(root, &path, out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// Compares `files` (relative to `out`) with what is on disk.
///
/// # Errors
/// When `out` cannot be read.
pub fn check(out: &Path, files: &BTreeMap<String, String>) -> io::Result<Report> {
    let mut report = Report::default();
    for (path, text) in files {
        let status = match fs::read(out.join(path)) {
            Ok(bytes) if bytes == text.as_bytes() => Status::Fresh,
            Ok(bytes) => {
                let old = String::from_utf8_lossy(&bytes);
                let diff = TextDiff::from_lines(old.as_ref(), text.as_str())
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/out/{path}"), &format!("b/out/{path}"))
                    .to_string();
                report.diffs.insert(path.clone(), diff);
                Status::Stale
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Status::Missing,
            Err(e) => return Err(e),
        };
        report.files.insert(path.clone(), status);
    }
    let mut on_disk = Vec::new();
    files_below(out, out, &mut on_disk)?;
    for path in on_disk {
        report.files.entry(path).or_insert(Status::Orphan);
    }
    Ok(report)
}

/// Makes `out` hold exactly `files`, atomically. Returns the report of what
/// was out of date before (all fresh: nothing was written).
///
/// # Errors
/// I/O errors; `out` is then as it was (a leftover `out/.gen-*` directory
/// may remain and is removed by the next run).
pub fn write(out: &Path, files: &BTreeMap<String, String>) -> io::Result<Report> {
    let report = check(out, files)?;
    if !report.needs_regeneration() {
        return Ok(report);
    }
    fs::create_dir_all(out)?;
    for entry in fs::read_dir(out)? {
        let path = entry?.path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(".gen-")) {
            fs::remove_dir_all(&path)?;
        }
    }
    let pid = std::process::id();
    let staging = out.join(format!(".gen-new-{pid}"));
    for (path, text) in files {
        let target = staging.join(path);
        fs::create_dir_all(target.parent().expect("files have a parent"))?;
        fs::write(&target, text)?;
    }
    // Swap each top-level entry (the chart directory) with two renames.
    let mut tops: Vec<PathBuf> = Vec::new();
    for entry in fs::read_dir(&staging)? {
        tops.push(entry?.path());
    }
    let mut on_disk = Vec::new();
    files_below(out, out, &mut on_disk)?;
    let old = out.join(format!(".gen-old-{pid}"));
    fs::create_dir_all(&old)?;
    for top in &tops {
        let name = top.file_name().expect("named");
        let current = out.join(name);
        if current.exists() {
            fs::rename(&current, old.join(name))?;
        }
        if let Err(e) = fs::rename(top, &current) {
            // Put the old one back before reporting.
            let _ = fs::rename(old.join(name), &current);
            return Err(e);
        }
    }
    // Top-level orphans (files or directories gen no longer writes).
    for path in on_disk {
        let first = path.split('/').next().unwrap_or_default().to_string();
        if !tops.iter().any(|t| t.file_name().is_some_and(|n| n.to_string_lossy() == first)) {
            let p = out.join(&first);
            if p.is_dir() { fs::remove_dir_all(&p)? } else if p.exists() { fs::remove_file(&p)? }
        }
    }
    fs::remove_dir_all(&old)?;
    fs::remove_dir_all(&staging)?;
    Ok(report)
}
