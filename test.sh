#!/usr/bin/env bash
# Runs every test project of the solution, then the benchmark smoke, and prints one line:
#   N passed, N failed[, N skipped]
# computed from the TRX result files. Exits non-zero on any failure.
# Installs the Debian packages the tests need when they are missing (as root), or says how to.
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need (chromium for the pages, poppler-utils for pdftotext of the printed account cards,
# nodejs and npm for Google's Node client in the Directory conformance test; curl, openssl, procps and python3 for
# deploy/local-cluster.sh, which LocalClusterTests drives).
NEEDED_PACKAGES=(postgresql p7zip-full chromium poppler-utils nodejs npm curl openssl procps python3)
# with BELAJAR_TEST_PG set, the tests use that server instead of starting their own
if [[ -n "${BELAJAR_TEST_PG:-}" ]]; then
  kept=()
  for package in "${NEEDED_PACKAGES[@]}"; do [[ "$package" != postgresql ]] && kept+=("$package"); done
  NEEDED_PACKAGES=("${kept[@]}")
fi

missing=()
# a package counts as present when installed, or when an installed package provides it (a nodejs that bundles npm)
provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null | sed -n 's/^ii *|//p' | tr ',' '\n' | sed 's/ *(.*//; s/^ *//')
for package in "${NEEDED_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    && ! grep -qx "$package" <<<"$provided"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "test.sh: installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      || { echo "test.sh: could not install ${missing[*]}" >&2; exit 2; }
  else
    echo "test.sh: missing Debian packages: ${missing[*]}." >&2
    echo "  Install them (sudo apt-get install -y ${missing[*]}) or run ./test.sh as root." >&2
    echo "  For PostgreSQL you may instead set BELAJAR_TEST_PG to the connection string of an existing server." >&2
    exit 2
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if ! dotnet build BelajarOrleans.sln -nologo -v quiet; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test BelajarOrleans.sln --no-build -nologo --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 10m
test_exit=$?

bench_failed=0
# the smoke only checks that every benchmark still runs: the Debug build made above is enough
if ! dotnet run --no-build --project bench/Belajar.Benchmarks -- --smoke; then
  echo "test.sh: the benchmark smoke failed" >&2
  bench_failed=1
fi

passed=0 failed=0 skipped=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

# name every failed test with the first lines of its message, so that a red run says what to look at
if ((failed > 0)); then
  for trx in "${trx_files[@]}"; do
    python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") not in ("Passed", "NotExecuted"):
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", "", ns).strip().splitlines()
        text = " | ".join(line.strip() for line in message[:4])[:400]
        print(f"FAILED {result.get('testName')}: {text or result.get('outcome')}")
PY
  done
fi

# a test project whose host crashed leaves no result file: count it as a failure
test_projects=$(dotnet sln BelajarOrleans.sln list | grep -c 'Tests\.csproj$')
if ((${#trx_files[@]} < test_projects)); then
  echo "test.sh: only ${#trx_files[@]} of $test_projects test projects reported results" >&2
  failed=$((failed + test_projects - ${#trx_files[@]}))
fi
if ((test_exit != 0 && failed == 0)); then
  echo "test.sh: dotnet test exited with $test_exit" >&2
  failed=1
fi

if ((skipped > 0)); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
((failed == 0 && bench_failed == 0))
