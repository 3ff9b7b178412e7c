//! The single-node history check: the replies the server produced during one of its
//! input events (a read, a timeout, a completed disk operation), replayed against the
//! [`Model`] in an execution order that explains them.
//!
//! Within one event the simulator knows, per connection, which requests produced
//! replies and in which order (a connection's replies come in request order), but not
//! exactly how the connections' requests interleaved: a write by one client serves
//! another's blocked BLPOP, whose pipelined commands then run once the writer's
//! pipeline is done; several clients whose BLPOPs time out together run their
//! pipelines one after the other. What a single-threaded server does guarantee, and
//! what the search relies on, is that it runs one connection's ready requests back to
//! back: two connections' requests only interleave where one of them is a command that
//! may park its client (BLPOP, CONFIG REWRITE), whose reply may come at any point.
//!
//! Orders that the replies cannot tell apart may leave different datasets (two clients
//! set the same key in one event), so the checker keeps every candidate state that some
//! valid order leads to, deduplicated, like a linearizability checker keeps its
//! configurations; a later reply that only one of them explains drops the others. The
//! search is depth first, memoised on (positions, state), most likely interleaving
//! first (a blocked client the model can serve right now, then the connection whose
//! read caused the event), so that the error reported is the one on the likeliest path.

use std::collections::{BTreeSet, HashSet};

use super::model::{Bytes, Ctx, Model, R, show_argv};

/// One request that got its reply in the event being checked.
#[derive(Clone, Debug)]
pub struct Step {
    /// The connection (the simulator's link id).
    pub conn: u64,
    /// What was sent.
    pub argv: Vec<Bytes>,
    /// What the server answered.
    pub reply: R,
}

impl Step {
    /// A command that may park its client: its reply may come between any two of
    /// another connection's, and its connection's next requests may run later.
    fn may_park(&self) -> bool {
        let name = self.argv.first().map(Vec::as_slice).unwrap_or_default();
        name.eq_ignore_ascii_case(b"BLPOP")
            || name.eq_ignore_ascii_case(b"BRPOP")
            || (name.eq_ignore_ascii_case(b"CONFIG")
                && self
                    .argv
                    .get(1)
                    .is_some_and(|s| s.eq_ignore_ascii_case(b"REWRITE")))
    }
}

/// Most search nodes for one event.
const BUDGET: usize = 200_000;
/// Most candidate states kept.
pub const MAX_STATES: usize = 64;

/// Checks `steps` (each connection's in order) against every candidate state in
/// `states`, which become the candidate states after them. `preferred` is the
/// connection whose input caused the event. `Err` explains the failure on the most
/// likely path. When one state leads to one state, `Ok` has the order (indices into
/// `steps`) in which the server must have run them.
pub fn check_event(
    states: &mut Vec<Model>,
    steps: &[Step],
    preferred: Option<u64>,
    ctx: &Ctx,
) -> Result<Option<Vec<usize>>, String> {
    let mut conns: Vec<u64> = steps.iter().map(|s| s.conn).collect();
    conns.sort_unstable();
    conns.dedup();
    let indices: Vec<Vec<usize>> = conns
        .iter()
        .map(|c| (0..steps.len()).filter(|&i| steps[i].conn == *c).collect())
        .collect();
    let queues: Vec<Vec<&Step>> = indices
        .iter()
        .map(|q| q.iter().map(|&i| &steps[i]).collect())
        .collect();
    let mut search = Search {
        queues,
        conns,
        preferred,
        ctx,
        budget: BUDGET,
        first_error: None,
        visited: HashSet::new(),
        out: Vec::new(),
        out_fingerprints: BTreeSet::new(),
        path: Vec::new(),
        first_path: None,
    };
    for state in states.iter() {
        let mut pos = vec![0; search.queues.len()];
        search.dfs(state.clone(), &mut pos, None);
        if search.budget == 0 {
            return Err(format!(
                "inconclusive: the {} replies of this event from {} connections took more than \
                 {BUDGET} search steps; first failure: {}",
                steps.len(),
                search.conns.len(),
                search.first_error.unwrap_or_default()
            ));
        }
    }
    if search.out.is_empty() {
        let what = if search.conns.len() > 1 {
            format!(
                "no interleaving of the {} replies of this event from {} connections is \
                 sequentially valid; on the most likely one: ",
                steps.len(),
                search.conns.len()
            )
        } else {
            String::new()
        };
        return Err(format!("{what}{}", search.first_error.unwrap_or_default()));
    }
    if search.out.len() > MAX_STATES {
        return Err(format!(
            "inconclusive: more than {MAX_STATES} datasets are consistent with the replies so far"
        ));
    }
    let order = (states.len() == 1 && search.out.len() == 1)
        .then_some(search.first_path)
        .flatten()
        .map(|path| path.iter().map(|&(q, p)| indices[q][p]).collect());
    *states = search.out;
    Ok(order)
}

fn describe(s: &Step, e: &str) -> String {
    format!("conn {} `{}`: {e}", s.conn, show_argv(&s.argv))
}

struct Search<'a> {
    queues: Vec<Vec<&'a Step>>,
    conns: Vec<u64>,
    preferred: Option<u64>,
    ctx: &'a Ctx,
    budget: usize,
    first_error: Option<String>,
    visited: HashSet<(Vec<usize>, Option<usize>, u64)>,
    out: Vec<Model>,
    out_fingerprints: BTreeSet<u64>,
    /// The (queue, position) steps taken to the current search node.
    path: Vec<(usize, usize)>,
    /// The path to the first state found.
    first_path: Option<Vec<(usize, usize)>>,
}

