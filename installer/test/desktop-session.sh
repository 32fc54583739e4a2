# Sourced by the installer's test scripts: a desktop to run the installed app on, as a user's would be.
# start_desktop starts Xvfb and trayer as the tray host, exports DISPLAY and sets xvfb_pid and tray_host_pid;
# stop_desktop ends both.

# wait_for SECONDS COMMAND...: until the command succeeds; fails after the deadline.
wait_for() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do [ "$(date +%s)" -lt "$deadline" ] || return 1; sleep 0.05; done
}

# has_window NAME: a window of that name (or class, e.g. JavaEmbeddedFrame for a tray icon) is on the screen.
has_window() { xwininfo -root -tree 2>/dev/null | grep -qF -- "$1"; }

start_desktop() {
  exec 3< <(Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp -noreset 2>/dev/null)
  xvfb_pid=$!
  local display
  read -r display <&3 # Xvfb prints its display number once it accepts connections
  export DISPLAY=:$display
  trayer --edge top --align right --widthtype request --height 28 --SetDockType true --expand true >/dev/null 2>&1 &
  tray_host_pid=$!
  wait_for 10 has_window '"panel"'
}

stop_desktop() {
  kill "${tray_host_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
  tray_host_pid="" xvfb_pid=""
  unset DISPLAY
}
