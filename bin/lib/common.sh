# Shared by the bin/ scripts: locating the project, a JDK of 21 or newer, and messages.
# Sourced, never run.

REGISTRY_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVICES_DIR="$REGISTRY_HOME/.services"
REQUIRED_JAVA=21

say()  { printf '[registry] %s\n' "$*" >&2; }
fail() { printf '[registry] ERROR: %s\n' "$*" >&2; exit 1; }

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# JAVA_HOME when it is recent enough, else the newest suitable JDK in the usual places.
find_java_home() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge "$REQUIRED_JAVA" ]; then
      echo "$candidate"; return 0
    fi
    if [ "$major" -ge "$REQUIRED_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

use_java() {
  local home
  home="$(find_java_home)" || true
  [ -n "$home" ] || fail "no JDK $REQUIRED_JAVA or newer found (looked at JAVA_HOME and /usr/lib/jvm, /opt). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and set JAVA_HOME."
  export JAVA_HOME="$home"
  export PATH="$JAVA_HOME/bin:$PATH"
}

require_maven() {
  command -v mvn >/dev/null 2>&1 || fail "Maven is missing: install it ('apt-get install maven') and run again."
}

# The browser tests drive the system's Chromium and ChromeDriver, never a downloaded one.
require_chromium() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    || fail "Chromium is missing: install it ('apt-get install chromium chromium-driver') and run again."
}

# Maven quietly, batch mode, without the JDK 25 warnings that Maven 3.8's own libraries print.
mvn_quiet() {
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -B -ntp "$@"
}

# Prepares a launch of the registry's jar from the JDK's ahead-of-time cache of its classes (JDK 25 and
# later), which halves the start-up: the first launch of a build records the cache as it exits, later
# launches of the same build start from it. The JDK accepts a cache only for the very jar file it was
# recorded with, and Maven rewrites the jar on every build, so the jar is kept under its content's hash.
# Sets APP_JAR (the jar to run) and APP_CACHE_OPTS (the java options).
prepare_app_cache() {
  local jar="$1" dir="$SERVICES_DIR/app" hash
  APP_JAR="$jar"; APP_CACHE_OPTS=""
  [ "$(java_major "$JAVA_HOME")" -ge 25 ] || return 0
  hash="$(sha256sum "$jar" | cut -c1-16)"
  mkdir -p "$dir"
  APP_JAR="$dir/registry-$hash.jar"
  if [ ! -f "$APP_JAR" ]; then
    find "$dir" -maxdepth 1 -name 'registry-*' -delete
    cp "$jar" "$APP_JAR"
  fi
  if [ -f "$dir/registry-$hash.aot" ]; then
    APP_CACHE_OPTS="-XX:AOTCache=$dir/registry-$hash.aot"
  else
    say "this build's first launch: it records a start-up cache as it stops, for quicker launches after"
    # Recording warns about every class it cannot cache (Netty's optional TLS classes); not worth a screenful.
    APP_CACHE_OPTS="-XX:AOTCacheOutput=$dir/registry-$hash.aot -Xlog:aot=error"
  fi
}

# The configuration, with the same defaults as application.yml.
: "${REGISTRY_DB_URL:=jdbc:postgresql://127.0.0.1:5432/registry}"
: "${REGISTRY_TEST_DB_URL:=jdbc:postgresql://127.0.0.1:5432/registry_test}"
: "${REGISTRY_BENCH_DB_URL:=jdbc:postgresql://127.0.0.1:5432/registry_bench}"
: "${REGISTRY_DB_USER:=registry}"
: "${REGISTRY_DB_PASSWORD:=registry}"
: "${REGISTRY_ES_URL:=http://127.0.0.1:9200}"
: "${REGISTRY_PORT:=8080}"
export REGISTRY_DB_URL REGISTRY_TEST_DB_URL REGISTRY_BENCH_DB_URL REGISTRY_DB_USER REGISTRY_DB_PASSWORD REGISTRY_ES_URL REGISTRY_PORT

# host, port and database of a jdbc:postgresql://host:port/db URL
jdbc_host() { local rest="${1#jdbc:postgresql://}"; rest="${rest%%/*}"; echo "${rest%%:*}"; }
jdbc_port() { local rest="${1#jdbc:postgresql://}"; rest="${rest%%/*}"; [[ "$rest" == *:* ]] && echo "${rest##*:}" || echo 5432; }
jdbc_database() { local rest="${1#jdbc:postgresql://}"; rest="${rest#*/}"; echo "${rest%%\?*}"; }
url_port() { local rest="${1#*://}"; rest="${rest%%/*}"; [[ "$rest" == *:* ]] && echo "${rest##*:}" || echo 80; }
is_local_host() { [[ "$1" == 127.* || "$1" == localhost || "$1" == "::1" || "$1" == "[::1]" ]]; }

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REGISTRY_HOME/pom.xml" | head -1
}
