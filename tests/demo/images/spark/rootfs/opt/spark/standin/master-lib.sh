# Stackdeck test stand-in: the Spark master's shared state (files under $SPARK_STANDIN_STATE).
. /usr/local/lib/standin/standin.sh
S=${SPARK_STANDIN_STATE:-/tmp/spark-standin-master}

slog() { standin_log spark "$1" "$2" "$3" >&2; }

state_files() {
    for f in "$S"/workers/* "$S"/apps/*; do
        [ -e "$f" ] && printf '%s\n' "$f"
    done
}

# master_state AWK-ASSIGNMENTS...: runs master-state.awk over the current state.
master_state() {
    awk -v now="$(date +%s)000" -v url="${SPARK_MASTER_URL_SELF:-}" "$@" -f /opt/spark/standin/master-state.awk /dev/null $(state_files)
}

# mem_text MB: Spark's Utils.megabytesToString.
mem_text() {
    awk -v m="$1" 'BEGIN { if (m >= 1024) printf "%.1f GiB", m / 1024; else printf "%.1f MiB", m }'
}

# write_file PATH LINE: atomic replace (handlers run concurrently).
write_file() {
    printf '%s\n' "$2" >"$1.tmp.$$" && mv -f "$1.tmp.$$" "$1"
}
