#!/bin/sh
# Stackdeck test stand-in: one PostgreSQL connection (run by nc). SSL/GSS requests get 'N'; a startup
# message gets 57P03 while "starting up", else an AuthenticationSASL request like a real server with
# scram-sha-256; whatever the client sends next is refused with a FATAL naming the stand-in.
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/wire.sh
# read N: exactly N bytes of the connection (dd bs=1; busybox head -c reads ahead and would lose the rest)
read_bytes() { dd bs=1 count="$1" 2>/dev/null; }
hex() { read_bytes "$1" | od -An -v -tx1 | tr -d ' \n'; }
# error_response SQLSTATE MESSAGE: an ErrorResponse ('E') with severity FATAL
error_response() {
    body_len=$((4 + 7 + 7 + 7 + 1 + ${#2} + 1 + 1))
    printf 'E'
    _pg_int32 "$body_len"
    printf 'SFATAL\000VFATAL\000C%s\000M%s\000\000' "$1" "$2"
}
h=$(hex 8)
[ ${#h} -eq 16 ] || exit 0
len=$((0x${h%????????}))
code=${h#????????}
case $code in
    04d2162f|04d21630) # SSLRequest / GSSENCRequest: not supported, carry on in plain text
        printf 'N'
        h=$(hex 8)
        [ ${#h} -eq 16 ] || exit 0
        len=$((0x${h%????????}))
        code=${h#????????}
        ;;
    04d2162e) exit 0 ;; # CancelRequest
esac
if [ "$code" != 00030000 ] || [ "$len" -lt 8 ] || [ "$len" -gt 10000 ]; then
    standin_log postgres FATAL backend "unsupported frontend protocol $((0x${code%????})).$((0x${code#????})): server supports 3.0 to 3.0" >&2
    error_response 0A000 "unsupported frontend protocol"
    exit 0
fi
params=$(read_bytes $((len - 8)) | tr '\000' '\n')
user=$(printf '%s\n' "$params" | awk 'prev == "user" { print; exit } { prev = $0 }')
database=$(printf '%s\n' "$params" | awk 'prev == "database" { print; exit } { prev = $0 }')
if [ ! -e "${STANDIN_PG_READY:-/nonexistent}" ]; then
    standin_log postgres FATAL backend "the database system is starting up" >&2
    error_response 57P03 "the database system is starting up"
    exit 0
fi
# AuthenticationSASL offering SCRAM-SHA-256
printf 'R'
_pg_int32 23
_pg_int32 10
printf 'SCRAM-SHA-256\000\000'
# the client's answer (a SASLInitialResponse 'p'): read it whole, so closing does not reset the connection
reply=$(timeout 10 dd bs=1 count=5 2>/dev/null | od -An -v -tx1 | tr -d ' \n')
[ ${#reply} -eq 10 ] || exit 0  # pg_isready and PQping stop at the authentication request
rest=$((0x${reply#??} - 4))
[ "$rest" -gt 0 ] && [ "$rest" -lt 65536 ] && timeout 5 dd bs=1 count="$rest" >/dev/null 2>&1
standin_log postgres FATAL backend "password authentication failed for user \"${user:-?}\"" >&2
standin_log postgres DETAIL backend "Stackdeck test stand-in: PostgreSQL queries are not implemented here (database \"${database:-$user}\")." >&2
error_response 28P01 "password authentication failed for user \"${user:-?}\" (Stackdeck test stand-in: queries are not implemented)"
exit 0
