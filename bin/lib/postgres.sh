# PostgreSQL for the registry: the machine's own server, and the project's role and databases.
# Sourced by bin/services.

pg_host() { jdbc_host "$REGISTRY_DB_URL"; }
pg_port() { jdbc_port "$REGISTRY_DB_URL"; }

pg_ready() { pg_isready -q -h "$(pg_host)" -p "$(pg_port)" -t 2 >/dev/null 2>&1; }

# Runs SQL as the server's superuser: the postgres OS user when we may switch to it,
# because authentication may be peer, trust or scram depending on the machine.
pg_superuser_psql() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$(pg_port)" "$@")
  elif [ "$(id -un)" = postgres ]; then
    psql -X -q -v ON_ERROR_STOP=1 -p "$(pg_port)" "$@"
  else
    psql -X -q -v ON_ERROR_STOP=1 -h "$(pg_host)" -p "$(pg_port)" -U "${PGSUPERUSER:-postgres}" "$@"
  fi
}

postgres_start_local_cluster() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
  [ -n "$version" ] || return 1
  say "starting the local PostgreSQL $version cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  for _ in $(seq 1 30); do pg_ready && return 0; sleep 1; done
  return 1
}

postgres_ensure_role_and_databases() {
  local url creates=""
  for url in "$REGISTRY_DB_URL" "$REGISTRY_TEST_DB_URL" "$REGISTRY_BENCH_DB_URL"; do
    creates+="SELECT format('CREATE DATABASE %I OWNER %I', '$(jdbc_database "$url")', '$REGISTRY_DB_USER')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$(jdbc_database "$url")') \\gexec
"
  done
  say "ensuring role '$REGISTRY_DB_USER' and databases $(registry_databases)"
  pg_superuser_psql -d postgres <<SQL || fail "could not create the registry's role and databases as the PostgreSQL superuser (set PGSUPERUSER, or create them yourself)"
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '$REGISTRY_DB_USER', '$REGISTRY_DB_PASSWORD')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$REGISTRY_DB_USER') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', '$REGISTRY_DB_USER', '$REGISTRY_DB_PASSWORD') \gexec
$creates
SQL
}

registry_databases() {
  echo "$(jdbc_database "$REGISTRY_DB_URL"), $(jdbc_database "$REGISTRY_TEST_DB_URL"), $(jdbc_database "$REGISTRY_BENCH_DB_URL")"
}

postgres_can_log_in() {
  PGPASSWORD="$REGISTRY_DB_PASSWORD" psql -X -q -h "$(pg_host)" -p "$(pg_port)" -U "$REGISTRY_DB_USER" \
    -d "$(jdbc_database "$1")" -c 'select 1' >/dev/null 2>&1
}

postgres_start() {
  command -v pg_isready >/dev/null 2>&1 || fail "the PostgreSQL client tools are missing ('apt-get install postgresql-client')."
  if ! pg_ready; then
    if is_local_host "$(pg_host)"; then
      postgres_start_local_cluster || fail "PostgreSQL is unreachable at $(pg_host):$(pg_port) and no local cluster could be started. Install PostgreSQL 15+ ('apt-get install postgresql') or point REGISTRY_DB_URL at one."
    else
      fail "PostgreSQL is unreachable at $(pg_host):$(pg_port) (REGISTRY_DB_URL)."
    fi
  fi
  local url
  for url in "$REGISTRY_DB_URL" "$REGISTRY_TEST_DB_URL" "$REGISTRY_BENCH_DB_URL"; do
    postgres_can_log_in "$url" || { postgres_ensure_role_and_databases; break; }
  done
  for url in "$REGISTRY_DB_URL" "$REGISTRY_TEST_DB_URL" "$REGISTRY_BENCH_DB_URL"; do
    postgres_can_log_in "$url" || fail "cannot log in to $url as $REGISTRY_DB_USER"
  done
  say "PostgreSQL ready at $(pg_host):$(pg_port) (databases $(registry_databases))"
}

postgres_status() {
  if pg_ready && postgres_can_log_in "$REGISTRY_DB_URL"; then
    say "PostgreSQL: UP at $(pg_host):$(pg_port)"
  else
    say "PostgreSQL: DOWN or not set up at $(pg_host):$(pg_port) (run bin/services start)"
    return 1
  fi
}
