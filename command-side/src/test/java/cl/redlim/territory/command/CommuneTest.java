package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.ClassifyCommuneCommand;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import cl.redlim.territory.api.RegisterCommuneCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cl.redlim.kernel.ErrorCode.VALIDATION_FAILED;
import static cl.redlim.territory.api.CommuneGroup.GROUP_2;
import static cl.redlim.territory.api.CommuneGroup.GROUP_3;
import static cl.redlim.territory.api.Rurality.MIXED;
import static cl.redlim.territory.api.Rurality.PREDOMINANTLY_URBAN;
import static cl.redlim.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class CommuneTest {

    private static final CommuneCode PUENTE_ALTO = CommuneCode.of("13201");
    private static final Instant CLASSIFIED_AT = Instant.parse("2025-02-10T15:00:00Z");
    private static final Instant RECLASSIFIED_AT = Instant.parse("2025-08-10T15:00:00Z");

    private FixtureConfiguration<Commune> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commune.class);
    }

    private static CommuneRegisteredEvent registered() {
        return new CommuneRegisteredEvent(PUENTE_ALTO, "Puente Alto", "132", "13");
    }

    private static CommuneClassifiedEvent classified() {
        return new CommuneClassifiedEvent(PUENTE_ALTO, GROUP_2, PREDOMINANTLY_URBAN, CLASSIFIED_AT);
    }

    @Nested
    class Register {

        @Test
        void givenNothing_whenRegisterInItsProvince_thenRegisteredUnclassifiedWithItsRegion() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCommuneCommand(PUENTE_ALTO, "Puente Alto", "132"))
                    .expectEvents(registered())
                    .expectState(commune -> assertThat(commune.profile())
                            .isEqualTo(new CommuneProfile(PUENTE_ALTO, "Puente Alto", null, null)));
        }

        @Test
        void givenNothing_whenRegisterInAnotherProvince_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(new RegisterCommuneCommand(PUENTE_ALTO, "Puente Alto", "131")), VALIDATION_FAILED);
        }
    }

    @Nested
    class Classify {

        @Test
        void givenRegistered_whenClassify_thenClassified() {
            fixture.given(registered())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, GROUP_2, PREDOMINANTLY_URBAN, CLASSIFIED_AT))
                    .expectEvents(classified())
                    .expectState(commune -> assertThat(commune.profile())
                            .isEqualTo(new CommuneProfile(PUENTE_ALTO, "Puente Alto", GROUP_2, PREDOMINANTLY_URBAN)));
        }

        @Test
        void givenClassified_whenClassifyTheSame_thenNothingNewIsRecorded() {
            fixture.given(registered(), classified())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, GROUP_2, PREDOMINANTLY_URBAN, RECLASSIFIED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void givenClassified_whenReclassifyTheGroup_thenClassified() {
            fixture.given(registered(), classified())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, GROUP_3, PREDOMINANTLY_URBAN, RECLASSIFIED_AT))
                    .expectEvents(new CommuneClassifiedEvent(PUENTE_ALTO, GROUP_3, PREDOMINANTLY_URBAN,
                            RECLASSIFIED_AT));
        }

        @Test
        void givenClassified_whenReclassifyOnlyTheRurality_thenClassified() {
            fixture.given(registered(), classified())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, GROUP_2, MIXED, RECLASSIFIED_AT))
                    .expectEvents(new CommuneClassifiedEvent(PUENTE_ALTO, GROUP_2, MIXED, RECLASSIFIED_AT));
        }

        @Test
        void givenRegistered_whenClassifyWithoutGroup_thenRefused() {
            refusedWith(fixture.given(registered())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, null, MIXED, CLASSIFIED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenRegistered_whenClassifyWithoutRurality_thenRefused() {
            refusedWith(fixture.given(registered())
                    .when(new ClassifyCommuneCommand(PUENTE_ALTO, GROUP_2, null, CLASSIFIED_AT)), VALIDATION_FAILED);
        }
    }
}
