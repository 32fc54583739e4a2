package dev.codehabit.agent.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the two bridges are when the agent runs from a checkout ({@code agent/target/codehabit-agent.jar}): the
 * unpacked browser extension and the VS Code {@code .vsix} that {@code ./codehabit build-bridges} (or the full
 * test build) writes. Empty when the jar is not in a checkout.
 */
record BridgeFiles(Optional<Path> checkout) {
    static final String BROWSER = "browser-bridge/dist/unpacked";
    static final String VSIX = "ide-bridge/dist/codehabit.vsix";

    static BridgeFiles besideJar() {
        try {
            Path jar = Path.of(AgentCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(jar);
        } catch (URISyntaxException | RuntimeException e) {
            return new BridgeFiles(Optional.empty());
        }
    }

    /** The checkout around {@code agent/target/<jar or classes>}, if that is where the code runs from. */
    static BridgeFiles of(Path codeLocation) {
        Path target = codeLocation.toAbsolutePath().getParent();
        Path checkout = target == null || target.getParent() == null ? null : target.getParent().getParent();
        return new BridgeFiles(Optional.ofNullable(checkout).filter(c -> Files.isDirectory(c.resolve("browser-bridge"))));
    }

    Optional<Path> browserExtension() {
        return checkout.map(c -> c.resolve(BROWSER)).filter(Files::isDirectory);
    }

    Optional<Path> vsix() {
        return checkout.map(c -> c.resolve(VSIX)).filter(Files::isRegularFile);
    }
}
