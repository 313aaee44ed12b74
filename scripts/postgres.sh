#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the test suite and prints the
# URL to use (postgres://postgres@127.0.0.1:<port>/postgres). Installs PostgreSQL from
# Debian packages when it is missing. Idempotent: a server already running on the port
# is reused.
#
#   scripts/postgres.sh start   # prints the URL
#   scripts/postgres.sh stop
set -euo pipefail

port="${DMP_TEST_POSTGRES_PORT:-54329}"
cluster="${DMP_TEST_POSTGRES_DIR:-/tmp/dmp-test-postgres}"
url="postgres://postgres@127.0.0.1:${port}/postgres"

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

as_postgres() {
    # PostgreSQL refuses to run as root: run its tools as the 'postgres' user when we are root.
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
    echo "PostgreSQL not found: installing it from Debian packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
}

start() {
    local bin
    bin="$(find_bin)" || { install_postgres; bin="$(find_bin)"; }
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
        echo "$url"
        return 0
    fi
    if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    if [ ! -f "$cluster/PG_VERSION" ]; then
        rm -rf "$cluster"
        mkdir -p "$cluster"
        [ "$(id -u)" = "0" ] && chown postgres "$cluster"
        as_postgres "$bin/initdb" -D "$cluster" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_postgres "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c max_connections=300 -c fsync=off" \
        start >/dev/null
    echo "$url"
}

stop() {
    local bin
    bin="$(find_bin)" || exit 0
    [ -f "$cluster/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
