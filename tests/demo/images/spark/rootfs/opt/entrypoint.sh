#!/bin/sh
# Stackdeck test stand-in for the apache/spark image's /opt/entrypoint.sh: runs the given command.
if [ $# -eq 0 ]; then
    echo "Non-spark-on-k8s command provided, proceeding in pass-through mode..." >&2
    exec /bin/sh
fi
case $1 in
    driver|executor)
        echo "$1: Kubernetes mode is not part of the Stackdeck test stand-in" >&2
        exit 1
        ;;
esac
echo "Non-spark-on-k8s command provided, proceeding in pass-through mode..." >&2
exec "$@"
