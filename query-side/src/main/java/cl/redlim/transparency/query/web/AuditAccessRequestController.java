package cl.redlim.transparency.query.web;

import cl.redlim.transparency.api.AccessRequestView;
import cl.redlim.transparency.api.AccessRequesterView;
import cl.redlim.transparency.api.FindAccessRequestQuery;
import cl.redlim.transparency.api.FindAccessRequesterQuery;
import cl.redlim.transparency.api.RequesterContact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Audit: access requests", description = "Personal data of access requests, for auditors only")
class AuditAccessRequestController {

    private final QueryGateway queries;

    AuditAccessRequestController(QueryGateway queries) {
        this.queries = queries;
    }

    /** A request as the public sees it, with who made it. */
    record AuditedAccessRequest(AccessRequestView request, RequesterContact requester) {
    }

    @GetMapping("/api/v1/audit/access-requests/{id}")
    @Operation(summary = "A request with its requester's identity and contact (auditor role only)")
    AuditedAccessRequest request(@PathVariable UUID id) {
        AccessRequesterView requester = queries.query(new FindAccessRequesterQuery(id.toString()),
                AccessRequesterView.class).join();
        AccessRequestView request = queries.query(new FindAccessRequestQuery(id.toString()), AccessRequestView.class)
                .join();
        return new AuditedAccessRequest(request, requester.requester());
    }
}
