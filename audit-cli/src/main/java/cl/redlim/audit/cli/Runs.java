package cl.redlim.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What both rebuild commands do: start, follow, report, and turn the outcome into an exit code. */
final class Runs {

    private Runs() {
    }

    static int run(String url, String key, List<String> groups, String mode, boolean compare)
            throws InterruptedException {
        RebuildFollower follower = new RebuildFollower(new AdminApi(url, key), System.out, System.console() != null,
                500, 5_000, System::currentTimeMillis);
        try {
            JsonNode view = follower.run(groups, mode, compare);
            return RebuildFollower.report(view, System.out) ? 0 : 1;
        } catch (AdminApi.ApiException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
