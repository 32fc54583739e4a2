package dev.codehabit.agent.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.Locale;

/**
 * Applies AtlantaFX's Primer theme, light or dark. "system" follows the OS colour scheme live; "light" and "dark"
 * pin it. Views bind to {@link #darkProperty()} for the colours they draw themselves (canvas charts).
 */
public final class ThemeController {
    public static final String SYSTEM = "system";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** The app's own styles on top of the theme, shared by every window. */
    public static final String STYLESHEET =
            ThemeController.class.getResource("/dev/codehabit/agent/ui/codehabit.css").toExternalForm();

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private String choice = SYSTEM;

    public ThemeController() {
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, scheme) -> {
            if (SYSTEM.equals(choice)) {
                apply(scheme == ColorScheme.DARK);
            }
        });
    }

    /** @param theme "system", "light" or "dark" (anything else means system) */
    public void use(String theme) {
        choice = theme == null ? SYSTEM : theme.toLowerCase(Locale.ROOT);
        apply(switch (choice) {
            case DARK -> true;
            case LIGHT -> false;
            default -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        });
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
