#!/usr/bin/env bash
# Builds CodeHabit's desktop package from the built agent and bridges: a jlink'd runtime holding only the JDK
# modules the agent uses, a jpackage app-image, then the native package(s) of this OS.
#   installer/build.sh VERSION OUT_DIR [TYPE...]   (TYPE: app-image deb rpm msi dmg; default: app-image deb on Linux)
# Run through Maven: ./mvnw -Pinstaller package (installer/pom.xml passes the version from the pom).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
version=$1 out=$2; shift 2
types=("$@")
os=$(uname -s)
if [ ${#types[@]} -eq 0 ]; then
  case "$os" in Linux) types=(app-image deb) ;; Darwin) types=(app-image dmg) ;; *) types=(app-image msi) ;; esac
fi
jdk=${JAVA_HOME:?JAVA_HOME must point at JDK 25}
export PATH="$jdk/bin:$PATH"

agent=$root/agent/target
browser=$root/browser-bridge/dist
vsix=$root/ide-bridge/dist/codehabit.vsix
for need in "$agent/codehabit-agent.jar" "$agent/lib" "$browser/unpacked/manifest.json" "$vsix"; do
  [ -e "$need" ] || { echo "missing $need: build it first (./mvnw -B package -DskipTests)" >&2; exit 1; }
done

# JDK modules: what jdeps finds in the agent and its libraries, less Jetty's unused JNDI/RMI/instrumentation
# paths, plus what only runs reflectively: jdk.unsupported (JavaFX, SQLite, Jackson use sun.misc.Unsafe),
# jdk.jfr (JavaFX's pulse events), jdk.management (ClosedWindowMemory's heap trim). TLS is not needed: the
# agent only speaks plain HTTP on loopback.
modules=java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.net.http,java.sql,jdk.unsupported,jdk.jfr

rm -rf "$out/input" "$out/runtime" "$out/app-image"
mkdir -p "$out/input/bridges/browser" "$out/input/bridges/vscode" "$out/input/share/applications"
cp "$agent/codehabit-agent.jar" "$out/input/"
cp -r "$agent/lib" "$out/input/lib"
# sqlite-jdbc carries its native library for 22 OS/CPU pairs (12 MB); the package keeps this machine's one.
case "$os" in Linux) native_os=Linux ;; Darwin) native_os=Mac ;; *) native_os=Windows ;; esac
case "$(uname -m)" in x86_64|amd64) native_arch=x86_64 ;; arm64|aarch64) native_arch=aarch64 ;; *) native_arch=$(uname -m) ;; esac
sqlite_jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar)
if command -v zip >/dev/null && command -v unzip >/dev/null; then
  unzip -Z1 "$sqlite_jar" | grep -E '^org/sqlite/native/.+[^/]$' | grep -v "^org/sqlite/native/$native_os/$native_arch/" \
    | zip -q -d "$sqlite_jar" -@
fi
cp "$root/agent/launcher.env" "$out/input/launcher.env"
cp -r "$browser/unpacked" "$out/input/bridges/browser/unpacked"
cp "$browser"/codehabit-browser-bridge-*.zip "$out/input/bridges/browser/"
cp "$vsix" "$out/input/bridges/vscode/codehabit.vsix"

echo "jlink: $modules"
strip_native=()
if [ "$os" = Linux ]; then strip_native=(--strip-native-debug-symbols exclude-debuginfo-files); fi
# --generate-cds-archive: the JDK's own class-data archive for this runtime (the start reads classes from it).
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --generate-cds-archive ${strip_native[@]+"${strip_native[@]}"} --output "$out/runtime"
# The JDK's class-data archive must match the agent's object layout: with -XX:+UseCompactObjectHeaders the JVM
# looks for classes_coh.jsa, which jlink does not write, and without it runs with no archive at all (measured:
# a slower start). Dump that one with the agent's GC and layout; drop those the agent never opens (the _nocoops
# ones serve heaps over 32 GB, the agent's is capped at 256 MB).
# The archive holds the JDK classes a desktop start loads up to the tray icon (installer/cds/desktop-start.classlist,
# recorded by installer/cds/record-classlist.sh), not only the JDK's default list: 12 MB more, ~0.3 s faster to
# the tray (docs/benchmarks.md). The agent's own classes stay out: they would need its class path at dump time.
if grep -qx -- '-XX:+UseCompactObjectHeaders' "$root/agent/jvm.options"; then
  "$out/runtime/bin/java" -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xshare:dump \
    -XX:SharedClassListFile="$here/cds/desktop-start.classlist" \
    -XX:SharedArchiveFile="$out/runtime/lib/server/classes_coh.jsa" > "$out/cds-dump.log" 2>&1
  rm -f "$out/runtime/lib/server/classes.jsa"
