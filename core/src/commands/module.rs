//! MODULE (LIST HELP LOAD LOADEX UNLOAD): Cinnabar loads no modules, so the list is
//! always empty, loading always fails and there is nothing to unload, with Redis
//! 7.0's replies. LOAD, LOADEX and UNLOAD are refused first unless
//! `enable-module-command` allows the client (Redis checks that before
//! authentication and counts it as a rejected call; here the handler checks it).

use super::flags::*;
use super::{Command, Ctx, container};

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[Command::new("module", -2, 0, container).with_subcommands(SUBCOMMANDS)];

const SUBCOMMANDS: &[Command] = &[
    Command::new("help", 2, LOADING | STALE, help),
    Command::new("list", 2, ADMIN | NOSCRIPT, list),
    Command::new("load", -3, ADMIN | NOSCRIPT, load),
    Command::new("loadex", -3, ADMIN | NOSCRIPT, load),
    Command::new("unload", 3, ADMIN | NOSCRIPT, unload),
];

/// Redis's refusal while `enable-module-command` does not allow the client.
const NOT_ALLOWED: &str = "ERR MODULE command not allowed. If the enable-module-command option is set to \"local\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.";

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "MODULE",
        &[
            "LIST",
            "    Return a list of loaded modules.",
            "LOAD <path> [<arg> ...]",
            "    Load a module library from <path>, passing to it any optional arguments.",
            "LOADEX <path> [[CONFIG NAME VALUE] [CONFIG NAME VALUE]] [ARGS ...]",
            "    Load a module library from <path>, while passing it module configurations and optional arguments.",
            "UNLOAD <name>",
            "    Unload a module.",
        ],
    );
}

/// MODULE LIST: no module is ever loaded.
fn list(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.array(0);
}

/// Whether `enable-module-command` lets this client load and unload; writes the
/// refusal if not.
fn allowed(ctx: &mut Ctx<'_>) -> bool {
    let ok = match crate::directives::get_by_name(&ctx.node.config, "enable-module-command")
        .as_deref()
    {
        Some("yes") => true,
        Some("local") => super::config_cmd::is_local(&ctx.client.addr),
        _ => false,
    };
    if !ok {
        ctx.out.error(NOT_ALLOWED);
    }
    ok
}

/// MODULE LOAD / LOADEX: there is no module loader.
fn load(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if allowed(ctx) {
        ctx.out
            .error("ERR Error loading the extension. Please check the server logs.");
    }
}

/// MODULE UNLOAD: no module has that name.
fn unload(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if allowed(ctx) {
        ctx.out
            .error("ERR Error unloading module: no such module with that name");
    }
}
