#!/bin/sh
# Stackdeck test stand-in: one HTTP exchange of the Prometheus server (run by nc per connection).
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/http.sh
run=${STANDIN_PROM_RUN:-/tmp/prometheus-standin}
http_read_request || exit 0

scrape_files() {
    for s in "$run"/scrape/*.status; do
        [ -e "$s" ] || continue
        printf '%s\n%s\n' "$s" "${s%.status}.prom"
    done
}
promql() { # promql MODE [QUERY]
    awk -v mode="$1" -v q="${2:-}" -v now="$(date +%s)" -f /usr/share/prometheus/standin/promql.awk /dev/null $(scrape_files)
}
query_arg() { # the query from the URL or a form body, decoded
    q=$(http_query_param query)
    if [ -z "$q" ] && [ -n "$HTTP_BODY" ]; then
        q=$(echo "&$HTTP_BODY" | sed -n 's/.*&query=\([^&]*\).*/\1/p')
    fi
    http_urldecode "$q"
}
own_metrics() {
    up=$(cat "$run"/scrape/*.status 2>/dev/null | awk -F'\t' '$4 == "up"' | wc -l)
    cat <<METRICS
# HELP prometheus_build_info A metric with a constant '1' value labeled by version, revision, branch, goversion from which prometheus was built, and the goos and goarch for the build.
# TYPE prometheus_build_info gauge
prometheus_build_info{branch="HEAD",goarch="amd64",goos="linux",goversion="go1.22.4",revision="stand-in",tags="netgo,builtinassets,stringlabels",version="2.53.0"} 1
# HELP prometheus_ready Whether Prometheus startup was fully completed and the server is ready for normal operation.
# TYPE prometheus_ready gauge
prometheus_ready $([ -e "$run/ready" ] && echo 1 || echo 0)
# HELP prometheus_config_last_reload_successful Whether the last configuration reload attempt was successful.
# TYPE prometheus_config_last_reload_successful gauge
prometheus_config_last_reload_successful 1
# HELP prometheus_sd_discovered_targets Current number of discovered targets.
# TYPE prometheus_sd_discovered_targets gauge
prometheus_sd_discovered_targets{config="all",name="scrape"} $(wc -l <"$run/targets.conf" 2>/dev/null || echo 0)
# HELP stackdeck_standin_targets_up Targets whose last scrape succeeded (Stackdeck test stand-in).
# TYPE stackdeck_standin_targets_up gauge
stackdeck_standin_targets_up $up
# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.
# TYPE process_start_time_seconds gauge
process_start_time_seconds ${STANDIN_PROM_START:-0}
METRICS
}

case $HTTP_PATH in
    /-/healthy) http_text 200 "Prometheus Server is Healthy." ;;
    /-/ready)
        if [ -e "$run/ready" ]; then
            http_text 200 "Prometheus Server is Ready."
        else
            http_text 503 "Service Unavailable"
        fi ;;
    /) http_html 302 '<a href="/graph">Found</a>.' "Location: /graph" ;;
    /graph) http_html 200 '<!doctype html><html lang="en"><head><title>Prometheus Time Series Collection and Processing Server</title></head><body><p>Stackdeck test stand-in, not the real Prometheus 2.53.0: see <a href="/api/v1/targets">/api/v1/targets</a>.</p></body></html>' ;;
    /metrics) http_reply 200 "text/plain; version=0.0.4; charset=utf-8" "$(own_metrics)" ;;
    /api/v1/query|/api/v1/query_range)
        q=$(query_arg)
        body=$(promql vector "$q")
        if [ $? -eq 3 ]; then
            http_json 400 "$body"
        elif [ "$HTTP_PATH" = /api/v1/query_range ]; then
            # no history: each series' current value as one point of a matrix
            http_json 200 "$(printf '%s' "$body" | sed 's/"resultType":"vector"/"resultType":"matrix"/; s/"value":\[\([^]]*\)\]/"values":[[\1]]/g')"
        else
            http_json 200 "$body"
        fi ;;
    /api/v1/targets) http_json 200 "$(promql targets)" ;;
    /api/v1/labels) http_json 200 '{"status":"success","data":["__name__","instance","job"]}' ;;
    /api/v1/label/__name__/values) http_json 200 "$(promql names)" ;;
    /api/v1/status/buildinfo) http_json 200 '{"status":"success","data":{"version":"2.53.0","revision":"stand-in","branch":"HEAD","buildUser":"Stackdeck test stand-in","buildDate":"n/a","goVersion":"go1.22.4"}}' ;;
    /api/v1/status/config) http_json 200 "{\"status\":\"success\",\"data\":{\"yaml\":\"$(json_escape <"${STANDIN_PROM_CONFIG:-/etc/prometheus/prometheus.yml}")\"}}" ;;
    /api/v1/status/runtimeinfo) http_json 200 "{\"status\":\"success\",\"data\":{\"startTime\":\"$(date -u -d "@${STANDIN_PROM_START:-0}" '+%Y-%m-%dT%H:%M:%S.000Z' 2>/dev/null)\",\"CWD\":\"/prometheus\",\"reloadConfigSuccess\":true,\"storageRetention\":\"stand-in keeps no history\"}}" ;;
    *) http_text 404 "404 page not found" ;;
esac
