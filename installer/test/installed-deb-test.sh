#!/usr/bin/env bash
# The installed-package test (issue 16), run by `./mvnw -Pinstaller verify` after the .deb is built:
# checks the package's metadata and desktop file, installs it with dpkg -i (as root; otherwise unpacks it into a
# throw-away root with dpkg -x), runs `codehabit --self-test`, starts the installed agent headless, checks
# /api/v1/health, stores a heartbeat, stops it, removes and purges the package and checks the user's data is
# still there; with Xvfb and trayer present, also starts it as the menu entry does and checks the tray icon and
# the dashboard. The user's data dir is a throw-away one, so the machine's own data is never touched.
#   installer/test/installed-deb-test.sh VERSION OUT_DIR
set -euo pipefail
version=$1 out=$2
release=${version%%-*}
deb_version=${version/-/\~}
deb=$out/codehabit_${deb_version}_$(dpkg --print-architecture).deb
work=$(mktemp -d /tmp/codehabit-deb-test.XXXXXX)
pid=""
installed=""
session=""
# shellcheck source=desktop-session.sh
. "$(dirname "$0")/desktop-session.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  if [ -n "$session" ]; then pkill -TERM -P "$session" 2>/dev/null || true; fi
  stop_desktop
  if [ -n "$installed" ]; then dpkg -P codehabit >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

[ -f "$deb" ] || fail "no package at $deb"

# --- Package metadata ---------------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = codehabit ] || fail "package name $(field Package)"
[ "$(field Version)" = "$deb_version" ] || fail "version $(field Version), expected $deb_version (from the pom's $version)"
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "maintainer '$(field Maintainer)'"
[[ "$(field Description)" == *"coding-habit tracker"* ]] || fail "description '$(field Description)'"
for dep in libc6 libgtk-3-0 libgl1 libxtst6; do
  [[ ", $(field Depends)," == *", $dep,"* || ", $(field Depends)," == *" $dep ,"* ]] || fail "Depends lacks $dep: $(field Depends)"
done
[[ "$(field Recommends)" == *libayatana-appindicator3-1* ]] || fail "Recommends lacks the AppIndicator library"
size_kib=$(field Installed-Size)
ok "metadata: $(field Package) $(field Version), $(field Maintainer), installed size $((size_kib / 1024)) MiB"
[ "$size_kib" -le $((120 * 1024)) ] || fail "installed size $size_kib KiB is over the 120 MiB target"

mkdir -p "$work/files"
dpkg-deb -x "$deb" "$work/files"
desktop=$work/files/opt/codehabit/lib/app/share/applications/codehabit.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate reports problems in codehabit.desktop"
grep -qx 'Exec=/usr/bin/codehabit' "$desktop" || fail "the menu entry does not start the wrapper"
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$work/files/opt/codehabit/lib/app/share/icons/hicolor/${size}x${size}/apps/codehabit.png" ] || fail "no ${size}px icon"
done
ok "desktop file valid, icons at 16-512 px"

# --- Install ------------------------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ] && [ "${CODEHABIT_TEST_UNPACK_ONLY:-}" != 1 ]; then
  if dpkg-query -W -f='${Status}' codehabit 2>/dev/null | grep -q 'ok installed'; then fail "codehabit is already installed on this machine: remove it first"; fi
  installed=yes
  dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
  app=/opt/codehabit
  cmd=/usr/bin/codehabit
  [ "$(readlink -f "$cmd")" = "$app/lib/app/codehabit.sh" ] || fail "/usr/bin/codehabit is not the wrapper"
  [ -L /usr/share/applications/codehabit.desktop ] || fail "no menu entry in /usr/share/applications"
  [ -L /usr/share/icons/hicolor/48x48/apps/codehabit.png ] || fail "no icon in the hicolor theme"
  ok "installed with dpkg -i: $cmd, menu entry, icons"
else
  app=$work/files/opt/codehabit
  cmd=$app/lib/app/codehabit.sh
  ok "not root: testing the package unpacked into $work/files"
fi

# --- The installed copy works -------------------------------------------------------------------------------
# Java takes the home folder from the password database, not $HOME: the throw-away data dir is named instead.
unset DISPLAY WAYLAND_DISPLAY
data=$work/home/.local/share/codehabit

"$cmd" --version | grep -q "$version" || fail "codehabit --version does not say $version"
"$cmd" --self-test > "$work/self-test.txt" 2>&1 || { cat "$work/self-test.txt"; fail "codehabit --self-test failed"; }
cat "$work/self-test.txt"
grep -q "OK    Browser extension  version $release: $app/lib/app/bridges/browser/unpacked" "$work/self-test.txt" \
  || fail "the self-test did not find the bundled browser extension"
grep -q "OK    VS Code extension  version $release: $app/lib/app/bridges/vscode/codehabit.vsix" "$work/self-test.txt" \
  || fail "the self-test did not find the bundled .vsix"

