package cl.redlim.procurement.query.web;

import cl.redlim.procurement.api.DirectAwardShareView;
import cl.redlim.procurement.api.FindDirectAwardShareQuery;
import cl.redlim.procurement.api.FindProcurementAwardedTotalsQuery;
import cl.redlim.procurement.api.FindProcurementCycleTimesQuery;
import cl.redlim.procurement.api.FindProcurementRedFlagsQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMethodQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMunicipalityQuery;
import cl.redlim.procurement.api.FindProcurementStatsByStatusQuery;
import cl.redlim.procurement.api.FindProcurementStatsBySupplierQuery;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView;
import cl.redlim.procurement.api.ProcurementCycleTimesView;
import cl.redlim.procurement.api.ProcurementMethodStatsView;
import cl.redlim.procurement.api.ProcurementMunicipalityStatsView;
import cl.redlim.procurement.api.ProcurementRedFlag;
import cl.redlim.procurement.api.ProcurementRedFlagPageView;
import cl.redlim.procurement.api.ProcurementStatsFilter;
import cl.redlim.procurement.api.ProcurementStatusStatsView;
import cl.redlim.procurement.api.ProcurementSupplierStatsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Procurement statistics and red flags. Every statistic takes an optional buyer commune or region and an interval
 * {@code [from, to)} of ISO-8601 instants: counts apply it to when processes were planned, award statistics to when
 * awards were made.
 */
@RestController
@RequestMapping("/api/v1/public/procurement-stats")
@Tag(name = "Public procurement statistics", description = "Procurement by municipality, method, status and "
        + "supplier; direct awards; cycle times; red flags")
class PublicProcurementStatsController {

    private static final String CUT = "\\d{5}";
    private static final String REGION = "\\d{2}";

    /** The filter every statistic takes: a buyer commune or region, and an interval [from, to) of instants. */
    record StatsParams(
            @Parameter(description = "Buyer commune (CUT)") @Pattern(regexp = CUT, message = "is a 5-digit CUT code")
            String commune,
            @Parameter(description = "Buyer region (2 digits)")
            @Pattern(regexp = REGION, message = "is a 2-digit region code") String region,
            @Parameter(description = "From this instant, inclusive (ISO-8601)")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Until this instant, exclusive (ISO-8601)")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {

        ProcurementStatsFilter filter() {
            return new ProcurementStatsFilter(commune, region, from, to);
        }
    }

    private final QueryGateway queries;

    PublicProcurementStatsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/by-municipality")
    @Operation(summary = "Per buyer municipality: processes planned in [from, to), their estimate, awarded, "
            + "contracted and paid amounts")
    ProcurementMunicipalityStatsView byMunicipality(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindProcurementStatsByMunicipalityQuery(
                params.filter()), ProcurementMunicipalityStatsView.class).join();
    }

    @GetMapping("/by-method")
    @Operation(summary = "Per method and tender type: processes planned in [from, to), their estimate and awards")
    ProcurementMethodStatsView byMethod(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindProcurementStatsByMethodQuery(
                params.filter()), ProcurementMethodStatsView.class).join();
    }

    @GetMapping("/by-status")
    @Operation(summary = "Per status: processes planned in [from, to), their estimate and awards")
    ProcurementStatusStatsView byStatus(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindProcurementStatsByStatusQuery(
                params.filter()), ProcurementStatusStatsView.class).join();
    }

    @GetMapping("/by-supplier")
    @Operation(summary = "Per supplier RUT: opened bids and awards in processes planned in [from, to); the largest "
            + "awarded amounts first, paginated from page 0")
    ProcurementSupplierStatsView bySupplier(
            @Valid @ParameterObject StatsParams params,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.query(new FindProcurementStatsBySupplierQuery(
                        params.filter(), page, size),
                ProcurementSupplierStatsView.class).join();
    }

    @GetMapping("/awarded-totals")
    @Operation(summary = "Totals awarded in [from, to), per buyer municipality and per supplier")
    ProcurementAwardedTotalsView awardedTotals(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindProcurementAwardedTotalsQuery(
                params.filter()), ProcurementAwardedTotalsView.class).join();
    }

    @GetMapping("/direct-awards")
    @Operation(summary = "Share of direct awards (trato directo) by count and amount, overall and per municipality, "
            + "and their legal grounds, among processes first awarded in [from, to)")
    DirectAwardShareView directAwards(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindDirectAwardShareQuery(params.filter()),
                DirectAwardShareView.class).join();
    }

    @GetMapping("/cycle-times")
    @Operation(summary = "Days from publication to first award (count, median, mean, 90th percentile), overall, by "
            + "tender type and by region, of processes first awarded in [from, to)")
    ProcurementCycleTimesView cycleTimes(
            @Valid @ParameterObject StatsParams params) {
        return queries.query(new FindProcurementCycleTimesQuery(params.filter()),
                ProcurementCycleTimesView.class).join();
    }

    @GetMapping("/red-flags")
    @Operation(summary = "Processes with red flags (one flag, or any), each with its explanation, in planning order, "
            + "paginated from page 0; and how many processes carry each flag")
    ProcurementRedFlagPageView redFlags(
            @RequestParam(required = false) ProcurementRedFlag flag,
            @RequestParam(required = false) @Pattern(regexp = CUT, message = "is a 5-digit CUT code") String commune,
            @RequestParam(required = false) @Pattern(regexp = REGION, message = "is a 2-digit region code") String region,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.query(new FindProcurementRedFlagsQuery(flag, commune, region, page, size),
                ProcurementRedFlagPageView.class).join();
    }
}
