# Finds JDK 25 or newer and exports JAVA_HOME and PATH for it. Sourced by ./codehabit and ./test (POSIX sh),
# so the app and the tests pick the same JDK. Looks at, in order: $JAVA_HOME, the `java` on PATH, then the
# usual install folders (CODEHABIT_JDK_DIRS, space-separated globs, replaces them). On failure it says in one
# line what it needs and where it looked, and returns 1.

codehabit_jdk_ok() { # $1: a java binary; true when it is version 25 or newer
  [ -x "$1" ] && "$1" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'
}

codehabit_find_jdk() {
  looked=""
  if [ -n "${JAVA_HOME:-}" ]; then
    codehabit_jdk_ok "$JAVA_HOME/bin/java" && { PATH="$JAVA_HOME/bin:$PATH"; export JAVA_HOME PATH; return 0; }
    looked="JAVA_HOME=$JAVA_HOME"
  fi
  on_path=$(command -v java 2>/dev/null || true)
  if [ -n "$on_path" ] && codehabit_jdk_ok "$on_path"; then
    # the real folder behind /usr/bin/java's alternatives links
    JAVA_HOME=$(cd "$(dirname "$(readlink -f "$on_path" 2>/dev/null || echo "$on_path")")/.." && pwd)
    export JAVA_HOME; return 0
  fi
  [ -n "$on_path" ] && looked="${looked:+$looked, }java on PATH ($on_path)"
  dirs=${CODEHABIT_JDK_DIRS:-"/usr/lib/jvm/* /opt/jdk* /opt/java/* ${HOME:-~}/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home"}
  for candidate in $dirs; do
    if codehabit_jdk_ok "$candidate/bin/java"; then
      JAVA_HOME=$candidate; PATH="$JAVA_HOME/bin:$PATH"; export JAVA_HOME PATH; return 0
    fi
  done
  echo "CodeHabit needs JDK 25 or newer; none found in ${looked:+$looked, }$dirs. Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}