manifest_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$app/lib/app/bridges/browser/unpacked/manifest.json")
vsix_version=$(python3 -c 'import json,sys,zipfile; print(json.loads(zipfile.ZipFile(sys.argv[1]).read("extension/package.json"))["version"])' "$app/lib/app/bridges/vscode/codehabit.vsix")
[ "$manifest_version" = "$release" ] && [ "$vsix_version" = "$release" ] || fail "bundled bridges are $manifest_version / $vsix_version, app is $release"
ls "$app/lib/app/bridges/browser/codehabit-browser-bridge-$release-chrome.zip" >/dev/null || fail "no Chrome zip"
ok "bundled bridges: browser extension $manifest_version (folder + zip), VS Code extension $vsix_version"

grep -q '^java-options=-Xmx256m$' "$app/lib/app/codehabit.cfg" || fail "the launcher lacks agent/jvm.options"
# With the options of agent/jvm.options (compact object headers) the JVM needs classes_coh.jsa; without it the
# agent silently starts with no class-data archive at all. -Xshare:on refuses to start instead.
JAVA_TOOL_OPTIONS=-Xshare:on "$cmd" --version > "$work/xshare.txt" 2>&1 \
  || { cat "$work/xshare.txt"; fail "the installed runtime has no class-data archive for the agent's JVM options"; }
"$cmd" --headless --port 0 --data-dir "$data" > "$work/agent.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do [ -s "$data/agent.json" ] && break; sleep 0.1; done
[ -s "$data/agent.json" ] || { cat "$work/agent.log"; fail "the installed agent did not start"; }
read -r port token < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a["port"], a["token"])' "$data/agent.json")
health=$(curl -fsS "http://127.0.0.1:$port/api/v1/health")
[[ "$health" == *"\"version\":\"$version\""* ]] || fail "health answered $health"
tr '\0' '\n' < "/proc/$pid/environ" | grep -qx 'MALLOC_ARENA_MAX=1' || fail "the wrapper did not apply agent/launcher.env"
now=$(date +%s)
curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"entity\":\"/src/Main.java\",\"type\":\"file\",\"time\":$now,\"project\":\"installer-test\",\"language\":\"Java\"}" \
  "http://127.0.0.1:$port/api/v1/users/current/heartbeats" || fail "the agent refused a heartbeat"
"$cmd" status --data-dir "$data" | grep -q "$port" || fail "codehabit status does not see the running agent"
ok "installed agent answers on port $port: $health; a heartbeat stored; codehabit status sees it"
kill -TERM "$pid"
wait "$pid" || true
pid=""
[ ! -e "$data/agent.json" ] || fail "agent.json left behind after a clean stop"

# --- On a desktop: Xvfb with trayer as the tray host ------------------------------------------------------
# The menu entry's command under a session bus, as a desktop starts it: its icon must appear in the tray, and a
# second launch must open the running agent's dashboard. The screen is saved for a person to look at.
if command -v Xvfb >/dev/null && command -v trayer >/dev/null; then
  start_desktop
  dbus-run-session -- "$cmd" --data-dir "$data" --port 0 > "$work/desktop.log" 2>&1 &
  session=$!
  wait_for 60 has_window JavaEmbeddedFrame || { cat "$work/desktop.log"; fail "no CodeHabit icon in the tray"; }
  "$cmd" --data-dir "$data" | grep -q "opened its dashboard" || fail "a second launch did not open the dashboard"
  wait_for 30 has_window 'CodeHabit — Dashboard' || fail "the dashboard did not open"
  if command -v import >/dev/null; then
    sleep 2
    mkdir -p "$out/screenshots"
    import -window root "$out/screenshots/installed-desktop.png"
  fi
  pkill -TERM -P "$session" || true # the agent, child of dbus-run-session
  wait "$session" || true
  session=""
  stop_desktop
  ok "on Xvfb with trayer: icon in the tray, dashboard opened by a second launch (screen: $out/screenshots/installed-desktop.png)"
fi

# --- Remove and purge: the user's data stays ----------------------------------------------------------------
if [ -n "$installed" ]; then
  dpkg -r codehabit > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -r failed"; }
  for gone in /usr/bin/codehabit /usr/share/applications/codehabit.desktop /usr/share/icons/hicolor/48x48/apps/codehabit.png /opt/codehabit/bin/codehabit; do
    [ ! -e "$gone" ] && [ ! -L "$gone" ] || fail "$gone is still there after dpkg -r"
  done
  dpkg -P codehabit > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -P failed"; }
  installed=""
  ok "removed and purged"
fi
rows=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from heartbeat where project = ?", ("installer-test",)).fetchone()[0])' "$data/codehabit.db")
[ "$rows" = 1 ] || fail "the user's history lost its heartbeat after removal ($rows rows)"
[ -f "$data/token" ] || fail "the user's token is gone"
ok "the user's data (codehabit.db with its heartbeat, token) is still in $data"
echo "installed-package test passed"
