package dev.codehabit.sync.leaderboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardKeysTest {
    @Test
    void zonesWithTheSameDayShareABucketAndADstDayHasItsOwn() {
        LocalDate summer = LocalDate.of(2026, 6, 15);
        assertThat(BoardKeys.bucket(summer, ZoneId.of("Europe/Paris"))).isEqualTo(BoardKeys.bucket(summer, ZoneId.of("Europe/Berlin")))
                .isEqualTo("120/120");
        // the night the clocks go back in Paris: the day starts at +2 and ends at +1
        assertThat(BoardKeys.bucket(LocalDate.of(2026, 10, 25), ZoneId.of("Europe/Paris"))).isEqualTo("120/60");
        assertThat(BoardKeys.bucket(summer, ZoneId.of("Asia/Kathmandu"))).isEqualTo("345/345");
    }

    @Test
    void aBoardReadsEachZoneOnItsOwnCurrentDate() {
        Instant now = Instant.parse("2026-06-15T23:30:00Z");
        var keys = BoardKeys.live("all", Period.WEEK, now, List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"), ZoneId.of("America/Los_Angeles")));
        assertThat(keys).containsExactly("lb:week:2026-06-15:0/0:all", "lb:week:2026-06-16:540/540:all",
                "lb:week:2026-06-15:-420/-420:all");
    }
}
