package dev.codehabit.agent.cli;

/**
 * What the headless agent prints after its first line: why it is headless and what to do next.
 *
 * @param dataDirArg {@code " --data-dir DIR"} when the agent runs on a data dir other than the default, so the
 *                   commands it suggests reach the same agent; else empty
 */
record HeadlessGuide(BridgeFiles bridges, String dataDirArg) {
    enum Why {
        ASKED("--headless was given"),
        NO_DISPLAY("no display found: DISPLAY and WAYLAND_DISPLAY are unset"),
        NO_DESKTOP_BUILD("this build has no desktop app");

        private final String reason;

        Why(String reason) {
            this.reason = reason;
        }
    }

    /** The line printed when the browser extension asks to pair. */
    String pairingRequest(String name, String code) {
        return name + " asks to pair, code " + code + ": approve with `" + command() + " pair " + code + dataDirArg
                + "` in another terminal (the request expires in 5 minutes).";
    }

    /** In a checkout the user runs the script beside the sources; an installed agent is on the PATH. */
    private String command() {
        return bridges.checkout().isPresent() ? "./codehabit" : "codehabit";
    }

    String text(Why why) {
        String n = System.lineSeparator();
        String codehabit = command();
        String build = bridges.checkout().map(c -> " (build them: ./codehabit build-bridges)")
                .orElse(" (see docs/browser-bridge.md and docs/ide-bridge.md)");
        // full paths in a checkout, so they can be pasted from anywhere
        String browser = bridges.browserExtension().map(Object::toString)
                .orElse(bridges.checkout().map(c -> c.resolve(BridgeFiles.BROWSER).toString()).orElse(BridgeFiles.BROWSER) + build);
        String vsix = bridges.vsix().map(Object::toString)
                .orElse(bridges.checkout().map(c -> c.resolve(BridgeFiles.VSIX).toString()).orElse(BridgeFiles.VSIX) + build);
        return "Running headless (" + why.reason + "): no tray icon or dashboard, the API only." + n
                + "Next steps:" + n
                + "  Browser:  chrome://extensions, Developer mode on, Load unpacked: " + browser + n
                + "            then Pair in the extension's popup and approve its code with: " + codehabit + " pair CODE" + dataDirArg + n
                + "  VS Code:  code --install-extension " + vsix + n
                + "            (it finds this agent through agent.json in the data dir: no pairing)" + n
                + "  Other editors with a WakaTime plugin: " + codehabit + " wakatime-config" + dataDirArg + n
                + "  Figures:  " + codehabit + " report" + dataDirArg + "; the dashboard opens from the tray when the agent starts with a display." + n
                + "Stop with Ctrl+C." + n;
    }
}
