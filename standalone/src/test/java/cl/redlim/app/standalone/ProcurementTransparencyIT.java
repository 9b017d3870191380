package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.AwardLine;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.ProcurementAwardedEvent;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.procurement.api.TenderPublishedEvent;
import cl.redlim.procurement.api.TenderType;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procurement transparency read models over HTTP in the real standalone system. The events are appended to the
 * event store directly, as the procurement aggregate would record them, so that the public side is checked on its
 * own: wiring, parameters, ETags, confidentiality of sealed bids and the red flags.
 */
class ProcurementTransparencyIT {

    private static final String ACME = "76123456-" + Rut.checkDigit("76123456");
    private static final String ACME_WITH_DOTS = "76.123.456-" + Rut.checkDigit("76123456");
    private static final long UTM = 50_000;

    @TempDir
    Path data;

    private RunningSystem system;
    private final java.util.Map<String, Long> sequences = new java.util.HashMap<>();

    private void append(String processId, Object event) {
        long sequence = sequences.merge(processId, 0L, (old, zero) -> old + 1);
        system.context().getBean(EventStore.class).publish(
                new GenericDomainEventMessage<>("ProcurementProcess", processId, sequence, event));
    }

    private void planned(String id, String cut, ProcurementMethod method, long estimated, DirectAwardGround ground,
                         Instant at) {
        append(id, new ProcurementPlannedEvent(id, CommuneCode.of(cut), "Compra " + id, "Descripción",
                ProcurementCategory.SERVICES, List.of(new ProcurementItem("1", "Servicio", 1, "global", null, null)),
                Clp.of(estimated), Clp.of(UTM), method,
                method == ProcurementMethod.PUBLIC_TENDER ? TenderType.forAmount(Clp.of(estimated), Clp.of(UTM)) : null,
                ground, ground == null ? null : "Justificación", null, at));
    }

    private static String text(JsonNode json) {
        return json.toString();
    }

