package dev.codehabit.agent.instance;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The data dir holds the user's whole activity history: only its owner may list or read it. */
final class PrivateDirectory {
    private PrivateDirectory() {}

    static void create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return; // an existing folder keeps the permissions its owner chose
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }
}
