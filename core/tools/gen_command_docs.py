#!/usr/bin/env python3
"""Records Redis's command table (COMMAND INFO and COMMAND DOCS) into Rust source.

Usage: python3 core/tools/gen_command_docs.py [--port PORT] [--out DIR]

Without --port it starts its own `redis-server` on a free loopback port (with no
persistence) and stops it afterwards. The reference is Redis 7.0.15: the script refuses
any other version. It writes, relative to --out (default: core/src/commands):

  docs_data.rs      every command's metadata, top-level commands sorted by name and
                    subcommands sorted by name: the RESP3 bytes of its COMMAND INFO
                    entry (without the subcommands element) and of its COMMAND DOCS map
                    (without the subcommands field), its ACL categories and key specs.
  docs_fixtures.rs  test fixtures: the exact RESP2 and RESP3 replies of COMMAND INFO
                    and COMMAND DOCS for a few commands, as the server sent them.

It checks, for every command, that turning the recorded RESP3 bytes into RESP2 (maps
become flat arrays, sets become arrays) gives exactly the server's own RESP2 reply, so
the core may store RESP3 only.
"""
import argparse
import os
import socket
import subprocess
import sys
import time

VERSION = "7.0.15"
FIXTURE_NAMES = [
    "ping", "echo", "select", "auth", "hello", "reset", "quit", "get", "set",
    "dbsize", "client|list", "client|kill", "client|setname", "command|info",
    "command|docs", "georadius", "sort", "xread", "bitfield", "zunionstore", "eval",
    "nosuchcommand",
]


def enc(args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        a = a.encode() if isinstance(a, str) else a
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    return out


class Conn:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port))
        self.buf = b""

    def _fill(self):
        d = self.s.recv(1 << 20)
        if not d:
            raise EOFError("server closed the connection")
        self.buf += d

    def _line(self, pos):
        while True:
            i = self.buf.find(b"\r\n", pos)
            if i >= 0:
                return self.buf[pos:i], i + 2
            self._fill()

    def _skip(self, pos):
        """Returns the end offset of the value starting at pos."""
        line, pos = self._line(pos)
        t, rest = line[:1], line[1:]
        if t in (b"+", b"-", b":", b"_", b",", b"#", b"("):
            return pos
        if t in (b"$", b"=", b"!"):
            n = int(rest)
            if n < 0:
                return pos
            while len(self.buf) < pos + n + 2:
                self._fill()
            return pos + n + 2
        if t in (b"*", b"~", b">", b"%"):
            n = int(rest)
            if t == b"%":
                n *= 2
            for _ in range(max(n, 0)):
                pos = self._skip(pos)
            return pos
        raise ValueError("unexpected reply type %r" % line)

    def call(self, *args):
        """Sends one command and returns its reply's raw bytes."""
        self.s.sendall(enc(args))
        end = self._skip(0)
        raw, self.buf = self.buf[:end], self.buf[end:]
        return raw


def parse(b, pos=0):
    """Parses one RESP value: returns ((type, value, start, end), next_pos)."""
    i = b.index(b"\r\n", pos)
    t, rest = b[pos:pos + 1], b[pos + 1:i]
    p = i + 2
    if t in (b"+", b"-"):
        return (t, rest, pos, p), p
    if t == b":":
        return (t, int(rest), pos, p), p
    if t == b"_":
        return (t, None, pos, p), p
    if t == b"$":
        n = int(rest)
        return (t, b[p:p + n], pos, p + n + 2), p + n + 2
    if t in (b"*", b"~", b"%"):
        n = int(rest) * (2 if t == b"%" else 1)
        items = []
        for _ in range(n):
            v, p = parse(b, p)
            items.append(v)
        return (t, items, pos, p), p
    raise ValueError("unexpected type %r" % t)