    @Test
    void theTransparencyReadModelsOverHttp() {
        try (RunningSystem running = RunningSystem.start(data)) {
            system = running;
            String tender = UUID.randomUUID().toString();
            planned(tender, "13101", ProcurementMethod.PUBLIC_TENDER, 40_000_000, null,
                    Instant.parse("2025-03-03T12:00:00Z"));
            append(tender, new TenderPublishedEvent(tender, Instant.parse("2025-03-08T12:00:00Z"),
                    Duration.ofDays(5), true, "Urgencia", Instant.parse("2025-03-03T13:00:00Z")));
            append(tender, new BidSubmittedEvent(tender, "b1", Rut.of(ACME), "Acme SpA", Clp.of(39_123_456), null,
                    List.of(), Instant.parse("2025-03-05T12:00:00Z")));

            // sealed: the count, nothing else
            JsonNode sealed = system.await("/api/v1/public/procurements/" + tender, j -> j.get("bidCount").asInt() == 1);
            assertThat(sealed.get("communeName").asText()).isEqualTo("Santiago");
            assertThat(sealed.get("regionName").asText()).isEqualTo("Región Metropolitana de Santiago");
            assertThat(sealed.get("tenderType").asText()).isEqualTo("LE");
            assertThat(sealed.get("estimatedUtm").decimalValue()).isEqualByComparingTo("800.00");
            assertThat(sealed.get("bids")).isEmpty();
            assertThat(text(sealed)).doesNotContain(ACME, "Acme", "39123456");
            assertThat(system.get("/api/v1/public/procurements?supplier=" + ACME).json().get("totalItems").asInt())
                    .isZero();
            assertThat(text(system.get("/api/v1/public/procurement-stats/by-supplier").json())).doesNotContain(ACME);
            assertThat(sealed.get("flags").get(0).get("flag").asText()).isEqualTo("SHORT_PUBLICATION");

            append(tender, new BidsOpenedEvent(tender, 1, Instant.parse("2025-03-09T12:00:00Z")));
            append(tender, new ProcurementAwardedEvent(tender, List.of(new AwardLine("b1", "b1", Rut.of(ACME),
                    "Acme SpA", Clp.of(39_123_456), null)), Instant.parse("2025-03-12T12:00:00Z")));
            JsonNode awarded = system.await("/api/v1/public/procurements/" + tender,
                    j -> j.get("status").asText().equals("AWARDED"));
            assertThat(awarded.get("bids").get(0).get("supplier").asText()).isEqualTo(ACME);
            assertThat(awarded.get("flags")).extracting(f -> f.get("flag").asText())
                    .containsExactly("SINGLE_BIDDER", "SHORT_PUBLICATION");
            Response one = system.get("/api/v1/public/procurements/" + tender);
            assertThat(one.etag()).isEqualTo("\"4\"");
            assertThat(one.json().get("version").asLong()).isEqualTo(4);

            // splitting: two direct awards just under 100 UTM, 30 days apart
            String d1 = UUID.randomUUID().toString();
            String d2 = UUID.randomUUID().toString();
            planned(d1, "13101", ProcurementMethod.DIRECT_AWARD, 4_800_000, DirectAwardGround.EMERGENCY,
                    Instant.parse("2025-04-01T12:00:00Z"));
            append(d1, new ProcurementAwardedEvent(d1, List.of(new AwardLine("a1", null, Rut.of(ACME), "Acme SpA",
                    Clp.of(4_800_000), null)), Instant.parse("2025-04-01T13:00:00Z")));
            planned(d2, "13101", ProcurementMethod.DIRECT_AWARD, 4_700_000, DirectAwardGround.EMERGENCY,
                    Instant.parse("2025-05-01T12:00:00Z"));
            append(d2, new ProcurementAwardedEvent(d2, List.of(new AwardLine("a2", null, Rut.of(ACME), "Acme SpA",
                    Clp.of(4_700_000), null)), Instant.parse("2025-05-01T13:00:00Z")));
            JsonNode splitting = system.await("/api/v1/public/procurement-stats/red-flags?flag=SPLITTING",
                    j -> j.get("totalItems").asInt() == 2);
            assertThat(splitting.get("items")).extracting(p -> p.get("processId").asText()).containsExactly(d1, d2);
            assertThat(splitting.get("items").get(0).get("flags").get(0).get("explanation").asText())
                    .contains("96.00 UTM", "100 UTM threshold", d2);
            JsonNode any = system.get("/api/v1/public/procurement-stats/red-flags?commune=13101").json();
            assertThat(any.get("totalItems").asInt()).isEqualTo(3);
            assertThat(any.get("counts")).hasSize(4);

            // lists and statistics
            assertThat(system.get("/api/v1/public/procurements?supplier=" + ACME_WITH_DOTS + "&region=13&size=2")
                    .json().get("totalItems").asInt()).isEqualTo(3);
            assertThat(system.get("/api/v1/public/procurements?method=DIRECT_AWARD&commune=13101").json()
                    .get("items")).hasSize(2);
            assertThat(system.get("/api/v1/public/procurements?tenderType=LE&status=AWARDED").json()
                    .get("items").get(0).get("processId").asText()).isEqualTo(tender);
            JsonNode municipalities = system.get("/api/v1/public/procurement-stats/by-municipality?region=13").json();
            assertThat(municipalities.get("rows").get(0).get("processes").asInt()).isEqualTo(3);
            assertThat(system.get("/api/v1/public/procurement-stats/by-method").json().get("rows")).hasSize(2);
            assertThat(system.get("/api/v1/public/procurement-stats/by-status?commune=13101").json()
                    .get("rows").get(0).get("processes").asInt()).isEqualTo(3);
            assertThat(system.get("/api/v1/public/procurement-stats/by-supplier?page=0&size=5").json()
                    .get("items").get(0).get("awards").asInt()).isEqualTo(3);
            JsonNode totals = system.get("/api/v1/public/procurement-stats/awarded-totals"
                    + "?from=2025-04-01T00:00:00Z&to=2025-06-01T00:00:00Z").json();
            assertThat(totals.get("awardedAmount").asLong()).isEqualTo(9_500_000);
            JsonNode direct = system.get("/api/v1/public/procurement-stats/direct-awards").json();
            assertThat(direct.get("overall").get("shareByCount").asDouble()).isEqualTo(66.7);
            assertThat(direct.get("grounds").get(0).get("ground").asText()).isEqualTo("EMERGENCY");
            JsonNode cycle = system.get("/api/v1/public/procurement-stats/cycle-times?region=13").json();
            assertThat(cycle.get("overall").get("awarded").asInt()).isEqualTo(1);
            assertThat(cycle.get("byType").get(0).get("key").asText()).isEqualTo("LE");

            // refusals are problems, never 500s
            assertThat(system.get("/api/v1/public/procurements/" + UUID.randomUUID()).code()).isEqualTo("NOT_FOUND");
            assertThat(system.get("/api/v1/public/procurements/not-a-uuid").status()).isEqualTo(400);
            assertThat(system.get("/api/v1/public/procurements?supplier=12345678-0").code())
                    .isEqualTo("VALIDATION_FAILED");
            assertThat(system.get("/api/v1/public/procurements?commune=abc").status()).isEqualTo(400);
            assertThat(system.get("/api/v1/public/procurements?method=BARTER").status()).isEqualTo(400);
            assertThat(system.get("/api/v1/public/procurement-stats/cycle-times?from=yesterday").status())
                    .isEqualTo(400);
            assertThat(system.get("/api/v1/public/procurement-stats/red-flags?flag=BRIBERY").status()).isEqualTo(400);
            assertThat(system.get("/api/v1/public/procurement-stats/by-supplier?size=500").status()).isEqualTo(400);
        }
    }
}
