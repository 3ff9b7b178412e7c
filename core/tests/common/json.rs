//! Values in the shape of the RDB fixtures' `*.expected.json` (streams as XINFO STREAM
//! FULL shows them), shared by the fixture and stream tests.

use cinnabar_core::types::stream::{ENTRIES_READ_UNKNOWN, StreamId, StreamValue};
use serde_json::{Value as Json, json};

/// Standard base64 with padding (the fixtures' encoding of non-UTF-8 bytes).
pub fn b64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = c
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &x)| n | u32::from(x) << (16 - 8 * i));
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A string value as the JSON writes it.
pub fn str_of(bytes: &[u8]) -> Json {
    match std::str::from_utf8(bytes) {
        Ok(s) => Json::String(s.to_string()),
        Err(_) => json!({ "base64": b64(bytes) }),
    }
}

/// A stream in the fixtures' shape (XINFO STREAM FULL).
pub fn stream_json(s: &StreamValue) -> Json {
    let id = |i: StreamId| Json::String(i.to_string());
    let e = &s.entries;
    let entries: Vec<Json> = e
        .range(StreamId::MIN, StreamId::MAX)
        .map(|en| {
            let fv: Vec<Json> = en
                .pairs()
                .flat_map(|(f, v)| [str_of(f), str_of(v)])
                .collect();
            json!([id(en.id), fv])
        })
        .collect();
    let groups: Vec<Json> = s
        .groups
        .iter()
        .map(|(name, g)| {
            let pel: Vec<Json> = g
                .pel
                .iter()
                .map(|(i, n)| {
                    json!([
                        id(*i),
                        str_of(&n.consumer),
                        n.delivery_time,
                        n.delivery_count
                    ])
                })
                .collect();
            let consumers: Vec<Json> = g
                .consumers
                .iter()
                .map(|(cname, c)| {
                    let pel: Vec<Json> = c
                        .pel
                        .iter()
                        .filter_map(|i| {
                            g.pel
                                .get(i)
                                .map(|n| json!([id(*i), n.delivery_time, n.delivery_count]))
                        })
                        .collect();
                    json!({"name": str_of(cname), "seen_time": c.seen_time, "pel": pel})
                })
                .collect();
            json!({
                "name": str_of(name),
                "last_delivered_id": id(g.last_id),
                "pel": pel,
                "consumers": consumers,
                "entries_read": if g.entries_read == ENTRIES_READ_UNKNOWN {
                    Json::Null
                } else {
                    json!(g.entries_read)
                },
            })
        })
        .collect();
    json!({
        "length": e.len(),
        "last_generated_id": id(e.last_id),
        "entries": entries,
        "groups": groups,
        "max_deleted_entry_id": id(e.max_deleted_id),
        "entries_added": e.entries_added,
        "recorded_first_entry_id": id(e.first_id()),
    })
}

/// The expected stream without what this server does not keep (a consumer's
/// `active_time`, 7.2+).
pub fn without_active_time(mut v: Json) -> Json {
    if let Some(groups) = v.get_mut("groups").and_then(Json::as_array_mut) {
        for g in groups {
            if let Some(cs) = g.get_mut("consumers").and_then(Json::as_array_mut) {
                for c in cs {
                    if let Some(o) = c.as_object_mut() {
                        o.remove("active_time");
                    }
                }
            }
        }
    }
    v
}
