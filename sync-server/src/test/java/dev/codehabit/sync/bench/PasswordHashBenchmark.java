package dev.codehabit.sync.bench;

import dev.codehabit.sync.account.PasswordHasher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * How long one Argon2id hash (and one verification) takes with the server's parameters, on this machine:
 * {@code ./mvnw -B -q -pl sync-server test-compile exec:java -Dexec.mainClass=dev.codehabit.sync.bench.PasswordHashBenchmark}.
 * Warms up, then prints the median and the 90th percentile of single-threaded hashes: wall time, and the CPU
 * time of the hashing thread, which does not grow when other processes share the cores.
 */
public final class PasswordHashBenchmark {
    public static void main(String[] args) {
        PasswordHasher.Cost cost = PasswordHasher.Cost.DEFAULT;
        PasswordHasher hasher = new PasswordHasher(cost);
        int warmup = 20;
        int runs = 50;
        String stored = hasher.hash("correct horse battery");
        for (int i = 0; i < warmup; i++) {
            hasher.verify("correct horse battery", stored);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] hash = new long[runs];
        long[] verify = new long[runs];
        long[] hashCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            hasher.hash("correct horse battery " + i);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            hasher.verify("correct horse battery", stored);
            long t2 = System.nanoTime();
            hash[i] = t1 - t0;
            hashCpu[i] = c1 - c0;
            verify[i] = t2 - t1;
        }
        System.out.printf("Argon2id m=%d KiB t=%d p=%d, %d runs after %d warm-up: hash median %.1f ms p90 %.1f ms"
                        + " (CPU median %.1f ms); verify median %.1f ms p90 %.1f ms (%s, %d cores, load %.1f)%n",
                cost.memoryKiB(), cost.iterations(), cost.parallelism(), runs, warmup, ms(hash, 0.5), ms(hash, 0.9),
                ms(hashCpu, 0.5), ms(verify, 0.5), ms(verify, 0.9), System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
