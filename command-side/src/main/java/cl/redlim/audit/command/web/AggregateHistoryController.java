package cl.redlim.audit.command.web;

import cl.redlim.audit.command.AggregateHistory;
import cl.redlim.audit.command.AggregateState;
import cl.redlim.audit.command.EventPage;
import cl.redlim.audit.command.StateChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One aggregate's history as stored, and its state at any point of it, rebuilt through the aggregate's own
 * event-sourcing handlers. Served by the command side, which holds the aggregates and reads the event store.
 */
@RestController
@RequestMapping("/api/v1/audit/aggregates/{aggregateId}")
@Tag(name = "Audit: aggregate history", description = "Every event of one aggregate, who recorded it, and the "
        + "aggregate's state at any instant (auditor and admin roles)")
class AggregateHistoryController {

    private final AggregateHistory history;

    AggregateHistoryController(AggregateHistory history) {
        this.history = history;
    }

    @GetMapping("/events")
    @Operation(summary = "The aggregate's events in order, from a sequence number, with payload, metadata and who "
            + "did it; the following page is in 'next' and in the Link header (rel=next)")
    @ApiResponse(responseCode = "200", description = "A page of events",
            headers = @Header(name = "Link", description = "<next page>; rel=\"next\""))
    @ApiResponse(responseCode = "404", description = "No aggregate with that id has any event")
    ResponseEntity<EventPage> events(
            @PathVariable @Parameter(description = "the aggregate's id: a UUID, a CUT code, a RUT…") String aggregateId,
            @RequestParam(defaultValue = "0") @Parameter(description = "the first sequence number (from 0)")
            long fromSequence,
            @RequestParam(defaultValue = "100") @Parameter(description = "events per page, 1 to 1000") int limit) {
        EventPage page = history.events(aggregateId, fromSequence, limit);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.next() != null) {
            ok.header(HttpHeaders.LINK, "<" + page.next() + ">; rel=\"next\"");
        }
        return ok.body(page);
    }

    @GetMapping("/state")
    @Operation(summary = "The aggregate's state at an instant (or after an event), replayed from its first event "
            + "through its own event-sourcing handlers; now when neither is given")
    @ApiResponse(responseCode = "200", description = "The state, with the last event applied")
    @ApiResponse(responseCode = "404", description = "Unknown aggregate (NOT_FOUND), or not created yet at that "
            + "instant (AGGREGATE_NOT_YET_CREATED)")
    AggregateState state(
            @PathVariable String aggregateId,
            @RequestParam(required = false) @Parameter(description = "an ISO-8601 instant, e.g. 2027-03-01T12:00:00Z: "
                    + "the events recorded at or before it") String at,
            @RequestParam(required = false) @Parameter(description = "a sequence number: the events up to it")
            Long sequence) {
        return history.state(aggregateId, at, sequence);
    }

    @GetMapping("/changes")
    @Operation(summary = "What changed between two instants: the state at each (before is null if the aggregate "
            + "did not exist yet), the changed fields as JSON pointers, and the events in between")
    @ApiResponse(responseCode = "200", description = "The two states, their differences and the events")
    @ApiResponse(responseCode = "404", description = "Unknown aggregate, or not created yet at 'to'")
    StateChanges changes(
            @PathVariable String aggregateId,
            @RequestParam @Parameter(description = "an ISO-8601 instant") String from,
            @RequestParam(required = false) @Parameter(description = "an ISO-8601 instant, not before 'from'; now "
                    + "when absent") String to) {
        return history.changes(aggregateId, from, to);
    }
}
