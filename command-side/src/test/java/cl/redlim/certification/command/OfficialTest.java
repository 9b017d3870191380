package cl.redlim.certification.command;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cl.redlim.certification.command.CertificationFixtures.*;

class OfficialTest {

    private FixtureConfiguration<Official> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Official.class);
        fixture.registerInjectableResource(communes());
    }

    private static OfficialRegisteredEvent registered() {
        return new OfficialRegisteredEvent(OFFICIAL, RUT, "Ana Rojas", MAIPU, "Profesional DIDECO", T0);
    }

    @Test
    void whenRegister_thenRegistered() {
        fixture.givenNoPriorActivity().when(new RegisterOfficialCommand(OFFICIAL, RUT, " Ana Rojas ", MAIPU,
                "Profesional DIDECO", T0), maipu()).expectEvents(registered());
    }

    @Test
    void givenRegistered_whenRegisterAgain_thenRefused() {
        refused(fixture.given(registered()).when(new RegisterOfficialCommand(OFFICIAL, RUT, "Ana Rojas", MAIPU, null,
                T0), maipu()), ErrorCode.OFFICIAL_ALREADY_REGISTERED);
    }

    @Test
    void whenAnotherMunicipalitysIntegrator_thenForbidden() {
        refused(fixture.givenNoPriorActivity().when(new RegisterOfficialCommand(OFFICIAL, RUT, "Ana Rojas", MAIPU,
                null, T0), penalolen()), ErrorCode.FORBIDDEN);
    }

    @Test
    void whenCommuneUnknown_thenRefused() {
        refused(fixture.givenNoPriorActivity().when(new RegisterOfficialCommand(OFFICIAL, RUT, "Ana Rojas",
                CommuneCode.of("05101"), null, T0), admin()), ErrorCode.UNKNOWN_COMMUNE);
    }

    @Test
    void whenTheIdIsNotTheRuts_thenRefused() {
        refused(fixture.givenNoPriorActivity().when(new RegisterOfficialCommand(OfficialId.of(Rut.of("11111111-1")),
                RUT, "Ana Rojas", MAIPU, null, T0), maipu()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void givenRegistered_whenTheNewMunicipalityRecordsATransfer_thenTransferred() {
        fixture.given(registered()).when(new TransferOfficialCommand(OFFICIAL, PENALOLEN, "Jefa de innovación",
                        LocalDate.of(2026, 4, 1), T1), penalolen())
                .expectEvents(new OfficialTransferredEvent(OFFICIAL, RUT, MAIPU, PENALOLEN, "Jefa de innovación",
                        LocalDate.of(2026, 4, 1), T1));
    }

    @Test
    void givenRegistered_whenTransferToWhereTheyWork_thenRefused() {
        refused(fixture.given(registered()).when(new TransferOfficialCommand(OFFICIAL, MAIPU, null,
                LocalDate.of(2026, 4, 1), T1), maipu()), ErrorCode.OFFICIAL_ALREADY_THERE);
    }

    @Test
    void givenRegistered_whenAnIntegratorOutsideTheNewMunicipalityTransfers_thenForbidden() {
        refused(fixture.given(registered()).when(new TransferOfficialCommand(OFFICIAL, PENALOLEN, null,
                LocalDate.of(2026, 4, 1), T1), maipu()), ErrorCode.FORBIDDEN);
    }
}
