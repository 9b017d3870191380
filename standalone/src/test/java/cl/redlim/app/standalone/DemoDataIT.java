package cl.redlim.app.standalone;

import cl.redlim.fund.api.FundApplicationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --redlim.demo=true} loads a data set that shows every stage, group and region, once. */
class DemoDataIT {

    @TempDir
    Path data;

    @Test
    void theDemoCoversEveryStageGroupAndRegionAndLoadsOnlyOnce() {
        long events;
        try (RunningSystem system = RunningSystem.start(data, "--redlim.demo=true")) {
            JsonNode page = system.await("/api/v1/public/fund-applications?size=200",
                    j -> j.get("totalItems").asInt() == 48);
            Set<String> statuses = new HashSet<>();
            Set<Integer> groups = new HashSet<>();
            Set<String> regions = new HashSet<>();
            page.get("items").forEach(a -> {
                statuses.add(a.get("status").asText());
                if (!a.get("group").isNull()) {
                    groups.add(a.get("group").asInt());
                }
                regions.add(a.get("regionCode").asText());
            });
            assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(FundApplicationStatus.values()).map(Enum::name).toList());
            assertThat(groups).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            assertThat(regions).hasSize(16);

            JsonNode calls = system.await("/api/v1/public/fund-calls", j -> j.get("items").size() == 3).get("items");
            assertThat(calls).hasSize(3);
            Set<String> callStates = new HashSet<>();
            calls.forEach(c -> callStates.add(c.get("status").asText()));
            assertThat(callStates).contains("OPEN", "CLOSED");
            assertThat(system.await("/api/v1/public/fund-grants", j -> j.get("grants").size() > 10)
                    .get("grants").get(0).get("amountAwarded").asLong()).isPositive();
            JsonNode cycle = system.get("/api/v1/public/fund-cycle-times").json();
            assertThat(cycle.get("byRegion")).hasSize(16);
            JsonNode requests = system.await("/api/v1/public/transparency/access-requests",
                    j -> j.get("total").asInt() == 8);
            Set<String> requestStates = new HashSet<>();
            requests.get("items").forEach(r -> requestStates.add(r.get("status").asText()
                    + (r.get("overdue").asBoolean() ? "-overdue" : "")));
            assertThat(requestStates).contains("ANSWERED", "TRANSFERRED", "RECEIVED", "RECEIVED-overdue");
            assertThat(system.await("/api/v1/public/transparency/compliance/05101",
                    j -> j.get("amparoOutcomes").has("REJECTED")).get("denialsByGround").has("ART_21_1_C")).isTrue();

            // documents: 9 public ones at every step; the reserved sumario is never listed
            JsonNode documents = system.await("/api/v1/public/documents?size=200",
                    j -> j.get("total").asInt() == 9);
            Set<String> documentStates = new HashSet<>();
            documents.get("items").forEach(d -> documentStates.add(d.get("status").asText()));
            assertThat(documentStates).contains("LOADED", "REVIEWED", "DISTRIBUTED", "ARCHIVED");
            assertThat(documents.toString()).doesNotContain("sumario");

            // certification: 9 officials of cohort 2026-1 certified in the window and not revoked; one revoked in it.
            // The 2025 pilot (two expired, one renewed, one revoked) predates the window, so it is not counted.
            JsonNode progress = system.await("/api/v1/public/certification-progress?programme=agentes-innovacion-publica",
                    j -> j.get("certified").asInt() == 9);
            assertThat(progress.get("revoked").asInt()).isEqualTo(1);
            assertThat(system.get("/api/v1/public/certification-progress").json().get("certified").asInt())
                    .isEqualTo(9);
            events = system.storedEvents();
        }
        try (RunningSystem again = RunningSystem.start(data, "--redlim.demo=true")) {
            assertThat(again.storedEvents()).isEqualTo(events);
        }
    }
}
