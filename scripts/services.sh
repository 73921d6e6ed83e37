# Sourced by scripts/test: a throw-away PostgreSQL cluster on 127.0.0.1, for the test suite, and
# Debian's Chromium for the browser tests.
# Exports CITYTIES_TEST_PG when it is up.

_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

_apt_install() {
  command -v apt-get >/dev/null || return 1
  export DEBIAN_FRONTEND=noninteractive
  _sudo apt-get update -qq >/dev/null || return 1
  _sudo apt-get install -y -qq "$@" >/dev/null
}

# Debian's Chromium, which the browser tests drive through Playwright (never a downloaded browser)
install_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  _apt_install chromium
}

start_postgres() {
  if [ -z "$(_pg_bin)" ]; then
    _apt_install postgresql || return 1
  fi
  local bin; bin=$(_pg_bin)
  PG_PORT=${PG_PORT:-55432}
  PG_DIR=$(mktemp -d /tmp/cityties-pg.XXXXXX)
  local run_as=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; run_as=(su postgres -s /bin/sh -c); fi
  local cmd="$bin/initdb -D $PG_DIR/data -A trust -U postgres >/dev/null && \
$bin/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR' -w start >/dev/null"
  if [ ${#run_as[@]} -gt 0 ]; then "${run_as[@]}" "$cmd" || return 1; else sh -c "$cmd" || return 1; fi
  "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres cityties_test || return 1
  export CITYTIES_TEST_PG="postgresql://postgres@127.0.0.1:$PG_PORT/cityties_test"
  echo "test: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local bin; bin=$(_pg_bin)
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$bin/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1
  else
    "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1
  fi
  rm -rf "$PG_DIR"
}
