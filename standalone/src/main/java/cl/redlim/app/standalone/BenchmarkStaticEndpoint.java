package cl.redlim.app.standalone;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The raw ceiling of the public query benchmarks: the same server (same Tomcat, filters, security chain) answering a
 * precomputed JSON body of a given size, with no query behind it. It exists only when
 * {@code redlim.bench.static-endpoint=true} (off by default; the benchmarks module turns it on in the process it
 * starts), so a production system never serves it.
 */
@RestController
@ConditionalOnProperty(name = "redlim.bench.static-endpoint", havingValue = "true")
class BenchmarkStaticEndpoint {

    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    @GetMapping(value = "/api/v1/public/bench/static", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Benchmark ceiling only (redlim.bench.static-endpoint=true): a static JSON body of the given "
            + "size in bytes")
    ResponseEntity<byte[]> body(@RequestParam(defaultValue = "1024") int bytes) {
        int size = Math.max(16, Math.min(bytes, MAX_BYTES));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bodies.computeIfAbsent(size,
                BenchmarkStaticEndpoint::json));
    }

    /** {"static":"xxx…"} padded to exactly {@code size} bytes. */
    private static byte[] json(int size) {
        byte[] prefix = "{\"static\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
