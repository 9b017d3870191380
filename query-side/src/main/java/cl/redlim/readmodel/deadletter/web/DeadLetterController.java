package cl.redlim.readmodel.deadletter.web;

import cl.redlim.readmodel.deadletter.DeadLetters;
import cl.redlim.readmodel.deadletter.DeadLetters.DeadLetterView;
import cl.redlim.readmodel.deadletter.DeadLetters.RetryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Admin: dead letters", description = "Events a read model's projection could not handle, parked with "
        + "the later events of the same aggregate while the rest of the stream flows; retry them once the cause is "
        + "fixed (admin role)")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The parked events, oldest first per aggregate. */
    record DeadLetterList(List<DeadLetterView> items, int total) {
    }

    @GetMapping("/api/v1/admin/dead-letters")
    @Operation(summary = "Every dead letter, or one group's: the event, its aggregate, its place in the aggregate's "
            + "sequence (only the first is retryable) and the cause of its last failure")
    DeadLetterList list(@Parameter(description = "Only this processing group") @RequestParam(required = false)
                        String group) {
        List<DeadLetterView> items = group == null ? deadLetters.all() : deadLetters.of(group);
        return new DeadLetterList(items, items.size());
    }

    @PostMapping("/api/v1/admin/dead-letters/{group}/{id}/retry")
    @Operation(summary = "Hand the first dead letter of an aggregate back to its projection, and the letters behind "
            + "it on success; a letter that fails again stays with its new cause")
    RetryView retry(@PathVariable String group, @PathVariable String id) {
        return deadLetters.retry(group, id);
    }
}
