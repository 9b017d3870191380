package cl.redlim.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the benchmarks against the packaged standalone jar. In CI ({@code redlim.bench.mode=smoke}, the default)
 * with tiny sizes, and it checks only that the harness works: every benchmark produced its rows, no request failed,
 * the JSON results were written. It asserts no timing. {@code -Pbenchmarks} runs the full sizes through the same
 * test. The crash trials are correctness checks and are asserted in both modes: no acknowledged command lost, no
 * read-model difference. {@code -Dredlim.bench.only=crash} runs only them.
 */
class BenchmarksIT {

    @Test
    void everyBenchmarkRunsAndProducesItsRows() throws Exception {
        Config config = Config.fromSystemProperties();
        BenchmarkRunner.Results results = BenchmarkRunner.run(config);

        List<String> names = results.rows().stream().map(Row::benchmark).toList();
        if (!config.crashOnly()) {
            assertThat(names).filteredOn(n -> n.startsWith("fund-application drafts")).hasSize(4);
            assertThat(names).filteredOn(n -> n.startsWith("submissions")).hasSize(4);
            assertThat(names).contains("public: commune summary", "public: fund call state",
                    "public: OCDS record package", "merkle: inclusion proof (HTTP endpoint)",
                    "merkle: inclusion proof verification", "merkle: offline verifier (audit-cli verify)",
                    "memory: RSS idle (standalone JVM)", "read-model rebuild (compare), all groups");
            assertThat(names).filteredOn(n -> n.startsWith("as-of state")).hasSize(4);
            assertThat(names).anyMatch(n -> n.startsWith("memory: RSS with"));
            // the store grew past what the HTTP seeding stored, by JDBC copies, and the restarted app caught up
            assertThat(names).contains("seeding: histories copied by JDBC, app stopped",
                    "live catch-up after restart: all groups + audit log");
        }
        assertThat(names).contains("crash: acknowledged commands lost", "crash: read-model differences after catch-up");
        assertNoCrashLoss(results.crash(), config.crashTrials());
        // the harness did its work: every request answered 2xx, every measured row has a result and a ceiling
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.errors()).as(r.benchmark()).isZero());
        assertThat(results.rows()).filteredOn(r -> r.unit() != null && !r.benchmark().startsWith("crash: "))
                .allSatisfy(r -> assertThat(r.value()).as(r.benchmark()).isPositive());
        assertThat(results.rows()).filteredOn(r -> r.ceilingUnit() != null)
                .allSatisfy(r -> assertThat(r.ceiling()).as(r.benchmark()).isPositive());
        assertThat(results.file()).exists();
        assertThat(Files.readString(results.file())).contains("\"commit\"", "\"cores\"", "\"memoryBytes\"",
                "\"jvm\"", "\"date\"", "\"crash\"");
    }

    /** Not timings: what a crash must never do. Every trial killed a loaded JVM with SIGKILL and checked both. */
    static void assertNoCrashLoss(CrashTrials.Result crash, int trials) {
        assertThat(crash.trials()).hasSize(trials);
        assertThat(crash.trials()).allSatisfy(t -> {
            assertThat(t.exitCode()).as("trial %d: killed by SIGKILL (128 + 9)", t.trial()).isEqualTo(137);
            assertThat(t.acknowledged()).as("trial %d: commands acknowledged before the kill", t.trial())
                    .isPositive();
            assertThat(t.lost()).as("trial %d: acknowledged commands lost: %s", t.trial(), t.lostExamples())
                    .isZero();
            assertThat(t.differences()).as("trial %d: read-model differences: %s", t.trial(),
                    t.differenceExamples()).isZero();
            assertThat(t.deadLetters()).as("trial %d: dead letters after catch-up", t.trial()).isZero();
            assertThat(t.documentsCompared()).as("trial %d: documents compared", t.trial()).isPositive();
        });
    }
}