fi
rm -f "$out/runtime/lib/server/classes_nocoops.jsa" "$out/runtime/lib/server/classes_nocoops_coh.jsa"

# The JVM options of agent/jvm.options, one --java-options each, as ./codehabit uses them.
java_options=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  java_options+=(--java-options "$line")
done < "$root/agent/jvm.options"
# Where the bundled bridges are (Settings -> Bridges, --self-test).
java_options+=(--java-options '-Dcodehabit.bridges=$APPDIR/bridges')

base_version=${version%%-*}
common=(--name codehabit --vendor "CodeHabit" --copyright "CodeHabit contributors"
  --description "Local-first coding-habit tracker: coding and browsing time, focus mode, browser and VS Code bridges")

if [ "$os" = Linux ]; then
  mkdir -p "$out/input/share/icons"
  for png in "$here"/linux/icons/*.png; do
    size=$(basename "$png" .png)
    mkdir -p "$out/input/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$out/input/share/icons/hicolor/${size}x${size}/apps/codehabit.png"
  done
  cp "$here/linux/codehabit.desktop" "$out/input/share/applications/"
  cp "$here/linux/codehabit.sh" "$out/input/codehabit.sh"
  icon=$here/linux/icons/256.png
else
  icon=""
fi

echo "jpackage app-image"
jpackage --type app-image "${common[@]}" --app-version "$base_version" \
  --input "$out/input" --main-jar codehabit-agent.jar --main-class dev.codehabit.agent.Main \
  --runtime-image "$out/runtime" ${icon:+--icon "$icon"} "${java_options[@]}" --dest "$out/app-image"

for type in "${types[@]}"; do
  case "$type" in
    app-image) ;;
    deb|rpm)
      echo "jpackage $type"
      # Debian and RPM order 0.1.0~SNAPSHOT before 0.1.0, as Maven orders 0.1.0-SNAPSHOT.
      # A lighter compression than dpkg's default xz -6: the package is built on every test run.
      DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=${CODEHABIT_DEB_XZ_LEVEL:-6} \
      jpackage --type "$type" "${common[@]}" --app-version "${version/-/\~}" --app-image "$out/app-image/codehabit" \
        --resource-dir "$here/linux" --linux-package-name codehabit --linux-app-category devel \
        --linux-deb-maintainer "maintainers@codehabit.dev" --about-url "https://github.com/codehabit/codehabit" \
        --linux-package-deps "libgtk-3-0, libgl1" --license-file "$root/ide-bridge/LICENSE" --dest "$out" ;;
    msi)
      # Windows: WiX 3 or 4 on the PATH (the CI workflow installs it). Start menu entry, per-user choice of folder.
      jpackage --type msi "${common[@]}" --app-version "$base_version" --app-image "$out/app-image/codehabit" \
        --win-menu --win-menu-group CodeHabit --win-shortcut --win-dir-chooser --win-upgrade-uuid 6c3f4f0e-6a53-4b5e-9b6a-2f1d3c0de5a1 \
        --license-file "$root/ide-bridge/LICENSE" --dest "$out" ;;
    dmg)
      jpackage --type dmg "${common[@]}" --app-version "$base_version" --app-image "$out/app-image/codehabit.app" \
        --mac-package-identifier dev.codehabit.agent --license-file "$root/ide-bridge/LICENSE" --dest "$out" ;;
    *) echo "unknown package type $type" >&2; exit 2 ;;
  esac
done
ls -la "$out"
