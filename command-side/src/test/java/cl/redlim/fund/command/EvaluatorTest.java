package cl.redlim.fund.command;

import cl.redlim.fund.api.DeclareEvaluatorInterestsCommand;
import cl.redlim.fund.api.EvaluatorInterestsDeclaredEvent;
import cl.redlim.kernel.CommuneCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cl.redlim.kernel.ErrorCode.UNKNOWN_COMMUNE;
import static cl.redlim.kernel.ErrorCode.VALIDATION_FAILED;
import static cl.redlim.territory.api.CommuneGroup.GROUP_1;
import static cl.redlim.territory.api.CommuneGroup.GROUP_3;
import static cl.redlim.territory.api.Rurality.MIXED;
import static cl.redlim.territory.api.Rurality.PREDOMINANTLY_URBAN;
import static cl.redlim.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

    private static final String ANA = "ana.perez";
    private static final CommuneCode SANTIAGO = CommuneCode.of("13101");
    private static final CommuneCode VALPARAISO = CommuneCode.of("05101");
    private static final CommuneCode UNREGISTERED = CommuneCode.of("13199");
    private static final Instant DECLARED_AT = Instant.parse("2025-04-20T09:00:00Z");
    private static final Instant REDECLARED_AT = Instant.parse("2025-05-02T09:00:00Z");

    private FixtureConfiguration<Evaluator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evaluator.class);
        fixture.registerInjectableResource(new FakeCommuneRegistry()
                .classified(SANTIAGO, "Santiago", GROUP_1, PREDOMINANTLY_URBAN)
                .classified(VALPARAISO, "Valparaíso", GROUP_3, MIXED));
    }

    @Nested
    class DeclareInterests {

        @Test
        void givenNoDeclaration_whenDeclareTies_thenInterestsDeclared() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareEvaluatorInterestsCommand(ANA, "Ana Pérez", List.of(SANTIAGO), DECLARED_AT))
                    .expectEvents(new EvaluatorInterestsDeclaredEvent(ANA, "Ana Pérez", List.of(SANTIAGO), DECLARED_AT))
                    .expectState(evaluator -> {
                        assertThat(evaluator.isTiedTo(SANTIAGO)).isTrue();
                        assertThat(evaluator.isTiedTo(VALPARAISO)).isFalse();
                    });
        }

        @Test
        void givenNoDeclaration_whenDeclareNoTies_thenInterestsDeclaredWithNone() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareEvaluatorInterestsCommand(ANA, "Ana Pérez", null, DECLARED_AT))
                    .expectEvents(new EvaluatorInterestsDeclaredEvent(ANA, "Ana Pérez", List.of(), DECLARED_AT))
                    .expectState(evaluator -> assertThat(evaluator.isTiedTo(SANTIAGO)).isFalse());
        }

        @Test
        void givenDeclared_whenDeclareAgain_thenTheNewDeclarationReplacesTheOld() {
            fixture.given(new EvaluatorInterestsDeclaredEvent(ANA, "Ana Pérez", List.of(SANTIAGO), DECLARED_AT))
                    .when(new DeclareEvaluatorInterestsCommand(ANA, "Ana Pérez", List.of(VALPARAISO), REDECLARED_AT))
                    .expectEvents(new EvaluatorInterestsDeclaredEvent(ANA, "Ana Pérez", List.of(VALPARAISO),
                            REDECLARED_AT))
                    .expectState(evaluator -> {
                        assertThat(evaluator.isTiedTo(VALPARAISO)).isTrue();
                        assertThat(evaluator.isTiedTo(SANTIAGO)).isFalse();
                    });
        }

        @Test
        void givenNoDeclaration_whenDeclareWithoutName_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(new DeclareEvaluatorInterestsCommand(ANA, " ", List.of(), DECLARED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenNoDeclaration_whenDeclareTiesToAnUnregisteredCommune_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(new DeclareEvaluatorInterestsCommand(ANA, "Ana Pérez", List.of(SANTIAGO, UNREGISTERED),
                            DECLARED_AT)), UNKNOWN_COMMUNE);
        }

        @Test
        void givenDeclared_whenRedeclareWithAnUnregisteredCommune_thenRefused() {
            refusedWith(fixture.given(new EvaluatorInterestsDeclaredEvent(ANA, "Ana Pérez", List.of(SANTIAGO),
                            DECLARED_AT))
                    .when(new DeclareEvaluatorInterestsCommand(ANA, "Ana Pérez", List.of(UNREGISTERED),
                            REDECLARED_AT)), UNKNOWN_COMMUNE);
        }
    }
}
