//! detente's fuzz targets; see `targets.rs`, `run.sh` and RELIABILITY.md.

mod targets;
pub use targets::*;
