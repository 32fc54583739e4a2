package dev.codehabit.agent.desktop;

import dev.codehabit.agent.bridges.BridgeSetup;
import dev.codehabit.agent.config.SettingsStore;
import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.focus.FocusService;
import dev.codehabit.agent.goals.DailyGoal;
import dev.codehabit.agent.idle.InputHookSupervisor;
import dev.codehabit.agent.platform.autostart.Autostart;
import dev.codehabit.agent.store.StorageHealth;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the desktop UI uses, built before JavaFX starts and handed to it: the UI never opens the database
 * or constructs a service itself. Features of other issues are optional until they are wired.
 *
 * @param onActivity registers a listener called after new activity was stored (live dashboard)
 * @param storage    whether the database takes writes (a full disk), for the tray
 * @param focus      issue 3's focus sessions, for the tray's Start/Stop Focus and Settings → Focus
 * @param goal       the daily coding goal reached, for its notification
 * @param bridges    the bundled bridges: where they are, whether they were seen, installing the .vsix
 * @param quit       stops the whole agent (API, store) and exits
 */
public record DesktopServices(
        Path dataDir,
        SettingsStore settings,
        DashboardQueries queries,
        TrackingControl tracking,
        InputHookSupervisor inputHook,
        Autostart autostart,
        DataExport export,
        Consumer<Runnable> onActivity,
        StorageHealth storage,
        Optional<PairingRequests> pairing,
        Optional<SiteCategories> categories,
        Optional<FocusService> focus,
        DailyGoal goal,
        BridgeSetup bridges,
        Runnable quit) {}
