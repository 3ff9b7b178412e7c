//! The hash command family.

use super::Command;

/// This family's commands.
pub const COMMANDS: &[Command] = &[];
