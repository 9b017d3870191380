package cl.redlim.certification.command;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cl.redlim.certification.command.CertificationFixtures.*;

class ProgrammeTest {

    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
    }

    private static ProgrammeDefinedEvent defined() {
        return new ProgrammeDefinedEvent(PROGRAMME, "Agentes de innovación pública", null, 1, V1, T0);
    }

    private static ProgrammeRequirements with(List<ModuleRequirement> modules, AssessmentRule assessment,
                                              int months, RenewalRule renewal) {
        return new ProgrammeRequirements(modules, assessment, months, renewal);
    }

    @Test
    void whenDefine_thenVersionOne() {
        fixture.givenNoPriorActivity().when(new DefineProgrammeCommand(PROGRAMME, " Agentes de innovación pública ",
                "", V1, T0), admin()).expectEvents(defined());
    }

    @Test
    void givenDefined_whenDefineAgain_thenRefused() {
        refused(fixture.given(defined()).when(new DefineProgrammeCommand(PROGRAMME, "Otro", null, V1, T0), admin()),
                ErrorCode.PROGRAMME_ALREADY_DEFINED);
    }

    @Test
    void givenDefined_whenRevise_thenVersionTwo() {
        ProgrammeRequirements v2 = with(V1.modules(), new AssessmentRule(75, 3), 24, V1.renewal());
        fixture.given(defined()).when(new ReviseProgrammeRequirementsCommand(PROGRAMME, v2, "Sube la nota", T1),
                admin()).expectEvents(new ProgrammeRequirementsRevisedEvent(PROGRAMME, 2, v2, "Sube la nota", T1));
    }

    @Test
    void givenDefined_whenReviseToTheSame_thenRefused() {
        refused(fixture.given(defined()).when(new ReviseProgrammeRequirementsCommand(PROGRAMME, V1, null, T1),
                admin()), ErrorCode.INVALID_PROGRAMME_REQUIREMENTS);
    }

    @Test
    void inconsistentRequirementsAreRefused() {
        ModuleRequirement dt = new ModuleRequirement("dt", "Design thinking", 10);
        AssessmentRule pass = new AssessmentRule(70, 2);
        RenewalRule renewal = new RenewalRule(10, 60);
        for (ProgrammeRequirements bad : List.of(
                with(List.of(), pass, 24, renewal),
                with(List.of(dt, dt), pass, 24, renewal),
                with(List.of(new ModuleRequirement("dt", "Design thinking", 0)), pass, 24, renewal),
                with(List.of(new ModuleRequirement(" ", "x", 3)), pass, 24, renewal),
                with(List.of(dt), new AssessmentRule(0, 2), 24, renewal),
                with(List.of(dt), new AssessmentRule(101, 2), 24, renewal),
                with(List.of(dt), new AssessmentRule(70, 0), 24, renewal),
                with(List.of(dt), null, 24, renewal),
                with(List.of(dt), pass, 0, renewal),
                with(List.of(dt), pass, 24, new RenewalRule(-1, 60)),
                with(List.of(dt), pass, 24, new RenewalRule(10, 0)),
                with(List.of(dt), pass, 24, null))) {
            refused(fixture.givenNoPriorActivity().when(new DefineProgrammeCommand(PROGRAMME, "x", null, bad, T0),
                    admin()), ErrorCode.INVALID_PROGRAMME_REQUIREMENTS);
        }
    }
}
