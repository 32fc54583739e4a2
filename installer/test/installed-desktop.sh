#!/usr/bin/env bash
# The installed package on a desktop, and its figures (docs/benchmarks.md, "Installed package"): needs the .deb
# installed (`dpkg -i installer/target/codehabit_*.deb`), Xvfb, trayer, xdotool, x11-utils, imagemagick.
#   installer/test/installed-desktop.sh [RUNS] [SCREENSHOT_DIR]
# Prints the installed size; per run the cold start of /usr/bin/codehabit to its icon in trayer's tray and the
# idle headless RSS after 30 s; then opens the dashboard the way a second launch from the menu does and saves a
# screenshot of the screen with tray and dashboard. Data goes to a throw-away --data-dir.
set -euo pipefail
runs=${1:-3}
shots=${2:-installer/target/screenshots}
# CODEHABIT_CMD=./codehabit measures the build tree the same way; HEADLESS_RUNS=0 skips the headless part.
cmd=${CODEHABIT_CMD:-/usr/bin/codehabit}
[ -x "$cmd" ] || { echo "install the package first: dpkg -i installer/target/codehabit_*.deb" >&2; exit 1; }
work=$(mktemp -d /tmp/codehabit-installed-desktop.XXXXXX)
mkdir -p "$shots"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; stop_desktop; rm -rf "$work"; }
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# shellcheck source=desktop-session.sh
. "$(dirname "$0")/desktop-session.sh"

[ "$cmd" != /usr/bin/codehabit ] || echo "installed size: $(du -sm /opt/codehabit | cut -f1) MB on disk (/opt/codehabit); dpkg Installed-Size $(( $(dpkg-query -W -f='${Installed-Size}' codehabit) / 1024 )) MiB"

# Headless idle RSS: the agent as a service with no display.
for i in $(seq 1 "${HEADLESS_RUNS:-$runs}"); do
  data=$work/headless-$i
  env -u DISPLAY "$cmd" --headless --port 0 --data-dir "$data" > "$work/headless-$i.log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_for 60 test -s "$data/agent.json"
  sleep 30
  echo "headless run $i: RSS after 30 s idle $(rss_mb "$pid") MB (load $(load))"
  kill "$pid"; wait "$pid" || true
done

# The desktop: Xvfb, trayer as the tray host, a session bus as a desktop has.
start_desktop
# With a display and a tray host the self-test loads the input hook's library and finds the tray.
"$cmd" --self-test
for i in $(seq 1 "$runs"); do
  data=$work/desktop-$i
  start=$(date +%s%N)
  dbus-run-session -- "$cmd" --data-dir "$data" --port 0 > "$work/desktop-$i.log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_for 60 has_window JavaEmbeddedFrame || { cat "$work/desktop-$i.log"; echo "no tray icon" >&2; exit 1; }
  echo "desktop run $i: cold start to tray icon $(( ($(date +%s%N) - start) / 1000000 )) ms (load $(load))"
  if [ "$i" = "$runs" ]; then
    sleep 3
    # A second launch (the menu entry again) hands over to the running agent, which opens its dashboard.
    "$cmd" --data-dir "$data" | tee "$work/second.txt"
    grep -q "opened its dashboard" "$work/second.txt"
    wait_for 30 has_window 'CodeHabit — Dashboard'
    sleep 3
    import -window root "$shots/installed-desktop.png"
    echo "screenshot: $shots/installed-desktop.png"
  fi
  pkill -TERM -P "$pid" || true # the agent, child of dbus-run-session
  wait "$pid" || true
  wait_for 10 eval '! has_window JavaEmbeddedFrame'
done
