package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.DaySoFar;
import dev.codehabit.agent.dashboard.FilteredView;
import dev.codehabit.agent.dashboard.TimelineSpan;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.idle.InputCounts;
import dev.codehabit.agent.stats.Stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything one dashboard page shows, loaded off the FX thread in one go.
 *
 * @param current  the page's period
 * @param previous the period before it, same length (for the trend)
 * @param previousLastDaySoFar the previous period's last day up to the time of day it is now: the period shown is
 *                 under way, so the trend compares it with the previous one up to the same point
 * @param year     the last 365 days (heat map, streaks)
 * @param spans    today's spans (Today page only, else empty)
 * @param dailyGoalSeconds the user's daily coding goal, 0 for none
 * @param input    today's input counts per minute (Today page only, else empty)
 * @param filtered the filter's narrowed breakdowns over the page's period ({@link FilteredView#NONE} unfiltered)
 */
public record DashboardModel(DashboardPage page, DashboardFilter filter, LocalDate today, ZoneId zone,
                             Stats current, Stats previous, DaySoFar previousLastDaySoFar, Stats year,
                             List<TimelineSpan> spans, double[][] weekHours,
                             double dailyGoalSeconds, java.util.Map<java.time.Instant, InputCounts> input,
                             CategoryService.Snapshot categories,
                             java.util.Map<LocalDate, dev.codehabit.agent.dashboard.FocusDay> focus,
                             FilteredView filtered) {}
