package dev.codehabit.agent.bridges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The browser extension and the VS Code extension shipped with the app: in an installed copy the folder the
 * package names in the system property {@value #PROPERTY}; run from the build tree, the bridges' own
 * {@code dist/} folders next to the agent.
 *
 * @param browserUnpacked the unpacked extension (Chrome, Edge, Brave: "Load unpacked")
 * @param browserZip      the Chrome Web Store zip
 * @param vsix            the VS Code extension package
 * @param installed       whether this is an installed copy (else the build tree, and {@link #buildCommand} applies)
 */
public record BridgeBundle(Path browserUnpacked, Path browserZip, Path vsix, boolean installed) {
    /** Set by the installed launcher (installer/build.sh) to the bundled bridges' folder. */
    public static final String PROPERTY = "codehabit.bridges";

    /** Where this copy's bridges are; {@code codeSource} is the agent's jar or classes folder. */
    public static BridgeBundle locate(Optional<String> property, Path codeSource) {
        if (property.isPresent() && !property.get().isBlank()) {
            Path dir = Path.of(property.get());
            return new BridgeBundle(dir.resolve("browser/unpacked"), chromeZip(dir.resolve("browser")),
                    dir.resolve("vscode/codehabit.vsix"), true);
        }
        // agent/target/codehabit-agent.jar or agent/target/classes: the repository is three levels up.
        Path repo = codeSource.toAbsolutePath().getParent().getParent().getParent();
        Path browserDist = repo.resolve("browser-bridge/dist");
        return new BridgeBundle(browserDist.resolve("unpacked"), chromeZip(browserDist),
                repo.resolve("ide-bridge/dist/codehabit.vsix"), false);
    }

    public static BridgeBundle current() {
        Path codeSource;
        try {
            codeSource = Path.of(BridgeBundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return locate(Optional.ofNullable(System.getProperty(PROPERTY)), codeSource);
    }

    /** The Maven command that builds a bridge's dist/ in the build tree. */
    public static String buildCommand(Bridge bridge) {
        return "./mvnw -B -pl " + (bridge == Bridge.BROWSER ? "browser-bridge" : "ide-bridge") + " -am package -DskipTests";
    }

    /** The version in the unpacked extension's manifest, empty when it is missing or unreadable. */
    public Optional<String> browserVersion(ObjectMapper json) {
        Path manifest = browserUnpacked.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return text(json.readTree(manifest.toFile()), "version");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The version in the .vsix's package.json, empty when it is missing or unreadable. */
    public Optional<String> vsixVersion(ObjectMapper json) {
        if (!Files.isRegularFile(vsix)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            ZipEntry entry = zip.getEntry("extension/package.json");
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return text(json.readTree(in), "version");
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Path chromeZip(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("codehabit-browser-bridge-.*-chrome\\.zip"))
                    .findFirst().orElse(dir.resolve("codehabit-browser-bridge-chrome.zip"));
        } catch (IOException e) {
            return dir.resolve("codehabit-browser-bridge-chrome.zip");
        }
    }
}
