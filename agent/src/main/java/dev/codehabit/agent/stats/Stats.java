package dev.codehabit.agent.stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Totals over an inclusive range of local days, and each day of it (every day present, empty ones too). */
public record Stats(LocalDate from, LocalDate to, ZoneId zone, Totals total, List<DayStats> days) {}
