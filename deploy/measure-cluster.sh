#!/usr/bin/env bash
# Measures a running local cluster (deploy/local-cluster.sh up): one run over SNAPSHOT (a path inside the snapshot root)
# through the proxy, printing accounts/s; with --kill-silo I, silo I gets SIGKILL once KILL_AT accounts exist, and the time
# from the kill until the run creates accounts again is printed. Uses the generated pusdatin user.
#   deploy/measure-cluster.sh SNAPSHOT [--kill-silo I] [--kill-at N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${BELAJAR_CLUSTER_DIR:-${TMPDIR:-/tmp}/belajar-local-cluster}
snapshot=$1; shift
kill_silo=""; kill_at=5000
while (($#)); do case $1 in --kill-silo) kill_silo=$2; shift 2 ;; --kill-at) kill_at=$2; shift 2 ;; *) exit 2 ;; esac; done
api=http://localhost:5080
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token=$(curl -fsS "$api/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"pusdatin\",\"password\":\"$(cat "$STATE/pusdatin-password.txt")\"}" | json 'd["accessToken"]')
run=$(curl -fsS "$api/api/v1/runs" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"snapshotPath\":\"$snapshot\",\"dryRun\":false}" | json 'd["runId"]')
start=$(date +%s.%N); killed_at=""; last=0
while :; do
  status=$(curl -fsS --max-time 10 "$api/api/v1/runs/$run" -H "Authorization: Bearer $token" || echo '{}')
  state=$(echo "$status" | json 'd.get("state","?")'); created=$(echo "$status" | json 'd.get("accountsCreated",0)')
  now=$(date +%s.%N)
  if [[ -n "$kill_silo" && -z "$killed_at" && "$created" -ge "$kill_at" ]]; then
    "$ROOT/deploy/local-cluster.sh" kill-silo "$kill_silo" >/dev/null; killed_at=$now; last=$created
    echo "killed silo $kill_silo at $created accounts"
  elif [[ -n "$killed_at" && "$created" -gt "$last" && "$last" -ge 0 ]]; then
    echo "recovery: accounts created again $(python3 -c "print(round($now-$killed_at,1))") s after the kill"; last=-1
  elif [[ -n "$killed_at" && "$last" -ge 0 ]]; then last=$created
  fi
  [[ "$state" == Completed || "$state" == Failed ]] && break
  sleep 0.5
done
echo "$run $state: $(echo "$status" | json 'd["accountsCreated"]') accounts in $(python3 -c "print(round($(date +%s.%N)-$start,1))") s, $(echo "$status" | json 'd["accountsPerSecond"]') accounts/s (run's own figure)"
