package cl.redlim.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The admin API of a running RedLIM over HTTP, with an administrator's API key. */
final class AdminApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String key;

    AdminApi(String url, String key) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.key = key;
    }

    /** A refusal or failure of the server, with its problem detail. */
    static final class ApiException extends RuntimeException {
        ApiException(String message) {
            super(message);
        }
    }

    /** Starts a rebuild; answers the path to follow it at. */
    String startRebuild(List<String> groups, String mode, boolean compare) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("groups").addAll(groups.stream().map(JSON.getNodeFactory()::textNode).toList());
        body.put("mode", mode);
        body.put("compare", compare);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/read-model-rebuilds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (r.statusCode() != 202) {
            throw new ApiException(problem(r));
        }
        return r.headers().firstValue("Location")
                .orElseThrow(() -> new ApiException("The server answered 202 without a Location"));
    }

    JsonNode get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (r.statusCode() != 200) {
            throw new ApiException(problem(r));
        }
        return read(r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-API-Key", key).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException("Could not reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted");
        }
    }

    private static String problem(HttpResponse<String> r) {
        try {
            JsonNode p = JSON.readTree(r.body());
            return r.statusCode() + " " + p.path("code").asText("") + ": " + p.path("detail").asText(r.body());
        } catch (IOException e) {
            return r.statusCode() + " " + r.body();
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException("Unreadable answer: " + e.getMessage());
        }
    }
}
