#!/bin/sh
# Stackdeck test stand-in: the Spark worker web UI (8081): /json like JsonProtocol.writeWorkerState.
. /usr/local/lib/standin/standin.sh
. /usr/local/lib/standin/http.sh
W=$SPARK_STANDIN_STATE
http_read_request || exit 0
state() {
    master=$(cat "$W/master" 2>/dev/null)
    awk -v id="$SPARK_WORKER_ID" -v cores="$SPARK_WORKER_CORES_N" -v mem="$SPARK_WORKER_MEMORY_MB" \
        -v murl="${master% *}" -v mui="${master#* }" -F, '
        function q(s) { return "\"" s "\"" }
        function ex(a) { return "{\n    \"id\" : " a[2] ",\n    \"memory\" : " a[4] ",\n    \"resources\" : { },\n    \"appid\" : " q(a[1]) ",\n    \"appdesc\" : {\n      \"name\" : " q(a[5]) ",\n      \"cores\" : 2,\n      \"memoryperexecutor\" : " a[4] ",\n      \"resourcesperexecutor\" : [ ],\n      \"memoryperslave\" : " a[4] ",\n      \"resourcesperslave\" : [ ],\n      \"user\" : " q(a[6]) ",\n      \"command\" : \"Command(org.apache.spark.executor.CoarseGrainedExecutorBackend,...)\"\n    }\n  }" }
        FILENAME ~ /finished$/ { split($0, a, ","); fin = fin (nf++ ? ", " : " ") ex(a); next }
        { split($0, a, ","); run = run (nr++ ? ", " : " ") ex(a); cu += a[3]; mu += a[4] }
        END {
            printf "{\n  \"id\" : %s,\n  \"masterurl\" : %s,\n  \"masterwebuiurl\" : %s,\n", q(id), q(murl), q(mui)
            printf "  \"cores\" : %d,\n  \"coresused\" : %d,\n  \"memory\" : %d,\n  \"memoryused\" : %d,\n", cores, cu, mem, mu
            printf "  \"resources\" : { },\n  \"resourcesused\" : { },\n  \"executors\" : [%s],\n  \"finishedexecutors\" : [%s]\n}", (nr ? run " " : ""), (nf ? fin " " : "")
        }' "$W/executors" "$W/finished"
}
case $HTTP_PATH in
    /json|/json/) http_json 200 "$(state)" ;;
    /) http_html 200 "<!DOCTYPE html><html><head><title>Spark Worker at $SPARK_WORKER_ID</title></head><body><h3>Spark Worker $SPARK_WORKER_ID</h3><p>Stackdeck test stand-in, not the real Spark 3.5.1.</p></body></html>" ;;
    *) http_html 404 "<html><body><h2>HTTP ERROR 404 Not Found</h2><p>URI: $HTTP_PATH</p></body></html>" ;;
esac
