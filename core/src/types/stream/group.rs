//! Consumer groups: the last delivered id, the read counter, the pending entries list
//! (PEL) and the consumers, each with its own view of the PEL.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::StreamId;

/// `entries_read` when the group's read counter is unknown (Redis's
/// `SCG_INVALID_ENTRIES_READ`).
pub const ENTRIES_READ_UNKNOWN: i64 = -1;

/// A consumer group.
#[derive(Clone, Debug)]
pub struct ConsumerGroup {
    /// The last id delivered to any consumer (`>` reads start after it).
    pub last_id: StreamId,
    /// Logical number of entries read, or [`ENTRIES_READ_UNKNOWN`].
    pub entries_read: i64,
    /// Entries delivered and not acknowledged, by id.
    pub pel: BTreeMap<StreamId, Nack>,
    /// Consumers by name (byte order, as Redis's radix tree lists them).
    pub consumers: BTreeMap<Arc<[u8]>, Consumer>,
}

/// A pending entry: who has it, since when, how many times it was delivered.
#[derive(Clone, Debug)]
pub struct Nack {
    /// Unix ms of the last delivery.
    pub delivery_time: i64,
    /// Number of deliveries.
    pub delivery_count: u64,
    /// The consumer that owns it.
    pub consumer: Arc<[u8]>,
}

/// A consumer of a group.
#[derive(Clone, Debug)]
pub struct Consumer {
    /// Unix ms of the consumer's last activity (XINFO's `seen-time`).
    pub seen_time: i64,
    /// The ids of the pending entries it owns.
    pub pel: BTreeSet<StreamId>,
}

impl ConsumerGroup {
    /// A group starting after `last_id`.
    pub fn new(last_id: StreamId, entries_read: i64) -> Self {
        ConsumerGroup {
            last_id,
            entries_read,
            pel: BTreeMap::new(),
            consumers: BTreeMap::new(),
        }
    }

    /// The name under which consumer `name` is stored, creating the consumer (seen
    /// now) if needed; with `refresh`, an existing consumer is marked seen now too.
    /// Returns the shared name and whether it was created.
    pub fn consumer(&mut self, name: &[u8], now_ms: i64, refresh: bool) -> (Arc<[u8]>, bool) {
        if let Some(c) = self.consumers.get_mut(name) {
            if refresh {
                c.seen_time = now_ms;
            }
            if let Some((key, _)) = self.consumers.get_key_value(name) {
                return (key.clone(), false);
            }
        }
        let key: Arc<[u8]> = Arc::from(name);
        self.consumers.insert(
            key.clone(),
            Consumer {
                seen_time: now_ms,
                pel: BTreeSet::new(),
            },
        );
        (key, true)
    }

    /// Gives pending entry `id` to `consumer` (creating the entry if `create`), as a
    /// delivery at `now_ms`: Redis's PEL bookkeeping of XREADGROUP.
    pub fn deliver(&mut self, id: StreamId, consumer: &Arc<[u8]>, now_ms: i64) {
        match self.pel.get_mut(&id) {
            Some(nack) => {
                if nack.consumer != *consumer
                    && let Some(old) = self.consumers.get_mut(&nack.consumer)
                {
                    old.pel.remove(&id);
                }
                nack.consumer = consumer.clone();
                nack.delivery_time = now_ms;
                nack.delivery_count = 1;
            }
            None => {
                self.pel.insert(
                    id,
                    Nack {
                        delivery_time: now_ms,
                        delivery_count: 1,
                        consumer: consumer.clone(),
                    },
                );
            }
        }
        if let Some(c) = self.consumers.get_mut(consumer) {
            c.pel.insert(id);
        }
    }

    /// Moves pending entry `id` (which must exist) to `consumer`.
    pub fn transfer(&mut self, id: StreamId, consumer: &Arc<[u8]>) {
        let Some(nack) = self.pel.get_mut(&id) else {
            return;
        };
        if nack.consumer != *consumer {
            if let Some(old) = self.consumers.get_mut(&nack.consumer) {
                old.pel.remove(&id);
            }
            nack.consumer = consumer.clone();
        }
        if let Some(c) = self.consumers.get_mut(consumer) {
            c.pel.insert(id);
        }
    }

    /// Removes pending entry `id` from the group and its consumer; returns whether it
    /// was pending.
    pub fn ack(&mut self, id: StreamId) -> bool {
        match self.pel.remove(&id) {
            Some(nack) => {
                if let Some(c) = self.consumers.get_mut(&nack.consumer) {
                    c.pel.remove(&id);
                }
                true
            }
            None => false,
        }
    }

    /// Deletes consumer `name` and its pending entries; returns how many it had, or
    /// `None` if there is no such consumer.
    pub fn delete_consumer(&mut self, name: &[u8]) -> Option<usize> {
        let consumer = self.consumers.remove(name)?;
        for id in &consumer.pel {
            self.pel.remove(id);
        }
        Some(consumer.pel.len())
    }
}
