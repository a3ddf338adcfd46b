# Stackdeck test stand-in: tiny clients for the PostgreSQL startup handshake and Redis RESP, in busybox sh.
# Secrets only ever pass through shell builtins (printf), never a process's arguments or a log line.

# _pg_int32 N: N as four big-endian bytes.
_pg_int32() {
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}

# pg_startup USER DATABASE APPLICATION: a protocol 3.0 StartupMessage.
pg_startup() {
    _n=$((8 + 5 + ${#1} + 1 + 9 + ${#2} + 1 + 17 + ${#3} + 1 + 1))
    _pg_int32 "$_n"
    printf '\000\003\000\000'
    printf 'user\000%s\000database\000%s\000application_name\000%s\000\000' "$1" "$2" "$3"
}

# pg_ping HOST PORT USER DATABASE: prints "ok", "reject <sqlstate> <message>" or "no-response", and
# returns 0, 1 or 2 like PQping/pg_isready: an auth request or any error but 57P03 means the server is up.
pg_ping() {
    _reply=$(pg_startup "$3" "$4" pg_isready | timeout 5 nc "$1" "$2" 2>/dev/null | head -c 2048 | od -An -v -tx1 | tr -d ' \n')
    echo "$_reply" | awk '
        function c(h) { return sprintf("%c", ("0x" h) + 0) }
        {
            s = $0; t = substr(s, 1, 2)
            if (t == "52") { print "ok"; exit 0 }              # R: authentication request
            if (t != "45") { print "no-response"; exit 2 }     # anything but E: no usable answer
            i = 11
            while (i <= length(s)) {
                f = substr(s, i, 2); i += 2
                if (f == "00") break
                v = ""
                while (i <= length(s) && substr(s, i, 2) != "00") { v = v c(substr(s, i, 2)); i += 2 }
                i += 2
                if (f == "43") code = v
                if (f == "4d") msg = v
            }
            if (code == "57P03") { print "reject", code, msg; exit 1 }
            print "ok", code, msg
            exit 0
        }
        END { if (NR == 0) { print "no-response"; exit 2 } }'
}

# resp_array ARGS...: one RESP command.
resp_array() {
    printf '*%d\r\n' $#
    for _a in "$@"; do
        printf '$%d\r\n%s\r\n' "$(printf '%s' "$_a" | wc -c)" "$_a"
    done
}

# resp_request HOST PORT PASSWORD ARGS...: sends [AUTH PASSWORD,] the command and QUIT; prints the raw
# reply lines (CR removed): the AUTH answer first when a password was given, the QUIT answer last.
resp_request() {
    _host=$1 _port=$2 _pw=$3
    shift 3
    {
        [ -n "$_pw" ] && resp_array AUTH "$_pw"
        resp_array "$@"
        resp_array QUIT
    } | timeout 5 nc "$_host" "$_port" 2>/dev/null | tr -d '\r'
}

# resp_ping HOST PORT PASSWORD: prints PING's answer (+PONG, -NOAUTH ...); true only for +PONG.
resp_ping() {
    _out=$(resp_request "$1" "$2" "$3" PING)
    if [ -n "$3" ]; then
        _auth=$(printf '%s\n' "$_out" | head -n 1)
        if [ "$_auth" != "+OK" ]; then
            echo "${_auth:-no answer}"
            return 1
        fi
        _out=$(printf '%s\n' "$_out" | sed 1d)
    fi
    _first=$(printf '%s\n' "$_out" | head -n 1)
    echo "${_first:-no answer}"
    [ "$_first" = "+PONG" ]
}
