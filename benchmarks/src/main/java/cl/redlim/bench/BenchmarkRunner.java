package cl.redlim.bench;

import cl.redlim.audit.cli.AuditCli;
import cl.redlim.audit.log.CanonicalEvent;
import cl.redlim.audit.log.InMemoryTree;
import cl.redlim.audit.log.MerkleHash;
import cl.redlim.audit.log.MerkleProofs;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs every benchmark against a freshly started standalone system and reports them against ceilings measured in
 * the same run. {@code java cl.redlim.bench.BenchmarkRunner} with {@code -Dredlim.bench.mode=smoke|full}; Maven runs
 * it through {@code BenchmarksIT} (see benchmarks/README.md).
 */
public final class BenchmarkRunner {

    private static final String MAIPU = "13119";
    private static final String[] AS_OF_COMMUNES = {"13101", "13102"};

    /** What a run produced: the rows, notes, and where the JSON went. */
    public record Results(List<Row> rows, List<String> notes, Path file, String table, CrashTrials.Result crash) {
    }

    private final Config config;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private BenchmarkRunner(Config config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Results results = run(Config.fromSystemProperties());
        System.out.println(results.table());
        System.exit(0);
    }

    static Results run(Config config) throws Exception {
        return new BenchmarkRunner(config).all();
    }

