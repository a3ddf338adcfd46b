#!/bin/sh
# Stackdeck test stand-in for the redis image's entrypoint: options alone mean redis-server.
if [ "${1#-}" != "${1:-}" ] || [ "${1%.conf}" != "${1:-}" ]; then
    set -- redis-server "$@"
fi
exec "$@"
