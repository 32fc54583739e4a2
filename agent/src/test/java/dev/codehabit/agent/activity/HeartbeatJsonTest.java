package dev.codehabit.agent.activity;

import dev.codehabit.agent.support.Beats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatJsonTest {
    @Test
    void theCsvHeaderNamesEveryFieldOfTheWireFormInItsOrder() {
        assertThat(HeartbeatJson.FIELDS).isEqualTo(new ArrayList<>(HeartbeatJson.toMap(Beats.coding(1_780_000_000)).keySet()));
    }
}
