package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.goals.DailyGoal;
import dev.codehabit.agent.goals.Streaks;
import dev.codehabit.agent.stats.DurationText;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Goal progress for a period: on how many days the daily coding goal was met, and the period's total against it. */
final class GoalsCard {
    private GoalsCard() {}

    static Card build(DashboardModel m) {
        if (m.dailyGoalSeconds() <= 0) {
            Label none = new Label("No daily goal set. Set one in Settings → Tracking.");
            none.getStyleClass().add("empty-note");
            return new Card("Goals", none);
        }
        long met = m.current().days().stream()
                .filter(d -> DailyGoal.met(Figures.coding(d.totals(), m.filter()), m.dailyGoalSeconds())).count();
        int days = m.current().days().size();
        double total = m.current().days().stream().mapToDouble(d -> Figures.coding(d.totals(), m.filter())).sum();
        double target = m.dailyGoalSeconds() * days;
        ProgressBar bar = new ProgressBar(Math.min(1, total / target));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("goal-progress");
        Label line = new Label("Daily goal " + DurationText.compact(m.dailyGoalSeconds()) + " met on " + met + " of " + days
                + " days · " + DurationText.compact(total) + " of " + DurationText.compact(target) + " in this period");
        line.getStyleClass().add("settings-hint");
        // The streak of the tiles (all coding, the last year), not one of this period or filter: one definition.
        int streak = Streaks.current(m.year().days(), m.today(), m.dailyGoalSeconds());
        Label streakLine = new Label(streak + " day" + (streak == 1 ? "" : "s") + " in a row at goal");
        streakLine.getStyleClass().add("settings-hint");
        return new Card("Goals", new VBox(8, bar, line, streakLine));
    }
}
