package dev.codehabit.agent.stats;

import java.time.LocalDate;

/** One local day's totals. */
public record DayStats(LocalDate date, Totals totals) {}
