package cl.redlim.app.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The real standalone app on a random port and a given data folder, driven over HTTP as an integrator would. */
final class RunningSystem implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Path dataDir;

    private RunningSystem(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static RunningSystem start(Path dataDir, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--redlim.data-dir=" + dataDir,
                "--spring.jmx.enabled=false"));
        if (java.util.Arrays.stream(extraArgs).noneMatch(a -> a.startsWith("--redlim.limits."))) {
            // tests drive the API faster than the default per-credential rate
            args.addAll(List.of("--redlim.limits.requests-per-second=100000", "--redlim.limits.burst=100000"));
        }
        args.addAll(List.of(extraArgs));
        return new RunningSystem(new SpringApplicationBuilder(StandaloneApplication.class)
                .run(args.toArray(String[]::new)), dataDir);
    }

    record Response(int status, String contentType, String location, String etag, JsonNode json, String body,
                    java.net.http.HttpHeaders headers) {
        String code() {
            return json == null || json.get("code") == null ? null : json.get("code").asText();
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }

    Response get(String path) {
        return anonymous().get(path);
    }

    Response post(String path, String body) {
        return anonymous().post(path, body);
    }

    Response put(String path, String body) {
        return anonymous().put(path, body);
    }

    Client anonymous() {
        return new Client(null);
    }

    /** Calls made with one API key, and optional extra headers. */
    final class Client {
        private final String key;
        private final String[] headers;

        Client(String key, String... headers) {
            this.key = key;
            this.headers = headers;
        }

        Client with(String... extraHeaders) {
            return new Client(key, extraHeaders);
        }

        Response get(String path) {
            return send(builder(path).GET());
        }

        Response post(String path, String body) {
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        Response put(String path, String body) {
            return send(builder(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** A multipart/form-data POST: each part is a name, an optional file name, a Content-Type and bytes. */
        Response postMultipart(String path, Part... parts) {
            String boundary = "redlim-" + java.util.UUID.randomUUID();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (Part part : parts) {
                String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                        + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                        + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n";
                body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.writeBytes(part.content());
                body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        private HttpRequest.Builder builder(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (key != null) {
                b.header("X-API-Key", key);
            }
            if (headers.length > 0) {
                b.headers(headers);
            }
            return b;
        }
    }

    /** One part of a multipart body. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        static Part json(String name, String json) {
            return new Part(name, null, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    Client as(String key) {
        return new Client(key);
    }

    /** The administrator key standalone wrote on first start. */
    String adminKey() {
        try {
            return java.nio.file.Files.readString(dataDir.resolve("bootstrap-admin.key")).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Client admin() {
        return as(adminKey());
    }

    /** Issues a key with the admin key, e.g. {@code {"client": "x", "role": "fund-officer"}}; returns the key. */
    String issue(String requestBody) {
        Response r = admin().post("/api/v1/access/api-keys", requestBody);
        if (r.status() != 201) {
            throw new IllegalStateException("Could not issue a key: " + r.body());
        }
        return r.json().get("key").asText();
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Response(r.statusCode(), type, r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("ETag").orElse(null), json, r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Read models catch up asynchronously: polls a public GET until the answer satisfies the condition. */
    JsonNode await(String path, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (last.status() == 200 && last.json() != null && condition.test(last.json())) {
                return last.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Read model at " + path + " never reached the expected state; last answer: "
                + (last == null ? null : last.status() + " " + last.body()));
    }

    long storedEvents() {
        try (Connection c = context.getBean(DataSource.class).getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return base;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
