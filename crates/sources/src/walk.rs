//! Lazy recursive folder walk in path order, skipping hidden entries.

use std::fs;
use std::path::{Path, PathBuf};

use crate::local::io_reason;
use crate::SourceError;

/// Yields the files under a folder, depth first with each folder's entries
/// sorted by name, which is the order of their paths. Entries whose name
/// starts with `.` are skipped; so are symbolic links to folders (no loops).
/// Only one folder listing per level is held at a time.
pub(crate) struct Walk {
    /// Pending entries of each open folder, reversed (next one last).
    stack: Vec<Vec<PathBuf>>,
    /// The root, listed on the first call.
    root: Option<PathBuf>,
}

impl Walk {
    pub fn new(root: &Path) -> Walk {
        Walk {
            stack: Vec::new(),
            root: Some(root.to_path_buf()),
        }
    }

    fn push_dir(&mut self, dir: &Path) -> Result<(), SourceError> {
        let err = |e: std::io::Error| SourceError::new(dir.display().to_string(), io_reason(&e));
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            entries.push(entry.path());
        }
        entries.sort_by(|a, b| b.file_name().cmp(&a.file_name()));
        self.stack.push(entries);
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Result<PathBuf, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(root) = self.root.take() {
            if let Err(e) = self.push_dir(&root) {
                return Some(Err(e));
            }
        }
        loop {
            let top = self.stack.last_mut()?;
            let Some(path) = top.pop() else {
                self.stack.pop();
                continue;
            };
            let link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    if link {
                        continue;
                    }
                    if let Err(e) = self.push_dir(&path) {
                        return Some(Err(e));
                    }
                }
                Ok(m) if m.is_file() => return Some(Ok(path)),
                // Sockets, FIFOs, devices: not documents.
                Ok(_) => continue,
                Err(e) => {
                    return Some(Err(SourceError::new(
                        path.display().to_string(),
                        io_reason(&e),
                    )))
                }
            }
        }
    }
}
