# Stackdeck test stand-in: shared shell helpers (sourced by every stand-in's scripts, busybox ash).
# Log lines go through loggen.awk so one-off lines and generated ones share the program's format.
STANDIN_LIB=/usr/local/lib/standin
STANDIN_PIDS=

# standin_log FMT LEVEL LOGGER TEXT [EXTRA]: one line in FMT's style on stdout (values pass via the
# environment so backslashes and quotes reach awk unchanged; no placeholder is expanded).
standin_log() {
    LOG_FMT=$1 LOG_LEVEL=$2 LOG_LOGGER=$3 LOG_TEXT=$4 LOG_EXTRA=${5:-} \
        awk -v mode=once -f "$STANDIN_LIB/loggen.awk"
}

# standin_loggen FMT MESSAGES [awk -v assignments...]: generates lines forever at a modest rate.
standin_loggen() {
    local fmt=$1 messages=$2
    shift 2
    awk -v mode=gen -v fmt="$fmt" -v seed="$RANDOM$RANDOM" -v net="$(standin_ip | cut -d. -f1-3)" "$@" \
        -f "$STANDIN_LIB/loggen.awk" "$messages"
}

standin_loggen_stderr() {
    standin_loggen "$@" >&2
}

# standin_bg CMD...: starts a child the supervisor watches (its death ends the container, like a crash).
standin_bg() {
    "$@" &
    STANDIN_PIDS="$STANDIN_PIDS $!"
}

# standin_listen PORT HANDLER [ARGS...]: a forking TCP server on every address; the handler gets the
# connection on stdin/stdout, the caller's stdout as fd 3 and its stderr, for log lines.
standin_listen() {
    local listen_port=$1
    shift
    nc -ll -p "$listen_port" -e "$@" 3>&1 &
    STANDIN_PIDS="$STANDIN_PIDS $!"
}

# standin_supervise: waits for a stop signal (runs standin_on_stop, if defined, then exits 0) and calls
# standin_tick, if defined, every 5 s; exits 1 when a watched child died.
standin_supervise() {
    local p
    trap 'standin_stop TERM' TERM
    trap 'standin_stop INT' INT
    trap 'standin_stop QUIT' QUIT
    trap 'standin_stop HUP' HUP
    while :; do
        for p in $STANDIN_PIDS; do
            if ! kill -0 "$p" 2>/dev/null; then
                echo "stand-in: child $p exited; stopping so the restart policy applies" >&2
                kill $STANDIN_PIDS 2>/dev/null
                exit 1
            fi
        done
        if command -v standin_tick >/dev/null 2>&1; then standin_tick; fi
        sleep 5 &
        wait $!
    done
}

standin_stop() {
    trap '' TERM INT QUIT HUP
    if command -v standin_on_stop >/dev/null 2>&1; then standin_on_stop "$1"; fi
    kill $STANDIN_PIDS 2>/dev/null
    exit 0
}

# standin_ip: the container's first IPv4 address on a non-loopback interface.
standin_ip() {
    ip -4 -o addr show scope global 2>/dev/null | awk '{ sub(/\/.*/, "", $4); print $4; exit }'
}

# standin_wait_tcp HOST PORT SECONDS: true once HOST:PORT accepts a connection.
standin_wait_tcp() {
    local i=0
    while [ "$i" -lt "$3" ]; do
        if echo | timeout 3 nc "$1" "$2" >/dev/null 2>&1; then return 0; fi
        i=$((i + 1))
        sleep 1
    done
    return 1
}

# standin_http_get URL: body on stdout; status 0 only for a 2xx answer (busybox wget, bounded by timeout;
# wget's own -T option crashes Debian 12's busybox-static, so it is never used).
standin_http_get() {
    timeout 10 wget -q -O - "$1" 2>/dev/null
}

# standin_mask NAME VALUE: VALUE, or asterisks when NAME looks like a secret (as Grafana masks them).
standin_mask() {
    case $1 in
        *PASSWORD*|*SECRET*|*KEY*|*TOKEN*|*password*|*secret*) echo '*********' ;;
        *) echo "$2" ;;
    esac
}
