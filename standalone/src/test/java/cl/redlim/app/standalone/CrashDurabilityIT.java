package cl.redlim.app.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means stored: the packaged standalone jar runs as its own process, clients send commands, and the
 * JVM is killed with SIGKILL as soon as a number of them were acknowledged, with more in flight. After a restart,
 * every acknowledged command's fact is there.
 */
class CrashDurabilityIT {

    private static final Path JAR = Path.of("target", "redlim-standalone.jar");
    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedCommandSurvivesKillDashNine() throws Exception {
        assertThat(JAR).as("run through 'mvn verify', after the jar is packaged").exists();
        for (int trial = 0; trial < 2; trial++) {
            Path dir = Files.createDirectories(data.resolve("trial-" + trial));
            Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
            int port;
            Process app = start(dir);
            try {
                port = awaitPort(dir);
                drive(app, port, Files.readString(dir.resolve("bootstrap-admin.key")).strip(), acknowledged, trial);
            } finally {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

            Process again = start(dir);
            try {
                int newPort = awaitPort(dir);
                for (Map.Entry<String, Integer> ack : acknowledged.entrySet()) {
                    awaitGroup(newPort, ack.getKey(), ack.getValue());
                }
            } finally {
                again.destroy();
                again.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.deleteIfExists(dir.resolve("port"));
        return new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "--server.port=0",
                "--redlim.data-dir=" + dir, "--redlim.port-file=" + dir.resolve("port"),
                "--redlim.limits.requests-per-second=100000", "--redlim.limits.burst=100000")
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
    }

    private static int awaitPort(Path dir) throws Exception {
        Path portFile = dir.resolve("port");
        // a first start records the territory (418 events, each committed to the file): on a loaded 2-core machine,
        // with other ITs running beside it, that has taken over 90 s
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile) && !Files.readString(portFile).isBlank()) {
                return Integer.parseInt(Files.readString(portFile).trim());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The app did not start: " + Files.readString(dir.resolve("app.log")));
    }

    /** Four clients classify communes until enough were acknowledged, then the JVM is killed mid-flight. */
    private void drive(Process app, int port, String adminKey, Map<String, Integer> acknowledged, int trial)
            throws Exception {
        List<String> communes = RunningSystem.communeCodes();
        AtomicInteger next = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (true) {
                    int i = next.getAndIncrement();
                    if (i >= communes.size()) {
                        return null;
                    }
                    int group = (i + trial) % 5 + 1;
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/v1/territory/communes/" + communes.get(i) + "/classification"))
                            .header("Content-Type", "application/json").header("X-API-Key", adminKey)
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "{\"group\": " + group + ", \"rurality\": \"MIXED\"}")).build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204) {
                            acknowledged.put(communes.get(i), group);
                        }
                    } catch (IOException killed) {
                        return null; // in flight when the JVM died: no acknowledgement, no promise
                    }
                }
            });
        }
        while (acknowledged.size() < ACKS_BEFORE_KILL) {
            Thread.onSpinWait();
        }
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static void awaitGroup(int port, String cut, int group) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/public/territory/communes/" + cut)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (last.contains("\"group\":" + group + ",")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Acknowledged classification of " + cut + " as group " + group + " was lost: " + last);
    }
}
