#!/bin/sh
# Stackdeck test stand-in: one Redis client connection (run by nc): RESP arrays or inline commands.
CR=$(printf '\r')
authed=0
[ -z "${STANDIN_REQUIREPASS:-}" ] && authed=1
kv=/data/standin-kv

reply() { printf '%s\r\n' "$1"; }
bulk() { printf '$%d\r\n%s\r\n' "$(printf '%s' "$1" | wc -c)" "$1"; }
keyfile() { printf '%s/%s' "$kv" "$(printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n')"; }

# read_command: sets ARGC and ARG1..ARGn; false at end of stream
read_command() {
    IFS= read -r line || return 1
    line=${line%"$CR"}
    ARGC=0
    case $line in
        \**)
            n=${line#\*}
            case $n in ''|*[!0-9]*) return 1 ;; esac
            i=0
            while [ "$i" -lt "$n" ]; do
                IFS= read -r len || return 1
                IFS= read -r arg || return 1
                i=$((i + 1))
                eval "ARG$i=\${arg%\"\$CR\"}"
            done
            ARGC=$n
            ;;
        '') ;;
        *)
            set -f
            for word in $line; do
                ARGC=$((ARGC + 1))
                eval "ARG$ARGC=\$word"
            done
            set +f
            ;;
    esac
    return 0
}

while read_command; do
    [ "$ARGC" -gt 0 ] || continue
    cmd=$(echo "$ARG1" | tr 'a-z' 'A-Z')
    if [ "$authed" -eq 0 ] && [ "$cmd" != AUTH ] && [ "$cmd" != QUIT ] && [ "$cmd" != HELLO ]; then
        reply "-NOAUTH Authentication required."
        continue
    fi
    case $cmd in
        AUTH)
            given=$ARG2
            [ "$ARGC" -ge 3 ] && given=$ARG3
            if [ -z "${STANDIN_REQUIREPASS:-}" ]; then
                reply "-ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?"
            elif [ "$given" = "$STANDIN_REQUIREPASS" ]; then
                authed=1
                reply "+OK"
            else
                reply "-WRONGPASS invalid username-password pair or user is disabled."
            fi
            ;;
        PING) if [ "$ARGC" -ge 2 ]; then bulk "$ARG2"; else reply "+PONG"; fi ;;
        ECHO) bulk "$ARG2" ;;
        QUIT) reply "+OK"; exit 0 ;;
        SELECT) reply "+OK" ;;
        CLIENT) reply "+OK" ;;
        DBSIZE) reply ":$(ls "$kv" 2>/dev/null | wc -l)" ;;
        SET) printf '%s' "$ARG3" >"$(keyfile "$ARG2")" && reply "+OK" || reply "-MISCONF Errors writing to the data directory" ;;
        GET)
            f=$(keyfile "$ARG2")
            if [ -f "$f" ]; then bulk "$(cat "$f")"; else reply '$-1'; fi
            ;;
        INCR)
            f=$(keyfile "$ARG2")
            v=$(cat "$f" 2>/dev/null || echo 0)
            case $v in ''|*[!0-9-]*) reply "-ERR value is not an integer or out of range"; continue ;; esac
            v=$((v + 1))
            printf '%s' "$v" >"$f"
            reply ":$v"
            ;;
        DEL|EXISTS)
            n=0
            i=2
            while [ "$i" -le "$ARGC" ]; do
                eval "k=\$ARG$i"
                f=$(keyfile "$k")
                if [ -f "$f" ]; then
                    n=$((n + 1))
                    [ "$cmd" = DEL ] && rm -f "$f"
                fi
                i=$((i + 1))
            done
            reply ":$n"
            ;;
        EXPIRE) if [ -f "$(keyfile "$ARG2")" ]; then reply ":1"; else reply ":0"; fi ;;
        INFO)
            up=$(( $(date +%s) - ${STANDIN_REDIS_START:-$(date +%s)} ))
            bulk "$(printf '# Server\r\nredis_version:7.2.5\r\nredis_mode:standalone\r\nos:Linux\r\narch_bits:64\r\ntcp_port:6379\r\nuptime_in_seconds:%s\r\nexecutable:/usr/local/bin/redis-server\r\nstandin:Stackdeck test stand-in\r\n\r\n# Memory\r\nused_memory:1048576\r\nused_memory_human:1.00M\r\nmaxmemory:%s\r\nmaxmemory_policy:noeviction\r\n\r\n# Keyspace\r\ndb0:keys=%s,expires=0,avg_ttl=0\r\n' "$up" "${STANDIN_REDIS_MAXMEMORY:-0}" "$(ls "$kv" 2>/dev/null | wc -l)")"
            ;;
        COMMAND) reply "*0" ;;
        *)
            args=
            i=2
            while [ "$i" -le "$ARGC" ] && [ "$i" -le 4 ]; do
                eval "args=\"\$args'\$ARG$i' \""
                i=$((i + 1))
            done
            reply "-ERR unknown command '$ARG1', with args beginning with: $args"
            ;;
    esac
done
exit 0
