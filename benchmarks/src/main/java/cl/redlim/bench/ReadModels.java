package cl.redlim.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/** The app's read models as its admin endpoints show them: catching up with the store, and a compare rebuild. */
final class ReadModels {

    private ReadModels() {
    }

    /**
     * Waits until every read-model processor runs with every segment caught up at (or past) the store's {@code head}
     * (its last global index) and the audit log holds at least {@code count} events; answers the log's size. Axon's
     * own status ({@code EventTrackerStatus}: position, caught up, error), as {@code GET /api/v1/admin/read-models}
     * shows it.
     */
    static long awaitCaughtUp(Api api, String admin, long head, long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode groups = api.send(api.get("/api/v1/admin/read-models", admin)).expect(200).json().get("items");
            boolean caughtUp = groups.size() > 0;
            for (JsonNode g : groups) {
                JsonNode segments = g.get("segments");
                boolean ok = g.get("status").asText().equals("RUNNING") && segments.size() > 0;
                for (JsonNode s : segments) {
                    ok &= s.get("caughtUp").asBoolean() && !s.get("error").asBoolean()
                            && !s.get("position").isNull() && s.get("position").asLong() >= head;
                }
                if (!ok) {
                    last = g.toString();
                }
                caughtUp &= ok;
            }
            long logSize = api.send(api.get("/api/v1/audit/log", admin)).expect(200).json().get("size").asLong();
            if (caughtUp && logSize >= count) {
                return logSize;
            }
            if (caughtUp) {
                last = "audit log " + logSize + " of " + count;
            }
            Api.sleep(200);
        }
        throw new IllegalStateException("The read models did not catch up with the store's head " + head + " in "
                + timeout + ": " + last);
    }

    /** A rebuild of every group in compare mode, polled until it ends; answers its final view (state DONE). */
    static JsonNode compareRebuild(Api api, String admin, Duration timeout) {
        Api.Response started = api.send(api.post("/api/v1/admin/read-model-rebuilds", admin,
                "{\"mode\": \"compare\"}"));
        if (started.status() / 100 != 2) {
            throw new IllegalStateException("Rebuild refused: " + started.status() + " " + started.body());
        }
        String location = started.raw().headers().firstValue("Location")
                .orElseGet(() -> "/api/v1/admin/read-model-rebuilds/" + started.json().get("id").asText());
        String path = location.startsWith("http") ? location.substring(location.indexOf("/api/")) : location;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = api.send(api.get(path, admin)).expect(200).json();
            String state = view.get("state").asText();
            if (state.equals("DONE")) {
                return view;
            }
            if (state.equals("FAILED") || state.equals("CANCELLED")) {
                throw new IllegalStateException("The compare rebuild failed: " + view);
            }
            Api.sleep(250);
        }
        throw new IllegalStateException("The compare rebuild did not finish in " + timeout);
    }
}
