package cl.redlim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Blocking calls for setting a benchmark up (keys, a fund call...), and the request builders the load uses. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        Response expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("Expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private final HttpClient http;
    private final String base;

    Api(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    HttpClient http() {
        return http;
    }

    HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return b;
    }

    HttpRequest post(String path, String key, String json) {
        return request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build();
    }

    HttpRequest put(String path, String key, String json) {
        return request(path, key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpRequest get(String path, String key) {
        return request(path, key).GET().build();
    }

    /**
     * Sends and waits. A {@link ConnectException} (the JDK client sometimes fails to open a new connection right
     * after a burst of many: ClosedChannelException on connect) is retried: nothing was sent.
     */
    Response send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(r.statusCode(), r.body(), r);
            } catch (ConnectException e) {
                if (attempt >= 5) {
                    throw new IllegalStateException(request.uri() + ": " + e, e);
                }
                sleep(200L * attempt);
            } catch (IOException e) {
                throw new IllegalStateException(request.uri() + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Issues an API key as the administrator; answers the secret. */
    String issueKey(String adminKey, String body) {
        return send(post("/api/v1/access/api-keys", adminKey, body)).expect(201).json().get("key").asText();
    }

    /** Polls a GET until the answer is 200 and satisfies the condition (read models are eventually consistent). */
    Response await(String path, String key, Predicate<Response> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = send(get(path, key));
            if (last.status() == 200 && condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new IllegalStateException("Timed out waiting for " + path + ": " + (last == null ? "" : last.body()));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fund call open from a minute ago for 30 days, with room in every group's cap for any benchmark. */
    static String openFundCall(String title) {
        Instant now = Instant.now();
        return "{\"title\": \"" + title + "\", \"totalBudget\": 500000000000, \"groupCaps\": [{\"group\": 1, "
                + "\"cap\": 100000000000}, {\"group\": 2, \"cap\": 100000000000}, {\"group\": 3, \"cap\": "
                + "100000000000}, {\"group\": 4, \"cap\": 100000000000}, {\"group\": 5, \"cap\": 100000000000}], "
                + "\"opensAt\": \"" + now.minusSeconds(60) + "\", \"closesAt\": \"" + now.plus(Duration.ofDays(30))
                + "\", \"criteria\": [{\"id\": \"impact\", \"name\": \"Valor público\", \"weight\": 60}, "
                + "{\"id\": \"feasibility\", \"name\": \"Factibilidad\", \"weight\": 40}], \"minimumScore\": 60}";
    }
}
