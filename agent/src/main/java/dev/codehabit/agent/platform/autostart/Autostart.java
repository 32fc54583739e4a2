package dev.codehabit.agent.platform.autostart;

/** Starting the agent at login, the way each OS does it. The OS holds the truth; nothing is cached here. */
public interface Autostart {
    boolean isEnabled();

    /** Throws with a message for the user if the OS refused. */
    void setEnabled(boolean enabled) throws Exception;

    /** Where the entry lives, for the settings page and the docs ("~/.config/autostart/codehabit.desktop"). */
    String describe();
}
