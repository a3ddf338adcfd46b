#!/bin/sh
# Stackdeck test stand-in: one HTTP exchange of the demo API (run by nc per connection).
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/http.sh
. /usr/local/lib/standin/wire.sh
HTTP_SERVER=uvicorn
http_read_request || exit 0
http_peer

# postgresql://user@host:port/db and redis://host:port/n, without credentials in the URL
db=${DATABASE_URL:-postgresql://app@postgres:5432/app}
db_rest=${db#*://}
db_user=${db_rest%%@*}
db_hostport=${db_rest#*@}
db_hostport=${db_hostport%%/*}
db_name=${db_rest##*/}
rd=${REDIS_URL:-redis://redis:6379/0}
rd_hostport=${rd#*://}
rd_hostport=${rd_hostport##*@}
rd_hostport=${rd_hostport%%/*}

items() {
    awk -v n="$1" 'BEGIN {
        split("sensor-gateway,billing-export,etl-nightly,orders-stream,clickstream,inventory-sync,ml-features,audit-log", names, ",")
        printf "["
        for (i = 1; i <= n; i++) {
            id = 1000 + i
            printf "%s{\"id\":%d,\"name\":\"%s-%d\",\"status\":\"%s\",\"rows\":%d}", (i > 1 ? "," : ""), id, names[(i % 8) + 1], i, (i % 7 == 0 ? "failed" : "ok"), (id * 37) % 50000
        }
        printf "]"
    }'
}

metrics() {
    awk '{ n[$1 " " $2]++ }
        END {
            print "# HELP http_requests_total Total number of requests by method, handler and status."
            print "# TYPE http_requests_total counter"
            for (k in n) { split(k, p, " "); printf "http_requests_total{method=\"GET\",handler=\"%s\",status=\"%sxx\"} %d\n", p[1], substr(p[2], 1, 1), n[k] }
            print "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds."
            print "# TYPE process_start_time_seconds gauge"
        }' /tmp/api-standin/requests 2>/dev/null
    echo "process_start_time_seconds $(stat -c %Y /tmp/api-standin 2>/dev/null || date +%s).0"
    echo "# HELP stackdeck_standin_info Marks a Stackdeck test stand-in."
    echo "# TYPE stackdeck_standin_info gauge"
    echo 'stackdeck_standin_info{image="stackdeck-demo/fastapi:0.1"} 1'
}

route=$HTTP_PATH
case $HTTP_METHOD:$HTTP_PATH in
    GET:/health|HEAD:/health)
        pg=ok
        redis=ok
        pg_ping "${db_hostport%:*}" "${db_hostport##*:}" "$db_user" "$db_name" >/dev/null || pg=unreachable
        resp_ping "${rd_hostport%:*}" "${rd_hostport##*:}" "${REDIS_PASSWORD:-}" >/dev/null || redis=unreachable
        if [ "$pg" = ok ] && [ "$redis" = ok ]; then
            http_json 200 "{\"status\":\"ok\",\"version\":\"0.1.0\",\"checks\":{\"postgres\":\"$pg\",\"redis\":\"$redis\"}}"
        else
            http_json 503 "{\"status\":\"unhealthy\",\"version\":\"0.1.0\",\"checks\":{\"postgres\":\"$pg\",\"redis\":\"$redis\"}}"
            standin_log uvicorn ERROR app.health "dependency check failed: postgres=$pg redis=$redis" >&2
        fi
        ;;
    GET:/|HEAD:/) http_json 200 '{"name":"stackdeck-demo API","version":"0.1.0","docs":"/docs"}' ;;
    GET:/items|HEAD:/items)
        limit=$(http_query_param limit)
        case $limit in ''|*[!0-9]*) limit=20 ;; esac
        [ "$limit" -gt 100 ] && limit=100
        http_json 200 "$(items "$limit")"
        ;;
    GET:/items/*|HEAD:/items/*)
        route='/items/{item_id}'
        id=${HTTP_PATH#/items/}
        case $id in
            ''|*[!0-9]*) http_json 422 '{"detail":[{"type":"int_parsing","loc":["path","item_id"],"msg":"Input should be a valid integer, unable to parse string as an integer"}]}' ;;
            *)
                if [ "$id" -ge 1001 ] && [ "$id" -le 1100 ]; then
                    http_json 200 "$(items $((id - 1000)) | sed 's/.*,{/{/; s/^\[//; s/\]$//')"
                else
                    http_json 404 '{"detail":"Item not found"}'
                fi ;;
        esac
        ;;
    GET:/metrics) http_reply 200 "text/plain; version=0.0.4; charset=utf-8" "$(metrics)" ;;
    GET:/openapi.json) http_json 200 '{"openapi":"3.1.0","info":{"title":"stackdeck-demo API","description":"Stackdeck test stand-in","version":"0.1.0"},"paths":{"/health":{"get":{"summary":"Health"}},"/items":{"get":{"summary":"List Items"}},"/items/{item_id}":{"get":{"summary":"Get Item"}},"/metrics":{"get":{"summary":"Metrics"}}}}' ;;
    GET:/docs) http_html 200 '<!DOCTYPE html><html><head><title>stackdeck-demo API - Swagger UI</title></head><body><p>Stackdeck test stand-in: see <a href="/openapi.json">/openapi.json</a>.</p></body></html>' ;;
    GET:*|HEAD:*) route=unmatched; http_json 404 '{"detail":"Not Found"}' ;;
    *) http_json 405 '{"detail":"Method Not Allowed"}' ;;
esac
echo "$route $HTTP_STATUS" >>/tmp/api-standin/requests
# uvicorn's access log goes to the server's stdout (fd 3)
printf 'INFO:     %s:%s - "%s %s %s" %s %s\n' "$HTTP_PEER_IP" "$HTTP_PEER_PORT" "$HTTP_METHOD" "$HTTP_TARGET" "$HTTP_VERSION" "$HTTP_STATUS" "$(http_reason "$HTTP_STATUS")" >&3
