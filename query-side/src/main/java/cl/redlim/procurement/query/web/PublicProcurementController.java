package cl.redlim.procurement.query.web;

import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.FindProcurementQuery;
import cl.redlim.procurement.api.FindProcurementsQuery;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPageView;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.ProcurementView;
import cl.redlim.procurement.api.TenderType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@RequestMapping("/api/v1/public")
@Tag(name = "Public procurement", description = "Municipal procurement processes as the public sees them")
class PublicProcurementController {

    private final QueryGateway queries;

    PublicProcurementController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/procurements")
    @Operation(summary = "Procurement processes, filtered by buyer commune, region, method, tender type, status and "
            + "supplier RUT (awarded, or bidding once bids are opened); in planning order, paginated from page 0")
    ProcurementPageView procurements(
            @RequestParam(required = false) @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String commune,
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "is a 2-digit region code") String region,
            @RequestParam(required = false) ProcurementMethod method,
            @RequestParam(required = false) TenderType tenderType,
            @RequestParam(required = false) ProcurementStatus status,
            @RequestParam(required = false) String supplier,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.query(new FindProcurementsQuery(commune, region, method, tenderType, status,
                supplier == null ? null : Rut.of(supplier), page, size), ProcurementPageView.class).join();
    }

    @GetMapping("/procurements/{processId}")
    @Operation(summary = "One procurement process: plan, publication, bids (once opened), awards, contracts and red "
            + "flags; ETag is its version, for If-Match on its commands")
    ResponseEntity<ProcurementView> procurement(@PathVariable UUID processId) {
        ProcurementView view = queries.query(new FindProcurementQuery(processId.toString()), ProcurementView.class)
                .join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
