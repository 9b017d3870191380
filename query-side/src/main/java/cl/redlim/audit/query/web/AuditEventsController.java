package cl.redlim.audit.query.web;

import cl.redlim.audit.query.AuditFeed;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

@RestController
@Tag(name = "Audit: events", description = "Every event in the log's order, as stored, with who did it (auditor role)")
class AuditEventsController {

    private static final int MAX_PAGE = 1000;

    private final AuditFeed feed;
    private final ObjectMapper json;

    AuditEventsController(AuditFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    record EventPage(long logSize, List<ObjectNode> events, String next) {
    }

    @GetMapping(value = "/api/v1/audit/events", produces = "application/json")
    @Operation(summary = "The global feed, from a leaf index, paginated; filterable by event type and municipality")
    ResponseEntity<EventPage> events(@RequestParam(defaultValue = "0") long from,
                                     @RequestParam(defaultValue = "100") int limit,
                                     @Parameter(description = "event type, simple or full class name")
                                     @RequestParam(required = false) String type,
                                     @Parameter(description = "CUT code") @RequestParam(required = false) String municipality) {
        checkLimit(limit);
        AuditFeed.Page page = feed.page(from, limit, new AuditFeed.Filter(type, municipality, null, null));
        String next = page.next() < 0 ? null : UriComponentsBuilder.fromPath("/api/v1/audit/events")
                .queryParam("from", page.next()).queryParam("limit", limit)
                .queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                .queryParamIfPresent("municipality", java.util.Optional.ofNullable(municipality))
                .build().toUriString();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(new EventPage(page.size(), page.lines(), next));
    }

    @GetMapping(value = "/api/v1/audit/events", produces = AuditLogController.NDJSON)
    @Operation(summary = "The global feed as JSON Lines, streamed from a leaf index to the log's size when the "
            + "export began (or to 'to'): the verifier's feed file when unfiltered")
    StreamingResponseBody export(@RequestParam(defaultValue = "0") long from,
                                 @RequestParam(required = false) Long to,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String municipality) {
        AuditFeed.Filter filter = new AuditFeed.Filter(type, municipality, null, null);
        // parameters are checked before the response starts, so that a bad one is still a problem+json answer
        feed.page(from, 1, filter);
        return out -> feed.stream(from, to, filter, line -> write(out, line));
    }

    record Trace(String correlationId, String client, List<ObjectNode> events, String next) {
    }

    @GetMapping("/api/v1/audit/trace")
    @Operation(summary = "Everything one HTTP request (correlationId, the X-Correlation-Id it answered with) or one "
            + "integrator (client) caused, across aggregates, in log order")
    Trace trace(@RequestParam(required = false) String correlationId, @RequestParam(required = false) String client,
                @RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "100") int limit) {
        checkLimit(limit);
        if ((correlationId == null) == (client == null)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Give exactly one of correlationId and client");
        }
        AuditFeed.Page page = feed.page(from, limit, new AuditFeed.Filter(null, null, correlationId, client));
        String next = page.next() < 0 ? null : UriComponentsBuilder.fromPath("/api/v1/audit/trace")
                .queryParamIfPresent("correlationId", java.util.Optional.ofNullable(correlationId))
                .queryParamIfPresent("client", java.util.Optional.ofNullable(client))
                .queryParam("from", page.next()).queryParam("limit", limit).build().toUriString();
        return new Trace(correlationId, client, page.lines(), next);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "limit must be 1.." + MAX_PAGE);
        }
    }

    private void write(OutputStream out, ObjectNode line) {
        try {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
