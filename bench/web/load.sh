#!/usr/bin/env bash
# Load test of the events API on a 1-million-event database (issue 6):
# `detente serve` in one process, wrk in another, on loopback, for a fixed
# time. Needs wrk (apt-get install wrk).
#
#   bench/web/load.sh [DB] [SECONDS] [CONNECTIONS]
#
# DB defaults to bench/out/bulk1m.db, made on first use by the store's bulk
# example (100,000 synthetic documents, 1,000,000 events, about 4 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:-bench/out/bulk1m.db}
SECS=${2:-30}
CONNS=${3:-16}
PORT=${PORT:-8097}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
cargo build --release -q -p detente -p detente-store --example bulk
if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    echo "filling $DB with 1,000,000 events (a few minutes)…" >&2
    target/release/examples/bulk 1000000 "$DB" > "$DB.fill.log"
fi
target/release/detente serve --db "$DB" --addr "127.0.0.1:$PORT" 2> "$DB.serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
    sleep 0.1
done
# Warm the page cache, then measure.
wrk -t2 -c"$CONNS" -d5s -s bench/web/events.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s bench/web/events.lua "http://127.0.0.1:$PORT"
