#!/bin/sh
# /usr/bin/codehabit: the installed CodeHabit, for the menu entry and every CLI subcommand. It exports the
# environment of agent/launcher.env (copied into the package; a value already set wins) and runs the jpackage
# launcher, which cannot set environment variables itself. The JVM options are in the launcher's own .cfg,
# written from agent/jvm.options when the package was built.
set -eu
self=$(readlink -f "$0")
app=$(cd "$(dirname "$self")/../.." && pwd)
while IFS= read -r setting || [ -n "$setting" ]; do
  case "$setting" in ''|'#'*) continue ;; esac
  if [ -z "$(printenv "${setting%%=*}" || true)" ]; then export "$setting"; fi
done < "$app/lib/app/launcher.env"
exec "$app/bin/codehabit" "$@"
