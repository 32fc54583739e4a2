package dev.codehabit.agent.instance;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data dir holds the user's whole activity history and the token: only its owner may list, read or write it.
 * A new one is created 0700. An existing one is used only if it is the user's and nobody else can write to it:
 * otherwise another local user could plant a token or an {@code agent.json}, or swap the database. Refused with
 * a message that says how to fix it, never fixed silently (the folder may be shared on purpose).
 */
public final class PrivateDirectory {
    private PrivateDirectory() {}

    public static void create(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir); // Windows: the user's profile folder is already private
            return;
        }
        if (Files.isDirectory(dir)) {
            checkPrivate(dir);
            return;
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    static void checkPrivate(Path dir) throws IOException {
        OwnerCheck.requireOwnedByUser(dir, "data dir");
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new UnsafeDataDirException("Other users can write to the data dir " + dir + " (mode "
                    + PosixFilePermissions.toString(mode) + "), so they could plant a token or replace the history. "
                    + "Make it yours alone (chmod 700 " + dir + ") or choose another --data-dir.");
        }
    }
}
