//! Pipelines over a keyspace large enough for [`Db::prefetch`](super::Db::prefetch) to
//! warm the next requests' keys: the replies are those of the commands run one by one,
//! across batch boundaries, with requests that carry no key and one split by the network;
//! MGET and MSET of more keys than one prefetch takes.

use crate::testkit::Harness;
use crate::types::{StrValue, Value};

/// `args` as one RESP request.
fn request(args: &[&str]) -> Vec<u8> {
    let mut req = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        req.extend_from_slice(format!("${}\r\n{}\r\n", a.len(), a).as_bytes());
    }
    req
}

/// A server whose database 0 holds `key:N` = `value:N` for enough keys to be
/// prefetched, a client, and the number of keys.
fn big_keyspace() -> (Harness, crate::ConnId, usize) {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    let keys = super::PREFETCH_MIN_KEYS + 1000;
    for n in 0..keys {
        let value = Value::Str(StrValue::new(format!("value:{n}").as_bytes()));
        h.node().dbs[0].set(format!("key:{n}").as_bytes(), value);
    }
    (h, c, keys)
}

#[test]
fn pipelined_replies_over_a_large_keyspace_are_unchanged_by_prefetching() {
    let (mut h, c, keys) = big_keyspace();
    let mut input = Vec::new();
    let mut expected = String::new();
    // Three prefetch batches' worth: reads, writes read back, keyless requests, misses.
    for i in 0..(3 * super::segtable::PREFETCH_MAX) {
        let n = (i * 7919) % keys;
        let key = format!("key:{n}");
        match i % 5 {
            0 => {
                input.extend(request(&["GET", &key]));
                let v = format!("value:{n}");
                expected += &format!("${}\r\n{v}\r\n", v.len());
            }
            1 => {
                input.extend(request(&["SET", &key, "new"]));
                input.extend(request(&["GET", &key]));
                expected += "+OK\r\n$3\r\nnew\r\n";
            }
            2 => {
                input.extend(request(&["PING"]));
                expected += "+PONG\r\n";
            }
            3 => {
                input.extend(request(&["GET", &format!("missing:{i}")]));
                expected += "$-1\r\n";
            }
            _ => {
                input.extend(request(&["INCR", "counter"]));
                expected += &format!(":{}\r\n", i / 5 + 1);
            }
        }
    }
    // The last request arrives in two reads.
    input.extend(request(&["STRLEN", "key:12"]));
    expected += ":8\r\n";
    let (first, second) = input.split_at(input.len() - 3);
    h.server.handle_read(h.now, c, first);
    h.server.handle_read(h.now, c, second);
    let out = h.take_output(c);
    assert_eq!(String::from_utf8_lossy(&out), expected);
}

#[test]
fn mget_and_mset_of_more_keys_than_one_prefetch_batch() {
    let (mut h, c, _) = big_keyspace();
    let count = super::segtable::PREFETCH_MAX + 5;
    let names: Vec<String> = (0..count).map(|i| format!("key:{}", i * 31)).collect();
    let mut mget: Vec<&str> = vec!["MGET"];
    mget.extend(names.iter().map(String::as_str));
    mget.push("missing");
    let mut expected = format!("*{}\r\n", count + 1);
    for i in 0..count {
        let v = format!("value:{}", i * 31);
        expected += &format!("${}\r\n{v}\r\n", v.len());
    }
    expected += "$-1\r\n";
    assert_eq!(h.call_text(c, &mget), expected);
    let values: Vec<String> = (0..count).map(|i| format!("v{i}")).collect();
    let mut mset: Vec<&str> = vec!["MSET"];
    for (k, v) in names.iter().zip(&values) {
        mset.push(k);
        mset.push(v);
    }
    assert_eq!(h.call_text(c, &mset), "+OK\r\n");
    mget.pop();
    let mut expected = format!("*{count}\r\n");
    for v in &values {
        expected += &format!("${}\r\n{v}\r\n", v.len());
    }
    assert_eq!(h.call_text(c, &mget), expected);
}
