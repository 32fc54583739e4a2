package dev.codehabit.agent.bridges;

/** The two bridges CodeHabit ships. */
public enum Bridge {
    BROWSER("Browser extension"),
    VSCODE("VS Code extension");

    private final String title;

    Bridge(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
