#!/bin/sh
# Stackdeck test stand-in for the postgres image's entrypoint: "initialises" an empty $PGDATA (files that
# mark it, and initdb's usual output), then runs the postgres stand-in. Never prints the password.
. /usr/local/lib/standin/standin.sh
if [ "${1#-}" != "${1:-}" ]; then
    set -- postgres "$@"
fi
if [ "${1:-}" != postgres ]; then
    exec "$@"
fi
PGDATA=${PGDATA:-/var/lib/postgresql/data}
export PGDATA
# As root (no `user:`), own the data folder and step down to postgres, as the real image does with gosu.
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA"
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    exec su -p -s /bin/sh postgres -c 'exec "$0" "$@"' "$0" "$@"
fi
shift
plog() { standin_log postgres "$1" "$2" "$3" >&2; }
if [ -s "$PGDATA/PG_VERSION" ]; then
    echo
    echo "PostgreSQL Database directory appears to contain a database; Skipping initialization"
    echo
else
    if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
        cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".
MSG
        exit 1
    fi
    if ! mkdir -p "$PGDATA" 2>/dev/null || ! touch "$PGDATA/.standin-write-test" 2>/dev/null; then
        echo "initdb: error: could not change permissions of directory \"$PGDATA\": Operation not permitted" >&2
        exit 1
    fi
    rm -f "$PGDATA/.standin-write-test"
    cat <<MSG
The files belonging to this database system will be owned by user "$(id -un)".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory $PGDATA ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default max_connections ... 100
selecting default shared_buffers ... 128MB
selecting default time zone ... UTC
creating configuration files ... ok
running bootstrap script ... ok
MSG
    echo "sh: locale: not found"
    plog WARNING 35 "no usable system locales were found"
    mkdir -p "$PGDATA/base/1" "$PGDATA/global" "$PGDATA/pg_wal"
    chmod 700 "$PGDATA"
    printf '# Stackdeck test stand-in: not a real PostgreSQL cluster\nlisten_addresses = '"'"'*'"'"'\n' >"$PGDATA/postgresql.conf"
    printf 'host all all all scram-sha-256\n' >"$PGDATA/pg_hba.conf"
    echo "${POSTGRES_USER:-postgres} ${POSTGRES_DB:-${POSTGRES_USER:-postgres}}" >"$PGDATA/standin-owner"
    echo 16 >"$PGDATA/PG_VERSION"
    cat <<MSG
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D $PGDATA -l logfile start

initdb: warning: enabling "trust" authentication for local connections
initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.
MSG
    printf 'waiting for server to start....'
    plog LOG 41 "starting PostgreSQL 16.3 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit"
    plog LOG 41 "listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\""
    plog LOG 44 "database system was shut down at $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
    plog LOG 41 "database system is ready to accept connections"
    echo " done"
    echo "server started"
    [ "${POSTGRES_DB:-postgres}" != postgres ] && echo "CREATE DATABASE"
    echo
    echo
    echo "/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*"
    echo
    printf 'waiting for server to shut down....'
    plog LOG 41 "received fast shutdown request"
    plog LOG 41 "aborting any active transactions"
    plog LOG 41 "background worker \"logical replication launcher\" (PID 47) exited with exit code 1"
    plog LOG 42 "shutting down"
    plog LOG 42 "checkpoint starting: shutdown immediate"
    plog LOG 42 "checkpoint complete: wrote 926 buffers (5.7%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.012 s, sync=0.431 s, total=0.472 s; sync files=301, longest=0.004 s, average=0.002 s; distance=4267 kB, estimate=4267 kB; lsn=0/1915C28, redo lsn=0/1915C28"
    plog LOG 41 "database system is shut down"
    echo " done"
    echo "server stopped"
    echo
    echo "PostgreSQL init process complete; ready for start up."
    echo
fi
exec postgres "$@"
