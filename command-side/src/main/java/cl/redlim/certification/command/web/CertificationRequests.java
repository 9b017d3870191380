package cl.redlim.certification.command.web;

import cl.redlim.certification.api.AssessmentRule;
import cl.redlim.certification.api.ModuleRequirement;
import cl.redlim.certification.api.ProgrammeRequirements;
import cl.redlim.certification.api.RenewalRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the certification endpoints, one per endpoint. */
final class CertificationRequests {

    static final String CUT = "\\d{5}";
    static final String CUT_MESSAGE = "must be a 5-digit CUT commune code";
    /** As RUTs are written: digits (dots between thousands allowed), an optional hyphen, the check digit. */
    static final String RUT = "(\\d{1,3}(\\.\\d{3}){1,2}|\\d{1,9})-?[0-9kK]";
    static final String RUT_MESSAGE = "must be a RUT: number and check digit, e.g. 12.345.678-5";
    static final String SLUG = "[a-z0-9][a-z0-9-]{2,59}";
    static final String SLUG_MESSAGE = "must be 3 to 60 lowercase letters, digits or hyphens";

    private CertificationRequests() {
    }

    record ModuleRequest(@NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String moduleId,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull @Min(1) @Max(1000) Integer hours) {
    }

    record RequirementsRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid ModuleRequest> modules,
                               @NotNull @Min(1) @Max(100) Integer passMark,
                               @NotNull @Min(1) @Max(20) Integer maxAttempts,
                               @NotNull @Min(1) @Max(240) Integer validityMonths,
                               @NotNull @Min(0) @Max(1000) Integer renewalHours,
                               @NotNull @Min(1) @Max(3650) Integer renewalWindowDays) {

        ProgrammeRequirements toRequirements() {
            return new ProgrammeRequirements(modules.stream()
                    .map(m -> new ModuleRequirement(m.moduleId(), m.name(), m.hours())).toList(),
                    new AssessmentRule(passMark, maxAttempts), validityMonths,
                    new RenewalRule(renewalHours, renewalWindowDays));
        }
    }

    record ProgrammeRequest(@NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String programmeId,
                            @NotBlank @Size(max = 300) String title,
                            @Size(max = 4000) String description,
                            @NotNull @Valid RequirementsRequest requirements) {
    }

    record RevisionRequest(@NotNull @Valid RequirementsRequest requirements, @Size(max = 2000) String note) {
    }

    record OfficialRequest(@NotNull @Pattern(regexp = RUT, message = RUT_MESSAGE) String rut,
                           @NotBlank @Size(max = 200) String name,
                           @NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String municipality,
                           @Size(max = 200) String position) {
    }

    record TransferRequest(@NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String toMunicipality,
                           @Size(max = 200) String position,
                           @NotNull LocalDate effectiveOn) {
    }

    record EnrolmentRequest(@NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String programmeId,
                            @NotNull @Pattern(regexp = RUT, message = RUT_MESSAGE) String rut,
                            @NotBlank @Size(max = 60) String cohort,
                            @NotNull LocalDate startDate) {
    }

    record ModuleCompletionRequest(@NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String moduleId,
                                   @NotBlank @Size(max = 500) String evidence,
                                   @NotBlank @Size(max = 200) String instructor) {
    }

    record AssessmentRequest(@NotNull @Min(0) @Max(100) Integer score) {
    }

    record RenewalRequest(@NotNull @Min(0) @Max(1000) Integer continuingEducationHours,
                          @Size(max = 500) String evidence) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
