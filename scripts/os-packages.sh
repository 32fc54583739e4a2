#!/usr/bin/env bash
# Makes sure the Debian packages listed in FILE (one name a line, # comments) are installed.
# Installs the missing ones when it can (root, or sudo without a password); otherwise, or with
# CODEHABIT_INSTALL=never, names them and the one command that installs them, and exits 1.
# Usage: scripts/os-packages.sh FILE
set -euo pipefail
list=$1

if ! command -v dpkg >/dev/null 2>&1; then
  echo "Not a Debian-based system: cannot check the OS packages. The tests need the equivalents of $list." >&2
  exit 0
fi

missing=()
while IFS= read -r pkg || [ -n "$pkg" ]; do
  pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
  [ -z "$pkg" ] && continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done < "$list"
[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "${CODEHABIT_INSTALL:-auto}" != never ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo "; else sudo=none; fi
  if [ "$sudo" != none ]; then
    echo "Installing the OS packages the tests need: ${missing[*]}" >&2
    log=$(mktemp)
    if DEBIAN_FRONTEND=noninteractive ${sudo}apt-get update -qq >"$log" 2>&1 \
        && DEBIAN_FRONTEND=noninteractive ${sudo}$install -qq >>"$log" 2>&1; then
      rm -f "$log"; exit 0
    fi
    cat "$log" >&2; rm -f "$log"
    echo "Installing failed (output above). The packages: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Missing OS packages the tests need: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get update && sudo $install" >&2
exit 1
