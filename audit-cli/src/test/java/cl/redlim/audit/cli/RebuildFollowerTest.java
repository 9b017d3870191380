package cl.redlim.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follower against a stand-in server that answers a rebuild's views in turn. */
class RebuildFollowerTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile List<String> views = List.of();
    private volatile int startStatus = 202;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-API-Key") + " " + body);
            byte[] answer;
            int status;
            if (exchange.getRequestMethod().equals("POST")) {
                status = startStatus;
                answer = (status == 202 ? "{}" : "{\"code\": \"REBUILD_ALREADY_RUNNING\", \"detail\": \"busy\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Location", "/api/v1/admin/read-model-rebuilds/r1");
            } else {
                status = 200;
                answer = views.get(Math.min(polls.getAndIncrement(), views.size() - 1)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String view(String state, long done, long total, String comparison) {
        return """
                {"state": "%s", "eventsDone": %d, "eventsTotal": %d, "eventsPerSecond": 1000.0, "etaSeconds": 1,
                 "livePausedMillis": 12, "comparison": %s}""".formatted(state, done, total, comparison);
    }

    @Test
    void followsToTheEndDrawingOneLinePerStepWhenNotATerminal() throws Exception {
        views = List.of(view("RUNNING", 10, 100, "null"), view("RUNNING", 50, 100, "null"),
                view("DONE", 100, 100, """
                        {"identical": true, "documentsCompared": 42, "documentsDiffering": 0,
                         "collections": [{"collection": "fund_calls"}, {"collection": "territory_communes"}],
                         "differences": []}"""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        RebuildFollower follower = new RebuildFollower(new AdminApi(url(), "k1"), out, false, 1, 5_000,
                () -> now.addAndGet(1_000));

        JsonNode done = follower.run(List.of("fund-calls"), "compare", true);

        assertThat(RebuildFollower.report(done, out)).isTrue();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\r")
                .contains("[==>                 ]  10%  10/100 events")
                .contains("[====================] 100%  100/100 events")
                .contains("identical: 42 documents in 2 collections");
        assertThat(requests.get(0)).startsWith("POST /api/v1/admin/read-model-rebuilds k1 ")
                .contains("\"groups\":[\"fund-calls\"]").contains("\"mode\":\"compare\"");
    }

    @Test
    void aDifferenceIsPrintedAndFails() throws Exception {
        views = List.of(view("DONE", 5, 5, """
                {"identical": false, "documentsCompared": 3, "documentsDiffering": 1,
                 "collections": [{"group": "fund-calls", "collection": "fund_calls", "identical": false,
                                  "documentsDiffering": 1, "documentsCompared": 3, "liveDocuments": 3,
                                  "rebuiltDocuments": 3}],
                 "differences": [{"collection": "fund_calls", "id": "c1",
                                  "fields": [{"path": "awarded", "live": 10, "rebuilt": 20}]}]}"""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        JsonNode done = new RebuildFollower(new AdminApi(url(), "k"), out, true, 1, 1, System::currentTimeMillis)
                .run(List.of(), "compare", true);

        assertThat(RebuildFollower.report(done, out)).isFalse();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("\r[").contains("DIFFERENT: 1 of 3 documents differ")
                .contains("fund_calls _id \"c1\"").contains("awarded: live 10 | rebuilt 20");
    }

    @Test
    void aFailedRebuildFailsAndARefusalIsReported() {
        views = List.of("{\"state\": \"FAILED\", \"error\": \"boom\", \"eventsDone\": 1, \"eventsTotal\": 2}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThat(RebuildFollower.report(AdminApi.JSON.createObjectNode().put("state", "FAILED").put("error", "boom"),
                out)).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Rebuild FAILED: boom");

        startStatus = 409;
        assertThatThrownBy(() -> new AdminApi(url(), "k").startRebuild(List.of(), "swap", false))
                .hasMessageContaining("409 REBUILD_ALREADY_RUNNING: busy");
    }
}
