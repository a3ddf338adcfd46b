#!/bin/sh
# Stackdeck test stand-in for org.apache.spark.deploy.worker.Worker: registers with the master stand-in,
# heartbeats every 15 s, logs the executors the master places on it, serves its UI /json on 8081.
. /usr/local/lib/standin/standin.sh
exec >&2
slog() { standin_log spark "$1" "$2" "$3"; }
master=
webui=${SPARK_WORKER_WEBUI_PORT:-8081}
port=${SPARK_WORKER_PORT:-$((32768 + RANDOM % 28000))}
cores=${SPARK_WORKER_CORES:-$(nproc)}
memory=${SPARK_WORKER_MEMORY:-1g}
while [ $# -gt 0 ]; do
    case $1 in
        -c|--cores) cores=$2; shift ;;
        -m|--memory) memory=$2; shift ;;
        -p|--port) port=$2; shift ;;
        --webui-port) webui=$2; shift ;;
        spark://*) master=$1 ;;
    esac
    shift
done
if [ -z "$master" ]; then
    echo "Usage: Worker [options] <master>" >&2
    exit 1
fi
case $memory in
    *[gG]) mem=$((${memory%?} * 1024)) ;;
    *[mM]) mem=${memory%?} ;;
    *) mem=$memory ;;
esac
hostport=${master#spark://}
mhost=${hostport%:*}
mport=${hostport##*:}
ip=$(standin_ip)
id=worker-$(date +%Y%m%d%H%M%S)-$ip-$port
W=${SPARK_STANDIN_STATE:-/tmp/spark-standin-worker}
rm -rf "$W"
mkdir -p "$W"
: >"$W/executors"
: >"$W/finished"
export SPARK_STANDIN_STATE=$W SPARK_WORKER_ID=$id SPARK_WORKER_CORES_N=$cores SPARK_WORKER_MEMORY_MB=$mem
master_ip() { nslookup "$mhost" 2>/dev/null | awk '/^Address/ && !/:53$/ { print $NF; exit }'; }
STANDIN_MASTER_IP=$(master_ip)
export STANDIN_MASTER_IP=${STANDIN_MASTER_IP:-$mhost}

echo "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"
slog INFO Worker "Started daemon with process name: $$@$(hostname)"
for sig in TERM HUP INT; do slog INFO SignalUtils "Registering signal handler for $sig"; done
slog WARN NativeCodeLoader "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"
slog INFO SecurityManager "Changing view acls to: spark"
slog INFO SecurityManager "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: spark; groups with view permissions: EMPTY; users with modify permissions: spark; groups with modify permissions: EMPTY"
slog INFO Utils "Successfully started service 'sparkWorker' on port $port."
slog INFO Worker "Worker decommissioning not enabled."
slog INFO Worker "Starting Spark worker $ip:$port with $cores cores, $(awk -v m="$mem" 'BEGIN { printf "%.1f GiB", m / 1024 }') RAM"
slog INFO Worker "Running Spark version 3.5.1"
slog INFO Worker "Spark home: /opt/spark"
standin_listen "$webui" /opt/spark/standin/worker-ui.sh
slog INFO JettyUtils "Start Jetty 0.0.0.0:$webui for WorkerUI"
slog INFO Utils "Successfully started service 'WorkerUI' on port $webui."
slog INFO WorkerWebUI "Bound WorkerWebUI to 0.0.0.0, and started at http://$ip:$webui"
standin_bg standin_loggen spark /opt/spark/standin/worker.tsv

registered=0
attempt=0
ticks=0

rpc() { printf '%s\n' "$1" | timeout 5 nc "$mhost" "$mport" 2>/dev/null; }

register() {
    if [ "$attempt" -eq 0 ]; then slog INFO Worker "Connecting to master $mhost:$mport..."; fi
    reply=$(rpc "REGISTER_WORKER $id $ip $port $cores $mem http://$ip:$webui")
    case $reply in
        REGISTERED*)
            set -- $reply
            echo "$2 $3" >"$W/master"
            slog INFO TransportClientFactory "Successfully created connection to $mhost/$(master_ip):$mport after $((RANDOM % 60 + 5)) ms (0 ms spent in bootstraps)"
            slog INFO Worker "Successfully registered with master $2"
            slog INFO Worker "WorkerWebUI is available at http://$ip:$webui"
            registered=1
            attempt=0
            ;;
        *)
            attempt=$((attempt + 1))
            slog WARN Worker "Failed to connect to master $mhost:$mport"
            slog INFO Worker "Retrying connection to master (attempt # $attempt)"
            ;;
    esac
}

# only_in A B: lines of A that B lacks (busybox grep -v -f with an empty pattern file prints nothing).
only_in() {
    if [ -s "$2" ]; then grep -Fxv -f "$2" "$1"; else cat "$1"; fi
}

# EXECUTORS reply: "app,exec,cores,mem,name,user ..."; log what started and what ended since the last one.
apply_executors() {
    printf '%s\n' "$@" | sed '/^$/d' >"$W/executors.new"
    only_in "$W/executors.new" "$W/executors" | while IFS=, read -r app exec c m name user; do
        slog INFO Worker "Asked to launch executor $app/$exec for $name"
        slog INFO SecurityManager "Changing view acls to: spark"
        slog INFO ExecutorRunner "Launch command: \"/opt/java/openjdk/bin/java\" \"-cp\" \"/opt/spark/conf/:/opt/spark/jars/*\" \"-Xmx${m}M\" \"org.apache.spark.executor.CoarseGrainedExecutorBackend\" \"--executor-id\" \"$exec\" \"--cores\" \"$c\" \"--app-id\" \"$app\""
    done
    only_in "$W/executors" "$W/executors.new" | while IFS=, read -r app exec c m name user; do
        slog INFO Worker "Asked to kill executor $app/$exec"
        slog INFO ExecutorRunner "Runner thread for executor $app/$exec interrupted"
        slog INFO ExecutorRunner "Killing process!"
        slog INFO Worker "Executor $app/$exec finished with state KILLED exitStatus 143"
        slog INFO ExternalShuffleBlockResolver "Clean up non-shuffle and non-RDD files associated with the finished executor $exec"
        slog INFO Worker "Cleaning up local directories for application $app"
        echo "$app,$exec,$c,$m,$name,$user" >>"$W/finished"
    done
    tail -n 20 "$W/finished" >"$W/finished.new"
    mv -f "$W/finished.new" "$W/finished"
    mv -f "$W/executors.new" "$W/executors"
}

heartbeat() {
    reply=$(rpc "HEARTBEAT $id")
    case $reply in
        EXECUTORS*)
            set -- $reply
            shift
            apply_executors "$@"
            ;;
        RECONNECT*)
            slog INFO Worker "Master with url spark://$hostport requested this worker to reconnect."
            registered=0
            register
            ;;
        *)
            slog WARN Worker "Connection to master spark://$hostport failed; waiting for master to reconnect..."
            slog INFO Worker "Not spawning another attempt to register with the master, since there is an attempt scheduled already."
            registered=0
            ;;
    esac
}

standin_tick() {
    ticks=$((ticks + 1))
    if [ "$registered" -eq 0 ]; then
        register
    elif [ $((ticks % 3)) -eq 0 ]; then
        heartbeat
    fi
}
standin_on_stop() {
    slog ERROR Worker "RECEIVED SIGNAL $1"
    slog INFO ShutdownHookManager "Shutdown hook called"
}
standin_supervise
