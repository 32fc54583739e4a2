package dev.codehabit.sync.bench;

import java.util.Arrays;

/** Collected request times; prints p50 / p99 / max in milliseconds. */
final class Latencies {
    private final long[] nanos;
    private int n;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long ns) {
        if (n < nanos.length) {
            nanos[n++] = ns;
        }
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return String.format("n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms", n, ms(sorted, 0.50), ms(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
