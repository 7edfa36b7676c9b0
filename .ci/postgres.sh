# Throwaway PostgreSQL server for one CI run (sourced by .ci/run).
#
# Debian's `postgresql` package is installed when missing; a fresh cluster is made in a
# temporary folder, listens on loopback only, and is stopped and deleted on exit.
# Exports OTOP_TEST_PG_URL for the tests.

pg_start() {
    PG_AS=()
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
    PG_DIR=$(mktemp -d /tmp/otop-ci-pg.XXXXXX)
    PG_PORT=${OTOP_CI_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$PG_DIR"
        PG_AS=(runuser -u postgres --)
    fi
    cd "$PG_DIR"  # the postgres user may not read the checkout
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" || { cat "$PG_DIR/initdb.log"; return 1; }
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$PG_DIR/server.log"; return 1; }
    cd - >/dev/null
    export OTOP_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT for this run"
}

pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
        (cd "$PG_DIR" && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1) || true
        rm -rf "$PG_DIR"
    fi
}
