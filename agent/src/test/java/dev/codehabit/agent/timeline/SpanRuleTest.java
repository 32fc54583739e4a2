package dev.codehabit.agent.timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanRuleTest {
    private final SpanRule rule = new SpanRule(600);

    @Test
    void aGapWithinTheTimeoutCountsInFull() {
        assertThat(rule.contribution(1000, false, 1120)).isEqualTo(120);
    }

    @Test
    void aGapExactlyAtTheTimeoutStillCounts() {
        assertThat(rule.contribution(1000, false, 1600)).isEqualTo(600);
    }

    @Test
    void aGapJustOverTheTimeoutCountsNothing() {
        assertThat(rule.contribution(1000, false, 1600.001)).isZero();
    }

    @Test
    void theLastHeartbeatOfAStreamContributesNothingYet() {
        assertThat(rule.contribution(1000, false, Double.NaN)).isZero();
    }

    @Test
    void anEndSignalContributesNothingWhateverFollows() {
        assertThat(rule.contribution(1000, true, 1010)).isZero();
    }

    @Test
    void simultaneousHeartbeatsAddNoTime() {
        assertThat(rule.contribution(1000, false, 1000)).isZero();
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> new SpanRule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
