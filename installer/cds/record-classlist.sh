#!/usr/bin/env bash
# Records installer/cds/desktop-start.classlist: the JDK classes a real desktop start loads, from launch until
# the tray icon shows, which installer/build.sh dumps into the runtime's class-data archive (docs/benchmarks.md,
# "Installed package"). Rerun after a JDK update or when the start path changes much; a stale line costs nothing
# (the dump skips it), a missing one only costs that class its archived copy.
# Needs the package installed (or CODEHABIT_CMD=./codehabit), Xvfb, trayer, xdotool, x11-utils, and a JDK 25 for
# jimage (JAVA_HOME).
#   installer/cds/record-classlist.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cmd=${CODEHABIT_CMD:-/usr/bin/codehabit}
runtime=${CODEHABIT_RUNTIME:-/opt/codehabit/lib/runtime}
work=$(mktemp -d /tmp/codehabit-classlist.XXXXXX)
cleanup() { stop_desktop; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=../test/desktop-session.sh
. "$here/../test/desktop-session.sh"

start_desktop
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/all.classlist" \
  dbus-run-session -- "$cmd" --data-dir "$work/data" --port 0 > "$work/run.log" 2>&1 &
pid=$!
wait_for 60 has_window JavaEmbeddedFrame || { cat "$work/run.log"; echo "no tray icon" >&2; exit 1; }
sleep 1
pkill -TERM -P "$pid" || true
wait "$pid" || true

# Only the runtime's own classes: the archive is the JDK's default one, dumped without the agent's class path.
"${JAVA_HOME:?JAVA_HOME must point at JDK 25}/bin/jimage" list "$runtime/lib/modules" \
  | sed -n 's/^ *\([^ ]*\)\.class$/\1/p' > "$work/jdk-classes.txt"
awk 'NR == FNR { jdk[$1] = 1; next }
  /^#/ || /^@lambda-form-invoker/ { print; next }
  /^@(cp|lambda-proxy) / { c = $2; sub(/:.*/, "", c); if (c in jdk) print; next }
  /^@/ { next }
  $1 in jdk { print }' "$work/jdk-classes.txt" "$work/all.classlist" > "$here/desktop-start.classlist"
echo "$(grep -vc '^[#@]' "$here/desktop-start.classlist") JDK classes in $here/desktop-start.classlist"
