package cl.redlim.certification.api;

import java.util.List;

/**
 * One version of what a programme asks: its modules, its assessment, how long a certificate is valid (months, from
 * issue or from the previous expiry when renewed) and what renewal takes. An enrolment keeps the version it began with.
 */
public record ProgrammeRequirements(List<ModuleRequirement> modules, AssessmentRule assessment, int validityMonths,
                                    RenewalRule renewal) {

    public ProgrammeRequirements {
        modules = modules == null ? null : List.copyOf(modules);
    }

    public int totalHours() {
        return modules.stream().mapToInt(ModuleRequirement::hours).sum();
    }
}
