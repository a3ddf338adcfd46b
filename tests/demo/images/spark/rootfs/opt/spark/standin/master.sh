#!/bin/sh
# Stackdeck test stand-in for org.apache.spark.deploy.master.Master: RPC on 7077 (workers register and
# heartbeat, applications register), the web UI on 8080 (/json like Spark's JsonProtocol), log4j-style logs.
. /opt/spark/standin/master-lib.sh
exec >&2
host=${SPARK_MASTER_HOST:-$(standin_ip)}
port=${SPARK_MASTER_PORT:-7077}
webui=${SPARK_MASTER_WEBUI_PORT:-8080}
while [ $# -gt 0 ]; do
    case $1 in
        -h|--host|-i|--ip) host=$2; shift ;;
        -p|--port) port=$2; shift ;;
        --webui-port) webui=$2; shift ;;
        --properties-file) shift ;;
    esac
    shift
done
export SPARK_STANDIN_STATE=$S SPARK_MASTER_URL_SELF="spark://$host:$port" SPARK_MASTER_WEBUI_URL="http://$host:$webui"
rm -rf "$S"
mkdir -p "$S/workers" "$S/apps"
echo 0 >"$S/next-app"

echo "Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties"
slog INFO Master "Started daemon with process name: $$@$(hostname)"
for sig in TERM HUP INT; do slog INFO SignalUtils "Registering signal handler for $sig"; done
slog WARN NativeCodeLoader "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"
slog INFO SecurityManager "Changing view acls to: spark"
slog INFO SecurityManager "Changing modify acls to: spark"
slog INFO SecurityManager "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: spark; groups with view permissions: EMPTY; users with modify permissions: spark; groups with modify permissions: EMPTY"
standin_listen "$port" /opt/spark/standin/master-rpc.sh
slog INFO Utils "Successfully started service 'sparkMaster' on port $port."
slog INFO Master "Starting Spark master at $SPARK_MASTER_URL_SELF"
slog INFO Master "Running Spark version 3.5.1"
standin_listen "$webui" /opt/spark/standin/master-ui.sh
slog INFO JettyUtils "Start Jetty 0.0.0.0:$webui for MasterUI"
slog INFO Utils "Successfully started service 'MasterUI' on port $webui."
slog INFO MasterWebUI "Bound MasterWebUI to 0.0.0.0, and started at $SPARK_MASTER_WEBUI_URL"
slog INFO Master "I have been elected leader! New state: ALIVE"
standin_bg standin_loggen spark /opt/spark/standin/master.tsv

ticks=0
# Every 15 s: a worker silent for 60 s (spark.worker.timeout) is DEAD and loses its executors.
standin_tick() {
    ticks=$((ticks + 1))
    [ $((ticks % 3)) -eq 0 ] || return 0
    now=$(date +%s)
    for f in "$S"/workers/*; do
        [ -e "$f" ] || continue
        read -r id whost wport wcores wmem wui wstate whb <"$f" || continue
        [ "$wstate" = ALIVE ] || continue
        if [ $((now - ${whb%???})) -gt 60 ]; then
            slog WARN Master "Removing $id because we got no heartbeat in 60 seconds"
            slog INFO Master "Removing worker $id on $whost:$wport"
            write_file "$f" "$id $whost $wport $wcores $wmem $wui DEAD $whb"
            for e in "$S"/apps/*.exec; do
                [ -e "$e" ] || continue
                app=$(basename "$e" .exec)
                grep -qE ' (RUNNING|WAITING) ' "$S/apps/$app.app" 2>/dev/null || continue
                if grep -q " $id " "$e"; then
                    grep " $id " "$e" | while read -r exec rest; do slog INFO Master "Telling app of lost executor: $exec"; done
                    grep -v " $id " "$e" >"$e.tmp.$$"; mv -f "$e.tmp.$$" "$e"
                    slog INFO Master "Start scheduling for app $app with rpId: 0"
                fi
            done
        fi
    done
}
standin_on_stop() {
    slog ERROR Master "RECEIVED SIGNAL $1"
    slog INFO ShutdownHookManager "Shutdown hook called"
}
standin_supervise
