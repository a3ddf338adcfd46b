#!/bin/sh
# Stackdeck test stand-in: the Spark master web UI (8080): /json like MasterPage.renderJson, the
# PrometheusServlet text Prometheus scrapes, and a plain HTML page.
. /opt/spark/standin/master-lib.sh
. /usr/local/lib/standin/http.sh
http_read_request || exit 0
case $HTTP_METHOD in GET|HEAD) ;; *) http_text 405 "HTTP method $HTTP_METHOD is not supported by this URL"; exit 0 ;; esac
case $HTTP_PATH in
    /json|/json/) http_json 200 "$(master_state -v mode=json)" ;;
    /json/clusterutilization*) http_json 200 "$(master_state -v mode=util)" ;;
    /json/*)
        field=$(echo "${HTTP_PATH#/json/}" | sed 's/[^a-zA-Z].*//')
        http_json 200 "$(master_state -v mode=field -v field="$field")" ;;
    /metrics/master/prometheus|/metrics/master/prometheus/)
        http_reply 200 "text/plain; version=0.0.4" "$(master_state -v mode=metrics)" ;;
    /|/index.html) http_html 200 "$(master_state -v mode=html)" ;;
    *) http_html 404 "<html><body><h2>HTTP ERROR 404 Not Found</h2><p>URI: $HTTP_PATH</p></body></html>" ;;
esac
