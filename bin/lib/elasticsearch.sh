# Elasticsearch for the registry: the distribution Maven Central serves, fetched through Maven,
# with the registry's analysis plugin installed, run as an unprivileged user when we are root
# (Elasticsearch refuses to run as root). Sourced by bin/services.

ES_VERSION="$(pom_property elasticsearch.server.version)"
ES_OS_USER="${REGISTRY_ES_OS_USER:-registry-es}"

# True when every folder down to $1 lets other users through, as the unprivileged ES user needs.
world_searchable() {
  local dir="$1"
  while [ "$dir" != / ]; do
    # Others may search a folder when its mode ends in x, or in t for a sticky one such as /tmp.
    [ -e "$dir" ] && ! [[ "$(stat -c %A "$dir")" =~ [xt]$ ]] && return 1
    dir="$(dirname "$dir")"
  done
}

# Elasticsearch lives in .services/ unless, running as root, the project sits somewhere the ES
# user cannot reach (a clone under /root); then in a folder of its own under /var/tmp.
ES_BASE="$SERVICES_DIR"
if [ "$(id -u)" = 0 ] && ! world_searchable "$REGISTRY_HOME"; then
  ES_BASE="/var/tmp/registry-es-$(printf %s "$REGISTRY_HOME" | sha256sum | cut -c1-12)"
fi
ES_HOME="$ES_BASE/elasticsearch-$ES_VERSION"
ES_DATA="$ES_BASE/elasticsearch-data"
ES_LOGS="$ES_BASE/elasticsearch-logs"
ES_TMP="$ES_BASE/elasticsearch-tmp"
ES_RUN="$ES_BASE/elasticsearch-run"
ES_PIDFILE="$ES_RUN/elasticsearch.pid"
PLUGIN_MARKER="$ES_BASE/elasticsearch-plugin.sha256"
ES_HEAP="${REGISTRY_ES_HEAP:-512m}"
PLUGIN_MODULE="$REGISTRY_HOME/registry-search/analysis-plugin"
PLUGIN_NAME="registry-analysis"

es_port() { url_port "$REGISTRY_ES_URL"; }
es_healthy() { curl -fsS -m 3 "$REGISTRY_ES_URL/_cluster/health" 2>/dev/null | grep -q '"status":"\(green\|yellow\)"'; }
es_port_taken() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }
es_our_pid() {
  [ -f "$ES_PIDFILE" ] && kill -0 "$(cat "$ES_PIDFILE")" 2>/dev/null && cat "$ES_PIDFILE"
}

as_es_user() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u "$ES_OS_USER" -- "$@")
  else
    "$@"
  fi
}

es_fetch() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  local downloads="$SERVICES_DIR/downloads"
  say "fetching Elasticsearch $ES_VERSION from Maven Central"
  mkdir -p "$downloads"
  mvn_quiet -q -N -f "$REGISTRY_HOME/pom.xml" dependency:copy \
    -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
    -DoutputDirectory="$downloads" || fail "could not fetch Elasticsearch $ES_VERSION through Maven"
  command -v unzip >/dev/null 2>&1 || fail "unzip is missing ('apt-get install unzip')"
  rm -rf "$ES_HOME.partial" && mkdir -p "$ES_HOME.partial"
  unzip -q "$downloads/elasticsearch-$ES_VERSION.zip" -d "$ES_HOME.partial"
  mv "$ES_HOME.partial/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$ES_HOME.partial"
}

es_prepare_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id "$ES_OS_USER" >/dev/null 2>&1; then
    say "creating the unprivileged system user '$ES_OS_USER' for Elasticsearch"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_OS_USER" \
      || fail "could not create the user $ES_OS_USER"
  fi
  chown -R "$ES_OS_USER" "$ES_HOME" "$ES_DATA" "$ES_LOGS" "$ES_TMP" "$ES_RUN"
  runuser -u "$ES_OS_USER" -- test -x "$ES_HOME/bin/elasticsearch" \
    || fail "the user $ES_OS_USER cannot reach $ES_HOME: every folder above the project must be world-searchable (chmod o+x)"
}

# The plugin zip is built from registry-search/analysis-plugin; reinstalled whenever it changed.
es_plugin_zip() { ls "$PLUGIN_MODULE"/target/registry-analysis-plugin-*.zip 2>/dev/null | head -1 || true; }

