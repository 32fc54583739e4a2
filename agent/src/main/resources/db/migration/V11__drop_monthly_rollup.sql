-- Month-level copies of the seconds per dimension were written on every ingest and never read: year totals sum
-- the daily rollups, which the per-day cache in StatsService keeps cheap (docs/benchmarks.md). monthly_file stays:
-- it answers the distinct files changed over long ranges.
DROP TABLE monthly_rollup;