impl Search<'_> {
    /// Explores from `model` with `pos[i]` steps of queue `i` done; `active` is the
    /// queue in the middle of a run of back-to-back requests, which only parking
    /// commands may interrupt.
    fn dfs(&mut self, model: Model, pos: &mut [usize], active: Option<usize>) {
        if self.budget == 0 {
            return;
        }
        let done = pos.iter().zip(&self.queues).all(|(p, q)| *p == q.len());
        if done {
            if self.out_fingerprints.insert(model.fingerprint()) {
                self.out.push(model);
                if self.first_path.is_none() {
                    self.first_path = Some(self.path.clone());
                }
            }
            return;
        }
        if self.queues.len() > 1
            && !self
                .visited
                .insert((pos.to_vec(), active, model.fingerprint()))
        {
            return;
        }
        let mut order: Vec<(u8, u64, usize)> = Vec::new();
        for (i, q) in self.queues.iter().enumerate() {
            let Some(s) = q.get(pos[i]) else { continue };
            if active.is_some_and(|a| a != i) && !s.may_park() {
                continue;
            }
            let rank = if model.serves_blpop(&s.argv, &s.reply, self.ctx.now_ms) {
                0
            } else if Some(self.conns[i]) == self.preferred {
                1
            } else {
                2
            };
            order.push((rank, self.conns[i], i));
        }
        order.sort_unstable();
        let last = order.len().saturating_sub(1);
        let mut model = Some(model);
        for (n, &(_, _, i)) in order.iter().enumerate() {
            if self.budget == 0 {
                return;
            }
            self.budget -= 1;
            let s = self.queues[i][pos[i]];
            // The last candidate may take the state itself.
            let mut next = if n == last {
                model.take().expect("taken once, last")
            } else {
                model.clone().expect("kept until the last")
            };
            match next.apply(s.conn, &s.argv, &s.reply, self.ctx) {
                Ok(()) => {
                    pos[i] += 1;
                    let next_active = if s.may_park() {
                        active
                    } else {
                        match self.queues[i].get(pos[i]) {
                            Some(after) if !after.may_park() => Some(i),
                            _ => None,
                        }
                    };
                    self.path.push((i, pos[i] - 1));
                    self.dfs(next, pos, next_active);
                    self.path.pop();
                    pos[i] -= 1;
                }
                Err(e) => {
                    if self.first_error.is_none() {
                        self.first_error = Some(describe(s, &e));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(conn: u64, cmd: &str, reply: R) -> Step {
        Step {
            conn,
            argv: cmd.split(' ').map(|a| a.as_bytes().to_vec()).collect(),
            reply,
        }
    }

    fn ctx() -> Ctx {
        Ctx {
            now_ms: 0,
            disk_result: None,
            aof_failing: false,
        }
    }

    #[test]
    fn finds_the_interleaving_of_a_served_blpop() {
        let mut states = vec![Model::default()];
        let served = R::Arr(vec![R::Bulk(b"l".to_vec()), R::Bulk(b"x".to_vec())]);
        // Conn 1 pushes then reads the length; conn 2's BLPOP was served in between and
        // its pipelined GET ran after conn 1's pipeline.
        let steps = vec![
            step(1, "LPUSH l x", R::Int(1)),
            step(1, "LLEN l", R::Int(0)),
            step(1, "SET k v", R::Simple("OK".into())),
            step(2, "BLPOP l 1", served),
            step(2, "GET k", R::Bulk(b"v".to_vec())),
        ];
        check_event(&mut states, &steps, Some(1), &ctx()).unwrap();
        assert_eq!(states.len(), 1);
    }

    #[test]
    fn runs_of_one_connection_do_not_interleave() {
        // Conn 2's GET cannot run between conn 1's two SETs.
        let mut states = vec![Model::default()];
        let steps = vec![
            step(1, "SET k a", R::Simple("OK".into())),
            step(1, "SET k b", R::Simple("OK".into())),
            step(2, "GET k", R::Bulk(b"a".to_vec())),
        ];
        let e = check_event(&mut states, &steps, Some(1), &ctx()).unwrap_err();
        assert!(e.contains("no interleaving"), "{e}");
    }

    #[test]
    fn keeps_every_state_the_replies_allow() {
        let mut states = vec![Model::default()];
        let steps = vec![
            step(1, "SET k a", R::Simple("OK".into())),
            step(2, "SET k b", R::Simple("OK".into())),
        ];
        check_event(&mut states, &steps, Some(1), &ctx()).unwrap();
        assert_eq!(states.len(), 2);
        // A later read decides.
        let read = vec![step(1, "GET k", R::Bulk(b"b".to_vec()))];
        check_event(&mut states, &read, Some(1), &ctx()).unwrap();
        assert_eq!(states.len(), 1);
    }

    #[test]
    fn reports_an_impossible_event() {
        let mut states = vec![Model::default()];
        let steps = vec![step(1, "INCR c", R::Int(1)), step(2, "INCR c", R::Int(1))];
        let e = check_event(&mut states, &steps, Some(1), &ctx()).unwrap_err();
        assert!(e.contains("no interleaving"), "{e}");
    }
}