es_build_plugin() {
  [ -d "$PLUGIN_MODULE" ] || return 0
  local zip newest_source=""
  zip="$(es_plugin_zip)"
  if [ -n "$zip" ]; then
    newest_source="$(find "$PLUGIN_MODULE/src" "$PLUGIN_MODULE/pom.xml" -type f -newer "$zip" | head -1)"
  fi
  if [ -z "$zip" ] || [ -n "${newest_source:-}" ]; then
    say "building the analysis plugin"
    mvn_quiet -q -f "$PLUGIN_MODULE/pom.xml" package -DskipTests || fail "the analysis plugin did not build"
  fi
}

es_plugin_outdated() {
  local zip
  zip="$(es_plugin_zip)"
  [ -n "$zip" ] || return 1
  [ "$(sha256sum "$zip" | cut -d' ' -f1)" != "$(cat "$PLUGIN_MARKER" 2>/dev/null)" ]
}

es_install_plugin() {
  local zip
  zip="$(es_plugin_zip)"
  [ -n "$zip" ] || return 0
  say "installing the analysis plugin $(basename "$zip")"
  rm -rf "$ES_HOME/plugins/$PLUGIN_NAME"
  cp "$zip" "$ES_TMP/plugin.zip"
  es_prepare_user
  as_es_user env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent "file://$ES_TMP/plugin.zip" \
    || fail "the analysis plugin did not install"
  sha256sum "$zip" | cut -d' ' -f1 > "$PLUGIN_MARKER"
}

es_wait_healthy() {
  for _ in $(seq 1 120); do
    es_healthy && return 0
    es_our_pid >/dev/null || break
    sleep 1
  done
  tail -n 30 "$ES_LOGS"/*.log 2>/dev/null >&2 || true
  fail "Elasticsearch did not become healthy at $REGISTRY_ES_URL (logs in $ES_LOGS)"
}

elasticsearch_start() {
  mkdir -p "$ES_DATA" "$ES_LOGS" "$ES_TMP" "$ES_RUN"
  es_fetch
  es_build_plugin
  if es_our_pid >/dev/null; then
    if es_plugin_outdated; then
      say "the analysis plugin changed: restarting Elasticsearch"
      elasticsearch_stop
    else
      es_wait_healthy
      say "Elasticsearch already running at $REGISTRY_ES_URL (pid $(es_our_pid))"
      return 0
    fi
  elif es_healthy; then
    say "Elasticsearch already answers at $REGISTRY_ES_URL (not started by this project: make sure it has the registry's analysis plugin)"
    return 0
  elif es_port_taken "$(es_port)"; then
    fail "port $(es_port) is taken by something that is not a healthy Elasticsearch: free it or set REGISTRY_ES_URL"
  fi
  is_local_host "$(jdbc_host "jdbc:postgresql://${REGISTRY_ES_URL#*://}")" \
    || fail "Elasticsearch at $REGISTRY_ES_URL is unreachable, and only a local one can be started"
  es_plugin_outdated && es_install_plugin
  es_prepare_user
  say "starting Elasticsearch $ES_VERSION on port $(es_port) (Java $(java_major "$JAVA_HOME"), heap $ES_HEAP)"
  rm -f "$ES_PIDFILE"
  as_es_user env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_TMPDIR="$ES_TMP" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
    "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE" \
      -Ecluster.name=registry-dev \
      -Ediscovery.type=single-node \
      -Enetwork.host=127.0.0.1 \
      -Ehttp.port="$(es_port)" \
      -Expack.security.enabled=false \
      -Ecluster.routing.allocation.disk.threshold_enabled=false \
      -Epath.data="$ES_DATA" \
      -Epath.logs="$ES_LOGS" \
      >"$ES_LOGS/startup.out" 2>&1 \
    || { cat "$ES_LOGS/startup.out" >&2; fail "Elasticsearch did not start (logs in $ES_LOGS)"; }
  es_wait_healthy
  say "Elasticsearch ready at $REGISTRY_ES_URL"
}

elasticsearch_stop() {
  local pid
  pid="$(es_our_pid)" || { say "Elasticsearch (started by this project) is not running"; return 0; }
  say "stopping Elasticsearch (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$ES_PIDFILE"; return 0; }; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$ES_PIDFILE"
}

elasticsearch_status() {
  if es_healthy; then
    say "Elasticsearch: UP at $REGISTRY_ES_URL$(es_our_pid >/dev/null && echo " (pid $(es_our_pid), started by this project)")"
  else
    say "Elasticsearch: DOWN at $REGISTRY_ES_URL (run bin/services start)"
    return 1
  fi
}
