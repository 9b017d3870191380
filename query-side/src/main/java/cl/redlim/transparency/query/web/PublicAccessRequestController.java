package cl.redlim.transparency.query.web;

import cl.redlim.transparency.api.AccessRequestComplianceListView;
import cl.redlim.transparency.api.AccessRequestComplianceView;
import cl.redlim.transparency.api.AccessRequestListView;
import cl.redlim.transparency.api.AccessRequestView;
import cl.redlim.transparency.api.FindAccessRequestComplianceQuery;
import cl.redlim.transparency.api.FindAccessRequestQuery;
import cl.redlim.transparency.api.FindAccessRequestsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/public/transparency")
@Tag(name = "Public access requests", description = "Access-to-information requests (Ley 20.285) per municipality "
        + "and their compliance with the legal deadlines; never who asked")
class PublicAccessRequestController {

    private final QueryGateway queries;

    PublicAccessRequestController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/access-requests")
    @Operation(summary = "Requests, optionally of one municipality; overdue=true lists the open ones past their deadline")
    AccessRequestListView requests(
            @RequestParam(required = false) @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String commune,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return queries.query(new FindAccessRequestsQuery(commune, overdue), AccessRequestListView.class).join();
    }

    @GetMapping("/access-requests/{id}")
    @Operation(summary = "One request: its deadline, the history of its deadline, its answer and amparo")
    ResponseEntity<AccessRequestView> request(@PathVariable UUID id) {
        AccessRequestView view = queries.query(new FindAccessRequestQuery(id.toString()), AccessRequestView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/compliance")
    @Operation(summary = "Every municipality with requests: % answered on time, median business days to answer, "
            + "extensions, denials by art. 21 ground, amparos and their outcomes")
    AccessRequestComplianceListView compliance() {
        return queries.query(new FindAccessRequestComplianceQuery(null), AccessRequestComplianceListView.class).join();
    }

    @GetMapping("/compliance/{cut}")
    @Operation(summary = "One municipality's compliance with Ley 20.285's deadlines")
    AccessRequestComplianceView communeCompliance(
            @PathVariable @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String cut) {
        return queries.query(new FindAccessRequestComplianceQuery(cut), AccessRequestComplianceListView.class).join()
                .items().get(0);
    }
}