    private void log(String what) {
        System.out.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), what);
    }

    private Results all() throws Exception {
        Path scratch = Files.createTempDirectory("redlim-bench-");
        Path data = scratch.resolve("data");
        List<String> jvm = new ArrayList<>();
        if (!config.jvmOptions().isBlank()) {
            jvm.addAll(List.of(config.jvmOptions().trim().split("\\s+")));
        }
        Files.createDirectories(config.resultsDir());
        if (config.jfr()) {
            Path jfr = config.resultsDir().resolve("standalone-" + run + ".jfr");
            jvm.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
            notes.add("JFR recording of the standalone JVM: " + jfr);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();

        Map<String, Object> measured = new LinkedHashMap<>();
        long storedEvents = -1;
        CrashTrials.Result crash;
        try {
            if (!config.crashOnly()) {
                storedEvents = benchmarks(scratch, data, jvm, http, measured);
            }
            log("crash trials");
            crash = CrashTrials.run(config, scratch.resolve("crash"), jvm);
            crashRows(crash);
        } finally {
            if (!Boolean.getBoolean("redlim.bench.keep-data")) {
                deleteTree(scratch);
            } else {
                notes.add("data kept in " + scratch);
            }
        }

        String commit = git("rev-parse", "--short=12", "HEAD");
        boolean dirty = !git("status", "--porcelain", "--untracked-files=no").isBlank();
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("date", Instant.now().toString());
        header.put("commit", commit + (dirty ? "-dirty" : ""));
        header.put("mode", config.mode());
        header.put("cores", Runtime.getRuntime().availableProcessors());
        header.put("memoryBytes", memTotal());
        header.put("cpu", cpuModel());
        header.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        header.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        header.put("standaloneJvmOptions", jvm);
        header.put("loadAverageAtEnd", loadAverage());
        header.put("storedEvents", storedEvents);
        Map<String, Object> sizes = new LinkedHashMap<>();
        sizes.put("warmupSeconds", config.warmup().toSeconds());
        sizes.put("measureMillis", config.measure().toMillis());
        sizes.put("maxPerLevel", config.maxPerLevel());
        sizes.put("asOfEvents", List.of(config.asOfSmall(), config.asOfLarge()));
        sizes.put("targetEvents", config.events());
        sizes.put("ceilingRows", config.ceilingRows());
        header.put("sizes", sizes);
        header.put("measured", measured);
        header.put("crash", crash.json());
        header.put("crashTable", crash.table());
        String table = Report.table(rows) + "\n" + crash.table();
        Path file = Report.write(config.resultsDir(), date, commit + (dirty ? "-dirty" : "") + (config.crashOnly()
                ? "-crash" : ""), header, rows, notes);
        System.out.println(table);
        notes.forEach(n -> System.out.println("note: " + n));
        log("results in " + file);
        return new Results(List.copyOf(rows), List.copyOf(notes), file, table, crash);
    }

    /** Every benchmark but the crash trials, on one data folder; answers the events stored at the end. */
    private long benchmarks(Path scratch, Path data, List<String> jvm, HttpClient http, Map<String, Object> measured)
            throws Exception {
        log("mode " + config.mode() + ", starting " + config.jar());
        long startedAt = System.nanoTime();
        Standalone app = Standalone.start(config.jar(), data, jvm);
        Setup setup;
        long storedEvents;
        try {
            log("started in " + (System.nanoTime() - startedAt) / 1_000_000 + " ms, pid " + app.pid());
            Api api = new Api(http, app.baseUrl());
            api.await("/api/v1/public/territory/communes", null, r -> r.json().get("total").asInt() == 346,
                    Duration.ofMinutes(2));
            Api.sleep(config.full() ? 5_000 : 500);
            long idleRss = app.residentBytes();
            measured.put("rssIdle", idleRss);
            setup = setUp(api, app.adminKey());

            commands(api, setup);
            publicQueries(api, setup);
            asOfTemplates(api, app.adminKey());
            long seedSeconds = seed(api, setup, app.adminKey());
            long before = awaitLogComplete(api, setup.auditor());
            // one stop for everything written behind the app's back: the as-of aggregates' long histories, and the
            // store grown to the target
            log("stopping the app to extend the as-of aggregates and grow its store to " + config.events()
                    + " events");
            app.close();
            extendAsOfAggregates(data);
            StoreSeeding.Seeded store = grow(data);
            app = Standalone.start(config.jar(), data, jvm);
            api = new Api(http, app.baseUrl());
            catchUp(api, app.adminKey(), store, store.total() - before);
            storedEvents = awaitLogComplete(api, setup.auditor());
            Api.sleep(config.full() ? 5_000 : 500);
            long loadedRss = app.residentBytes();
            measured.put("rssLoaded", loadedRss);
            rows.add(new Row("memory: RSS idle (standalone JVM)", "-", idleRss / 1048576.0, "MiB", Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, null, 0, "after start-up, before any load"));
            rows.add(new Row("memory: RSS with " + String.format(Locale.ROOT, "%,d", storedEvents) + " events",
                    "-", loadedRss / 1048576.0, "MiB", Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0,
                    "after the whole load, the seeding (" + seedSeconds + " s over HTTP) and the catch-up, idle"));
            asOf(api, app.adminKey());
            merkle(api, setup, scratch);
            rebuild(api, app.adminKey(), measured);
        } finally {
            log("stopping the app");
            app.close();
        }
        offlineCeilings(data, scratch, measured);
        return storedEvents;
    }

    // --- set-up: keys, a classified commune, an open fund call, a purchase for OCDS

    private record Setup(String office, String maipu, String auditor, String callId, String procurementId) {
    }

    private Setup setUp(Api api, String admin) {
        api.send(api.put("/api/v1/territory/communes/" + MAIPU + "/classification", admin,
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}")).expect(204);
        String office = api.issueKey(admin, "{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
        String maipu = api.issueKey(admin, "{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                + "\"communes\": [\"" + MAIPU + "\"]}");
        String auditor = api.issueKey(admin, "{\"client\": \"Contraloría\", \"role\": \"auditor\"}");
        String call = api.send(api.post("/api/v1/fund-calls", office, Api.openFundCall("FIM benchmark")))
                .expect(201).json().get("id").asText();
        String procurement = api.send(api.post("/api/v1/procurements", maipu, procurementBody("Reparación urgente de "
                + "colector"))).expect(201).json().get("id").asText();
        api.send(api.post("/api/v1/procurements/" + procurement + "/direct-award", maipu, "{\"supplier\": "
                + "\"76.567.890-0\", \"supplierName\": \"Ingeniería Los Lagos SpA\", \"amount\": 47300000}"))
                .expect(201);
        return new Setup(office, maipu, auditor, call, procurement);
    }

    private static String procurementBody(String title) {
        return "{\"buyer\": \"" + MAIPU + "\", \"title\": \"" + title + "\", \"description\": \"Colector colapsado "
                + "tras lluvias\", \"category\": \"WORKS\", \"items\": [{\"description\": \"Reparación del colector\", "
                + "\"quantity\": 1, \"unit\": \"obra\"}], \"estimatedAmount\": 48000000, \"utmValue\": 69751, "
                + "\"method\": \"DIRECT_AWARD\", \"directAwardGround\": \"EMERGENCY\", \"justification\": "
                + "\"Decreto alcaldicio de emergencia N° 1.245\"}";
    }

    private String draftBody(Setup s, int i) {
        return "{\"callId\": \"" + s.callId() + "\", \"commune\": \"" + MAIPU + "\", \"title\": \"Ventanilla única "
                + "digital " + i + "\", \"description\": \"Trámites municipales en línea\", \"requestedAmount\": "
                + "80000000, \"beneficiaries\": 120000}";
    }

    // --- 1. commands over HTTP

    /** Outcomes waiting for their ceiling, measured once the app has stopped. */
    private final List<Object[]> pendingCommandRows = new ArrayList<>();

    private void commands(Api api, Setup s) {
        ClosedLoop loop = new ClosedLoop(api.http());
        ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>();
        int offset = 0;
        for (int clients : config.commandClients()) {
            int base = offset;
            log("drafts, " + clients + " clients");
            ClosedLoop.Outcome o = loop.run(clients, config.warmup(), config.measure(), maxFor(clients),
                    i -> api.request("/api/v1/fund-applications", s.maipu())
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + run + "-" + (base + i))
                            .POST(HttpRequest.BodyPublishers.ofString(draftBody(s, base + i))).build(),
                    (i, r) -> drafts.add(id(r)));
            offset += (int) o.sent();
            pendingCommandRows.add(new Object[] {"fund-application drafts (HTTP)", clients, o, "FundApplicationDraftedEvent"});
        }
        List<String> ids = new ArrayList<>(drafts);
        int used = 0;
        int levelsLeft = config.commandClients().length;
        for (int clients : config.commandClients()) {
            int from = used;
            // submissions go faster than drafts: each level gets its share of the drafts left
            int available = (ids.size() - from) / levelsLeft--;
            if (available <= 0) {
                notes.add("no drafts left to submit at " + clients + " clients");
                continue;
            }
            log("submissions, " + clients + " clients (" + available + " drafts for this level)");
            // no warm-up: the drafts are counted, the JIT is warm from the drafts, and every draft submitted in a
            // warm-up would be missing from the measured window
            ClosedLoop.Outcome o = loop.run(clients, Duration.ZERO, config.measure(),
                    Math.min(available, maxFor(clients)),
                    i -> api.post("/api/v1/fund-applications/" + ids.get(from + i) + "/submission", s.maipu(), null),
                    null);
            pendingCommandRows.add(new Object[] {"submissions: transition (HTTP)", clients, o,
                    "FundApplicationSubmittedEvent"});
            used = from + (int) o.sent();
        }
    }

    private int maxFor(int clients) {
        return config.full() ? config.maxPerLevel() : Math.max(config.maxPerLevel(), clients * 2);
    }

    private static String id(HttpResponse<byte[]> r) {
        try {
            return Api.JSON.readTree(r.body()).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- 2. public queries at 32 connections, each against a static answer of the same size

    private void publicQueries(Api api, Setup s) {
        api.await("/api/v1/public/fund-calls/" + s.callId(), null, r -> true, Duration.ofMinutes(5));
        api.await("/api/v1/public/ocds/records/ocds-redlim-" + s.procurementId(), null,
                r -> r.body().contains("awards"), Duration.ofMinutes(5));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("public: commune summary", "/api/v1/public/territory/communes/" + MAIPU);
        queries.put("public: fund call state", "/api/v1/public/fund-calls/" + s.callId());
        queries.put("public: OCDS record package", "/api/v1/public/ocds/records/ocds-redlim-" + s.procurementId());
        ClosedLoop loop = new ClosedLoop(api.http());
        int clients = config.publicClients();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            int bytes = api.send(api.get(q.getValue(), null)).expect(200).raw().body()
                    .getBytes(StandardCharsets.UTF_8).length;
            log(q.getKey() + " (" + bytes + " bytes), " + clients + " clients");
            ClosedLoop.Outcome o = loop.run(clients, config.warmup(), config.measure(), maxFor(clients),
                    i -> api.get(q.getValue(), null), null);
            ClosedLoop.Outcome ceiling = loop.run(clients, config.warmup(), config.measure(), maxFor(clients),
                    i -> api.get("/api/v1/public/bench/static?bytes=" + bytes, null), null);
            rows.add(Row.of(q.getKey(), clients, o, "req/s", ceiling.perSecond(), "req/s",
                    bytes + " B; ceiling: static " + bytes + " B, p99 " + fmt(ceiling.millisAt(99)) + " ms"));
        }
    }

    // --- 3. as-of reconstruction of an aggregate with many events

    private final Map<String, Integer> asOfSizes = new LinkedHashMap<>();
    private final Map<String, ClosedLoop.Outcome> asOfOutcomes = new LinkedHashMap<>();

    /** Two real classifications (one of each group) per commune, the templates of the events appended later. */
    private void asOfTemplates(Api api, String admin) {
        for (String cut : AS_OF_COMMUNES) {
            for (int group = 1; group <= 2; group++) {
                api.send(api.put("/api/v1/territory/communes/" + cut + "/classification", admin,
                        "{\"group\": " + group + ", \"rurality\": \"MIXED\"}")).expect(204);
            }
        }
    }

    /**
     * With the app stopped, the two communes get events appended straight into its store until they hold 1,000 and
     * 10,000 (copies of their own two classifications, alternating, sequence numbers and timestamps following on);
     * then the app starts again on the same data and the as-of state of each is asked for. Seeding them over HTTP
     * is quadratic: every classification loads the whole history of the commune (no snapshot, no cache).
     */
    private void extendAsOfAggregates(Path data) throws Exception {
        int[] sizes = {config.asOfSmall(), config.asOfLarge()};
        for (int k = 0; k < sizes.length; k++) {
            log("as-of: appending events to commune " + AS_OF_COMMUNES[k] + " up to " + sizes[k]);
            asOfSizes.put(AS_OF_COMMUNES[k], Ceilings.extendAggregate(data, AS_OF_COMMUNES[k], sizes[k]));
        }
    }

    /** The as-of state of each extended commune, once the restarted app caught up (a quiet app is measured). */
    private void asOf(Api api, String admin) {
        String auditor = api.issueKey(admin, "{\"client\": \"Contraloría as-of\", \"role\": \"auditor\"}");
        ClosedLoop loop = new ClosedLoop(api.http());
        for (String cut : AS_OF_COMMUNES) {
            JsonNode state = api.send(api.get("/api/v1/audit/aggregates/" + cut + "/state", auditor)).expect(200)
                    .json();
            if (state.get("version").asLong() + 1 != asOfSizes.get(cut)) {
                throw new IllegalStateException("Commune " + cut + " has version " + state.get("version")
                        + ", expected " + (asOfSizes.get(cut) - 1));
            }
            log("as-of: " + asOfSizes.get(cut) + " events of commune " + cut);
            asOfOutcomes.put(cut, loop.run(1, Duration.ZERO, Duration.ofHours(1), config.asOfRequests(),
                    i -> api.get("/api/v1/audit/aggregates/" + cut + "/state", auditor), null));
        }
    }

    // --- 5. seeding the store, for memory, Merkle proofs and the rebuild

    /** Closed loop at full speed over four contexts' commands until the store holds the target count; seconds. */
    private long seed(Api api, Setup s, String admin) {
        long stored = api.send(api.get("/api/v1/audit/log", s.auditor())).expect(200).json().get("size").asLong();
        long missing = Math.min(config.events(), config.seedOverHttp()) - stored;
        if (missing <= 0) {
            return 0;
        }
        log("seeding " + missing + " events with " + config.seedClients() + " clients");
        List<String> communes = communes(api);
        IntFunction<HttpRequest> mix = i -> switch (i % 4) {
            case 0 -> api.post("/api/v1/fund-applications", s.maipu(), draftBody(s, i));
            case 1 -> {
                int k = i / 4;
                String cut = communes.get(k % communes.size());
                int group = (k / communes.size()) % 2 + 3;
                yield api.put("/api/v1/territory/communes/" + cut + "/classification", admin,
                        "{\"group\": " + group + ", \"rurality\": \"MIXED\"}");
            }
            case 2 -> api.post("/api/v1/procurements", s.maipu(), procurementBody("Compra " + i));
            default -> api.post("/api/v1/access-requests", s.maipu(), "{\"commune\": \"" + MAIPU + "\", "
                    + "\"channel\": \"WEB_PORTAL\", \"subject\": \"Contratos vigentes " + i + "\", \"requester\": "
                    + "{\"name\": \"Camila Fuentes\", \"email\": \"camila@example.cl\"}}");
        };
        long start = System.nanoTime();
        ClosedLoop.Outcome o = new ClosedLoop(api.http()).run(config.seedClients(), Duration.ZERO,
                Duration.ofHours(6), (int) Math.min(Integer.MAX_VALUE, missing), mix, null);
        long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
        rows.add(Row.of("seeding: mixed commands, 4 contexts (HTTP)", config.seedClients(), o, "cmd/s", Double.NaN,
                null, String.format(Locale.ROOT, "%,d commands in %d s", o.ok(), seconds)));
        if (o.failed() > 0) {
            notes.add("seeding: " + o.failed() + " commands refused, first: " + o.firstFailure());
        }
        return seconds;
    }

    /** The stopped app's store grows to the target by copies of the histories it stored (see StoreSeeding). */
    private StoreSeeding.Seeded grow(Path data) throws Exception {
        StoreSeeding.Seeded grown = StoreSeeding.growTo(data, config.events());
        if (grown.rows() == 0) {
            return grown;
        }
        log(String.format(Locale.ROOT, "appended %,d events (%,d aggregates) in %.1f s", grown.rows(),
                grown.aggregates(), grown.seconds()));
        rows.add(new Row("seeding: histories copied by JDBC, app stopped", "-", grown.rows() / grown.seconds(),
                "events/s", Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0, String.format(Locale.ROOT,
                "%,d events of %,d %s copied under fresh ids", grown.rows(), grown.aggregates(),
                String.join("/", StoreSeeding.COPIED_TYPES))));
        return grown;
    }

    /**
     * After events were appended behind the app's back, every live processor and the audit log process them: waits
     * until every processing group is caught up at the store's head and the log holds every event, and reports the
     * appended events over that time (from the app's readiness) as the live catch-up rate.
     */
    private void catchUp(Api api, String admin, StoreSeeding.Seeded store, long appended) {
        long start = System.nanoTime();
        long stored = ReadModels.awaitCaughtUp(api, admin, store.head(), store.total(), Duration.ofMinutes(90));
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        log(String.format(Locale.ROOT, "caught up with %,d events in %.1f s", stored, seconds));
        rows.add(new Row("live catch-up after restart: all groups + audit log", "-", appended / seconds, "events/s",
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0, String.format(Locale.ROOT,
                "%,d events appended with the app stopped, processed by every group and the log in %.0f s "
                + "from the app's readiness", appended, seconds)));
    }

    private List<String> communes(Api api) {
        List<String> cuts = new ArrayList<>();
        int page = 0;
        while (cuts.size() < 346) {
            JsonNode items = api.send(api.get("/api/v1/public/territory/communes?limit=100&offset=" + cuts.size(),
                    null)).expect(200).json().get("items");
            if (items == null || items.isEmpty() || page++ > 10) {
                break;
            }
            items.forEach(c -> cuts.add(c.has("cut") ? c.get("cut").asText() : c.get("code").asText()));
        }
        cuts.removeIf(c -> c.equals(MAIPU) || List.of(AS_OF_COMMUNES).contains(c));
        return cuts;
    }

    /** Waits until the audit log has every stored event (the Merkle benchmarks read it); answers its size. */
    private long awaitLogComplete(Api api, String auditor) {
        long last = -1;
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            long size = api.send(api.get("/api/v1/audit/log", auditor)).expect(200).json().get("size").asLong();
            if (size != last) {
                last = size;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(3).toNanos()) {
                return size;
            }
            Api.sleep(500);
        }
        return last;
    }

    // --- 4. Merkle proofs

    private void merkle(Api api, Setup s, Path scratch) throws Exception {
        JsonNode head = api.send(api.post("/api/v1/audit/log/tree-heads", s.auditor(), "")).expect(201).json();
        long size = head.get("treeSize").asLong();
        log("merkle: tree of " + size + " leaves");
        // the export the offline verifier reads
        Path dir = Files.createDirectories(scratch.resolve("export"));
        Path feed = dir.resolve("feed.jsonl");
        api.http().send(api.request("/api/v1/audit/events", s.auditor()).header("Accept", "application/x-ndjson")
                .GET().build(), HttpResponse.BodyHandlers.ofFile(feed));
        Files.writeString(dir.resolve("tree-heads.jsonl"),
                api.send(api.get("/api/v1/audit/log/tree-heads/export", s.auditor())).expect(200).body());
        Files.writeString(dir.resolve("key.json"), api.send(api.get("/api/v1/public/log/key", null)).expect(200)
                .body());

        SplittableRandom random = new SplittableRandom(8);
        int proofs = config.full() ? Integer.MAX_VALUE : 50;
        long[] indexes = random.longs(200_000, 0, size).toArray();
        ConcurrentLinkedQueue<byte[]> answers = new ConcurrentLinkedQueue<>();
        ClosedLoop.Outcome o = new ClosedLoop(api.http()).run(config.proofClients(), config.warmup(),
                config.measure(), proofs,
                i -> api.get("/api/v1/audit/log/proofs/inclusion?leafIndex=" + indexes[i % indexes.length]
                        + "&treeSize=" + size, s.auditor()),
                (i, r) -> {
                    if (answers.size() < 10_000) {
                        answers.add(r.body());
                    }
                });

        // the offline verifier's ceiling: the same feed parsed, hashed and appended to an in-memory tree
        // twice, the second pass measured: the first warms the JIT up, as the verifier's run then is
        InMemoryTree tree = null;
        long lines = 0;
        long hashStart = 0;
        for (int pass = 0; pass < 2; pass++) {
            tree = new InMemoryTree();
            lines = 0;
            hashStart = System.nanoTime();
            try (BufferedReader in = Files.newBufferedReader(feed)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    tree.append(CanonicalEvent.leafHash(Api.JSON.readTree(line).get("event")));
                    lines++;
                }
            }
        }
        double hashSeconds = (System.nanoTime() - hashStart) / 1e9;
        // ceiling of the endpoint: the same server answering a static body of the proofs' size, same clients
        int proofBytes = answers.isEmpty() ? 1024 : answers.peek().length;
        ClosedLoop.Outcome staticProofs = new ClosedLoop(api.http()).run(config.proofClients(), config.warmup(),
                config.measure(), proofs, i -> api.get("/api/v1/public/bench/static?bytes=" + proofBytes, null), null);
        rows.add(Row.of("merkle: inclusion proof (HTTP endpoint)", config.proofClients(), o, "proofs/s",
                staticProofs.perSecond(), "req/s", "tree of " + size + ", " + proofBytes + " B; ceiling: static "
                        + proofBytes + " B, p99 " + fmt(staticProofs.millisAt(99)) + " ms"));

        // verification in process, with the audit log's classes
        List<JsonNode> parsed = new ArrayList<>();
        for (byte[] a : answers) {
            parsed.add(Api.JSON.readTree(a));
        }
        if (!parsed.isEmpty()) {
            Base64.Decoder b64 = Base64.getDecoder();
            long verified = 0;
            long verStart = System.nanoTime();
            do {
                for (JsonNode p : parsed) {
                    List<byte[]> path = new ArrayList<>();
                    p.get("auditPath").forEach(h -> path.add(b64.decode(h.asText())));
                    if (!MerkleProofs.verifyInclusion(b64.decode(p.get("leafHash").asText()),
                            p.get("leafIndex").asLong(), p.get("treeSize").asLong(), path,
                            b64.decode(p.get("rootHash").asText()))) {
                        throw new IllegalStateException("An inclusion proof did not verify: " + p);
                    }
                    verified++;
                }
            } while (System.nanoTime() - verStart < (config.full() ? 3e9 : 2e8));
            double perSecond = verified / ((System.nanoTime() - verStart) / 1e9);
            rows.add(new Row("merkle: inclusion proof verification", "1", perSecond, "proofs/s", Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, null, 0, "in process (MerkleProofs), proofs parsed "
                    + "beforehand; no ceiling: this is the raw operation"));
        }

        // the offline verifier over the export
        StringWriter out = new StringWriter();
        CommandLine cli = AuditCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        long verifyStart = System.nanoTime();
        int code = cli.execute("verify", "--feed", feed.toString(), "--tree-heads",
                dir.resolve("tree-heads.jsonl").toString(), "--public-key", dir.resolve("key.json").toString());
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        if (code != AuditCli.OK) {
            throw new IllegalStateException("The offline verifier failed (" + code + "): " + out);
        }
        rows.add(new Row("merkle: offline verifier (audit-cli verify)", "1", lines / verifySeconds, "events/s",
                Double.NaN, Double.NaN, Double.NaN, lines / hashSeconds, "events/s", 0,
                lines + " events; ceiling: parse + leaf hash + tree append of the same feed"));
    }

    // --- 6. read-model rebuild

    private long rebuiltDocuments = -1;

    private void rebuild(Api api, String admin, Map<String, Object> measured) {
        log("rebuild (compare)");
        JsonNode view = ReadModels.compareRebuild(api, admin, Duration.ofHours(3));
        long events = view.get("eventsDone").asLong();
        double seconds = Duration.between(Instant.parse(view.get("startedAt").asText()),
                Instant.parse(view.get("finishedAt").asText())).toMillis() / 1000.0;
        long documents = 0;
        JsonNode comparison = view.get("comparison");
        if (comparison != null && comparison.has("collections")) {
            for (JsonNode c : comparison.get("collections")) {
                documents += c.get("rebuiltDocuments").asLong();
            }
        }
        rebuiltDocuments = documents;
        measured.put("rebuild", view);
        rebuildRow = new double[] {events, seconds, documents,
                view.path("livePausedMillis").asLong(0), comparison == null ? -1
                : comparison.get("identical").asBoolean() ? 1 : 0};
    }

    private double[] rebuildRow;

    // --- the ceilings, once the app has stopped

    private void offlineCeilings(Path data, Path scratch, Map<String, Object> measured) throws Exception {
        log("ceilings: JDBC append");
        double drafts = Ceilings.append(data, ".FundApplicationDraftedEvent", config.ceilingRows(), scratch);
        double submissions = Ceilings.append(data, ".FundApplicationSubmittedEvent", config.ceilingRows(), scratch);
        List<Row> commandRows = new ArrayList<>();
        for (Object[] p : pendingCommandRows) {
            double ceiling = p[3].equals("FundApplicationDraftedEvent") ? drafts : submissions;
            commandRows.add(Row.of((String) p[0], (Integer) p[1], (ClosedLoop.Outcome) p[2], "cmd/s", ceiling,
                    "rows/s", null));
        }
        rows.addAll(0, commandRows);
        notes.add("command ceiling: the app's stored " + "events copied into a fresh H2 file (same URL options, same "
                + "DDL) by plain JDBC, batches of " + Ceilings.BATCH + " rows, one commit per batch, 1 connection");

        log("ceilings: aggregate read");
        int insertAt = commandRows.size();
        for (Map.Entry<String, ClosedLoop.Outcome> e : asOfOutcomes.entrySet()) {
            int events = asOfSizes.get(e.getKey());
            double ceiling = Ceilings.readAggregate(data, e.getKey(), config.full() ? 20 : 3);
            rows.add(insertAt++, Row.of(String.format(Locale.ROOT, "as-of state, %,d events, no snapshot", events),
                    1, e.getValue(), "states/s", ceiling, "states/s", "events appended by JDBC with the app stopped, "
                            + "then the app restarted; ceiling: JDBC read + Jackson of the same events"));
            rows.add(insertAt++, new Row(String.format(Locale.ROOT, "as-of state, %,d events, snapshots", events),
                    "1", Double.NaN, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0,
                    "n/a: as-of never reads snapshots (a snapshot is a later state)"));
        }

        if (rebuildRow != null) {
            log("ceilings: raw replay");
            Ceilings.Replay replay = Ceilings.rebuild(data, (long) rebuildRow[0], Math.max(1, rebuiltDocuments),
                    scratch);
            measured.put("replayCeiling", Map.of("events", replay.events(), "documents", replay.documents(),
                    "seconds", replay.seconds()));
            double events = rebuildRow[0];
            double seconds = rebuildRow[1];
            rows.add(new Row("read-model rebuild (compare), all groups", "-", events / seconds, "events/s",
                    Double.NaN, Double.NaN, Double.NaN, replay.eventsPerSecond(), "events/s", 0,
                    String.format(Locale.ROOT, "%,.0f events in %.1f s, %,.0f documents, live paused %,.0f ms, "
                            + "identical=%s; ceiling: JDBC read + parse + insertMany of %,d docs", events, seconds,
                            rebuildRow[2], rebuildRow[3], rebuildRow[4] == 1, replay.documents())));
        }
    }

    // --- 7. crash under load

    private void crashRows(CrashTrials.Result crash) {
        String trials = crash.trials().size() + " trials";
        String kills = crash.trials().stream().map(t -> String.valueOf(t.killAfterMillis())).toList().toString();
        rows.add(new Row("crash: kill -9 under mixed load, " + trials, String.valueOf(crash.clients()),
                crash.acknowledged(), "acked", Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0,
                "acknowledged commands before the kills; seed " + crash.seed() + ", kills at (ms into the load) "
                        + kills));
        rows.add(new Row("crash: acknowledged commands lost", "-", crash.lost(), "lost", Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, null, 0, "acknowledged commands without their event in the store after "
                        + "the kill (JDBC on the killed store, by correlation id)"));
        rows.add(new Row("crash: read-model differences after catch-up", "-", crash.differences(), "docs",
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0, "documents differing between the live "
                        + "read models and a compare rebuild of every group, summed over the trials; dead letters "
                        + crash.deadLetters()));
    }

    /** The run's data (app store, read models, copies): up to gigabytes in a full run. */
    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- machine facts

    private String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", config.repo().toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static long memTotal() {
        return procLine("/proc/meminfo", "MemTotal:") * 1024;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
