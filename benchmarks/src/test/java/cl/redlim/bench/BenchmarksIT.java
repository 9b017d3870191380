package cl.redlim.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the benchmarks against the packaged standalone jar. In CI ({@code redlim.bench.mode=smoke}, the default)
 * with tiny sizes, and it checks only that the harness works: every benchmark produced its rows, no request failed,
 * the JSON results were written. It asserts no timing. {@code -Pbenchmarks} runs the full sizes through the same
 * test.
 */
class BenchmarksIT {

    @Test
    void everyBenchmarkRunsAndProducesItsRows() throws Exception {
        BenchmarkRunner.Results results = BenchmarkRunner.run(Config.fromSystemProperties());

        List<String> names = results.rows().stream().map(Row::benchmark).toList();
        assertThat(names).filteredOn(n -> n.startsWith("fund-application drafts")).hasSize(4);
        assertThat(names).filteredOn(n -> n.startsWith("submissions")).hasSize(4);
        assertThat(names).contains("public: commune summary", "public: fund call state",
                "public: OCDS record package", "merkle: inclusion proof (HTTP endpoint)",
                "merkle: inclusion proof verification", "merkle: offline verifier (audit-cli verify)",
                "memory: RSS idle (standalone JVM)", "read-model rebuild (compare), all groups");
        assertThat(names).filteredOn(n -> n.startsWith("as-of state")).hasSize(4);
        assertThat(names).anyMatch(n -> n.startsWith("memory: RSS with"));
        // the store grew past what the HTTP seeding stored, by JDBC copies, and the restarted app caught up with it
        assertThat(names).contains("seeding: histories copied by JDBC, app stopped",
                "live catch-up after restart: all groups + audit log");
        // the harness did its work: every request answered 2xx, every measured row has a result and a ceiling
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.errors()).as(r.benchmark()).isZero());
        assertThat(results.rows()).filteredOn(r -> r.unit() != null)
                .allSatisfy(r -> assertThat(r.value()).as(r.benchmark()).isPositive());
        assertThat(results.rows()).filteredOn(r -> r.ceilingUnit() != null)
                .allSatisfy(r -> assertThat(r.ceiling()).as(r.benchmark()).isPositive());
        assertThat(results.file()).exists();
        assertThat(Files.readString(results.file())).contains("\"commit\"", "\"cores\"", "\"memoryBytes\"",
                "\"jvm\"", "\"date\"");
    }
}
