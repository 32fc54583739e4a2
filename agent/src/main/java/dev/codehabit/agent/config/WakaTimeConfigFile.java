package dev.codehabit.agent.config;


import dev.codehabit.agent.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points WakaTime plugins at the agent by setting {@code api_url} and {@code api_key} in the {@code [settings]}
 * section of {@code ~/.wakatime.cfg}, keeping every other line as it was. The first change keeps the original file
 * beside it, so {@link #undo()} can put it back (or remove the file when there was none).
 */
public final class WakaTimeConfigFile {
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^]]+)]\\s*$");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)\\s*[=:]");

    private final Path file;

    public WakaTimeConfigFile(Path file) {
        this.file = file;
    }

    /** {@code $WAKATIME_HOME/.wakatime.cfg}, else {@code ~/.wakatime.cfg}: where wakatime-cli looks. */
    public static Path defaultLocation(Map<String, String> env, Path home) {
        String wakatimeHome = env.get("WAKATIME_HOME");
        Path dir = wakatimeHome != null && !wakatimeHome.isBlank() ? Path.of(wakatimeHome) : home;
        return dir.resolve(".wakatime.cfg");
    }

    public Path path() {
        return file;
    }

    /** Where the original content is kept. */
    public Path backup() {
        return file.resolveSibling(file.getFileName() + ".codehabit-backup");
    }

    /** Marks that there was no config file before CodeHabit wrote one. */
    Path absentMarker() {
        return file.resolveSibling(file.getFileName() + ".codehabit-none");
    }

    /** Sets the two keys; returns the backup made now, or empty when one existed from an earlier run. */
    public Optional<Path> apply(String apiUrl, String apiKey) throws IOException {
        Optional<Path> madeBackup = Optional.empty();
        boolean exists = Files.isRegularFile(file);
        if (!Files.exists(backup()) && !Files.exists(absentMarker())) {
            if (exists) {
                Files.copy(file, backup(), StandardCopyOption.COPY_ATTRIBUTES);
                madeBackup = Optional.of(backup());
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(absentMarker(), "");
            }
        }
        List<String> lines = exists ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        List<String> updated = withSettings(lines, Map.of("api_url", apiUrl, "api_key", apiKey));
        // The file now holds the agent's token: owner-only, like agent.json.
        AtomicFile.writeString(file, String.join("\n", updated) + "\n");
        return madeBackup;
    }

    /** Restores the file as it was before the first {@link #apply}; false when there is nothing to undo. */
    public boolean undo() throws IOException {
        if (Files.exists(backup())) {
            Files.move(backup(), file, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        if (Files.exists(absentMarker())) {
            Files.deleteIfExists(file);
            Files.delete(absentMarker());
            return true;
        }
        return false;
    }

    static List<String> withSettings(List<String> lines, Map<String, String> values) {
        List<String> out = new ArrayList<>(lines);
        int sectionStart = -1;
        int sectionEnd = out.size();
        for (int i = 0; i < out.size(); i++) {
            Matcher m = SECTION.matcher(out.get(i));
            if (!m.matches()) {
                continue;
            }
            if (sectionStart >= 0) {
                sectionEnd = i;
                break;
            }
            if (m.group(1).trim().equalsIgnoreCase("settings")) {
                sectionStart = i;
            }
        }
        if (sectionStart < 0) {
            List<String> head = new ArrayList<>();
            head.add("[settings]");
            values.keySet().stream().sorted().forEach(k -> head.add(k + " = " + values.get(k)));
            if (!out.isEmpty()) {
                head.add("");
            }
            head.addAll(out);
            return head;
        }
        List<String> missing = new ArrayList<>(values.keySet().stream().sorted().toList());
        for (int i = sectionStart + 1; i < sectionEnd; i++) {
            Matcher m = KEY.matcher(out.get(i));
            if (m.find()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                if (values.containsKey(key)) {
                    out.set(i, key + " = " + values.get(key));
                    missing.remove(key);
                }
            }
        }
        int insertAt = sectionStart + 1;
        for (String key : missing) {
            out.add(insertAt++, key + " = " + values.get(key));
        }
        return out;
    }
}
