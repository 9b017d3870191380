package cl.redlim.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Starts a rebuild and follows it to its end: a progress bar redrawn in place on a terminal, a line every few
 * seconds otherwise (a log, a pipe), then the result and the comparison.
 */
final class RebuildFollower {

    private final AdminApi api;
    private final PrintStream out;
    private final boolean terminal;
    private final long pollMillis;
    private final long lineEveryMillis;
    private final LongSupplier clock;

    RebuildFollower(AdminApi api, PrintStream out, boolean terminal, long pollMillis, long lineEveryMillis,
                    LongSupplier clock) {
        this.api = api;
        this.out = out;
        this.terminal = terminal;
        this.pollMillis = pollMillis;
        this.lineEveryMillis = lineEveryMillis;
        this.clock = clock;
    }

    /** The rebuild's final view. */
    JsonNode run(List<String> groups, String mode, boolean compare) throws InterruptedException {
        String location = api.startRebuild(groups, mode, compare);
        out.println("Rebuild started: " + location);
        long lastLine = Long.MIN_VALUE;
        String lastState = null;
        while (true) {
            JsonNode view = api.get(location);
            String state = view.path("state").asText();
            boolean finished = state.equals("DONE") || state.equals("FAILED");
            String line = ProgressBar.line(view.path("eventsDone").asLong(), view.path("eventsTotal").asLong(),
                    view.path("eventsPerSecond").asDouble(),
                    view.path("etaSeconds").isNumber() ? view.path("etaSeconds").asLong() : null) + "  " + state;
            long now = clock.getAsLong();
            if (terminal) {
                out.print("\r" + line + "   ");
                if (finished) {
                    out.println();
                }
                out.flush();
            } else if (finished || !state.equals(lastState) || now - lastLine >= lineEveryMillis) {
                out.println(line);
                lastLine = now;
            }
            lastState = state;
            if (finished) {
                return view;
            }
            Thread.sleep(pollMillis);
        }
    }

    /** Prints the outcome and the comparison; true when the rebuild is DONE and, if compared, identical. */
    static boolean report(JsonNode view, PrintStream out) {
        String state = view.path("state").asText();
        if (!state.equals("DONE")) {
            out.println("Rebuild " + state + ": " + view.path("error").asText("(no detail)"));
            return false;
        }
        out.printf(Locale.US, "Rebuild DONE: %,d events at %,.0f ev/s; live processors paused %,d ms%n",
                view.path("eventsDone").asLong(), view.path("eventsPerSecond").asDouble(),
                view.path("livePausedMillis").asLong());
        JsonNode comparison = view.path("comparison");
        if (comparison.isMissingNode() || comparison.isNull()) {
            return true;
        }
        JsonNode collections = comparison.path("collections");
        if (comparison.path("identical").asBoolean()) {
            out.printf(Locale.US, "identical: %,d documents in %d collections%n",
                    comparison.path("documentsCompared").asLong(), collections.size());
            return true;
        }
        out.printf(Locale.US, "DIFFERENT: %,d of %,d documents differ%n",
                comparison.path("documentsDiffering").asLong(), comparison.path("documentsCompared").asLong());
        for (JsonNode c : collections) {
            if (!c.path("identical").asBoolean()) {
                out.printf(Locale.US, "  %s (%s): %,d of %,d documents differ (live %,d, rebuilt %,d)%n",
                        c.path("collection").asText(), c.path("group").asText(), c.path("documentsDiffering").asLong(),
                        c.path("documentsCompared").asLong(), c.path("liveDocuments").asLong(),
                        c.path("rebuiltDocuments").asLong());
            }
        }
        for (JsonNode d : comparison.path("differences")) {
            out.println("  " + d.path("collection").asText() + " _id " + d.path("id"));
            for (JsonNode f : d.path("fields")) {
                String path = f.path("path").asText();
                out.println("    " + (path.isEmpty() ? "(document)" : path) + ": live " + f.path("live")
                        + " | rebuilt " + f.path("rebuilt"));
            }
        }
        return false;
    }
}
