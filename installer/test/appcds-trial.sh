#!/usr/bin/env bash
# AppCDS trial on the installed package (docs/benchmarks.md, "Installed package"): headless start to agent.json and RSS after 30 s, with and without
# an application archive made by a --self-test run with -XX:ArchiveClassesAtExit (JAVA_TOOL_OPTIONS reaches the
# JVM behind the jpackage launcher). Not what the package ships; see the doc for why.
set -u
w=$(mktemp -d)
run() { # label, env...
  local label=$1; shift
  local d=$w/d-$RANDOM
  local s=$(date +%s%N)
  env -u DISPLAY "$@" /usr/bin/codehabit --headless --port 0 --data-dir "$d" > $w/log 2>&1 &
  local pid=$!
  until [ -s "$d/agent.json" ]; do sleep 0.01; done
  local ms=$(( ($(date +%s%N) - s) / 1000000 ))
  sleep 30
  echo "$label: start to agent.json $ms ms, RSS $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status) MB (load $(cut -d' ' -f1 /proc/loadavg))"
  kill $pid; wait $pid
}
# Training run: the self-test opens a database, starts the API and answers over HTTP, then exits normally.
env -u DISPLAY JAVA_TOOL_OPTIONS=-XX:ArchiveClassesAtExit=$w/app.jsa /usr/bin/codehabit --self-test > $w/train.log 2>&1
tail -2 $w/train.log
cds="JAVA_TOOL_OPTIONS=-XX:SharedArchiveFile=$w/app.jsa"
ls -la $w/app.jsa
for i in 1 2; do run "default CDS only" ; run "with AppCDS" "$cds"; done
rm -rf $w
