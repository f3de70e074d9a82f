#!/usr/bin/env bash
# The PostgreSQL profile as plain processes on this machine: a throwaway PostgreSQL, the Directory emulator on
# 127.0.0.1:5090, N silos, M api replicas on 5081.. and a reverse proxy on http://localhost:5080 (docs/deploy.md).
#
#   deploy/local-cluster.sh up [--silos N] [--apis M] [--snapshot-root DIR]   build once, start, wait until all are ready
#   deploy/local-cluster.sh status                                            the processes and their health
#   deploy/local-cluster.sh kill-silo I | start-silo I                        SIGKILL silo I / start it again
#   deploy/local-cluster.sh kill-api J | start-api J                          SIGKILL api replica J / start it again
#   deploy/local-cluster.sh restart-postgres                                  restart PostgreSQL (fast shutdown, then start)
#   deploy/local-cluster.sh down                                              stop everything, remove the throwaway data
#
# The caller's environment reaches every host (Identity__Users__..., Lifecycle__..., Directory__QueriesPerMinute, ...);
# what the cluster needs and the caller did not set is generated. State: $BELAJAR_CLUSTER_DIR (default
# ${TMPDIR:-/tmp}/belajar-local-cluster). BELAJAR_CONFIGURATION=Release runs release builds; BELAJAR_SKIP_BUILD=1 skips the build.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${BELAJAR_CLUSTER_DIR:-${TMPDIR:-/tmp}/belajar-local-cluster}
CONF=${BELAJAR_CONFIGURATION:-Debug}
PROXY_PORT=5080
EMULATOR_PORT=5090
SILO_HTTP_BASE=5100   # silo I: health on 5100+I, silo port 11110+I, gateway 30000+I
READY_TIMEOUT=${BELAJAR_READY_TIMEOUT:-240}

dll() { echo "$ROOT/$1/bin/$CONF/net10.0/$2.dll"; }
say() { echo "local-cluster: $*"; }
die() { echo "local-cluster: $*" >&2; exit 1; }

alive() { # a killed process nobody reaped yet (a zombie) is not alive
  [[ -f "$STATE/pids/$1.pid" ]] || return 1
  local stat; stat=$(ps -o stat= -p "$(cat "$STATE/pids/$1.pid")" 2>/dev/null) || return 1
  [[ -n "$stat" && "$stat" != Z* ]]
}

# start NAME COMMAND...: in its own session (a later kill reaches only it), output to logs/NAME.log
start() {
  local name=$1; shift
  setsid "$@" >>"$STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$STATE/pids/$name.pid"
}

wait_ready() { # NAME URL
  local deadline=$((SECONDS + READY_TIMEOUT))
  until curl -fs -o /dev/null --max-time 2 "$2"; do
    alive "$1" || die "$1 stopped before it was ready; its log: $STATE/logs/$1.log (last lines below)
$(tail -n 20 "$STATE/logs/$1.log")"
    ((SECONDS < deadline)) || die "$1 not ready at $2 after ${READY_TIMEOUT}s; its log: $STATE/logs/$1.log"
    sleep 1
  done
}

pg_run() { # runs a PostgreSQL tool, as user postgres when we are root (initdb refuses root)
  local tool=$1; shift
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$bin" ]] || die "PostgreSQL is not installed (apt-get install postgresql)"
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$bin/$tool" "$@"; else "$bin/$tool" "$@"; fi
}

build() {
  [[ "${BELAJAR_SKIP_BUILD:-}" == 1 ]] && return
  say "building (once) silo, api, emulator, proxy, development tools ($CONF)"
  for project in silo/Belajar.Silo api/Belajar.Api directory/Belajar.Directory.Emulator deploy/Belajar.Proxy dev/Belajar.DevHost; do
    dotnet build "$ROOT/$project" -c "$CONF" -v quiet -nologo >"$STATE/logs/build.log" 2>&1 \
      || die "dotnet build $project failed: $STATE/logs/build.log"
  done
}

secrets() { # writes $STATE/cluster.env (owner-only): what every host gets unless the caller set it
  local env="$STATE/cluster.env"
  (umask 077; : >"$env")
  add() { # NAME VALUE: only when the caller has not set NAME
    if [[ -z "${!1:-}" ]]; then printf 'export %s=%q\n' "$1" "$2" >>"$env"; fi
  }
  add ConnectionStrings__Belajar "Host=127.0.0.1;Port=$PG_PORT;Database=belajar;Username=postgres;Maximum Pool Size=40"
  add Orleans__ClusterId belajar-local
  add Orleans__ServiceId belajar-local
  add Secrets__PasswordKeys__local "$(openssl rand -base64 32)"
  add Secrets__ActivePasswordKeyId local
  add Secrets__NikPepper "$(openssl rand -base64 32)"
  add Identity__SigningKey "$(openssl rand -base64 48)"
  add Runs__SnapshotRoot "$SNAPSHOT_ROOT"
  add Directory__BaseUri "http://127.0.0.1:$EMULATOR_PORT/"
  add Directory__TokenUri "http://127.0.0.1:$EMULATOR_PORT/token"
  add Directory__ServiceAccountKeyPath "$STATE/emulator-service-account.json"
  add Directory__AdminEmail admin@belajar.id
  if [[ -z "${Identity__Users__0__Username:-}" ]]; then
    local password; password=$(openssl rand -base64 18 | tr -d '/+=')
    (umask 077; echo "$password" >"$STATE/pusdatin-password.txt")
    add Identity__Users__0__Username pusdatin
    add Identity__Users__0__Role pusdatin
    add Identity__Users__0__PasswordHash "$(echo "$password" | dotnet "$(dll dev/Belajar.DevHost Belajar.DevHost)" hash-password)"
  fi
}

