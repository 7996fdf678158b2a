# Sourced by ./voxpop and bench/jmh: sets VOXPOP_JAVA to a java binary of version 21 or newer.
# Order: $JAVA_HOME if it is 21+, else the newest JDK under /usr/lib/jvm, else `java` on PATH if 21+.

voxpop_java_major() {
  # Prints the feature version of the given java binary, e.g. 17 or 25.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

voxpop_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(voxpop_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then VOXPOP_JAVA="$JAVA_HOME/bin/java"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    major=$(voxpop_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then VOXPOP_JAVA="$best"; return 0; fi
  if command -v java >/dev/null 2>&1; then
    major=$(voxpop_java_major "$(command -v java)")
    if [ "${major:-0}" -ge 21 ]; then VOXPOP_JAVA="$(command -v java)"; return 0; fi
  fi
  echo "voxpop needs Java 21 or newer. Install a JDK 21+ (e.g. under /usr/lib/jvm) or set JAVA_HOME to one." >&2
  return 1
}
