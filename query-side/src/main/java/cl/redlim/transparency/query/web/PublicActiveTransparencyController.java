package cl.redlim.transparency.query.web;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.transparency.api.ActiveTransparencyView;
import cl.redlim.transparency.api.FindActiveTransparencyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/active-transparency")
@Tag(name = "Public active transparency", description = "Ley 20.285 art. 7 items per municipality, linked to where "
        + "their data lives in RedLIM")
class PublicActiveTransparencyController {

    private final QueryGateway queries;

    PublicActiveTransparencyController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{cut}")
    @Operation(summary = "A municipality's active-transparency items (letters a to m): for those RedLIM holds, links "
            + "to the data and its last update")
    ActiveTransparencyView items(
            @PathVariable @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String cut) {
        return queries.query(new FindActiveTransparencyQuery(CommuneCode.of(cut)), ActiveTransparencyView.class).join();
    }
}
