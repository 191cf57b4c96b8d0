#!/usr/bin/env bash
# make bench: build claimsh and claimsh-bench in release, generate a deterministic corpus of about a million
# claims, and measure ingest, memory, start-up and the benchmark queries side by side with SQLite.
#
# Knobs (environment): BENCH_ARTICLES (25000 ≈ 1,000,000 claims), BENCH_SEED (1), BENCH_RUNS (50 per query and
# engine), BENCH_INGEST_SAMPLE (articles timed on 1 and 2 cores; 2000), BENCH_DIR (/tmp/claimsh-bench),
# BENCH_SCRATCH (SwiftPM scratch path; .build). The corpus is kept in BENCH_DIR and reused when it is complete.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${BENCH_ARTICLES:-25000}
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-50}
sample=${BENCH_INGEST_SAMPLE:-2000}
work=${BENCH_DIR:-/tmp/claimsh-bench}
scratch=${BENCH_SCRATCH:-.build}
swift=${SWIFT:-swift}

# The sqlite3 shell builds the database; claimsh-bench loads libsqlite3.so.0 (which it depends on) to time queries.
if ! command -v sqlite3 >/dev/null; then
    echo "bench: installing sqlite3"
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3
fi

started=$(date +%s)
echo "== machine"
echo "nproc: $(nproc)"
lscpu | grep -E '^(Architecture|Model name|CPU\(s\)|Thread|Core|Socket|CPU max MHz)' || true
grep MemTotal /proc/meminfo
echo "swift: $($swift --version 2>&1 | head -1)"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build (release)"
$swift build -c release --scratch-path "$scratch" --product claimsh
$swift build -c release --scratch-path "$scratch" --product claimsh-bench
bin=$($swift build -c release --scratch-path "$scratch" --show-bin-path)

corpus="$work/corpus-$articles-seed$seed"
mkdir -p "$work"
if [ ! -f "$corpus/.complete" ]; then
    echo "== corpus"
    rm -rf "$corpus"
    "$bin/claimsh-bench" gen --articles "$articles" --seed "$seed" "$corpus"
    touch "$corpus/.complete"
else
    echo "== corpus: reusing $corpus"
fi

echo "== benchmark: $bin/claimsh-bench run $corpus --sqlite $work/claims.db --claimsh $bin/claimsh --runs $runs --ingest-sample $sample"
"$bin/claimsh-bench" run "$corpus" --sqlite "$work/claims.db" --claimsh "$bin/claimsh" \
    --runs "$runs" --ingest-sample "$sample" --report "$work/report.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench: done in $(( $(date +%s) - started )) s; report in $work/report.md"
