#!/usr/bin/env bash
# Builds and runs claimsh's libFuzzer targets (Fuzz/*.swift); see docs/robustness.md.
#
#   scripts/fuzz.sh build                 compile the stage modules and both targets with -sanitize=fuzzer,address
#   scripts/fuzz.sh run TARGET [ARGS...]  run one target (query | article) on its working corpus; ARGS go to libFuzzer
#                                         (default: -max_total_time=$FUZZ_SECONDS, 60 s)
#   scripts/fuzz.sh all                   build, then run each target for $FUZZ_SECONDS (what `make fuzz` does)
#   scripts/fuzz.sh minimize TARGET       merge the working corpus into a minimal set in Tests/FuzzRegression/TARGET
#
# The targets are never part of `swift build`: SwiftPM cannot link a second main for libFuzzer, so this script
# compiles each stage module with swiftc into .build-fuzz/ (override with FUZZ_DIR) and links the entry files with
# Tests/RobustnessTests/FuzzCases.swift, the per-input code the regression replay runs too.
# FUZZ_REV=<git revision> builds from that revision's Sources/ instead of the working tree (useful while
# other people have half-edited files), FUZZ_SOURCE_ROOT=DIR from DIR/Sources; FUZZ_RELINK_ONLY=1 reuses compiled modules and relinks the targets. A crash leaves crash-* in .build-fuzz/findings/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FUZZ_DIR=${FUZZ_DIR:-$ROOT/.build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
SWIFTC=${SWIFTC:-swiftc}
MODULES=(ClaimDiagnostics ClaimCorpus ClaimExtraction ClaimStore ClaimQuery ClaimRender)
FLAGS=(-O -gline-tables-only -sanitize=fuzzer,address -parse-as-library -swift-version 5)

sources_root() {
    if [ -n "${FUZZ_SOURCE_ROOT:-}" ]; then
        echo "$FUZZ_SOURCE_ROOT"
    elif [ -n "${FUZZ_REV:-}" ]; then
        rm -rf "$FUZZ_DIR/src" && mkdir -p "$FUZZ_DIR/src"
        git archive "$FUZZ_REV" Sources | tar -x -C "$FUZZ_DIR/src"
        echo "$FUZZ_DIR/src"
    else
        echo "$ROOT"
    fi
}

build() {
    local src obj
    src=$(sources_root)
    obj=$FUZZ_DIR/obj
    mkdir -p "$obj"
    for module in "${MODULES[@]}"; do
        if [ -n "${FUZZ_RELINK_ONLY:-}" ] && [ -f "$obj/$module.o" ]; then continue; fi
        echo "fuzz: compiling $module"
        mapfile -t files < <(find "$src/Sources/$module" -name '*.swift' | sort)
        "$SWIFTC" "${FLAGS[@]}" -enable-testing -module-name "$module" -wmo -c "${files[@]}" \
            -I "$obj" -emit-module -emit-module-path "$obj/$module.swiftmodule" -o "$obj/$module.o"
    done
    for target in query article; do
        local entry
        entry=$ROOT/Fuzz/$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}Fuzz.swift
        echo "fuzz: linking fuzz-$target"
        "$SWIFTC" "${FLAGS[@]}" -module-name "FuzzTarget" "$entry" Tests/RobustnessTests/FuzzCases.swift -I "$obj" \
            $(printf "$obj/%s.o " "${MODULES[@]}") -o "$FUZZ_DIR/fuzz-$target" 2>&1 | { grep -v 'Cannot export local symbol' || true; }
    done
}

# The starting corpus: the regression corpus, then examples (each statement line) or the seed articles.
seed_corpus() {
    local target=$1 corpus=$FUZZ_DIR/corpus/$1
    mkdir -p "$corpus"
    cp -n Tests/FuzzRegression/"$target"/* "$corpus"/ 2>/dev/null || true
    if [ "$target" = query ]; then
        local n=0
        for script in examples/*.cq; do
            while IFS= read -r line; do
                case "$line" in ''|--*|.*) continue ;; esac
                n=$((n + 1))
                printf '%s' "$line" > "$corpus/example-$n"
            done < "$script"
        done
    else
        for article in seeds/*.txt examples/*.txt examples/*.html; do
            [ -f "$article" ] && cp -n "$article" "$corpus/seed-$(basename "$article")"
        done
    fi
    return 0
}

run() {
    local target=$1
    shift
    local binary=$FUZZ_DIR/fuzz-$target
    [ -x "$binary" ] || { echo "fuzz: $binary is not built; run scripts/fuzz.sh build" >&2; exit 2; }
    seed_corpus "$target"
    mkdir -p "$FUZZ_DIR/findings/$target"
    local args=("$@")
    [ ${#args[@]} -gt 0 ] || args=(-max_total_time="$FUZZ_SECONDS")
    # -rss_limit_mb: the seed store plus ASan's shadow; -timeout: one input may not take longer than this.
    # Statements are short; articles are cut at 2 KB so the slow extractor still sees many shapes per minute.
    local max_len=1024
    [ "$target" = article ] && max_len=2048
    # Allocation stack traces cost a fifth of each run; a finding is replayed with them (see docs/robustness.md).
    ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0} \
    "$binary" "$FUZZ_DIR/corpus/$target" -dict="Fuzz/$target.dict" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$FUZZ_DIR/findings/$target/" -print_final_stats=1 "${args[@]}"
}

minimize() {
    local target=$1 fresh=$FUZZ_DIR/minimized-$1
    rm -rf "$fresh" && mkdir -p "$fresh"
    "$FUZZ_DIR/fuzz-$target" -merge=1 -timeout=10 -rss_limit_mb=4096 "$fresh" "$FUZZ_DIR/corpus/$target"
    mkdir -p "Tests/FuzzRegression/$target"
    # Replace the hash-named inputs; inputs saved under a name of their own (past findings) stay.
    find "Tests/FuzzRegression/$target" -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
    cp "$fresh"/* "Tests/FuzzRegression/$target"/
}

case "${1:-all}" in
    build) build ;;
    run) shift; run "$@" ;;
    minimize) minimize "$2" ;;
    all)
        build
        for target in query article; do run "$target" -max_total_time="$FUZZ_SECONDS"; done ;;
    *) echo "usage: scripts/fuzz.sh build | run TARGET [libFuzzer args] | minimize TARGET | all" >&2; exit 2 ;;
esac