def to_resp2(b):
    """RESP3 bytes to RESP2, as Redis encodes the same reply for a RESP2 client."""
    out = bytearray()
    pos = 0
    while pos < len(b):
        i = b.index(b"\r\n", pos)
        t, rest = b[pos:pos + 1], b[pos + 1:i]
        if t == b"%":
            out += b"*%d\r\n" % (2 * int(rest))
        elif t == b"~":
            out += b"*" + rest + b"\r\n"
        elif t == b"_":
            out += b"$-1\r\n"
        elif t == b"$":
            n = int(rest)
            out += b[pos:i + 2 + n + 2]
            pos = i + 2 + n + 2
            continue
        else:
            out += b[pos:i + 2]
        pos = i + 2
    return bytes(out)


def as_map(v):
    t, items, _, _ = v
    assert t == b"%", v
    return [(items[k][1].decode(), items[k + 1]) for k in range(0, len(items), 2)]


def resp_segments(b):
    """Splits RESP bytes into lines, keeping a bulk string's header with its payload."""
    segs = []
    pos = 0
    while pos < len(b):
        i = b.index(b"\r\n", pos) + 2
        if b[pos:pos + 1] == b"$" and b[pos + 1:pos + 2] != b"-":
            i += int(b[pos + 1:i - 2]) + 2
        segs.append(b[pos:i])
        pos = i
    return segs


def escape(seg):
    out = ""
    for ch in seg:
        if ch == 0x0D:
            out += "\\r"
        elif ch == 0x0A:
            out += "\\n"
        elif ch == 0x22:
            out += '\\"'
        elif ch == 0x5C:
            out += "\\\\"
        elif 0x20 <= ch < 0x7F:
            out += chr(ch)
        else:
            out += "\\x%02x" % ch
    return out


def rust_bytes(b):
    """A Rust byte-string literal of RESP bytes, one RESP value per source line."""
    pieces = [escape(seg) for seg in resp_segments(b)]
    # A continuation line's leading spaces would be swallowed: escape the first one.
    pieces = [("\\x20" + p[1:]) if k > 0 and p.startswith(" ") else p
              for k, p in enumerate(pieces)]
    if len(pieces) <= 1:
        return 'b"%s"' % (pieces[0] if pieces else "")
    pad = " " * 4  # one fixed indent for continuation lines keeps the file small
    return 'b"\\\n' + "\\\n".join(pad + p for p in pieces) + '"'


def key_spec_rust(spec):
    m = dict(as_map(spec))
    flags = [f[1].decode() for f in m["flags"][1]]
    bs = dict(as_map(m["begin_search"]))
    bs_type = bs["type"][1].decode()
    bs_spec = dict(as_map(bs["spec"]))
    if bs_type == "index":
        begin = "BeginSearch::Index(%d)" % bs_spec["index"][1]
    elif bs_type == "keyword":
        begin = 'BeginSearch::Keyword { keyword: "%s", startfrom: %d }' % (
            bs_spec["keyword"][1].decode(), bs_spec["startfrom"][1])
    else:
        assert bs_type == "unknown", bs_type
        begin = "BeginSearch::Unknown"
    fk = dict(as_map(m["find_keys"]))
    fk_type = fk["type"][1].decode()
    fk_spec = dict(as_map(fk["spec"]))
    if fk_type == "range":
        find = "FindKeys::Range { lastkey: %d, keystep: %d, limit: %d }" % (
            fk_spec["lastkey"][1], fk_spec["keystep"][1], fk_spec["limit"][1])
    elif fk_type == "keynum":
        find = "FindKeys::Keynum { keynumidx: %d, firstkey: %d, keystep: %d }" % (
            fk_spec["keynumidx"][1], fk_spec["firstkey"][1], fk_spec["keystep"][1])
    else:
        assert fk_type == "unknown", fk_type
        find = "FindKeys::Unknown"
    return "KeySpec { flags: &[%s], begin: %s, find: %s }" % (
        ", ".join('"%s"' % f for f in flags), begin, find)


