package dev.codehabit.agent.platform.tray;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws the tray icon for a state: a rounded square in the state's colour with a "code bracket" glyph, and a
 * small badge for paused (bars) and error (dot). Drawn, not shipped as files, so every size is crisp.
 */
public final class TrayIconImages {
    private TrayIconImages() {}

    public static BufferedImage render(TrayState state, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            float s = size;
            float pad = s * 0.06f;
            g.setColor(new Color(state.rgb()));
            g.fill(new RoundRectangle2D.Float(pad, pad, s - 2 * pad, s - 2 * pad, s * 0.34f, s * 0.34f));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(1.5f, s * 0.10f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            switch (state) {
                case PAUSED -> {
                    g.fill(new RoundRectangle2D.Float(s * 0.33f, s * 0.28f, s * 0.12f, s * 0.44f, s * 0.05f, s * 0.05f));
                    g.fill(new RoundRectangle2D.Float(s * 0.55f, s * 0.28f, s * 0.12f, s * 0.44f, s * 0.05f, s * 0.05f));
                }
                case FOCUS -> {
                    g.draw(new Ellipse2D.Float(s * 0.27f, s * 0.27f, s * 0.46f, s * 0.46f));
                    g.fill(new Ellipse2D.Float(s * 0.43f, s * 0.43f, s * 0.14f, s * 0.14f));
                }
                default -> {
                    Path2D left = new Path2D.Float();
                    left.moveTo(s * 0.40f, s * 0.30f);
                    left.lineTo(s * 0.24f, s * 0.50f);
                    left.lineTo(s * 0.40f, s * 0.70f);
                    Path2D right = new Path2D.Float();
                    right.moveTo(s * 0.60f, s * 0.30f);
                    right.lineTo(s * 0.76f, s * 0.50f);
                    right.lineTo(s * 0.60f, s * 0.70f);
                    g.draw(left);
                    g.draw(right);
                    if (state == TrayState.ERROR) {
                        g.setColor(new Color(0xFFD54F));
                        g.fill(new Ellipse2D.Float(s * 0.62f, s * 0.04f, s * 0.34f, s * 0.34f));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