start_silo() { # I
  local i=$1
  alive "silo-$i" && die "silo-$i is already running"
  start "silo-$i" env Orleans__SiloPort=$((11110 + i)) Orleans__GatewayPort=$((30000 + i)) Orleans__AdvertisedIPAddress=127.0.0.1 \
    Orleans__Tls__CertificatePath="$STATE/certs/silo.pem" Orleans__Tls__KeyPath="$STATE/certs/silo.key" Orleans__Tls__CaPath="$STATE/certs/ca.pem" \
    dotnet "$(dll silo/Belajar.Silo Belajar.Silo)" --urls "http://127.0.0.1:$((SILO_HTTP_BASE + i))"
}

start_api() { # J
  local j=$1
  start "api-$j" env Orleans__Tls__CertificatePath="$STATE/certs/client.pem" Orleans__Tls__KeyPath="$STATE/certs/client.key" \
    Orleans__Tls__CaPath="$STATE/certs/ca.pem" Belajar__StartupRun__Enabled=false \
    dotnet "$(dll api/Belajar.Api Belajar.Api)" --urls "http://127.0.0.1:$((PROXY_PORT + j))"
}

load_state() {
  [[ -f "$STATE/cluster.conf" ]] || die "no local cluster in $STATE: start one with '$0 up'"
  # shellcheck disable=SC1091
  source "$STATE/cluster.conf"
  # shellcheck disable=SC1091
  source "$STATE/cluster.env"
}

up() {
  local silos=3 apis=2 root=""
  while (($#)); do
    case $1 in
      --silos) silos=$2; shift 2 ;;
      --apis) apis=$2; shift 2 ;;
      --snapshot-root) root=$2; shift 2 ;;
      *) die "unknown option $1 (up [--silos N] [--apis M] [--snapshot-root DIR])" ;;
    esac
  done
  [[ "$silos" =~ ^[1-9][0-9]?$ && "$apis" =~ ^[1-9]$ ]] || die "--silos 1-99 and --apis 1-9"
  [[ -e "$STATE/cluster.conf" ]] && die "a local cluster is already in $STATE: '$0 down' first"
  mkdir -p "$STATE"/{logs,pids,certs}
  chmod 711 "$STATE" # postgres (initdb as root runs as postgres) must reach pg/; secrets are owner-only files
  build

  SNAPSHOT_ROOT=${root:-$STATE/snapshots}
  if [[ -z "$root" ]]; then
    mkdir -p "$SNAPSHOT_ROOT" && cp -r "$ROOT/samples/snapshot" "$SNAPSHOT_ROOT/sample"
  fi
  SNAPSHOT_ROOT=$(cd "$SNAPSHOT_ROOT" && pwd)

  say "PostgreSQL (throwaway, in $STATE/pg)"
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mkdir -p "$STATE/pg" && chmod 777 "$STATE/pg"
  pg_run initdb -D "$STATE/pg/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >"$STATE/logs/initdb.log"
  pg_run pg_ctl -D "$STATE/pg/data" -l "$STATE/pg/server.log" -s -w -t 60 \
    -o "-p $PG_PORT -k $STATE/pg -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
  pg_run psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE belajar" >/dev/null
  printf 'SILOS=%s\nAPIS=%s\nPG_PORT=%s\nSNAPSHOT_ROOT=%q\n' "$silos" "$apis" "$PG_PORT" "$SNAPSHOT_ROOT" >"$STATE/cluster.conf"

  dotnet "$(dll dev/Belajar.DevHost Belajar.DevHost)" dev-certs --out "$STATE/certs" >/dev/null
  secrets
  # shellcheck disable=SC1091
  source "$STATE/cluster.env"

  say "Directory emulator on 127.0.0.1:$EMULATOR_PORT"
  start emulator dotnet "$(dll directory/Belajar.Directory.Emulator Belajar.Directory.Emulator)" --Emulator:Port=$EMULATOR_PORT \
    --Emulator:ServiceAccountKeyPath="$STATE/emulator-service-account.json" --Emulator:QueriesPerMinute="${Directory__QueriesPerMinute:-2400}"
  wait_ready emulator "http://127.0.0.1:$EMULATOR_PORT/emulator/users"

  say "$silos silos"
  for ((i = 1; i <= silos; i++)); do start_silo "$i"; done
  for ((i = 1; i <= silos; i++)); do wait_ready "silo-$i" "http://127.0.0.1:$((SILO_HTTP_BASE + i))/health/ready"; done

  say "$apis api replicas on ports $((PROXY_PORT + 1))..$((PROXY_PORT + apis))"
  local destinations=()
  for ((j = 1; j <= apis; j++)); do
    start_api "$j"
    destinations+=("Proxy__Destinations__$((j - 1))=http://127.0.0.1:$((PROXY_PORT + j))")
  done
  for ((j = 1; j <= apis; j++)); do wait_ready "api-$j" "http://127.0.0.1:$((PROXY_PORT + j))/health/ready"; done

  say "reverse proxy on http://localhost:$PROXY_PORT"
  start proxy env "${destinations[@]}" dotnet "$(dll deploy/Belajar.Proxy Belajar.Proxy)" --urls "http://localhost:$PROXY_PORT"
  wait_ready proxy "http://localhost:$PROXY_PORT/health/ready"

  say "ready: http://localhost:$PROXY_PORT (api), emulator http://127.0.0.1:$EMULATOR_PORT"
  say "secrets and settings: $STATE/cluster.env; certificates: $STATE/certs; logs: $STATE/logs"
  say "snapshot root (Runs:SnapshotRoot): $SNAPSHOT_ROOT$([[ -z "$root" ]] && echo " (the sample snapshot is 'sample')")"
  [[ -f "$STATE/pusdatin-password.txt" ]] && say "user 'pusdatin', password in $STATE/pusdatin-password.txt"
  return 0
}

