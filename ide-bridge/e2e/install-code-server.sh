#!/bin/sh
# Installs code-server (the full VS Code, server + web workbench) from the npm registry alone, once per version,
# into a cache directory that survives between runs. Prints the path of the code-server launcher.
# Needs Node 20 and the Debian packages in .ci/apt-packages (build-essential python3 pkg-config libkrb5-dev ripgrep).
# Usage: install-code-server.sh [CACHE_ROOT]   (default ~/.cache/codehabit/code-server)
set -eu
CS_VERSION=4.100.3   # the last code-server whose npm package runs on Node 20
ROOT=${1:-${CODEHABIT_CACHE:-$HOME/.cache/codehabit}/code-server}
PREFIX="$ROOT/$CS_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"
if [ -x "$BIN" ] && [ -f "$PREFIX/.complete" ]; then echo "$BIN"; exit 0; fi

# The native modules' build tools and Debian's rg, named with their packages before npm fails on one of them.
missing=""
for need in rg:ripgrep make:build-essential g++:build-essential python3:python3 pkg-config:pkg-config krb5-config:libkrb5-dev; do
  command -v "${need%%:*}" >/dev/null 2>&1 || missing="${missing:+$missing,} ${need%%:*} (Debian package ${need#*:})"
done
if [ -n "$missing" ]; then
  echo "Missing system commands:$missing. Run ./test, which installs the packages in .ci/apt-packages." >&2
  exit 1
fi

# Build in a scratch dir and move it into place only when complete, so an interrupted install is never reused.
STAGE="$ROOT/.stage-$CS_VERSION-$$"
rm -rf "$STAGE"; mkdir -p "$STAGE/tmp"
trap 'rm -rf "$STAGE"' EXIT INT TERM

# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here); seed its download cache with Debian's rg.
RGCACHE="$STAGE/tmp/vscode-ripgrep-cache-1.15.11"
case "$(uname -m)" in x86_64) RGT=x86_64-unknown-linux-musl ;; aarch64) RGT=aarch64-unknown-linux-musl ;; *) echo "unsupported arch" >&2; exit 1 ;; esac
mkdir -p "$RGCACHE/stage"
cp "$(command -v rg)" "$RGCACHE/stage/rg"
tar czf "$RGCACHE/ripgrep-v13.0.0-10-$RGT.tar.gz" -C "$RGCACHE/stage" rg

# A local install: with `npm i -g`, npm 11 runs code-server's nested install in global mode and breaks.
# unsafe_perm for root, yes for node-pty's `npx node-gyp`, nodedir so node-gyp uses the installed headers.
cd "$STAGE"
echo '{"private":true}' > package.json
TMPDIR="$STAGE/tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="${NODEDIR:-/usr}" \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2
# (--version writes a default config.yaml under XDG_CONFIG_HOME: keep it in the stage)
XDG_CONFIG_HOME="$STAGE/tmp/config" XDG_DATA_HOME="$STAGE/tmp/data" "$STAGE/node_modules/.bin/code-server" --version >&2
rm -rf "$STAGE/tmp"
touch "$STAGE/.complete"
rm -rf "$PREFIX"
mv "$STAGE" "$PREFIX"
trap - EXIT INT TERM
echo "$BIN"
