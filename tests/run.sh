#!/usr/bin/env bash
# The whole test suite: set-up, release build, test servers (tests/setup.d), ctest for every label
# (models, ui, integration, benchmark) offscreen, then the Debian 13 lane. Exits non-zero if anything failed.
set -uo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$SRC/build/release
JOBS=$(nproc)
FAILED=()
SUMMARY=()
say() { echo "tests: $*"; }
phase() { # phase NAME command... : runs one phase, times it, records a failure
    local name=$1; shift
    local start=$SECONDS
    say "=== $name"
    if "$@"; then
        say "=== $name: ok ($((SECONDS - start)) s)"
    else
        say "=== $name: FAILED ($((SECONDS - start)) s)"
        FAILED+=("$name")
    fi
    SUMMARY+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
}

cd "$SRC"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$SRC/build"

configure_and_build() {
    cmake --preset release -DSTACKDECK_BUILD_GUI=ON -DSTACKDECK_BUILD_TESTS=ON >"$SRC/build/release-configure.log" 2>&1 \
        || { cat "$SRC/build/release-configure.log"; return 1; }
    sed -n '/The following features have been enabled/,/Configuring done/p' "$SRC/build/release-configure.log"
    cmake --build "$BUILD" -j "$JOBS"
}

run_setup_scripts() {
    local script status=0
    for script in "$SRC"/tests/setup.d/*.sh; do
        [ -e "$script" ] || continue
        say "setup.d: $(basename "$script")"
        bash "$script" </dev/null || { say "setup.d: $(basename "$script") failed"; status=1; }
    done
    return $status
}

run_ctest() {
    # Models and widget tests in parallel; integration tests one at a time (they share the engine and ports).
    # grep reads all of ctest -N (no -q): an early exit would SIGPIPE ctest and, under pipefail, skip the phase.
    # Benchmarks run on their own below, verbose, so their figures reach the CI log.
    local status=0
    ctest --test-dir "$BUILD" --output-on-failure -LE "integration|benchmark" -j "$JOBS" --timeout 900 || status=1
    if ctest --test-dir "$BUILD" -N -L integration | grep "Test *#" >/dev/null; then
        ctest --test-dir "$BUILD" --output-on-failure -L integration --timeout 900 || status=1
    fi
    return $status
}

run_benchmarks() {
    if ! ctest --test-dir "$BUILD" -N -L benchmark | grep "Test *#" >/dev/null; then
        say "no benchmark registered yet"
        return 0
    fi
    ctest --test-dir "$BUILD" -V -L benchmark --timeout 1800
}

phase "setup (packaging/setup-debian.sh)" "$SRC/packaging/setup-debian.sh"
if [ ${#FAILED[@]} -eq 0 ]; then
    phase "configure + build (release)" configure_and_build
fi
if [ ${#FAILED[@]} -eq 0 ]; then
    phase "test servers (tests/setup.d)" run_setup_scripts
    phase "ctest (models, ui, integration)" run_ctest
    phase "ctest (benchmark, verbose)" run_benchmarks
    if [ -n "${STACKDECK_SKIP_DEBIAN13:-}" ]; then
        say "Debian 13 lane skipped (STACKDECK_SKIP_DEBIAN13 is set)"
    else
        phase "Debian 13 lane (packaging/debian13-lane.sh)" "$SRC/packaging/debian13-lane.sh"
    fi
    # The .deb from this build, installed with apt in a clean Debian 12 chroot and started there.
    if [ -n "${STACKDECK_SKIP_DEB:-}" ]; then
        say ".deb lane skipped (STACKDECK_SKIP_DEB is set)"
    else
        phase ".deb on a clean Debian 12 (packaging/deb-lane.sh)" "$SRC/packaging/deb-lane.sh" "$BUILD"
    fi
fi

say "summary:"
for line in "${SUMMARY[@]}"; do
    say "  $line"
done
if [ ${#FAILED[@]} -gt 0 ]; then
    say "FAILED: ${FAILED[*]}"
    exit 1
fi
say "all phases passed"
