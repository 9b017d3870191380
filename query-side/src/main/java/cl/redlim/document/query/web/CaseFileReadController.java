package cl.redlim.document.query.web;

import cl.redlim.access.api.Actor;
import cl.redlim.document.api.CaseFileView;
import cl.redlim.document.api.FindCaseFileQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Case files", description = "Electronic case files (expedientes), for their parties")
class CaseFileReadController {

    private final QueryGateway queries;

    CaseFileReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/case-files/{caseFileId}")
    @Operation(summary = "A case file with its entries in order, for its parties: integrators of a listed "
            + "municipality, listed principals, auditors and administrators; to anyone else it does not exist (404)")
    ResponseEntity<CaseFileView> caseFile(@PathVariable UUID caseFileId, @AuthenticationPrincipal Actor viewer) {
        CaseFileView view = queries.query(new FindCaseFileQuery(caseFileId.toString(), viewer), CaseFileView.class)
                .join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