def meta_rust(info_raw, docs_raw, info_v, docs_v, subs, indent):
    """Rust source for one `Meta`, given its COMMAND INFO entry and its docs map."""
    t, items, _, _ = info_v
    assert t == b"*" and len(items) == 10, info_v
    name = items[0][1].decode()
    arity = items[1][1]
    flags = [f[1].decode() for f in items[2][1]]
    acl = [c[1].decode() for c in items[6][1]]
    key_specs = items[8][1]
    sub_el = items[9]
    head = info_raw[items[0][2]:items[8][3]]
    if not subs:
        assert info_raw[sub_el[2]:sub_el[3]] == b"~0\r\n", name
    # Docs: every field but "subcommands", which must come last.
    ditems = docs_v[1]
    fields = as_map(docs_v)
    nfields = len(fields)
    dend = docs_v[3]
    if fields and fields[-1][0] == "subcommands":
        nfields -= 1
        dend = ditems[-2][2]
        assert subs, name
    else:
        assert not subs, name
    assert "subcommands" not in [f for f, _ in fields[:nfields]], name
    docs_body = docs_raw[ditems[0][2]:dend] if nfields else b""
    pad = " " * indent
    out = []
    out.append(pad + "Meta {")
    out.append(pad + '    name: "%s",' % name)
    out.append(pad + "    arity: %d," % arity)
    out.append(pad + "    flags: &[%s]," % ", ".join('"%s"' % f for f in flags))
    out.append(pad + "    acl_categories: &[%s]," % ", ".join('"%s"' % c for c in acl))
    if key_specs:
        out.append(pad + "    key_specs: &[")
        for ks in key_specs:
            out.append(pad + "        " + key_spec_rust(ks) + ",")
        out.append(pad + "    ],")
    else:
        out.append(pad + "    key_specs: &[],")
    out.append(pad + "    info: " + rust_bytes(head) + ",")
    out.append(pad + "    doc_fields: %d," % nfields)
    out.append(pad + "    docs: " + rust_bytes(docs_body) + ",")
    if subs:
        out.append(pad + "    subcommands: &[")
        out.extend(subs)
        out.append(pad + "    ],")
    else:
        out.append(pad + "    subcommands: &[],")
    out.append(pad + "},")
    return out


def free_port():
    """A free loopback port in 20000-29999."""
    import random
    for _ in range(200):
        port = random.randint(20000, 29999)
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
        finally:
            s.close()
    raise RuntimeError("no free port in 20000-29999")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "commands"))
    args = ap.parse_args()
    proc = None
    port = args.port
    if port is None:
        port = free_port()
        proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                                 "--save", "", "--appendonly", "no"],
                                stdout=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                time.sleep(0.05)
    try:
        generate(port, args.out)
    finally:
        if proc:
            try:
                Conn(port).call("SHUTDOWN", "NOSAVE")
            except (EOFError, OSError):
                pass
            proc.wait(timeout=10)


