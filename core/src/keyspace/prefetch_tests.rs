//! Pipelines over a keyspace large enough for [`Db::prefetch`](super::Db::prefetch) to
//! warm the next requests' keys: the replies are those of the commands run one by one,
//! across batch boundaries, with requests that carry no key and one split by the network.

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

#[test]
fn pipelined_replies_over_a_large_keyspace_are_unchanged_by_prefetching() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    let keys = super::PREFETCH_MIN_KEYS + 1000;
    for n in 0..keys {
        let value = Value::Str(StrValue::new(format!("value:{n}").as_bytes()));
        h.node().dbs[0].set(format!("key:{n}").as_bytes(), value);
    }
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
