package dev.codehabit.agent.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A missing system part fails naming itself and its package, not with an assertion far from the cause. */
class SystemPartsTest {
    @Test
    void aMissingLibraryIsNamedWithItsPackage() {
        assertThatThrownBy(() -> SystemParts.requireLibrary("libcodehabit-none.so.1", "libcodehabit-none1"))
                .hasMessage("Missing system library: libcodehabit-none.so.1 (Debian package libcodehabit-none1). "
                        + "Run ./test, which installs the packages in .ci/apt-packages.");
        assertThatCode(() -> SystemParts.requireLibrary("libc.so.6", "libc6")).doesNotThrowAnyException();
    }

    @Test
    void missingCommandsAreNamedWithTheirPackages() {
        assertThatThrownBy(() -> SystemParts.requireCommands("sh", "codehabit-no-such-tool"))
                .hasMessage("Missing system commands: codehabit-no-such-tool (Debian package codehabit-no-such-tool). "
                        + "Run ./test, which installs the packages in .ci/apt-packages.");
        assertThatCode(() -> SystemParts.requireCommands("sh")).doesNotThrowAnyException();
    }
}
