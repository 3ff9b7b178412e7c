//! `cinnabar-conformance`: transcript cases recorded from real Redis and replayed
//! against Cinnabar.
//!
//! A case (`cases/<family>/<name>.case`, format in [`case`] and the README) is a list of
//! commands for one or more clients, with clock advances, raw protocol bytes and reply
//! canonicalisation. The recorder (`tests/record.rs`) runs every case against a real
//! redis-server and stores the rendered transcript as an insta snapshot
//! (`snapshots/<family>/<name>.snap`). The runners replay the same cases against the
//! core in process ([`inprocess`], virtual clock, random input splits) and against each
//! runtime binary over TCP ([`tcp`]), and compare with those snapshots ([`suite`]).

pub mod case;
pub mod frame;
pub mod inprocess;
pub mod render;
pub mod run;
pub mod sim;
pub mod suite;
pub mod tcp;

use std::path::PathBuf;

/// The three runtime binaries the TCP runner tests.
pub const BINARIES: &[&str] = &["cinnabar", "cinnabar-async-std", "cinnabar-std"];

/// Where to look for the runtime binary `name`: `$CINNABAR_BIN_DIR/<name>` if that is
/// set, else the cargo target directory the running test executable lives in
/// (`target/<profile>/`), else `$CARGO_TARGET_DIR/debug/`.
pub fn locate_binary(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(d) = std::env::var_os("CINNABAR_BIN_DIR") {
        dirs.push(PathBuf::from(d));
    } else {
        if let Ok(exe) = std::env::current_exe() {
            // target/<profile>/deps/<test>-<hash>
            if let Some(profile_dir) = exe.parent().and_then(|d| d.parent()) {
                dirs.push(profile_dir.to_path_buf());
            }
        }
        if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
            dirs.push(PathBuf::from(t).join("debug"));
        }
    }
    dirs.into_iter()
        .map(|d| d.join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
        .find(|p| p.is_file())
}
