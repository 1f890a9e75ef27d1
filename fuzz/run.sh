#!/usr/bin/env bash
# Run every fuzz target of detente for a set time, one after the other, and
# print what each did (runs, corpus, crashes). Outside CI: it needs nightly
# Rust and cargo-fuzz (`cargo install cargo-fuzz`).
#
#   fuzz/run.sh              every target, 120 s each
#   fuzz/run.sh 600          every target, 10 minutes each
#   fuzz/run.sh 60 html warc two targets, a minute each
#
# Seeds come from the repository's own fixtures and samples (copied into
# fuzz/corpus/<target>/ on the first run; the corpus then grows there).
# A crash or hang (an input over FUZZ_TIMEOUT seconds, 10 by default) is saved under fuzz/artifacts/<target>/;
# copy it to fuzz/regressions/<target>/ so that `cargo test` replays it
# (crates/ingest/tests/fuzz_replay.rs), and fix it.
#
# The targets are built without a sanitizer (`-s none`): the code is safe
# Rust, and what is looked for is panics, hangs and broken invariants,
# which the targets check themselves (fuzz/src/targets.rs).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$here"

secs="${1:-120}"
shift || true
all=(decode html feed warc jsonl sources clean split dates quotes extract)
targets=("${@:-${all[@]}}")
if [ "$#" -eq 0 ]; then targets=("${all[@]}"); fi

toolchain="${FUZZ_TOOLCHAIN:-nightly}"
# Seconds one input may take before it counts as a hang.
hang="${FUZZ_TIMEOUT:-10}"
cargo "+$toolchain" fuzz build -s none >/dev/null 2>&1 || cargo "+$toolchain" fuzz build -s none

seed() {
    local t="$1" dir="corpus/$1"
    mkdir -p "$dir"
    # Every input that once broke the target, then (first run) the seeds.
    if [ -d "regressions/$t" ]; then cp regressions/"$t"/* "$dir"/ 2>/dev/null || true; fi
    [ -n "$(ls -A "$dir")" ] && [ -e "$dir/.seeded" ] && return 0
    touch "$dir/.seeded"
    case "$t" in
        html)
            cp "$root"/crates/html/tests/fixtures/*.html "$dir"/
            cp "$root"/crates/sources/tests/fixtures/pages/*.htm* "$dir"/ ;;
        feed)
            cp "$root"/crates/sources/tests/fixtures/feeds/*.xml "$dir"/ ;;
        warc)
            local body='<html><body><p>The envoys met in Geneva on Monday.</p></body></html>'
            local http
            http="$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s' "${#body}" "$body")"
            printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://n.example.org/a\r\nWARC-Date: 2025-03-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
                "${#http}" "$http" > "$dir/one.warc"
            gzip -c "$dir/one.warc" > "$dir/one.warc.gz" ;;
        jsonl)
            cp "$root"/crates/sources/tests/fixtures/corpus.jsonl "$dir"/ ;;
        sources)
            cp "$root"/crates/sources/tests/fixtures/feeds/*.xml "$dir"/
            cp "$root"/crates/sources/tests/fixtures/corpus.jsonl "$dir"/
            cp "$root"/crates/sources/tests/fixtures/pages/* "$dir"/ ;;
        *)
            # Text targets: the project's own sample articles, cut to 4 KiB.
            for f in "$root"/samples/*.txt; do
                head -c 4096 "$f" > "$dir/$(basename "$f")"
            done ;;
    esac
}

printf '%-8s %8s %10s %8s %8s %7s\n' target seconds runs runs/s corpus crashes
for t in "${targets[@]}"; do
    seed "$t"
    mkdir -p "artifacts/$t"
    log="artifacts/$t/last-run.log"
    before=$(ls "artifacts/$t" | grep -cv '^last-run.log$' || true)
    # -timeout: an input that takes longer is a hang, saved like a crash.
    cargo "+$toolchain" fuzz run -s none "$t" "corpus/$t" -- \
        -max_total_time="$secs" -timeout="$hang" -rss_limit_mb=4096 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="artifacts/$t/" >"$log" 2>&1 || true
    after=$(ls "artifacts/$t" | grep -cv '^last-run.log$' || true)
    runs=$( (grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" || true) | grep -o '[0-9]*$' | tail -1 || true)
    corpus=$(ls "corpus/$t" | wc -l)
    runs=${runs:-0}
    printf '%-8s %8s %10s %8s %8s %7s\n' "$t" "$secs" "$runs" "$((runs / secs))" "$corpus" "$((after - before))"
done
