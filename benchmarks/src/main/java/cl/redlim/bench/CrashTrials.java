package cl.redlim.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Crash under load (issue 8): mixed commands at full speed from many async clients, {@code kill -9} of the packaged
 * standalone JVM at a random moment, restart, and two checks per trial:
 * <ol>
 *   <li>every command answered 2xx before the kill has its event in the store: read with plain JDBC from the H2 file
 *       as the kill left it (before the restart), matched by the request's {@code X-Correlation-Id}, which the app
 *       records on every event a request causes, with the aggregate and the event type the command must have
 *       caused;</li>
 *   <li>after the restart, once every read-model processor is caught up at the store's head and the audit log holds
 *       every stored event, a read-model rebuild of every group in {@code compare} mode finds no differing
 *       document.</li>
 * </ol>
 * One data folder for all trials: the restarted app of one trial is the app the next trial loads and kills, so each
 * trial also proves a store crashed before restarts again.
 */
final class CrashTrials {

    private static final String MAIPU = "13119";
    private static final String CORRELATION = "X-Correlation-Id";

    /** One command answered 2xx, and the event it must have stored. {@code sequence} -1: any. */
    record Ack(String correlationId, String command, String aggregateId, String eventType, long sequence) {
    }

    /** What one trial found. */
    record Trial(int trial, long killAfterMillis, int exitCode, long sent, long acknowledged, long lost,
                 List<String> lostExamples, long storedWithoutAnswer, long refused, String firstRefusal,
                 long errorsBeforeKill, long storedEvents, long auditLogSize, long documentsCompared,
                 long differences, List<String> differenceExamples, long handlerErrors, long deadLetters,
                 double restartSeconds, double catchUpSeconds, double compareSeconds) {
    }

    /** Every trial of a run. */
    record Result(long seed, int clients, long killMinMillis, long killMaxMillis, List<Trial> trials) {

        long acknowledged() {
            return trials.stream().mapToLong(Trial::acknowledged).sum();
        }

        long lost() {
            return trials.stream().mapToLong(Trial::lost).sum();
        }

        long differences() {
            return trials.stream().mapToLong(Trial::differences).sum();
        }

        long deadLetters() {
            return trials.stream().mapToLong(Trial::deadLetters).sum();
        }

        long auditLogMismatches() {
            return trials.stream().filter(t -> t.auditLogSize() != t.storedEvents()).count();
        }

        /** For the JSON results: the totals, then every trial. */
        Map<String, Object> json() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("trials", trials.size());
            m.put("seed", seed);
            m.put("clients", clients);
            m.put("killMillis", List.of(killMinMillis, killMaxMillis));
            m.put("acknowledged", acknowledged());
            m.put("lost", lost());
            m.put("readModelDifferences", differences());
            m.put("deadLetters", deadLetters());
            m.put("auditLogMismatches", auditLogMismatches());
            m.put("killMoments", trials.stream().map(Trial::killAfterMillis).toList());
            m.put("perTrial", trials);
            return m;
        }

