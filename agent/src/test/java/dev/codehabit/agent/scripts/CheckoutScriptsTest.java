package dev.codehabit.agent.scripts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout's scripts as a newcomer meets them: CI runs exactly the README's test command, and the JDK and
 * OS-package steps of that command say what is missing and how to get it.
 */
class CheckoutScriptsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Run(int code, String out) {}

    private static Run sh(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("## Run every test\\s+```sh\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README's '## Run every test' code block").isTrue();
        List<String> ciCommands = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "))
                .toList();
        assertThat(ciCommands).containsExactly(block.group(1).strip());
    }

    @Test
    void theJdkLookupSaysWhatItNeedsAndWhereItLooked(@TempDir Path dir) throws Exception {
        // an old JDK everywhere the lookup looks first: JAVA_HOME and the java on PATH
        Path old = dir.resolve("jdk-17");
        Files.createDirectories(old.resolve("bin"));
        Path java = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
        java.toFile().setExecutable(true);
        String path = old.resolve("bin") + ":/usr/bin:/bin";
        Run none = sh(Map.of("JAVA_HOME", old.toString(), "CODEHABIT_JDK_DIRS", "/nowhere/jdk*", "PATH", path),
                "sh", "-c", ". scripts/jdk.sh; codehabit_find_jdk");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out().strip()).isEqualTo("CodeHabit needs JDK 25 or newer; none found in JAVA_HOME=" + old
                + ", java on PATH (" + java + "), /nowhere/jdk*. Install one (e.g. Temurin 25) or set JAVA_HOME to it.");
        String thisJdk = System.getProperty("java.home");
        Run found = sh(Map.of("JAVA_HOME", old.toString(), "CODEHABIT_JDK_DIRS", "/nowhere " + thisJdk, "PATH", path),
                "sh", "-c", ". scripts/jdk.sh; codehabit_find_jdk && echo \"$JAVA_HOME\" && java -version");
        assertThat(found.code()).isZero();
        assertThat(found.out()).startsWith(thisJdk + "\n").contains("version \"" + Runtime.version().feature());
    }

    @Test
    void missingOsPackagesAreNamedWithTheCommandThatInstallsThem(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("apt-packages"), "# a comment\ncoreutils\n\ncodehabit-no-such-package # why\n");
        Run r = sh(Map.of("CODEHABIT_INSTALL", "never"), "scripts/os-packages.sh", list.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("Missing OS packages the tests need: codehabit-no-such-package\n"
                + "Install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends "
                + "codehabit-no-such-package\n");
        Files.writeString(list, "coreutils\n");
        assertThat(sh(Map.of("CODEHABIT_INSTALL", "never"), "scripts/os-packages.sh", list.toString()).code()).isZero();
    }
}
