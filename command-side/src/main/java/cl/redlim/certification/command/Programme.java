package cl.redlim.certification.command;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A certification programme and the versions of its requirements. A revision is a new version; enrolments copy the
 * version in force when they begin, so a change applies to new enrolments only.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Programme {

    @AggregateIdentifier
    private String programmeId;
    private String title;
    private int version;
    private ProgrammeRequirements requirements;

    protected Programme() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineProgrammeCommand command) {
        if (version > 0) {
            throw refused(ErrorCode.PROGRAMME_ALREADY_DEFINED, "Programme " + programmeId + " is defined already");
        }
        Checks.text(command.programmeId(), "The programme id");
        Checks.text(command.title(), "The title");
        Checks.present(command.definedAt(), "The instant");
        check(command.requirements());
        apply(new ProgrammeDefinedEvent(command.programmeId(), command.title().strip(),
                Checks.blankToNull(command.description()), 1, command.requirements(), command.definedAt()));
    }

    @CommandHandler
    void handle(ReviseProgrammeRequirementsCommand command) {
        Checks.present(command.revisedAt(), "The instant");
        check(command.requirements());
        if (command.requirements().equals(requirements)) {
            throw refused(ErrorCode.INVALID_PROGRAMME_REQUIREMENTS, "The requirements are those of version "
                    + version + " already");
        }
        apply(new ProgrammeRequirementsRevisedEvent(programmeId, version + 1, command.requirements(),
                Checks.blankToNull(command.note()), command.revisedAt()));
    }

    /** The version in force, for a new enrolment. */
    Programmes.Current current() {
        return new Programmes.Current(programmeId, title, version, requirements);
    }

    static void check(ProgrammeRequirements requirements) {
        if (requirements == null || requirements.modules() == null || requirements.modules().isEmpty()) {
            throw invalid("A programme has at least one module");
        }
        Set<String> ids = new HashSet<>();
        for (ModuleRequirement module : requirements.modules()) {
            if (module == null || module.moduleId() == null || module.moduleId().isBlank()
                    || module.name() == null || module.name().isBlank()) {
                throw invalid("Each module has an id and a name");
            }
            if (!ids.add(module.moduleId())) {
                throw invalid("Module " + module.moduleId() + " appears twice");
            }
            if (module.hours() < 1) {
                throw invalid("Module " + module.moduleId() + " has at least one hour");
            }
        }
        AssessmentRule assessment = requirements.assessment();
        if (assessment == null || assessment.passMark() < 1 || assessment.passMark() > 100) {
            throw invalid("The assessment's pass mark is 1 to 100");
        }
        if (assessment.maxAttempts() < 1) {
            throw invalid("The assessment allows at least one attempt");
        }
        if (requirements.validityMonths() < 1) {
            throw invalid("A certificate is valid for at least one month");
        }
        RenewalRule renewal = requirements.renewal();
        if (renewal == null || renewal.continuingEducationHours() < 0 || renewal.windowDays() < 1) {
            throw invalid("Renewal asks zero or more hours within a window of at least one day");
        }
    }

    private static RuntimeException invalid(String detail) {
        return refused(ErrorCode.INVALID_PROGRAMME_REQUIREMENTS, detail);
    }

    @EventSourcingHandler
    void on(ProgrammeDefinedEvent event) {
        this.programmeId = event.programmeId();
        this.title = event.title();
        this.version = event.version();
        this.requirements = event.requirements();
    }

    @EventSourcingHandler
    void on(ProgrammeRequirementsRevisedEvent event) {
        this.version = event.version();
        this.requirements = event.requirements();
    }
}
