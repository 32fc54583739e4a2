package dev.codehabit.agent.ui.chart;

import dev.codehabit.agent.ui.theme.Palette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.Optional;

/**
 * A chart drawn on one canvas (hundreds of cells cost one node, so a year renders fast) that resizes with its
 * region and shows a tooltip with the exact value under the pointer.
 */
public abstract class ChartCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private Palette palette = Palette.of(false);

    protected ChartCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("chart-canvas");
        tooltip.setShowDelay(Duration.millis(80));
        tooltip.setHideDelay(Duration.millis(40));
        canvas.setOnMouseMoved(e -> {
            Optional<String> text = tooltipAt(e.getX(), e.getY());
            if (text.isPresent()) {
                tooltip.setText(text.get());
                if (!tooltip.isShowing()) {
                    tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
                } else {
                    tooltip.setAnchorX(e.getScreenX() + 12);
                    tooltip.setAnchorY(e.getScreenY() + 12);
                }
            } else {
                tooltip.hide();
            }
        });
        canvas.setOnMouseExited(e -> tooltip.hide());
    }

    public void setPalette(Palette palette) {
        this.palette = palette;
        redraw();
    }

    protected Palette palette() {
        return palette;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);

    /** The exact value under the pointer, if any. */
    protected abstract Optional<String> tooltipAt(double x, double y);
}
