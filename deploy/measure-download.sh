#!/usr/bin/env bash
# Measures "Unduh Akun" on a running local cluster (deploy/local-cluster.sh up): the same download through the proxy
# (http://localhost:5080) and from api replica 1 directly (http://127.0.0.1:5081), in alternating rounds so that both see
# the same load; prints p50, p99 and max of each and the proxy's p99 over the replica's. Uses the generated pusdatin user.
#   deploy/measure-download.sh NPSN [--requests N] [--clients C] [--rounds R] [--kind peserta-didik|ptk|admin]
set -euo pipefail
STATE=${BELAJAR_CLUSTER_DIR:-${TMPDIR:-/tmp}/belajar-local-cluster}
npsn=${1:?usage: measure-download.sh NPSN [--requests N] [--clients C] [--rounds R] [--kind K]}; shift
requests=400; clients=8; rounds=4; kind=peserta-didik
while (($#)); do
  case $1 in
    --requests) requests=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --kind) kind=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
proxy=http://localhost:5080
replica=http://127.0.0.1:5081
token=$(curl -fsS "$proxy/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"pusdatin\",\"password\":\"$(cat "$STATE/pusdatin-password.txt")\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fetch() { # BASE COUNT FILE: COUNT downloads over $clients connections, "status seconds bytes" a line
  seq "$2" | xargs -P "$clients" -I{} curl -s -o /dev/null -H "Authorization: Bearer $token" \
    -w '%{http_code} %{time_total} %{size_download}\n' "$1/api/v1/schools/$npsn/accounts?kind=$kind" >>"$3"
}

fetch "$proxy" 20 "$out/warm"; fetch "$replica" 20 "$out/warm" # JIT, connections, caches
for ((r = 1; r <= rounds; r++)); do
  fetch "$proxy" $((requests / rounds)) "$out/proxy"
  fetch "$replica" $((requests / rounds)) "$out/replica"
done

python3 - "$out" "$npsn" "$kind" "$requests" "$clients" <<'PY'
import sys
out, npsn, kind, requests, clients = sys.argv[1:]
def load(name):
    rows = [line.split() for line in open(f"{out}/{name}")]
    bad = [r for r in rows if r[0] != "200"]
    if bad:
        sys.exit(f"{name}: {len(bad)} of {len(rows)} downloads answered {sorted({r[0] for r in bad})}")
    times = sorted(float(r[1]) * 1000 for r in rows)
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    return pick(0.5), pick(0.99), times[-1], int(rows[0][2])
p = load("proxy"); d = load("replica")
print(f"download of school {npsn} ({kind}, {p[3]} bytes), {requests} requests each over {clients} clients:")
print(f"  through the proxy:  p50 {p[0]:.1f} ms  p99 {p[1]:.1f} ms  max {p[2]:.1f} ms")
print(f"  replica 1 directly: p50 {d[0]:.1f} ms  p99 {d[1]:.1f} ms  max {d[2]:.1f} ms")
print(f"  proxy / direct: p50 {p[0] / d[0]:.2f}x  p99 {p[1] / d[1]:.2f}x")
PY
