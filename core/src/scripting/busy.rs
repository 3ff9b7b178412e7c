//! A script past `busy-reply-threshold`, suspended: the core resumes it one slice at a
//! time from its deadline (meanwhile other clients get `-BUSY`, see
//! [`crate::commands`]'s dispatch), and when it ends its caller gets the reply and its
//! pipelined input runs.

use crate::server::Server;

impl Server {
    /// Runs the suspended script for one slice; when it ends, its reply goes to its
    /// caller, its effects unit closes, and the caller's pipelined input runs.
    pub(crate) fn resume_script(&mut self) {
        let Some(run) = self.node.scripting.busy.take() else {
            return;
        };
        let id = run.caller;
        let mut caller = self.clients.remove(&id);
        let now = self.node.now;
        let Ok(mut engine) = self.node.scripting.take(now) else {
            if let Some(c) = caller {
                self.clients.insert(id, c);
            }
            return;
        };
        let mut scratch = crate::resp::Reply::default();
        let out = match caller.as_mut() {
            Some(c) => &mut c.reply,
            None => &mut scratch,
        };
        let slice = crate::scripting::BUSY_SLICE_MS;
        let ran = engine.resume(
            &mut self.node,
            &mut self.clients,
            &self.commands,
            out,
            &run,
            slice,
        );
        let log = engine.take_log();
        self.node.scripting.put(engine);
        crate::commands::scripting::emit_log(&mut self.node, log);
        if ran == crate::scripting::Ran::Suspended {
            self.node.scripting.busy = Some(run);
            if let Some(c) = caller {
                self.clients.insert(id, c);
            }
            self.flush_pending_writes();
            return;
        }
        let mut woff = 0;
        let woff = match caller.as_mut() {
            Some(c) => &mut c.state.woff,
            None => &mut woff,
        };
        self.node.end_effects_unit(woff);
        if let Some(mut c) = caller {
            self.after_command(&mut c);
            self.clients.insert(id, c);
        }
        self.flush_pending_writes();
        self.serve_blocked();
        self.deliver_tracking(None);
        self.flush_pending_writes();
        self.process_input(id);
        self.process_released();
    }
}
