package cl.redlim.kernel;

import cl.redlim.fund.api.CriterionScore;
import cl.redlim.fund.api.EvaluatorInterestsDeclaredEvent;
import cl.redlim.fund.api.FundApplicationAwardedEvent;
import cl.redlim.fund.api.FundApplicationEvaluatedEvent;
import cl.redlim.fund.api.FundApplicationSubmittedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.Rurality;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events are stored as JSON forever: what is written must read back as the same fact. */
class EventJsonRoundTripTest {

    private static final Instant AT = Instant.parse("2025-04-15T12:30:00Z");
    private static final CommuneCode SANTIAGO = CommuneCode.of("13101");

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static FundCallTerms terms() {
        return new FundCallTerms("Fondo de Innovación Municipal 2025", Clp.of(100_000_000),
                List.of(new GroupCap(CommuneGroup.GROUP_1, Clp.of(20_000_000)),
                        new GroupCap(CommuneGroup.GROUP_2, Clp.of(30_000_000)),
                        new GroupCap(CommuneGroup.GROUP_3, Clp.of(40_000_000)),
                        new GroupCap(CommuneGroup.GROUP_4, Clp.of(50_000_000)),
                        new GroupCap(CommuneGroup.GROUP_5, Clp.of(60_000_000))),
                Instant.parse("2025-04-01T12:00:00Z"), Instant.parse("2025-05-01T12:00:00Z"),
                List.of(new ScoringCriterion("impact", "Impacto", 60), new ScoringCriterion("feasibility", "Factibilidad", 40)),
                60);
    }

    static Stream<Object> events() {
        return Stream.of(
                new FundCallPublishedEvent("call-2025", terms(), AT),
                new FundApplicationSubmittedEvent("app-1", "call-2025", SANTIAGO, CommuneGroup.GROUP_5, AT),
                new FundApplicationEvaluatedEvent("app-1", "ana", List.of(new CriterionScore("impact", 80),
                        new CriterionScore("feasibility", 70)), new BigDecimal("76.00"), AT),
                new FundApplicationAwardedEvent("app-1", "call-2025", Clp.of(8_000_000), new BigDecimal("72.67"), AT),
                new EvaluatorInterestsDeclaredEvent("ana", "Ana Pérez", List.of(SANTIAGO, CommuneCode.of("05101")), AT),
                new CommuneClassifiedEvent(SANTIAGO, CommuneGroup.GROUP_1, Rurality.PREDOMINANTLY_URBAN, AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void givenAnEvent_whenWrittenAndReadBack_thenEqual(Object event) throws Exception {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void givenASubmittedEvent_whenWritten_thenValueObjectsAreScalarsAndTheGroupIsItsNumber() throws Exception {
        JsonNode json = mapper.readTree(mapper.writeValueAsString(
                new FundApplicationSubmittedEvent("app-1", "call-2025", SANTIAGO, CommuneGroup.GROUP_5, AT)));

        assertThat(json.get("commune").asText()).isEqualTo("13101");
        assertThat(json.get("group").isInt()).isTrue();
        assertThat(json.get("group").asInt()).isEqualTo(5);
        assertThat(json.get("submittedAt").asText()).isEqualTo("2025-04-15T12:30:00Z");
    }

    @Test
    void givenAPublishedEvent_whenWritten_thenAmountsArePlainNumbers() throws Exception {
        JsonNode terms = mapper.readTree(mapper.writeValueAsString(new FundCallPublishedEvent("call-2025", terms(), AT)))
                .get("terms");

        assertThat(terms.get("totalBudget").isIntegralNumber()).isTrue();
        assertThat(terms.get("totalBudget").asLong()).isEqualTo(100_000_000L);
        assertThat(terms.get("groupCaps").get(4).get("group").asInt()).isEqualTo(5);
        assertThat(terms.get("groupCaps").get(4).get("cap").asLong()).isEqualTo(60_000_000L);
    }

    @Test
    void givenARutWrittenUnnormalised_whenRead_thenNormalised() throws Exception {
        assertThat(mapper.readValue("\"12.345.678-5\"", Rut.class)).isEqualTo(Rut.of("12345678-5"));
        assertThat(mapper.writeValueAsString(Rut.of("10.000.013-k"))).isEqualTo("\"10000013-K\"");
    }

    @Test
    void givenAnEventWithAnImpossibleGroup_whenRead_thenRefused() {
        String json = """
                {"applicationId":"app-1","callId":"call-2025","commune":"13101","group":6,
                 "submittedAt":"2025-04-15T12:30:00Z"}""";

        assertThatThrownBy(() -> mapper.readValue(json, FundApplicationSubmittedEvent.class))
                .hasRootCauseInstanceOf(DomainException.class);
    }
}
