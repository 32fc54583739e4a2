package dev.codehabit.agent.ui;

import dev.codehabit.agent.ui.dashboard.DashboardModel;
import dev.codehabit.agent.ui.dashboard.DashboardWindow;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Waits until the dashboard shows a page that passes the test (loads run in the background), and returns it. */
final class ShownModel {
    private ShownModel() {}

    static DashboardModel await(DashboardWindow window, Predicate<DashboardModel> ready) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> window.shownProperty().get() != null && ready.test(window.shownProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("dashboard did not show the expected page; shown: " + window.shownProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window.shownProperty().get();
    }
}