        String table() {
            StringBuilder b = new StringBuilder();
            String format = "%5s | %7s | %4s | %6s | %5s | %4s | %9s | %7s | %6s | %7s | %8s | %5s | %4s | %6s | %6s%n";
            b.append(String.format(Locale.ROOT, format, "trial", "kill ms", "exit", "sent", "acked", "lost",
                    "unanswrd", "refused", "events", "log", "compared", "diffs", "DLQ", "restrt", "cmp s"));
            for (Trial t : trials) {
                b.append(String.format(Locale.ROOT, format, t.trial(), t.killAfterMillis(), t.exitCode(), t.sent(),
                        t.acknowledged(), t.lost(), t.storedWithoutAnswer(), t.refused(), t.storedEvents(),
                        t.auditLogSize(), t.documentsCompared(), t.differences(), t.deadLetters(),
                        String.format(Locale.ROOT, "%.1f", t.restartSeconds()),
                        String.format(Locale.ROOT, "%.1f", t.compareSeconds())));
            }
            b.append(String.format(Locale.ROOT, "%d trials, seed %d, %d clients, kill uniform in [%d, %d) ms: "
                            + "%,d acknowledged commands, %d lost, %d read-model differences, %d dead letters, "
                            + "%d trials with audit log size != stored events%n", trials.size(), seed, clients,
                    killMinMillis, killMaxMillis, acknowledged(), lost(), differences(), deadLetters(),
                    auditLogMismatches()));
            return b.toString();
        }
    }

    private final Config config;
    private final Path jar;
    private final Path data;
    private final List<String> jvm;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    /** Drafts acknowledged and never sent for submission: submitted in a later request, often after a crash. */
    private final ConcurrentLinkedQueue<String> submittable = new ConcurrentLinkedQueue<>();
    private List<String> communes;
    /** Per commune, the classifications ("group:rurality") it may have now: several after a kill. */
    private final Map<String, Set<String>> classificationsOf = new HashMap<>();
    /** The administrator's key (classifications are an administrator's command), the integrator of Maipú's. */
    private String admin;
    private String maipu;
    private String callId;
    private String sha256;
    private int classifications;

    /** Answers complete on two threads, as in the benchmarks; a fresh client per app (the old one's connections died). */
    private final java.util.concurrent.ExecutorService answers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "crash-http");
        t.setDaemon(true);
        return t;
    });

    private HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answers).build();
    }

    private CrashTrials(Config config, Path data, List<String> jvm) {
        this.config = config;
        this.jar = config.jar();
        this.data = data;
        this.jvm = jvm;
    }

    static Result run(Config config, Path data, List<String> jvm) throws Exception {
        return new CrashTrials(config, data, jvm).trials();
    }

    private static void log(String what) {
        System.out.printf(Locale.ROOT, "[crash %tT] %s%n", System.currentTimeMillis(), what);
    }

    private Result trials() throws Exception {
        long seed = config.crashSeed();
        SplittableRandom random = new SplittableRandom(seed);
        log(String.format(Locale.ROOT, "%d trials, seed %d (-Dredlim.bench.crash-seed=%d repeats the kill "
                        + "moments), %d clients, kill uniform in [%d, %d) ms", config.crashTrials(), seed, seed,
                config.crashClients(), config.crashKillMinMillis(), config.crashKillMaxMillis()));
        List<Trial> trials = new ArrayList<>();
        Standalone app = Standalone.start(jar, data, jvm);
        try {
            admin = app.adminKey();
            {
                Api api = new Api(http(), app.baseUrl());
                api.await("/api/v1/public/territory/communes", null, r -> r.json().get("total").asInt() == 346,
                        Duration.ofMinutes(3));
                setUp(api, admin);
            }
            long checkedUpTo = 0;
            for (int t = 1; t <= config.crashTrials(); t++) {
                long killAfter = config.crashKillMinMillis()
                        + random.nextLong(Math.max(1, config.crashKillMaxMillis() - config.crashKillMinMillis()));
                log("trial " + t + ": load, kill -9 after " + killAfter + " ms");
                Load load;
                load = drive(new Api(http(), app.baseUrl()), app, t, killAfter);
                Stored stored = stored(checkedUpTo);
                checkedUpTo = stored.head();
                List<String> lost = new ArrayList<>();
                for (Ack ack : load.acks()) {
                    if (!stored.has(ack)) {
                        lost.add(ack.command() + " " + ack.aggregateId() + " (" + ack.correlationId() + ": no "
                                + ack.eventType() + (ack.sequence() >= 0 ? " #" + ack.sequence() : "") + ")");
                    }
                }
                Set<String> answered = new HashSet<>();
                load.acks().forEach(a -> answered.add(a.correlationId()));
                String prefix = "crash-" + run + "-" + t + "-";
                long unanswered = stored.correlationIds().stream()
                        .filter(c -> c.startsWith(prefix) && !answered.contains(c)).count();
                log(String.format(Locale.ROOT, "trial %d: exit %d, %d sent, %d acknowledged, %d lost, %d stored "
                                + "without an answer, %d refused, %d events in the store", t, load.exitCode(),
                        load.sent(), load.acks().size(), lost.size(), unanswered, load.refused(), stored.count()));

                long restartStart = System.nanoTime();
                app = Standalone.start(jar, data, jvm);
                double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
                {
                    Api api = new Api(http(), app.baseUrl());
                    long catchUpStart = System.nanoTime();
                    long logSize = ReadModels.awaitCaughtUp(api, admin, stored.head(), stored.count(),
                            Duration.ofMinutes(15));
                    double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
                    long compareStart = System.nanoTime();
                    JsonNode view = ReadModels.compareRebuild(api, admin, Duration.ofHours(1));
                    double compareSeconds = (System.nanoTime() - compareStart) / 1e9;
                    JsonNode comparison = view.get("comparison");
                    List<String> differences = new ArrayList<>();
                    comparison.path("differences").forEach(d -> differences.add(d.toString()));
                    long handlerErrors = 0;
                    for (JsonNode g : view.path("perGroup")) {
                        handlerErrors += g.path("handlerErrors").asLong();
                    }
                    long deadLetters = api.send(api.get("/api/v1/admin/dead-letters", admin)).expect(200).json()
                            .get("total").asLong();
                    Trial trial = new Trial(t, killAfter, load.exitCode(), load.sent(), load.acks().size(),
                            lost.size(), lost.stream().limit(10).toList(), unanswered, load.refused(),
                            load.firstRefusal(), load.errorsBeforeKill(), stored.count(), logSize,
                            comparison.get("documentsCompared").asLong(),
                            comparison.get("documentsDiffering").asLong(),
                            differences.stream().limit(5).toList(), handlerErrors, deadLetters, restartSeconds,
                            catchUpSeconds, compareSeconds);
                    trials.add(trial);
                    log(String.format(Locale.ROOT, "trial %d: restarted in %.1f s, caught up in %.1f s (audit log "
                                    + "%d of %d events), compare: %d documents, %d differing (identical=%s), %d "
                                    + "handler errors, %d dead letters, %.1f s", t, restartSeconds, catchUpSeconds,
                            logSize, stored.count(), trial.documentsCompared(), trial.differences(),
                            comparison.get("identical").asBoolean(), handlerErrors, deadLetters, compareSeconds));
                    if (!lost.isEmpty()) {
                        log("LOST: " + lost.stream().limit(10).toList());
                    }
                    if (!differences.isEmpty()) {
                        log("DIFFERENCES: " + differences.stream().limit(5).toList());
                    }
                    if (load.firstRefusal() != null) {
                        log("first refusal: " + load.firstRefusal());
                    }
                }
            }
        } finally {
            app.close();
            answers.shutdownNow();
        }
        return new Result(seed, config.crashClients(), config.crashKillMinMillis(), config.crashKillMaxMillis(),
                List.copyOf(trials));
    }

    // --- set-up, once: keys, a classified commune, an open fund call, a document content

    private void setUp(Api api, String admin) {
        api.send(api.put("/api/v1/territory/communes/" + MAIPU + "/classification", admin,
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}")).expect(204);
        String office = api.issueKey(admin, "{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
        maipu = api.issueKey(admin, "{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                + "\"communes\": [\"" + MAIPU + "\"]}");
        callId = api.send(api.post("/api/v1/fund-calls", office, Api.openFundCall("FIM crash trials")))
                .expect(201).json().get("id").asText();
        String boundary = "redlim-crash-" + run;
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"acta.txt\"\r\nContent-Type: text/plain\r\n\r\nActa de la sesión del concejo " + run
                + "\r\n--" + boundary + "--\r\n";
        sha256 = api.send(api.request("/api/v1/document-contents", maipu)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build()).expect(201).json().get("sha256")
                .asText();
        communes = new ArrayList<>();
        for (int offset = 0; communes.size() < 346 && offset < 1000; offset += 100) {
            JsonNode items = api.send(api.get("/api/v1/public/territory/communes?limit=100&offset=" + offset, null))
                    .expect(200).json().get("items");
            if (items == null || items.isEmpty()) {
                break;
            }
            items.forEach(c -> {
                String cut = c.has("cut") ? c.get("cut").asText() : c.get("code").asText();
                communes.add(cut);
                classificationsOf.put(cut, new HashSet<>(Set.of(c.path("group").asText("null") + ":"
                        + c.path("rurality").asText("null"))));
            });
        }
        communes.remove(MAIPU); // drafts need Maipú's classification as set above
    }

    // --- the load: mixed commands at full speed, until the kill

    /** One request of the mix and what its 2xx answer must have stored. */
    private record Command(String name, HttpRequest request, String aggregateId, String eventType, long sequence,
                           String classification) {
    }

    private record Load(long sent, List<Ack> acks, long refused, String firstRefusal, long errorsBeforeKill,
                        int exitCode) {
    }

    /** The i-th request of the mix: six kinds of command in five contexts, creates and a transition. */
    private Command command(Api api, int trial, int i, String correlationId) {
        int kind = i % 6;
        if (kind == 1) {
            String draft = submittable.poll();
            if (draft != null) {
                return new Command("submission", keyed(api.request("/api/v1/fund-applications/" + draft
                        + "/submission", maipu), correlationId, false).POST(HttpRequest.BodyPublishers.noBody())
                        .build(), draft, "FundApplicationSubmittedEvent", -1, null);
            }
            kind = 0;
        }
        return switch (kind) {
            case 0 -> create(api, "draft", "/api/v1/fund-applications", correlationId, "{\"callId\": \"" + callId
                    + "\", \"commune\": \"" + MAIPU + "\", \"title\": \"Ventanilla única digital " + correlationId
                    + "\", \"description\": \"Trámites municipales en línea\", \"requestedAmount\": 80000000, "
                    + "\"beneficiaries\": 120000}", "FundApplicationDraftedEvent");
            case 2 -> {
                String cut = communes.get(classifications++ % communes.size());
                // a classification the commune already has records nothing (and is still answered 204): pick one
                // it cannot have, whatever became of the classifications in flight at a kill
                Set<String> possible = classificationsOf.get(cut);
                String chosen = null;
                for (int g = 0; chosen == null; g++) {
                    String candidate = (1 + (g + trial) % 5) + ":" + (g < 5 ? "MIXED" : "PREDOMINANTLY_RURAL");
                    if (!possible.contains(candidate)) {
                        chosen = candidate;
                    }
                }
                possible.add(chosen);
                String[] c = chosen.split(":");
                yield new Command("classification", keyed(api.request("/api/v1/territory/communes/" + cut
                        + "/classification", admin), correlationId, false)
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"group\": " + c[0] + ", \"rurality\": \""
                                + c[1] + "\"}")).build(), cut, "CommuneClassifiedEvent", -1, chosen);
            }
            case 3 -> create(api, "procurement", "/api/v1/procurements", correlationId, "{\"buyer\": \"" + MAIPU
                    + "\", \"title\": \"Compra " + correlationId + "\", \"description\": \"Colector colapsado tras "
                    + "lluvias\", \"category\": \"WORKS\", \"items\": [{\"description\": \"Reparación del colector\", "
                    + "\"quantity\": 1, \"unit\": \"obra\"}], \"estimatedAmount\": 48000000, \"utmValue\": 69751, "
                    + "\"method\": \"DIRECT_AWARD\", \"directAwardGround\": \"EMERGENCY\", \"justification\": "
                    + "\"Decreto alcaldicio de emergencia N° 1.245\"}", "ProcurementPlannedEvent");
            case 4 -> create(api, "access request", "/api/v1/access-requests", correlationId, "{\"commune\": \""
                    + MAIPU + "\", \"channel\": \"WEB_PORTAL\", \"subject\": \"Contratos vigentes " + correlationId
                    + "\", \"requester\": {\"name\": \"Camila Fuentes\", \"email\": \"camila@example.cl\"}}",
                    "AccessRequestReceivedEvent");
            default -> create(api, "document", "/api/v1/documents", correlationId, "{\"document\": "
                    + "{\"municipality\": \"" + MAIPU + "\", \"type\": \"DECREE\", \"title\": \"Decreto "
                    + correlationId + "\", \"author\": \"Secretaría Municipal\", \"classification\": \"PUBLIC\"}, "
                    + "\"content\": {\"sha256\": \"" + sha256 + "\", \"mediaType\": \"text/plain\", "
                    + "\"fileName\": \"acta.txt\"}}", "DocumentLoadedEvent");
        };
    }


    private Command create(Api api, String name, String path, String correlationId, String body, String eventType) {
        // the aggregate id is in the answer: filled in when the 2xx arrives
        return new Command(name, keyed(api.request(path, maipu), correlationId, true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                null, eventType, 0, null);
    }

    private static HttpRequest.Builder keyed(HttpRequest.Builder b, String correlationId, boolean idempotent) {
        b.header(CORRELATION, correlationId);
        if (idempotent) {
            b.header("Idempotency-Key", correlationId);
        }
        return b.header("Content-Type", "application/json");
    }

    private Load drive(Api api, Standalone app, int trial, long killAfterMillis) throws InterruptedException {
                HttpClient http = api.http();
        int clients = config.crashClients();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicLong refused = new AtomicLong();
        AtomicLong errorsBeforeKill = new AtomicLong();
        AtomicReference<String> firstRefusal = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long[] killedAt = {Long.MAX_VALUE};
        Object lock = new Object();
        boolean[] stopped = {false};
        for (int c = 0; c < clients; c++) {
            new Object() {
                void fire() {
                    synchronized (lock) {
                        if (stopped[0]) {
                            done.countDown();
                            return;
                        }
                    }
                    int i = next.getAndIncrement();
                    String correlationId = "crash-" + run + "-" + trial + "-" + i;
                    Command command;
                    synchronized (lock) {
                        command = command(api, trial, i, correlationId);
                    }
                    send(command, correlationId, 1);
                }

                void send(Command command, String correlationId, int attempt) {
                    http.sendAsync(command.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                            .whenComplete((response, error) -> {
                                if (error != null) {
                                    boolean stop;
                                    synchronized (lock) {
                                        stop = stopped[0];
                                    }
                                    if (!stop && isConnectFailure(error) && attempt < 5) {
                                        send(command, correlationId, attempt + 1); // nothing was sent
                                        return;
                                    }
                                    if (System.nanoTime() < killedAt[0]) {
                                        errorsBeforeKill.incrementAndGet();
                                        firstRefusal.compareAndSet(null, command.name() + ": " + error);
                                    }
                                    // otherwise in flight at the kill: no answer, no promise
                                } else if (response.statusCode() / 100 == 2) {
                                    String aggregate = command.aggregateId() != null ? command.aggregateId()
                                            : id(response.body());
                                    acks.add(new Ack(correlationId, command.name(), aggregate, command.eventType(),
                                            command.sequence()));
                                    if (command.name().equals("draft")) {
                                        submittable.add(aggregate);
                                    }
                                    if (command.classification() != null) {
                                        synchronized (lock) { // now it is known
                                            classificationsOf.put(aggregate,
                                                    new HashSet<>(Set.of(command.classification())));
                                        }
                                    }
                                } else {
                                    refused.incrementAndGet();
                                    firstRefusal.compareAndSet(null, command.name() + " -> "
                                            + response.statusCode() + " " + abbreviate(response.body()));
                                }
                                fire();
                            });
                }
            }.fire();
        }
        Thread.sleep(killAfterMillis);
        killedAt[0] = System.nanoTime();
        int exit = app.kill();
        synchronized (lock) {
            stopped[0] = true;
        }
        if (!done.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The clients did not stop after the kill");
        }
        return new Load(next.get(), List.copyOf(acks), refused.get(), firstRefusal.get(), errorsBeforeKill.get(),
                exit);
    }

    private static String id(String body) {
        try {
            return Api.JSON.readTree(body).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("No id in " + body, e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static boolean isConnectFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    // --- check 1: the store as the kill left it

    /** The events stored after {@code from} (global index), by the correlation id of the request that caused them. */
    private record Stored(long head, long count, Map<String, List<String[]>> byCorrelation) {

        Set<String> correlationIds() {
            return byCorrelation.keySet();
        }

        boolean has(Ack ack) {
            for (String[] e : byCorrelation.getOrDefault(ack.correlationId(), List.of())) {
                if (e[0].equals(ack.aggregateId()) && e[1].endsWith("." + ack.eventType())
                        && (ack.sequence() < 0 || Long.parseLong(e[2]) == ack.sequence())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Plain JDBC on the app's H2 file, with the app dead: the store exactly as the kill left it (H2 rolls back what
     * was not committed when it opens the file, as the app does on its restart). Not the auditor's history endpoint:
     * that is one request per aggregate (thousands per trial) and a view through the restarted app, not the file.
     */
    private Stored stored(long from) throws SQLException, IOException {
        Map<String, List<String[]>> byCorrelation = new HashMap<>();
        long head = from;
        long count;
        try (Connection c = Ceilings.appStore(data)) {
            try (PreparedStatement s = c.prepareStatement("SELECT globalIndex, aggregateIdentifier, payloadType, "
                    + "sequenceNumber, metaData FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex")) {
                s.setLong(1, from);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        head = Math.max(head, rs.getLong(1));
                        byte[] meta = rs.getBytes(5);
                        JsonNode correlation = meta == null ? null : Api.JSON.readTree(meta).get("correlationId");
                        if (correlation != null) {
                            byCorrelation.computeIfAbsent(correlation.asText(), k -> new ArrayList<>())
                                    .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(globalIndex), 0) FROM "
                    + "DomainEventEntry"); ResultSet rs = s.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
                head = Math.max(head, rs.getLong(2));
            }
        }
        return new Stored(head, count, byCorrelation);
    }

    // --- check 2: after catch-up, the read models equal a full rebuild
}
