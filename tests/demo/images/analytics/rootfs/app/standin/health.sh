#!/bin/sh
# Stackdeck test stand-in: the analytics worker's /health (run by nc per connection).
. /usr/local/lib/standin/http.sh
http_read_request || exit 0
status=$(cat /tmp/analytics-standin/status 2>/dev/null || echo starting)
case $HTTP_PATH in
    /health)
        if [ "$status" = ok ]; then
            http_json 200 '{"status":"ok"}'
        else
            http_json 503 "{\"status\":\"$status\"}"
        fi ;;
    *) http_json 404 '{"detail":"Not Found"}' ;;
esac
