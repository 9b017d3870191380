package cl.redlim.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Sizes of one run. {@code smoke}: tiny sizes, no warm-up, seconds in all (CI checks the harness works);
 * {@code full}: the measured run. Every size can be overridden with a system property, e.g.
 * {@code -Dredlim.bench.events=100000}.
 */
record Config(String mode, Path jar, Path repo, Path resultsDir, int[] commandClients, Duration warmup,
              Duration measure, int maxPerLevel, int publicClients, int asOfSmall, int asOfLarge, int asOfRequests,
              int proofClients, long events, long seedOverHttp, int seedClients, int ceilingRows, boolean jfr,
              String jvmOptions, String only,
              int crashTrials, int crashClients, long crashKillMinMillis, long crashKillMaxMillis, long crashSeed) {

    /** {@code -Dredlim.bench.only=crash}: only the crash trials. */
    boolean crashOnly() {
        return only.equals("crash");
    }

    boolean full() {
        return mode.equals("full");
    }

    static Config fromSystemProperties() {
        String mode = System.getProperty("redlim.bench.mode", "smoke");
        if (!mode.equals("smoke") && !mode.equals("full")) {
            throw new IllegalArgumentException("redlim.bench.mode is smoke or full, not " + mode);
        }
        boolean full = mode.equals("full");
        Path repo = Path.of(System.getProperty("redlim.bench.repo", "..")).toAbsolutePath().normalize();
        Path jar = Path.of(System.getProperty("redlim.bench.jar",
                repo.resolve("standalone/target/redlim-standalone.jar").toString()));
        Path results = Path.of(System.getProperty("redlim.bench.results-dir",
                full ? repo.resolve("benchmarks/results").toString()
                        : repo.resolve("benchmarks/target/bench-results").toString()));
        return new Config(mode, jar, repo, results, new int[] {1, 8, 32, 128},
                Duration.ofSeconds(integer("warmup-seconds", full ? 5 : 0)),
                Duration.ofMillis(integer("measure-millis", full ? 20_000 : 1_000)),
                integer("max-per-level", full ? Integer.MAX_VALUE : 60),
                32,
                integer("asof-small", full ? 1_000 : 20),
                integer("asof-large", full ? 10_000 : 60),
                integer("asof-requests", full ? 20 : 3),
                8,
                Long.getLong("redlim.bench.events", full ? 1_000_000 : 2_500),
                Long.getLong("redlim.bench.seed-http", full ? 20_000 : 1_000),
                integer("seed-clients", 64),
                integer("ceiling-rows", full ? 50_000 : 1_000),
                Boolean.getBoolean("redlim.bench.jfr"),
                System.getProperty("redlim.bench.jvm-options", ""),
                onlyProperty(),
                integer("crash-trials", full ? 20 : 2),
                integer("crash-clients", 64),
                integer("crash-kill-min-millis", full ? 2_000 : 1_000),
                integer("crash-kill-max-millis", full ? 8_000 : 3_000),
                Long.getLong("redlim.bench.crash-seed", System.currentTimeMillis()));
    }

    private static String onlyProperty() {
        String only = System.getProperty("redlim.bench.only", "").trim();
        if (!only.isEmpty() && !only.equals("crash")) {
            throw new IllegalArgumentException("redlim.bench.only is crash (or unset: everything), not " + only);
        }
        return only;
    }

    private static int integer(String name, int otherwise) {
        return Integer.getInteger("redlim.bench." + name, otherwise);
    }
}
