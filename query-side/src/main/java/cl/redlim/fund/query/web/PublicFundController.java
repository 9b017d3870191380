package cl.redlim.fund.query.web;

import cl.redlim.fund.api.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public fund", description = "The Municipal Innovation Fund (FIM) as the public sees it")
class PublicFundController {

    private final QueryGateway queries;

    PublicFundController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/fund-calls")
    @Operation(summary = "Every call with its budget awarded and remaining, in total and by commune group")
    FundCallListView calls() {
        return queries.query(new FindFundCallsQuery(), FundCallListView.class).join();
    }

    @GetMapping("/fund-calls/{callId}")
    @Operation(summary = "One call's state: budget awarded and remaining, in total and by commune group; "
            + "ETag is the call's version, for If-Match on its commands")
    ResponseEntity<FundCallView> call(@PathVariable UUID callId) {
        FundCallView view = queries.query(new FindFundCallQuery(callId.toString()), FundCallView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/fund-applications")
    @Operation(summary = "Applications, filtered by call, commune, region, status and group; paginated from page 0")
    FundApplicationPageView applications(
            @RequestParam(required = false) UUID callId,
            @RequestParam(required = false) @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String commune,
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "is a 2-digit region code") String region,
            @RequestParam(required = false) FundApplicationStatus status,
            @RequestParam(required = false) @Min(1) @Max(5) Integer group,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.query(new FindFundApplicationsQuery(callId == null ? null : callId.toString(), commune, region,
                status, group, page, size), FundApplicationPageView.class).join();
    }

    @GetMapping("/fund-applications/{applicationId}")
    @Operation(summary = "One application, step by step: evaluations, decision, tranches and reports; "
            + "ETag is its version, for If-Match on its commands")
    ResponseEntity<FundApplicationView> application(@PathVariable UUID applicationId) {
        FundApplicationView view = queries.query(new FindFundApplicationQuery(applicationId.toString()),
                FundApplicationView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/fund-grants")
    @Operation(summary = "Awarded grants as 360Giving-style records (JSON)")
    GrantListView grants(@RequestParam(required = false) UUID callId) {
        return queries.query(new FindGrantsQuery(callId == null ? null : callId.toString()), GrantListView.class)
                .join();
    }

    @GetMapping(value = "/fund-grants.csv", produces = "text/csv")
    @Operation(summary = "Awarded grants as a 360Giving CSV file")
    ResponseEntity<String> grantsCsv(@RequestParam(required = false) UUID callId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(GrantCsv.write(grants(callId)));
    }

    @GetMapping("/fund-cycle-times")
    @Operation(summary = "Days from submission to decision and from award to first disbursement, by call and region")
    CycleTimesView cycleTimes(@RequestParam(required = false) UUID callId) {
        return queries.query(new FindFundCycleTimesQuery(callId == null ? null : callId.toString()),
                CycleTimesView.class).join();
    }
}
