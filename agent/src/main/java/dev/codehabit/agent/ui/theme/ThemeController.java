package dev.codehabit.agent.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Applies AtlantaFX's Primer theme, light or dark. "system" follows the OS colour scheme live; "light" and "dark"
 * pin it. Views bind to {@link #darkProperty()} for the colours they draw themselves (canvas charts). A choice the
 * user makes anywhere (the dashboard's header toggle, Settings) is saved and shown by the others through
 * {@link #choiceProperty()}.
 */
public final class ThemeController {
    public static final String SYSTEM = "system";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** The app's own styles on top of the theme, shared by every window. */
    public static final String STYLESHEET =
            ThemeController.class.getResource("/dev/codehabit/agent/ui/codehabit.css").toExternalForm();

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper choice = new ReadOnlyStringWrapper(SYSTEM);
    private final Consumer<String> save;

    /** @param save keeps the user's choice ("system", "light", "dark") for the next start */
    public ThemeController(Consumer<String> save) {
        this.save = save;
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, scheme) -> {
            if (SYSTEM.equals(choice.get())) {
                apply(scheme == ColorScheme.DARK);
            }
        });
    }

    /** Applies the saved choice (at start). @param theme "system", "light" or "dark" (anything else means system) */
    public void use(String theme) {
        String c = theme == null ? SYSTEM : theme.toLowerCase(Locale.ROOT);
        choice.set(switch (c) {
            case DARK, LIGHT -> c;
            default -> SYSTEM;
        });
        apply(switch (c) {
            case DARK -> true;
            case LIGHT -> false;
            default -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        });
    }

    /** The user picked a theme: applied and saved (throws what saving throws, after applying). */
    public void choose(String theme) {
        use(theme);
        save.accept(choice.get());
    }

    /** The header's toggle: the opposite of what shows now, pinned. */
    public void toggle() {
        choose(isDark() ? LIGHT : DARK);
    }

    public ReadOnlyStringProperty choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    private void apply(boolean useDark) {
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(useDark);
    }
}
