//! Pub/sub bookkeeping: which clients subscribe to which channels, patterns and shard
//! channels, in subscription order. Kept in the node so PUBLISH can find subscribers
//! without scanning clients; the clients keep their own lists for replies and counts.

use std::collections::BTreeMap;

use crate::client::ConnId;

/// Subscribers by channel, pattern and shard channel.
#[derive(Debug, Default)]
pub struct PubSubState {
    /// Channel → subscribers in subscription order.
    pub channels: BTreeMap<Vec<u8>, Vec<ConnId>>,
    /// Pattern → subscribers in subscription order.
    pub patterns: BTreeMap<Vec<u8>, Vec<ConnId>>,
    /// Shard channel → subscribers in subscription order.
    pub shard_channels: BTreeMap<Vec<u8>, Vec<ConnId>>,
}

/// Which of the three namespaces a subscription lives in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// SUBSCRIBE / PUBLISH.
    Channel,
    /// PSUBSCRIBE.
    Pattern,
    /// SSUBSCRIBE / SPUBLISH.
    Shard,
}

impl PubSubState {
    fn map(&mut self, kind: Kind) -> &mut BTreeMap<Vec<u8>, Vec<ConnId>> {
        match kind {
            Kind::Channel => &mut self.channels,
            Kind::Pattern => &mut self.patterns,
            Kind::Shard => &mut self.shard_channels,
        }
    }

    /// Adds `id` to `name`'s subscribers.
    pub fn add(&mut self, kind: Kind, name: &[u8], id: ConnId) {
        let list = self.map(kind).entry(name.to_vec()).or_default();
        if !list.contains(&id) {
            list.push(id);
        }
    }

    /// Removes `id` from `name`'s subscribers.
    pub fn remove(&mut self, kind: Kind, name: &[u8], id: ConnId) {
        let map = self.map(kind);
        if let Some(list) = map.get_mut(name) {
            list.retain(|&c| c != id);
            if list.is_empty() {
                map.remove(name);
            }
        }
    }

    /// Number of distinct patterns subscribed by anyone (PUBSUB NUMPAT).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }
}
