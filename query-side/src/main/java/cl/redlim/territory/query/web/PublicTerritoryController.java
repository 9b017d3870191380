package cl.redlim.territory.query.web;

import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneListView;
import cl.redlim.territory.api.CommuneView;
import cl.redlim.territory.api.FindCommuneQuery;
import cl.redlim.territory.api.FindCommunesQuery;
import cl.redlim.territory.api.Rurality;
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

@RestController
@RequestMapping("/api/v1/public/territory")
@Tag(name = "Public territory", description = "Regions, provinces and communes with their CUT codes and classification")
class PublicTerritoryController {

    private final QueryGateway queries;

    PublicTerritoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/communes")
    @Operation(summary = "The communes, optionally of one region, SUBDERE group or rurality")
    CommuneListView communes(
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "is a 2-digit region code") String region,
            @RequestParam(required = false) @Min(1) @Max(5) Integer group,
            @RequestParam(required = false) Rurality rurality) {
        return queries.query(new FindCommunesQuery(region, group == null ? null : CommuneGroup.of(group), rurality),
                CommuneListView.class).join();
    }

    @GetMapping("/communes/{cut}")
    @Operation(summary = "One commune by its CUT code")
    ResponseEntity<CommuneView> commune(@PathVariable @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String cut) {
        CommuneView view = queries.query(new FindCommuneQuery(cut), CommuneView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
