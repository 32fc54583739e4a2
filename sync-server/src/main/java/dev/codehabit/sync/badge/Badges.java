package dev.codehabit.sync.badge;

import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.days.StoredDay;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.leaderboard.Board;
import dev.codehabit.sync.leaderboard.Leaderboards;
import dev.codehabit.sync.leaderboard.Member;
import dev.codehabit.sync.leaderboard.MemberStore;
import dev.codehabit.sync.leaderboard.Period;
import dev.codehabit.sync.leaderboard.Profiles;
import dev.codehabit.sync.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Badges for READMEs: {@code coding} (time in the period) and {@code rank} (place on the global board, or on a
 * language's). Only users whose profile is public have badges; anyone else is "not found", like an unknown name.
 */
public final class Badges {
    private final Database database;
    private final MemberStore members;
    private final DayStore days;
    private final Leaderboards boards;
    private final Profiles profiles;
    private final Clock clock;

    public Badges(Database database, MemberStore members, DayStore days, Leaderboards boards, Profiles profiles, Clock clock) {
        this.database = database;
        this.members = members;
        this.days = days;
        this.boards = boards;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Badge badge(String username, String metric, Period period, Optional<String> language) {
        long id = profiles.idOf(username).orElseThrow(Badges::notFound);
        Member member = database.read(c -> Optional.ofNullable(members.find(c, List.of(id)).get(id)))
                .filter(m -> m.listing().publicProfile() && !m.hidden()).orElseThrow(Badges::notFound);
        String when = switch (period) {
            case DAY -> "today";
            case WEEK -> "this week";
            case MONTH -> "this month";
        };
        return switch (metric) {
            case "coding" -> new Badge("coding " + when, duration(seconds(member, period)), "#4c1");
            case "rank" -> {
                Board.Me me = boards.read(period, language, Optional.empty(), 1, Optional.of(id)).me();
                String label = "rank " + when + language.map(l -> " in " + l).orElse("");
                yield me == null ? new Badge(label, "unranked", "#9f9f9f") : new Badge(label, "#" + me.rank(), "#007ec6");
            }
            default -> throw new ApiException(404, "Unknown badge metric " + metric + " (coding or rank)");
        };
    }

    private long seconds(Member member, Period period) {
        LocalDate end = LocalDate.ofInstant(clock.instant(), member.zone());
        List<StoredDay> recent = database.read(c -> days.days(c, List.of(member.accountId()), period.start(end), end))
                .getOrDefault(member.accountId(), List.of());
        return recent.stream().mapToLong(StoredDay::codingSeconds).sum();
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        return h == 0 ? m + " m" : h + " h " + m + " m";
    }

    private static ApiException notFound() {
        return new ApiException(404, "No public profile with that name");
    }
}
