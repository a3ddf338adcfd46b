#!/bin/sh
# Stackdeck test stand-in: one line-based RPC per connection on the master's port 7077 (a plain TCP
# connect, as the healthcheck makes, is answered by closing). Not Spark's wire protocol.
. /opt/spark/standin/master-lib.sh
IFS= read -r -t 10 line || exit 0
set -f
set -- $line
set +f
now=$(date +%s)000
case ${1:-} in
    REGISTER_WORKER) # id host port cores memoryMB webui
        [ $# -ge 7 ] || { echo "ERROR bad registration"; exit 0; }
        if [ -f "$S/workers/$2" ] && grep -q ' ALIVE ' "$S/workers/$2"; then
            slog INFO Master "Worker has been re-registered: $2"
        else
            slog INFO Master "Registering worker $3:$4 with $5 cores, $(mem_text "$6") RAM"
        fi
        write_file "$S/workers/$2" "$2 $3 $4 $5 $6 $7 ALIVE $now"
        echo "REGISTERED $SPARK_MASTER_URL_SELF $SPARK_MASTER_WEBUI_URL"
        ;;
    HEARTBEAT) # id
        f=$S/workers/${2:-none}
        if [ -f "$f" ] && read -r id whost wport wcores wmem wui wstate whb <"$f" && [ "$wstate" = ALIVE ]; then
            write_file "$f" "$id $whost $wport $wcores $wmem $wui ALIVE $now"
            echo "EXECUTORS $(master_state -v mode=execs -v worker="$id")"
        else
            slog WARN Master "Got heartbeat from unregistered worker ${2:-?}. Asking it to re-register."
            echo RECONNECT
        fi
        ;;
    REGISTER_APP) # name cores memoryPerExecutorMB user
        name=${2:-app} want=${3:-2} mem=${4:-1024} user=${5:-spark}
        n=$(cat "$S/next-app" 2>/dev/null || echo 0)
        echo $((n + 1)) >"$S/next-app"
        app=app-$(date +%Y%m%d%H%M%S)-$(printf '%04d' "$n")
        slog INFO Master "Registering app $name"
        master_state -v mode=alloc -v want="$want" -v mem="$mem" >"$S/apps/$app.exec"
        state=RUNNING
        [ -s "$S/apps/$app.exec" ] || state=WAITING
        write_file "$S/apps/$app.app" "$app $now $state 0 $want $mem $user $name $(date '+%a %b %d %H:%M:%S UTC %Y')"
        slog INFO Master "Registered app $name with ID $app"
        slog INFO Master "Start scheduling for app $app with rpId: 0"
        while read -r exec worker cores memory; do
            slog INFO Master "Launching executor $app/$exec on worker $worker"
        done <"$S/apps/$app.exec"
        [ "$state" = WAITING ] && slog WARN Master "App $app requires more resource than any of Workers could have."
        echo "APP $app $state"
        ;;
    UNREGISTER_APP) # id finalState
        a=$S/apps/${2:-none}.app
        if [ -f "$a" ] && read -r id start state end want mem user name date <"$a"; then
            slog INFO Master "Received unregister request from application $id"
            slog INFO Master "Removing app $id"
            write_file "$a" "$id $start ${3:-FINISHED} $now $want $mem $user $name $date"
            # Spark keeps a bounded history (spark.deploy.retainedApplications): keep the last 20
            ls -t "$S"/apps/*.app 2>/dev/null | sed 1,20d | while read -r old; do
                grep -qE ' (RUNNING|WAITING) ' "$old" || rm -f "$old" "${old%.app}.exec"
            done
            echo OK
        else
            echo "ERROR unknown application"
        fi
        ;;
esac
exit 0
