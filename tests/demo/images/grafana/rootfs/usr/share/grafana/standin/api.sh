#!/bin/sh
# Stackdeck test stand-in: one HTTP exchange of the Grafana server (run by nc per connection).
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/http.sh
run=${STANDIN_GRAFANA_RUN:-/tmp/grafana-standin}
http_read_request || exit 0
http_peer
start=$(cut -d' ' -f1 /proc/uptime)

authorized() {
    case $HTTP_AUTH in
        Basic\ *) ;;
        *) return 1 ;;
    esac
    creds=$(echo "${HTTP_AUTH#Basic }" | base64 -d 2>/dev/null)
    [ "${creds%%:*}" = "${GF_SECURITY_ADMIN_USER:-admin}" ] && [ "${creds#*:}" = "${GF_SECURITY_ADMIN_PASSWORD:-admin}" ]
}
datasources() {
    awk -F'\t' 'BEGIN { printf "[" }
        { printf "%s{\"id\":%d,\"uid\":\"%s\",\"orgId\":1,\"name\":\"%s\",\"type\":\"%s\",\"typeName\":\"Prometheus\",\"access\":\"proxy\",\"url\":\"%s\",\"user\":\"\",\"database\":\"\",\"basicAuth\":false,\"isDefault\":%s,\"jsonData\":{},\"readOnly\":true}", (NR > 1 ? "," : ""), NR, $4, $1, $2, $3, (NR == 1 ? "true" : "false") }
        END { printf "]" }' "$run/datasources"
}
unauthorized() {
    http_reply 401 "application/json" '{"message":"Unauthorized","messageId":"auth.unauthorized","statusCode":401,"traceID":""}'
}

case $HTTP_PATH in
    /api/health)
        if [ -w "${STANDIN_GRAFANA_DB:-/var/lib/grafana/grafana.db}" ]; then
            http_reply 200 "application/json; charset=UTF-8" "$(printf '{\n  "commit": "stand-in",\n  "database": "ok",\n  "version": "11.1.0"\n}')"
        else
            http_reply 503 "application/json; charset=UTF-8" "$(printf '{\n  "commit": "stand-in",\n  "database": "failing",\n  "version": "11.1.0"\n}')"
        fi ;;
    /healthz) http_text 200 "Ok" ;;
    /) http_html 302 '<a href="/login">Found</a>.' "Location: /login" ;;
    /api/datasources) if authorized; then http_json 200 "$(datasources)"; else unauthorized; fi ;;
    /api/org) if authorized; then http_json 200 '{"id":1,"name":"Main Org.","address":{"address1":"","address2":"","city":"","zipCode":"","state":"","country":""}}'; else unauthorized; fi ;;
    /api/search) if authorized; then http_json 200 '[]'; else unauthorized; fi ;;
    /api/user) if authorized; then http_json 200 "{\"id\":1,\"email\":\"admin@localhost\",\"name\":\"\",\"login\":\"${GF_SECURITY_ADMIN_USER:-admin}\",\"isGrafanaAdmin\":true}"; else unauthorized; fi ;;
    /api/*) http_json 404 '{"message":"Not found"}' ;;
    *) http_html 200 '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Grafana</title></head><body><p>Stackdeck test stand-in, not the real Grafana 11.1.0.</p></body></html>' ;;
esac
# Grafana logs the requests that fail (router logging is off by default)
if [ "$HTTP_STATUS" -ge 400 ]; then
    ms=$(awk -v a="$start" -v b="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN { printf "%d", (b - a) * 1000 }')
    standin_log grafana info context "Request Completed" "userId=0 orgId=0 uname= method=$HTTP_METHOD path=$HTTP_PATH status=$HTTP_STATUS remote_addr=$HTTP_PEER_IP time_ms=$ms duration=${ms}ms size=$HTTP_SIZE referer= handler=$HTTP_PATH status_source=server" >&3
fi
