package cl.redlim.certification.query.web;

import cl.redlim.certification.api.CertificationProgressView;
import cl.redlim.certification.api.FindCertificationProgressByMunicipalityQuery;
import cl.redlim.certification.api.FindCertificationProgressQuery;
import cl.redlim.certification.api.MunicipalityProgressView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's public progress toward its target. An official counts once certified within the window and not
 * revoked (an expired certificate still counts).
 */
@RestController
@RequestMapping("/api/v1/public/certification-progress")
@Tag(name = "Public certification progress", description = "Public-innovation agents certified against the target: "
        + "cumulative, by region, commune group, rurality and municipality; funnel, median time, forecast")
class PublicCertificationProgressController {

    private static final String SLUG = "[a-z0-9][a-z0-9-]{2,59}";
    private static final String SLUG_MESSAGE = "is a programme id: 3 to 60 lowercase letters, digits or hyphens";

    private final QueryGateway queries;

    PublicCertificationProgressController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Certified officials against the target, cumulative per month over the window; by region "
            + "(with each region's share by number of communes, and whether it is behind), by SUBDERE commune group "
            + "and by rurality; the funnel enrolled → all modules → assessment passed → certified; the median days "
            + "from enrolment to certificate; the forecast at the rate of the last 3 full months")
    CertificationProgressView progress(
            @Parameter(description = "One programme; all programmes when absent (an official counts once)")
            @RequestParam(required = false) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String programme) {
        return queries.query(new FindCertificationProgressQuery(programme), CertificationProgressView.class).join();
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Enrolled and certified officials per municipality, with its SUBDERE group and rurality; "
            + "predominantly rural communes (the programme's priority) first")
    MunicipalityProgressView municipalities(
            @Parameter(description = "One programme; all programmes when absent")
            @RequestParam(required = false) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String programme,
            @Parameter(description = "Only this region (2 digits)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "is a 2-digit region code")
            String region,
            @Parameter(description = "Only predominantly rural communes")
            @RequestParam(defaultValue = "false") boolean rural) {
        return queries.query(new FindCertificationProgressByMunicipalityQuery(programme, region, rural),
                MunicipalityProgressView.class).join();
    }
}