status() {
  load_state
  printf '%-10s %-8s %-7s %s\n' process pid state health
  local names=(emulator) urls=("http://127.0.0.1:$EMULATOR_PORT/emulator/users")
  for ((i = 1; i <= SILOS; i++)); do names+=("silo-$i"); urls+=("http://127.0.0.1:$((SILO_HTTP_BASE + i))/health/ready"); done
  for ((j = 1; j <= APIS; j++)); do names+=("api-$j"); urls+=("http://127.0.0.1:$((PROXY_PORT + j))/health/ready"); done
  names+=(proxy); urls+=("http://localhost:$PROXY_PORT/health/ready")
  for k in "${!names[@]}"; do
    local name=${names[$k]} pid=- state=stopped health=-
    [[ -f "$STATE/pids/$name.pid" ]] && pid=$(cat "$STATE/pids/$name.pid")
    if alive "$name"; then
      state=running
      health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${urls[$k]}" || true)
    fi
    printf '%-10s %-8s %-7s %s\n' "$name" "$pid" "$state" "$health"
  done
  printf '%-10s %-8s %-7s %s\n' postgres "$PG_PORT" "$(pg_run pg_ctl -D "$STATE/pg/data" status >/dev/null 2>&1 && echo running || echo stopped)" -
}

down() {
  [[ -d "$STATE" ]] || { say "nothing to stop in $STATE"; return 0; }
  local names=()
  for file in "$STATE"/pids/*.pid; do
    [[ -f "$file" ]] && names+=("$(basename "$file" .pid)")
  done
  for name in "${names[@]}"; do
    alive "$name" && kill -TERM "$(cat "$STATE/pids/$name.pid")" 2>/dev/null || true
  done
  local deadline=$((SECONDS + 20))
  for name in "${names[@]}"; do
    while alive "$name" && ((SECONDS < deadline)); do sleep 0.2; done
    alive "$name" && kill -KILL "$(cat "$STATE/pids/$name.pid")" 2>/dev/null || true
  done
  if [[ -f "$STATE/pg/data/postmaster.pid" ]]; then pg_run pg_ctl -D "$STATE/pg/data" -m fast -s -w stop || true; fi
  rm -rf "$STATE"
  say "stopped; $STATE removed"
}

kill_one() { # silo|api N: SIGKILL, no goodbye to the cluster
  load_state
  [[ "$2" =~ ^[0-9]+$ ]] && alive "$1-$2" || die "kill-$1 N: $1-N must be running (see '$0 status')"
  kill -KILL "$(cat "$STATE/pids/$1-$2.pid")"
  say "$1-$2 killed (SIGKILL)"
}

start_one() { # silo|api N: start again with its ports, wait until ready
  load_state
  [[ "$2" =~ ^[0-9]+$ ]] || die "start-$1 N"
  local port
  if [[ $1 == silo ]]; then start_silo "$2"; port=$((SILO_HTTP_BASE + $2)); else start_api "$2"; port=$((PROXY_PORT + $2)); fi
  wait_ready "$1-$2" "http://127.0.0.1:$port/health/ready"
  say "$1-$2 ready"
}

command=${1:-}
shift || true
case $command in
  up) up "$@" ;;
  status) status ;;
  kill-silo) kill_one silo "${1:-}" ;;
  start-silo) start_one silo "${1:-}" ;;
  kill-api) kill_one api "${1:-}" ;;
  start-api) start_one api "${1:-}" ;;
  down) down ;;
  restart-postgres)
    load_state
    # a fast shutdown ends every open connection, as a failover or a crash restart would
    pg_run pg_ctl -D "$STATE/pg/data" -l "$STATE/pg/server.log" -m fast -s -w -t 60 restart >/dev/null
    say "PostgreSQL restarted on port $PG_PORT" ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
