package dev.codehabit.agent.ui.theme;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * Colours the canvas charts draw with, tuned for both themes. Series colours are fixed per meaning (coding is
 * always blue, distracting web always red) so a user learns them once.
 */
public record Palette(Color background, Color surface, Color text, Color mutedText, Color grid, Color empty,
                      Color coding, Color productive, Color neutral, Color distracting, Color afk, Color focus,
                      List<Color> heat, List<Color> categorical) {

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static final List<Color> CATEGORICAL = List.of(
            Color.web("#4C8DF6"), Color.web("#F5A524"), Color.web("#17C964"), Color.web("#9353D3"),
            Color.web("#F31260"), Color.web("#06B7DB"), Color.web("#FF8A4C"), Color.web("#7828C8"),
            Color.web("#A1A1AA"));

    private static final Palette LIGHT = new Palette(
            Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#1f2328"), Color.web("#656d76"),
            Color.web("#d0d7de"), Color.web("#ebedf0"),
            Color.web("#3b82f6"), Color.web("#16a34a"), Color.web("#a1a1aa"), Color.web("#e5484d"),
            Color.web("#e6e8eb"), Color.web("#8b5cf6"),
            List.of(Color.web("#ebedf0"), Color.web("#c6dbfb"), Color.web("#8ab4f8"), Color.web("#4c8df6"), Color.web("#1a5fd0")),
            CATEGORICAL);

    private static final Palette DARK = new Palette(
            Color.web("#0d1117"), Color.web("#161b22"), Color.web("#e6edf3"), Color.web("#8d96a0"),
            Color.web("#30363d"), Color.web("#21262d"),
            Color.web("#58a6ff"), Color.web("#3fb950"), Color.web("#6e7681"), Color.web("#f85149"),
            Color.web("#262c36"), Color.web("#a371f7"),
            List.of(Color.web("#21262d"), Color.web("#0c2d6b"), Color.web("#1158c7"), Color.web("#388bfd"), Color.web("#79c0ff")),
            CATEGORICAL);

    /** The heat-map shade for a value on a 0..max scale; exactly zero gets the "empty" shade. */
    public Color heat(double value, double max) {
        if (value <= 0 || max <= 0) {
            return heat.getFirst();
        }
        int level = 1 + (int) Math.min(heat.size() - 2, Math.floor(value / max * (heat.size() - 1)));
        return heat.get(level);
    }

    public Color series(int index) {
        return categorical.get(index % categorical.size());
    }
}
