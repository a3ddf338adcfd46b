#!/bin/sh
# Stackdeck test stand-in: one HTTP exchange of the nginx stand-in on port $1 (run by nc per connection).
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/http.sh
HTTP_SERVER=nginx/1.27.0
run=${STANDIN_NGINX_RUN:-/tmp/nginx-standin}
port=$1
worker=$((22 + RANDOM % 2))
conn=$((RANDOM % 900 + 1))
http_read_request || exit 0
http_peer
host=${HTTP_HOST%:*}
[ "$HTTP_HOST" = - ] && host=localhost

nginx_page() { # CODE
    printf '<html>\r\n<head><title>%s %s</title></head>\r\n<body>\r\n<center><h1>%s %s</h1></center>\r\n<hr><center>nginx/1.27.0</center>\r\n</body>\r\n</html>\r\n' "$1" "$(http_reason "$1")" "$1" "$(http_reason "$1")"
}
error_log() { standin_log nginx error "$worker" "*$conn $1, client: $HTTP_PEER_IP, server: localhost, request: \"$HTTP_METHOD $HTTP_TARGET $HTTP_VERSION\", upstream: \"$2\", host: \"$HTTP_HOST\"" >&2; }

# exact location first, then the longest matching prefix
route=$(awk -F'\t' -v port="$port" -v path="$HTTP_PATH" '
    $1 != port { next }
    $2 == "exact" && $3 == path { print; found = 1; exit }
    $2 == "prefix" && substr(path, 1, length($3)) == $3 && length($3) > best { best = length($3); line = $0 }
    END { if (!found && line != "") print line }' "$run/routes")
IFS="$(printf '\t')" read -r _ kind prefix action arg log <<ROUTE
$route
ROUTE

case $action in
    return)
        code=${arg%% *}
        text=
        [ "$code" != "$arg" ] && text=${arg#* }
        text=${text#\"}
        text=${text%\"}
        body=$(printf '%b_' "$text")
        body=${body%_}
        http_reply "$code" "application/octet-stream" "$body"
        ;;
    proxy)
        up=${arg#http://}
        up_hostport=${up%%/*}
        uri=
        case $up in */*) uri=/${up#*/} ;; esac
        if [ -n "$uri" ]; then
            target=$uri${HTTP_TARGET#"$prefix"}
        else
            target=$HTTP_TARGET
        fi
        up_host=${up_hostport%:*}
        up_port=80
        [ "$up_host" != "$up_hostport" ] && up_port=${up_hostport##*:}
        xff=$HTTP_PEER_IP
        [ "$HTTP_XFF" != - ] && xff="$HTTP_XFF, $HTTP_PEER_IP"
        resp=$run/resp.$$
        {
            printf '%s %s HTTP/1.0\r\nHost: %s\r\nX-Forwarded-For: %s\r\nConnection: close\r\n' "$HTTP_METHOD" "$target" "$host" "$xff"
            [ "$HTTP_UA" != - ] && printf 'User-Agent: %s\r\n' "$HTTP_UA"
            [ "$HTTP_CLEN" -gt 0 ] && printf 'Content-Length: %s\r\n' "$HTTP_CLEN"
            printf '\r\n'
            [ -n "$HTTP_BODY" ] && printf '%s' "$HTTP_BODY"
        } | timeout 60 nc "$up_host" "$up_port" >"$resp" 2>"$resp.err"
        if [ -s "$resp" ]; then
            HTTP_STATUS=$(head -n 1 "$resp" | awk '{ print $2 }')
            HTTP_SIZE=$(sed '1,/^\r$/d' "$resp" | wc -c)
            {
                head -n 1 "$resp"
                printf 'Server: nginx/1.27.0\r\nDate: %s\r\n' "$(date -u '+%a, %d %b %Y %H:%M:%S GMT')"
                sed -n '2,/^\r$/p' "$resp" | grep -v -i -e '^server:' -e '^date:'
                [ "$HTTP_METHOD" = HEAD ] || sed '1,/^\r$/d' "$resp"
            }
        else
            err=$(cat "$resp.err")
            case $err in
                *"bad address"*) error_log "$up_host could not be resolved (3: Host not found)" "$arg" ;;
                *refused*) error_log "connect() failed (111: Connection refused) while connecting to upstream" "http://$up_hostport$target" ;;
                *) error_log "upstream prematurely closed connection while reading response header from upstream" "http://$up_hostport$target" ;;
            esac
            http_html 502 "$(nginx_page 502)"
        fi
        rm -f "$resp" "$resp.err"
        ;;
    *)
        http_html 404 "$(nginx_page 404)"
        ;;
esac
if [ "$log" != off ]; then
    printf '%s - - [%s] "%s %s %s" %s %s "%s" "%s" "%s"\n' "$HTTP_PEER_IP" "$(date '+%d/%b/%Y:%H:%M:%S +0000')" \
        "$HTTP_METHOD" "$HTTP_TARGET" "$HTTP_VERSION" "$HTTP_STATUS" "$HTTP_SIZE" "$HTTP_REFERER" "$HTTP_UA" "$HTTP_XFF" >&3
fi
