#!/bin/sh
# Stackdeck test stand-in for the nginx image's /docker-entrypoint.sh (same messages, no templating).
if [ "${1:-}" = nginx ] || [ "${1:-}" = nginx-debug ]; then
    echo "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
    echo "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/"
    echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"
    if [ -w /etc/nginx/conf.d/default.conf ]; then
        echo "10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf differs from the packaged version"
    else
        echo "10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)"
    fi
    echo "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"
    echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"
    echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh"
    echo "/docker-entrypoint.sh: Configuration complete; ready for start up"
fi
exec "$@"
