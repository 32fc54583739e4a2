package dev.codehabit.agent.cli;

import dev.codehabit.agent.AgentCore;
import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"CodeHabit agent " + AgentCore.VERSION};
    }
}