def generate(port, out_dir):
    c2 = Conn(port)
    c3 = Conn(port)
    c3.call("HELLO", "3")
    info = c2.call("INFO", "server").decode()
    assert "redis_version:%s\r\n" % VERSION in info, "the reference is Redis %s" % VERSION

    all_info = parse(c3.call("COMMAND", "INFO"))[0]
    names = sorted(e[1][0][1].decode() for e in all_info[1])
    blocks = []
    checked = 0
    for name in names:
        i3 = c3.call("COMMAND", "INFO", name)
        d3 = c3.call("COMMAND", "DOCS", name)
        # Both protocols from one process: the subcommand order is the same.
        assert to_resp2(i3) == c2.call("COMMAND", "INFO", name), name
        assert to_resp2(d3) == c2.call("COMMAND", "DOCS", name), name
        checked += 1
        iv = parse(i3)[0][1][0]
        dmap = as_map(parse(d3)[0])
        assert len(dmap) == 1 and dmap[0][0] == name, name
        dv = dmap[0][1]
        subs_src = []
        sub_el = iv[1][9]
        if sub_el[0] == b"*" and sub_el[1]:
            sub_names = sorted(s[1][0][1].decode() for s in sub_el[1])
            for sn in sub_names:
                si3 = c3.call("COMMAND", "INFO", sn)
                sd3 = c3.call("COMMAND", "DOCS", sn)
                assert to_resp2(si3) == c2.call("COMMAND", "INFO", sn), sn
                assert to_resp2(sd3) == c2.call("COMMAND", "DOCS", sn), sn
                checked += 1
                siv = parse(si3)[0][1][0]
                sdm = as_map(parse(sd3)[0])
                assert len(sdm) == 1 and sdm[0][0] == sn, sn
                subs_src.extend(meta_rust(si3, sd3, siv, sdm[0][1], [], 12))
        blocks.extend(meta_rust(i3, d3, iv, dv, subs_src, 4))

    data = []
    data.append("//! Redis %s's command table as COMMAND INFO and COMMAND DOCS report it." % VERSION)
    data.append("//!")
    data.append("//! Reference data recorded from a real redis-server %s by" % VERSION)
    data.append("//! `core/tools/gen_command_docs.py`; regenerate it with that script, never by hand.")
    data.append("//! Top-level commands and subcommands are sorted by name (Redis itself lists them")
    data.append("//! in hash-table order, which changes from run to run). Byte strings are RESP3;")
    data.append("//! the generator checked that converting them to RESP2 gives the server's own RESP2")
    data.append("//! replies for all %d commands and subcommands." % checked)
    data.append("")
    data.append("use super::docs::{BeginSearch, FindKeys, KeySpec, Meta};")
    data.append("")
    data.append("/// Every Redis %s command, sorted by name." % VERSION)
    data.append("pub(super) static COMMANDS: &[Meta] = &[")
    data.extend(blocks)
    data.append("];")
    with open(os.path.join(out_dir, "docs_data.rs"), "w") as f:
        f.write("\n".join(data) + "\n")

    fx = []
    fx.append("//! Replies of a real redis-server %s, recorded by `core/tools/gen_command_docs.py`" % VERSION)
    fx.append("//! for the tests of COMMAND INFO and COMMAND DOCS.")
    fx.append("")
    fx.append("/// The replies to `COMMAND INFO <name>` and `COMMAND DOCS <name>`.")
    fx.append("pub(super) struct Fixture {")
    fx.append("    /// The name asked for.")
    fx.append("    pub name: &'static str,")
    fx.append("    /// COMMAND INFO in RESP2.")
    fx.append("    pub info2: &'static [u8],")
    fx.append("    /// COMMAND INFO in RESP3.")
    fx.append("    pub info3: &'static [u8],")
    fx.append("    /// COMMAND DOCS in RESP2.")
    fx.append("    pub docs2: &'static [u8],")
    fx.append("    /// COMMAND DOCS in RESP3.")
    fx.append("    pub docs3: &'static [u8],")
    fx.append("}")
    fx.append("")
    fx.append("/// Fixtures for a few commands (containers excluded: Redis lists their")
    fx.append("/// subcommands in an order that changes from run to run).")
    fx.append("pub(super) static FIXTURES: &[Fixture] = &[")
    for n in FIXTURE_NAMES:
        fx.append("    Fixture {")
        fx.append('        name: "%s",' % n)
        fx.append("        info2: " + rust_bytes(c2.call("COMMAND", "INFO", n)) + ",")
        fx.append("        info3: " + rust_bytes(c3.call("COMMAND", "INFO", n)) + ",")
        fx.append("        docs2: " + rust_bytes(c2.call("COMMAND", "DOCS", n)) + ",")
        fx.append("        docs3: " + rust_bytes(c3.call("COMMAND", "DOCS", n)) + ",")
        fx.append("    },")
    fx.append("];")
    with open(os.path.join(out_dir, "docs_fixtures.rs"), "w") as f:
        f.write("\n".join(fx) + "\n")
    print("recorded %d commands (%d with subcommands) from port %d" % (len(names), checked, port))


if __name__ == "__main__":
    sys.exit(main())
