//! Writing `out/maily` atomically, and checking it without writing.
//!
//! `gen` builds the new chart in a sibling temporary directory and swaps it
//! in with two renames, so an error at any point leaves `out/` as it was.
//! Nothing is touched when every file is already fresh, and nothing in `out/`
//! besides the chart directory (and gen's own `.gen-*` entries) is touched.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

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

/// The top-level entries of `out` that `gen` owns: the first segment of
/// every generated path (`maily`). Nothing else in `out` is read or touched,
/// so `--out` may point at a directory shared with other files.
fn owned_tops(files: &BTreeMap<String, String>) -> BTreeSet<String> {
    files.keys().filter_map(|p| p.split('/').next()).map(str::to_string).collect()
}

/// Every file below `dir`, as paths relative to `root` with `/` separators.
fn files_below(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files_below(root, &path, out)?;
        } else {
            out.push(path.strip_prefix(root).expect("below root").to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Compares `files` (relative to `out`) with what is on disk in the
/// directories gen owns.
///
/// # Errors
/// When `out` cannot be read.
pub fn check(out: &Path, files: &BTreeMap<String, String>) -> io::Result<Report> {
    check_as(out, "out", files)
}

/// [`check`], with diff headers naming `label/<path>` (the directory as the
/// user gave it).
///
/// # Errors
/// When `out` cannot be read.
pub fn check_as(out: &Path, label: &str, files: &BTreeMap<String, String>) -> io::Result<Report> {
    let mut report = Report::default();
    for (path, text) in files {
        let status = match fs::read(out.join(path)) {
            Ok(bytes) if bytes == text.as_bytes() => Status::Fresh,
            Ok(bytes) => {
                let old = String::from_utf8_lossy(&bytes);
                let diff = TextDiff::from_lines(old.as_ref(), text.as_str())
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{label}/{path}"), &format!("b/{label}/{path}"))
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
    for top in owned_tops(files) {
        files_below(out, &out.join(top), &mut on_disk)?;
    }
    for path in on_disk {
        report.files.entry(path).or_insert(Status::Orphan);
    }
    Ok(report)
}

/// An exclusive lock on the `out` directory itself (flock), held until
/// dropped: concurrent runs on the same directory take turns, whatever their
/// user or temporary directory.
fn lock(out: &Path) -> io::Result<fs::File> {
    let dir = fs::File::open(out)?;
    dir.lock()?;
    Ok(dir)
}

/// Replaces `current` with `new` in one step. On Linux, both exist after the
/// call with their contents exchanged (`renameat2(RENAME_EXCHANGE)`), so no
/// reader ever sees `current` missing; elsewhere, two renames.
fn swap_in(new: &Path, current: &Path, old: &Path) -> io::Result<()> {
    if !current.exists() {
        return fs::rename(new, current);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        renameat_with(CWD, new, CWD, current, RenameFlags::EXCHANGE)?;
        // `new` now holds the previous chart.
        fs::rename(new, old)
    }
    #[cfg(not(target_os = "linux"))]
    {
        fs::rename(current, old)?;
        fs::rename(new, current).inspect_err(|_| {
            let _ = fs::rename(old, current);
        })
    }
}

/// Makes the directories gen owns in `out` hold exactly `files`, each swapped
/// in atomically (see [`swap_in`]). Returns the report of what was out of
/// date before (all fresh: nothing was written). Concurrent runs take turns
/// (see [`lock`]).
///
/// # Errors
/// I/O errors; `out/maily` is then as it was (a leftover `out/.gen-*`
/// directory may remain and is removed by the next run).
pub fn write(out: &Path, files: &BTreeMap<String, String>) -> io::Result<Report> {
    let report = check(out, files)?;
    if !report.needs_regeneration() {
        return Ok(report);
    }
    fs::create_dir_all(out)?;
    let _lock = lock(out)?;
    // Another run may have written while we waited.
    if !check(out, files)?.needs_regeneration() {
        return Ok(report);
    }
    // Leftovers of a run that died; safe to remove while we hold the lock.
    for entry in fs::read_dir(out)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if name.starts_with(".gen-new-") || name.starts_with(".gen-old-") {
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
    let old = out.join(format!(".gen-old-{pid}"));
    fs::create_dir_all(&old)?;
    for top in owned_tops(files) {
        swap_in(&staging.join(&top), &out.join(&top), &old.join(&top))?;
    }
    // The new chart is in place; failing to tidy up is not an error of the run.
    let _ = fs::remove_dir_all(&old);
    let _ = fs::remove_dir_all(&staging);
    Ok(report)
}

/// A single generated file (the migration report) against `text`: `None`
/// when the bytes on disk are exactly `text` (a missing file counts as
/// empty), else a unified diff from disk to `text`. Byte for byte on purpose,
/// like [`check`].
///
/// # Errors
/// When the file exists but cannot be read.
pub fn file_diff(path: &Path, text: &str) -> io::Result<Option<String>> {
    let on_disk = match fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    if on_disk == text {
        return Ok(None);
    }
    let shown = path.display().to_string();
    Ok(Some(
        TextDiff::from_lines(on_disk.as_str(), text)
            .unified_diff()
            .context_radius(2)
            .header(&format!("a/{shown}"), &format!("b/{shown}"))
            .to_string(),
    ))
}

/// Writes `text` to `path` through a sibling temporary file and a rename, so
/// a reader never sees half a file.
///
/// # Errors
/// When the directory cannot be created or the file written or renamed.
pub fn write_file(path: &Path, text: &str) -> io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    let part = path.with_extension(format!("part-{}", std::process::id()));
    fs::write(&part, text)?;
    fs::rename(&part, path)
}
