package dev.codehabit.agent.platform.autostart;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Windows: a value under {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run}, set with {@code reg.exe}. */
public final class WindowsRunKeyAutostart implements Autostart {
    private static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    private static final String VALUE = "CodeHabit";
    private final List<String> command;

    public WindowsRunKeyAutostart(List<String> command) {
        this.command = List.copyOf(command);
    }

    @Override
    public boolean isEnabled() {
        try {
            return run("reg", "query", KEY, "/v", VALUE) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void setEnabled(boolean enabled) throws Exception {
        int code = enabled
                ? run("reg", "add", KEY, "/v", VALUE, "/t", "REG_SZ", "/f", "/d",
                        command.stream().map(a -> a.contains(" ") ? '"' + a + '"' : a).collect(Collectors.joining(" ")))
                : run("reg", "delete", KEY, "/v", VALUE, "/f");
        if (code != 0 && enabled) {
            throw new IllegalStateException("reg.exe refused to write " + KEY + " (exit " + code + ")");
        }
    }

    @Override
    public String describe() {
        return KEY + "\\" + VALUE;
    }

    private static int run(String... args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
