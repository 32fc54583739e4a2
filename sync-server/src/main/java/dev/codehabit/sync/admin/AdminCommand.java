package dev.codehabit.sync.admin;

import dev.codehabit.sync.ServerApp;
import dev.codehabit.sync.ServerMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Clock;

/**
 * {@code codehabit-sync-server admin hide|unhide USER}: takes a user off every board (or puts them back), on the
 * same database and Redis as the servers (same options and environment). Running instances follow within
 * seconds; the user's data is untouched.
 */
@Command(name = "admin", description = "Operator tasks on the server's data", mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.Hide.class, AdminCommand.Unhide.class})
public final class AdminCommand {
    @ParentCommand
    ServerMain server;

    @Command(name = "hide", description = "Hide USER from every board")
    static final class Hide implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(paramLabel = "USER")
        String username;

        @Override
        public Integer call() {
            return admin.setHidden(username, true);
        }
    }

    @Command(name = "unhide", description = "Show USER on the boards again (if they opted in)")
    static final class Unhide implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(paramLabel = "USER")
        String username;

        @Override
        public Integer call() {
            return admin.setHidden(username, false);
        }
    }

    int setHidden(String username, boolean hidden) {
        boolean found = ServerApp.setHidden(server.config(), Clock.systemUTC(), username, hidden);
        if (!found) {
            System.err.println("No user " + username);
            return 1;
        }
        System.out.println((hidden ? "Hidden " : "Shown again ") + username);
        return 0;
    }
}
