#!/bin/sh
# Records redis-7.0.15.base.aof: runs commands.tsv (tab-separated arguments, `\n` for
# a newline) against redis-server 7.0.15 with a command-format base and keeps the base
# its BGREWRITEAOF writes. Usage: sh record.sh (needs redis-server and python3).
set -e
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
port=${PORT:-7790}
redis-server --port "$port" --dir "$dir" --appendonly yes --aof-use-rdb-preamble no \
    --save "" --daemonize yes --logfile "$dir/log"
trap 'redis-cli -p "$port" shutdown nosave >/dev/null 2>&1; rm -rf "$dir"' EXIT
until redis-cli -p "$port" ping >/dev/null 2>&1; do :; done
python3 - "$here/commands.tsv" "$port" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[2])))
f = s.makefile("rb")
def reply():
    line = f.readline()
    t = line[:1]
    if t == b"$":
        n = int(line[1:])
        if n >= 0: f.read(n + 2)
    elif t == b"*":
        for _ in range(int(line[1:])): reply()
    elif t == b"-":
        sys.exit("error: " + line.decode())
for line in open(sys.argv[1], encoding="utf-8"):
    args = [a.replace("\\n", "\n").encode() for a in line.rstrip("\n").split("\t")]
    s.sendall(b"*%d\r\n" % len(args) + b"".join(b"$%d\r\n%s\r\n" % (len(a), a) for a in args))
    reply()
PY
redis-cli -p "$port" bgrewriteaof >/dev/null
until redis-cli -p "$port" info persistence | grep -q 'aof_rewrite_in_progress:0' &&
      [ -e "$dir/appendonlydir/appendonly.aof.2.base.aof" ]; do sleep 0.1; done
cp "$dir/appendonlydir/appendonly.aof.2.base.aof" "$here/redis-7.0.15.base.aof"
