package cl.redlim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged standalone jar, started as its own JVM on loopback with a temporary data folder and a free port (the
 * app writes the port it bound to a file), so the JVM measured is the product as shipped. The administrator key is
 * read from the data folder, where the app writes it on first start.
 */
final class Standalone implements AutoCloseable {

    private final Process process;
    private final Path data;
    private final int port;
    private final String adminKey;

    private Standalone(Process process, Path data, int port, String adminKey) {
        this.process = process;
        this.data = data;
        this.port = port;
        this.adminKey = adminKey;
    }

    static Standalone start(Path jar, Path data, List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No standalone jar at " + jar + ": build it first (./mvnw -B -pl "
                    + "benchmarks -am verify builds it)");
        }
        Files.createDirectories(data);
        Path portFile = data.resolve("port");
        Files.deleteIfExists(portFile);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=0",
                "--server.address=127.0.0.1",
                "--redlim.data-dir=" + data, "--redlim.port-file=" + portFile,
                // the load generator is one client: the per-client rate limit would measure itself
                "--redlim.limits.requests-per-second=10000000", "--redlim.limits.burst=10000000",
                // the ceiling of the public query benchmarks (off by default)
                "--redlim.bench.static-endpoint=true"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The standalone app exited: " + Files.readString(data.resolve("app.log")));
            }
            if (Files.exists(portFile) && !Files.readString(portFile).isBlank()) {
                int port = Integer.parseInt(Files.readString(portFile).trim());
                String key = Files.readString(data.resolve("bootstrap-admin.key")).strip();
                return new Standalone(process, data, port, key);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The standalone app did not start in 180 s: "
                + Files.readString(data.resolve("app.log")));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String adminKey() {
        return adminKey;
    }

    Path data() {
        return data;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the app's JVM, from /proc/&lt;pid&gt;/status (VmRSS), in bytes; -1 where there is no /proc. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * {@code kill -9}: {@link Process#destroyForcibly()} is SIGKILL on Linux (no shutdown hook, no flush). Waits for
     * the JVM to be gone and answers its exit status: 137 (128 + 9) when SIGKILL ended it.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The standalone JVM " + process.pid() + " outlived SIGKILL");
        }
        return process.exitValue();
    }

    /** SIGTERM, then waits for the JVM to exit (the H2 file is free afterwards). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
