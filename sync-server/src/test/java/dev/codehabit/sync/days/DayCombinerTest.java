package dev.codehabit.sync.days;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DayCombinerTest {
    private static int[] hours(int from, int to, int each) {
        int[] h = new int[24];
        for (int i = from; i < to; i++) {
            h[i] = each;
        }
        return h;
    }

    @Test
    void overlappingHoursCountOnceAndNeverPassAnHour() {
        DeviceDay laptop = new DeviceDay(1, Optional.of(4 * 3600), Optional.of(hours(9, 13, 3600)), Map.of("Rust", 4 * 3600));
        DeviceDay desktop = new DeviceDay(2, Optional.of(4 * 1800), Optional.of(hours(11, 15, 1800)), Map.of("Go", 4 * 1800));
        CombinedDay day = DayCombiner.combine(List.of(laptop, desktop));
        // 9-11 full from the laptop, 11-13 capped at 3600, 13-15 half hours from the desktop
        assertThat(day.codingSeconds()).isEqualTo(4 * 3600 + 2 * 1800);
        assertThat(day.languages().values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(day.codingSeconds());
    }

    @Test
    void twentyFourMachinesAtOnceStillMakeADayOfAtMostTwentyFourHours() {
        List<DeviceDay> devices = java.util.stream.IntStream.range(0, 24)
                .mapToObj(i -> new DeviceDay(i, Optional.of(86_400), Optional.of(hours(0, 24, 3600)), Map.of()))
                .toList();
        assertThat(DayCombiner.combine(devices).codingSeconds()).isEqualTo(86_400);
        List<DeviceDay> totalsOnly = List.of(new DeviceDay(1, Optional.of(80_000), Optional.empty(), Map.of()),
                new DeviceDay(2, Optional.of(80_000), Optional.empty(), Map.of()));
        assertThat(DayCombiner.combine(totalsOnly).codingSeconds()).isEqualTo(86_400);
    }
}
