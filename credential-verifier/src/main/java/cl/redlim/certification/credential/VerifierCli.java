package cl.redlim.certification.credential;

import com.nimbusds.jose.jwk.JWKSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The offline verifier of RedLIM certificates:
 * <pre>java -jar credential-verifier-exec.jar CREDENTIAL.jwt ISSUER-JWKS.json [STATUS-LIST.jwt | --online]</pre>
 * With a status list file it checks revocation against that file; with {@code --online} it fetches the list the
 * credential names; with neither it checks signature and dates and says the status is unknown.
 * Exit status: 0 valid, 3 valid but status unknown, 1 rejected (revoked, expired, not yet valid, bad signature,
 * malformed), 2 usage or file error.
 */
public final class VerifierCli {

    public static final int VALID = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int STATUS_UNKNOWN = 3;
    private static final int MAX_FETCH_BYTES = 4 * 1024 * 1024;

    private VerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Clock.systemUTC()));
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: java -jar credential-verifier-exec.jar CREDENTIAL.jwt ISSUER-JWKS.json"
                    + " [STATUS-LIST.jwt | --online]");
            return USAGE;
        }
        String credential;
        JWKSet keys;
        StatusListSource statusLists;
        try {
            credential = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip();
            keys = JWKSet.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            statusLists = args.length == 2 ? StatusListSource.none()
                    : args[2].equals("--online") ? VerifierCli::fetch
                    : StatusListSource.of(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            err.println("cannot read " + e.getMessage());
            return USAGE;
        } catch (ParseException e) {
            err.println("the issuer key file is not a JWK set: " + e.getMessage());
            return USAGE;
        }
        Verification v = new CredentialVerifier(keys, statusLists, clock).verify(credential);
        out.println("result:      " + v.outcome());
        out.println("signature:   " + (v.signature() ? "valid" : "INVALID"));
        out.println("dates:       " + v.dates());
        out.println("status:      " + v.status());
        if (v.signature()) {
            out.println("credential:  " + v.credentialId());
            out.println("holder:      " + v.subjectName());
            out.println("achievement: " + v.achievement());
            out.println("valid from:  " + v.validFrom());
            out.println("valid until: " + (v.validUntil() == null ? "(no end)" : v.validUntil()));
        }
        v.problems().forEach(p -> out.println("  - " + p));
        return v.outcome() == Verification.Outcome.VALID ? VALID
                : v.outcome() == Verification.Outcome.VALID_STATUS_UNKNOWN ? STATUS_UNKNOWN : REJECTED;
    }

    /** The status list at its URL, or empty on any failure: the status is then unknown, never "active". */
    private static Optional<String> fetch(String url) {
        try {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                return Optional.empty();
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri)
                            .header("Accept", Vocabulary.MEDIA_TYPE).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_FETCH_BYTES);
                return response.statusCode() == 200
                        ? Optional.of(new String(bytes, StandardCharsets.UTF_8).strip()) : Optional.empty();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
