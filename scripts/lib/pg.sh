# Sourced by scripts/test and scripts/bench: install PostgreSQL when missing, start a private
# throwaway server on 127.0.0.1 for this run, export MGI_PG_URL, stop it on exit.

log() { printf '\n== %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# initdb and postgres refuse to run as root: use the postgres system user then.
run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_throwaway_pg() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    apt_install postgresql
  fi
  PGBIN=$(pg_bin)
  PGWORK=$(mktemp -d /tmp/mgi-pg.XXXXXX)
  local port=${1:-55432}
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGWORK"; fi
  trap stop_throwaway_pg EXIT
  log "starting PostgreSQL ($PGBIN) on 127.0.0.1:$port"
  run_pg "$PGBIN/initdb" -D "$PGWORK/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$PGBIN/pg_ctl" -D "$PGWORK/data" -l "$PGWORK/log" -w \
    -o "-p $port -k $PGWORK -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export MGI_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_throwaway_pg() {
  run_pg "$PGBIN/pg_ctl" -D "$PGWORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGWORK"
}
