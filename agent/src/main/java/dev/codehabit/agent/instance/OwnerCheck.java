package dev.codehabit.agent.instance;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/** Refuses files and folders the running user does not own, and secrets others could read. */
final class OwnerCheck {
    private OwnerCheck() {}

    static void requireOwnedByUser(Path path, String what) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!owner.equals(me)) {
            throw new UnsafeDataDirException("The " + what + " " + path + " belongs to " + owner.getName()
                    + ", not to " + me.getName() + "; refusing to use it. Remove it or choose another --data-dir.");
        }
    }

    /** A secret (the token, agent.json) must be a regular file of ours that nobody else can read or write. */
    static void requirePrivateSecret(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeDataDirException(file + " is not a regular file; refusing to read a secret from it.");
        }
        requireOwnedByUser(file, "file");
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        mode.removeAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        if (!mode.isEmpty()) {
            throw new UnsafeDataDirException("Others can read or change " + file + " (mode "
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + "); refusing to use a secret "
                    + "that may be known or planted. Remove it (a new one is made) or chmod 600 it if it is yours.");
        }
    }
}
