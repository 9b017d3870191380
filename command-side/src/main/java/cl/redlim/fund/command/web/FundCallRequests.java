package cl.redlim.fund.command.web;

import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request bodies of the fund call endpoints. */
final class FundCallRequests {

    static final long MAX_CLP = Clp.MAX;

    private FundCallRequests() {
    }

    /** A call's terms, as published and as amended. */
    record CallTermsRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull @Positive @Max(MAX_CLP) Long totalBudget,
            @NotNull @Size(min = 5, max = 5, message = "needs one cap for each of the 5 commune groups")
            List<@Valid @NotNull GroupCapRequest> groupCaps,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt,
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull CriterionRequest> criteria,
            @NotNull @Min(0) @Max(100) Integer minimumScore) {

        FundCallTerms toTerms() {
            return new FundCallTerms(title, Clp.of(totalBudget),
                    groupCaps.stream().map(c -> new GroupCap(CommuneGroup.of(c.group()), Clp.of(c.cap()))).toList(),
                    opensAt, closesAt,
                    criteria.stream().map(c -> new ScoringCriterion(c.id(), c.name(), c.weight())).toList(),
                    minimumScore);
        }
    }

    record GroupCapRequest(@NotNull @Min(1) @Max(5) Integer group, @NotNull @PositiveOrZero @Max(MAX_CLP) Long cap) {
    }

    record CriterionRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "lower-case letters, digits, - and _") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100) Integer weight) {
    }
}
