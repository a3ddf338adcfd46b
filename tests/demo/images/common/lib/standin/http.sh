# Stackdeck test stand-in: HTTP/1.1 helpers for handlers run by `nc -ll -e` (one process per connection,
# the socket on stdin/stdout). Every answer closes the connection (Connection: close).
CR=$(printf '\r')

# Reads the request line and headers (and a body up to 64 KiB); false on a closed or silent connection.
http_read_request() {
    HTTP_METHOD= HTTP_TARGET= HTTP_PATH= HTTP_QUERY= HTTP_VERSION= HTTP_UA=- HTTP_HOST=- HTTP_REFERER=-
    HTTP_AUTH= HTTP_XFF=- HTTP_CLEN=0 HTTP_BODY= HTTP_STATUS=000 HTTP_SIZE=0
    IFS= read -r -t 10 _line || return 1
    _line=${_line%"$CR"}
    set -f
    set -- $_line
    set +f
    [ $# -ge 2 ] || return 1
    HTTP_METHOD=$1 HTTP_TARGET=$2 HTTP_VERSION=${3:-HTTP/1.0}
    HTTP_PATH=${HTTP_TARGET%%\?*}
    case $HTTP_TARGET in *\?*) HTTP_QUERY=${HTTP_TARGET#*\?} ;; esac
    while IFS= read -r -t 10 _h; do
        _h=${_h%"$CR"}
        [ -z "$_h" ] && break
        _v=${_h#*:}
        _v=${_v# }
        case ${_h%%:*} in
            [Uu][Ss][Ee][Rr]-[Aa][Gg][Ee][Nn][Tt]) HTTP_UA=$_v ;;
            [Hh][Oo][Ss][Tt]) HTTP_HOST=$_v ;;
            [Rr][Ee][Ff][Ee][Rr][Ee][Rr]) HTTP_REFERER=$_v ;;
            [Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]) HTTP_AUTH=$_v ;;
            [Xx]-[Ff][Oo][Rr][Ww][Aa][Rr][Dd][Ee][Dd]-[Ff][Oo][Rr]) HTTP_XFF=$_v ;;
            [Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Ll][Ee][Nn][Gg][Tt][Hh]) HTTP_CLEN=$_v ;;
        esac
    done
    case $HTTP_CLEN in ''|*[!0-9]*) HTTP_CLEN=0 ;; esac
    if [ "$HTTP_CLEN" -gt 0 ] && [ "$HTTP_CLEN" -le 65536 ]; then
        HTTP_BODY=$(head -c "$HTTP_CLEN")
    fi
    return 0
}

# http_query_param NAME: the (still URL-encoded) value of NAME in the query string.
http_query_param() {
    echo "&$HTTP_QUERY" | sed -n "s/.*&$1=\([^&]*\).*/\1/p"
}

http_urldecode() {
    printf '%s' "$1" | sed 's/+/ /g' | { read -r _u; httpd -d "$_u" 2>/dev/null || echo "$_u"; }
}

http_reason() {
    case $1 in
        200) echo OK ;; 201) echo Created ;; 204) echo "No Content" ;; 301) echo "Moved Permanently" ;;
        302) echo Found ;; 304) echo "Not Modified" ;; 400) echo "Bad Request" ;; 401) echo Unauthorized ;;
        403) echo Forbidden ;; 404) echo "Not Found" ;; 405) echo "Method Not Allowed" ;;
        500) echo "Internal Server Error" ;; 502) echo "Bad Gateway" ;; 503) echo "Service Unavailable" ;;
        504) echo "Gateway Timeout" ;; *) echo Unknown ;;
    esac
}

# http_reply CODE CONTENT-TYPE BODY [EXTRA-HEADER-LINES]: a complete answer (no body for HEAD).
# HTTP_SERVER, when set, is sent as the Server header.
http_reply() {
    HTTP_STATUS=$1
    HTTP_SIZE=$(printf '%s' "$3" | wc -c)
    {
        printf 'HTTP/1.1 %s %s\r\n' "$1" "$(http_reason "$1")"
        [ -n "${HTTP_SERVER:-}" ] && printf 'Server: %s\r\n' "$HTTP_SERVER"
        printf 'Date: %s\r\n' "$(date -u '+%a, %d %b %Y %H:%M:%S GMT')"
        printf 'Content-Type: %s\r\nContent-Length: %s\r\nConnection: close\r\n' "$2" "$HTTP_SIZE"
        if [ -n "${4:-}" ]; then printf '%s\n' "$4" | sed 's/$/\r/'; fi
        printf '\r\n'
        [ "$HTTP_METHOD" = HEAD ] || printf '%s' "$3"
    }
}

http_json() { http_reply "$1" "application/json" "$2" "${3:-}"; }
http_text() { http_reply "$1" "text/plain; charset=utf-8" "$2" "${3:-}"; }
http_html() { http_reply "$1" "text/html; charset=utf-8" "$2" "${3:-}"; }

# Sets HTTP_PEER_IP and HTTP_PEER_PORT from the kernel's socket table (nc -e does not pass them).
http_peer() {
    _ino=$(readlink "/proc/$$/fd/0" 2>/dev/null)
    _ino=${_ino#socket:\[}
    _ino=${_ino%\]}
    set -- $(awk -v ino="$_ino" '
        function h(x) { return ("0x" x) + 0 }
        FNR > 1 && $10 == ino {
            split($3, a, ":"); ip = a[1]
            if (length(ip) == 32) {
                if (substr(ip, 1, 24) != "0000000000000000FFFF0000") { print "::1", h(a[2]); exit }
                ip = substr(ip, 25, 8)
            }
            printf "%d.%d.%d.%d %d\n", h(substr(ip, 7, 2)), h(substr(ip, 5, 2)), h(substr(ip, 3, 2)), h(substr(ip, 1, 2)), h(a[2])
            exit
        }' /proc/net/tcp /proc/net/tcp6 2>/dev/null)
    HTTP_PEER_IP=${1:-127.0.0.1}
    HTTP_PEER_PORT=${2:-0}
}

# json_escape: stdin as the inside of a JSON string.
json_escape() {
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' | awk '{ printf "%s%s", (NR > 1 ? "\\n" : ""), $0 } END { if (NR) printf "\\n" }'
}
