package cl.redlim.readmodel.rebuild.web;

import cl.redlim.readmodel.rebuild.ReadModelRebuilds;
import cl.redlim.readmodel.rebuild.RebuildMode;
import cl.redlim.readmodel.rebuild.RebuildViews.ReadModelView;
import cl.redlim.readmodel.rebuild.RebuildViews.RebuildView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Admin: read models", description = "Rebuild read models from the event store, blue/green, and compare "
        + "rebuilt with live document by document (admin role)")
class ReadModelRebuildController {

    private final ReadModelRebuilds rebuilds;

    ReadModelRebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** The read models' processing groups. */
    record ReadModelList(List<ReadModelView> items) {
    }

    /** What to rebuild and how it ends. */
    record RebuildRequest(
            @Schema(description = "Processing groups to rebuild; all rebuildable groups when empty or absent",
                    example = "[\"fund-calls\"]") List<String> groups,
            @Schema(description = "swap: the rebuilt collections replace the live ones; compare: they are compared "
                    + "with the live ones and dropped. Default compare", example = "compare") RebuildMode mode,
            @Schema(description = "In swap mode, also compare rebuilt with live before swapping (default false)")
            Boolean compare) {
    }

    @GetMapping("/api/v1/admin/read-models")
    @Operation(summary = "The read models' processing groups: collections, live position, and whether they can "
            + "be rebuilt")
    ReadModelList readModels() {
        return new ReadModelList(rebuilds.readModels());
    }

    @PostMapping("/api/v1/admin/read-model-rebuilds")
    @Operation(summary = "Start a rebuild (one at a time); follow it at the Location returned")
    ResponseEntity<RebuildView> start(@RequestBody(required = false) RebuildRequest request) {
        RebuildRequest r = request == null ? new RebuildRequest(null, null, null) : request;
        RebuildView started = rebuilds.start(r.groups(), r.mode(), Boolean.TRUE.equals(r.compare()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/read-model-rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/api/v1/admin/read-model-rebuilds/{id}")
    @Operation(summary = "A rebuild's state and progress (events done, total, events/s, time left), per group, "
            + "and its comparison")
    RebuildView rebuild(@PathVariable UUID id) {
        return rebuilds.find(id.toString());
    }
}
