#!/usr/bin/env bash
# One entry point for developers and CI.
#   ./build.sh test    install what is needed, build (warnings are errors), start one Azurite, run every test
#   ./build.sh build   restore and build only
#   ./build.sh run     start Azurite and the function app's local host (http://127.0.0.1:7071/api/healthz)
#   ./build.sh bench   build (Release), start one Azurite, run the sync benchmark (artifacts/bench/sync.json); options after 'bench' go to it
#   ./build.sh demo    the complete local rehearsal migration (arrives with the lifecycle issue)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIGURATION=${CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*"; }

ensure_node_packages() {
  if [[ ! -x node_modules/.bin/azurite ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    log "npm ci (Azurite)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build() {
  log "dotnet build ($CONFIGURATION)"
  dotnet build Integration.sln -c "$CONFIGURATION" -nologo -v:minimal
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }

wait_port() { # port pid
  local i
  for i in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "Azurite exited before port $1 opened" >&2; return 1; }
    sleep 0.1
  done
  echo "Azurite did not open port $1 within 30 s" >&2
  return 1
}

AZURITE_PID=""
start_azurite() {
  local blob queue table
  blob=$(free_port); queue=$(free_port); table=$(free_port)
  node_modules/.bin/azurite --inMemoryPersistence --silent --skipApiVersionCheck --disableTelemetry --loose \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >"${AZURITE_LOG:-/dev/null}" 2>&1 &
  AZURITE_PID=$!
  trap stop_azurite EXIT
  wait_port "$blob" "$AZURITE_PID"; wait_port "$queue" "$AZURITE_PID"; wait_port "$table" "$AZURITE_PID"
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  log "Azurite (pid $AZURITE_PID) on blob $blob, queue $queue, table $table"
}

stop_azurite() {
  if [[ -n "$AZURITE_PID" ]] && kill -0 "$AZURITE_PID" 2>/dev/null; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
  fi
  AZURITE_PID=""
}

check_infra() {
  log "bicep build and lint (infra/)"
  dotnet restore eng/tools/tools.proj -nologo -v:quiet >/dev/null
  local bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/0.49.2/tools/bicep"
  chmod +x "$bicep"
  local out
  out=$("$bicep" build infra/main.bicep --stdout 2>&1 >/dev/null; "$bicep" lint infra/main.bicep 2>&1)
  if [[ -n "$out" ]]; then
    echo "$out" >&2
    return 1
  fi
}

run_tests() {
  ensure_node_packages
  build
  check_infra
  log "example plans"
  dotnet "cli/Integration.Cli/bin/$CONFIGURATION/net10.0/integration.dll" plan validate plans/examples/*.json
  start_azurite
  export INTEGRATION_TEST_STORAGE="$AZURITE_CONNECTION"
  log "dotnet test"
  local out="artifacts/test-output.log" status=0
  mkdir -p artifacts
  dotnet test Integration.sln -c "$CONFIGURATION" --no-build -nologo 2>&1 | tee "$out" || status=$?
  # One plain closing line for the whole suite.
  awk '/Failed:[[:space:]]+[0-9]+, Passed:[[:space:]]+[0-9]+, Skipped:[[:space:]]+[0-9]+/ {
         gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1 }' "$out" || status=1
  return "$status"
}

run_host() {
  ensure_node_packages
  build
  start_azurite
  log "local host on http://127.0.0.1:7071 (Ctrl+C stops it and Azurite)"
  AzureWebJobsStorage="$AZURITE_CONNECTION" dotnet "functions/Integration.Functions.LocalHost/bin/$CONFIGURATION/net10.0/Integration.Functions.LocalHost.dll" \
    --urls http://127.0.0.1:7071 --contentRoot functions/Integration.Functions.LocalHost
}

run_bench() {
  CONFIGURATION=Release
  ensure_node_packages
  build
  start_azurite
  log "sync benchmark (Salesforce Account -> HubSpot companies)"
  AzureWebJobsStorage="$AZURITE_CONNECTION" dotnet "tests/Benchmarks/bin/Release/net10.0/Integration.Benchmarks.dll" --root "$ROOT" "$@"
}

case "${1:-test}" in
  test) run_tests ;;
  build) ensure_node_packages; build ;;
  run) run_host ;;
  bench) shift; run_bench "$@" ;;
  demo)
    echo "The complete local rehearsal migration (./build.sh demo) arrives with the migration lifecycle issue." >&2
    echo "Today: './build.sh test' runs every test; './build.sh run' serves the function app locally on Azurite." >&2
    exit 2 ;;
  *) echo "usage: ./build.sh [test|build|run|bench|demo]" >&2; exit 2 ;;
esac
