package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Part;
import cl.redlim.app.standalone.RunningSystem.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents over HTTP against the real standalone system: a PDF uploaded, reviewed, signed, numbered and
 * distributed, then verified (the original matches, the same file with one byte changed does not); a reserved
 * document that never shows its title publicly; a case file readable only by its parties; upload limits; and 200
 * numberings racing for the numbers of one municipality and year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentFlowIT {

    private static final String MAIPU = "13119";
    private static final String PENALOLEN = "13122";

    @TempDir
    static Path data;

    private RunningSystem system;
    private RunningSystem.Client maipu;
    private RunningSystem.Client penalolen;
    private RunningSystem.Client auditor;

    @BeforeAll
    void start() {
        system = RunningSystem.start(data, "--redlim.limits.requests-per-second=100000", "--redlim.limits.burst=100000",
                "--redlim.limits.max-upload-size=2MB");
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        maipu = system.as(system.issue("{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                + "\"communes\": [\"" + MAIPU + "\"], \"subject\": \"secretaria.maipu\"}"));
        penalolen = system.as(system.issue("{\"client\": \"Municipalidad de Peñalolén\", \"role\": \"integrator\", "
                + "\"communes\": [\"" + PENALOLEN + "\"]}"));
        auditor = system.as(system.issue("{\"client\": \"Contraloría\", \"role\": \"auditor\"}"));
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void uploadReviewSignNumberDistributeThenVerifyTheOriginalAndAFileWithOneByteChanged() throws Exception {
        byte[] pdf = pdf("Decreto Alcaldicio: aprueba bases del concurso de innovación municipal");
        Response loaded = maipu.postMultipart("/api/v1/documents", Part.json("metadata", """
                {"municipality": "%s", "type": "DECREE", "title": "Aprueba bases del concurso de innovación",
                 "author": "Secretaría Municipal de Maipú", "classification": "PUBLIC"}""".formatted(MAIPU)),
                Part.file("decreto.pdf", "application/pdf", pdf));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        String id = loaded.json().get("id").asText();
        String d = "/api/v1/documents/" + id;

        // out of order: signing before the review is refused, and records nothing
        long before = system.storedEvents();
        Response early = maipu.post(d + "/signatures", sign(1));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("DOCUMENT_NOT_REVIEWED");
        assertThat(system.storedEvents()).isEqualTo(before);
        // another municipality may not touch it
        assertThat(penalolen.post(d + "/review", review(1)).status()).isEqualTo(403);

        ok(maipu.post(d + "/review", review(1)), 204);
        ok(maipu.post(d + "/signatures", sign(1)), 204);
        ok(maipu.post(d + "/numbering", "{\"version\": 1}"), 204);
        ok(maipu.post(d + "/distribution", """
                {"version": 1, "recipients": [{"name": "Concejo Municipal", "address": "concejo@maipu.cl"},
                 {"name": "Dirección de Control", "address": "control@maipu.cl"}]}"""), 204);

        JsonNode published = system.await("/api/v1/public/documents/" + id,
                j -> j.get("status").asText().equals("DISTRIBUTED"));
        JsonNode v1 = published.get("versions").get(0);
        assertThat(v1.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(v1.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(v1.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(v1.get("number").asLong()).isPositive();
        assertThat(v1.get("recipientCount").asInt()).isEqualTo(2);
        assertThat(v1.get("signatures").get(0).get("publicKey").asText()).isNotBlank();
        assertThat(published.toString()).doesNotContain("concejo@maipu.cl");

        // the citizen's copy: the original matches, with its signature verified against the recorded key
        Response match = system.anonymous().postMultipart("/api/v1/public/document-verifications",
                Part.file("copia.pdf", "application/pdf", pdf));
        assertThat(match.status()).as(match.body()).isEqualTo(200);
        assertThat(match.json().get("registered").asBoolean()).isTrue();
        JsonNode found = match.json().get("matches").get(0);
        assertThat(found.get("documentId").asText()).isEqualTo(id);
        assertThat(found.get("version").asInt()).isEqualTo(1);
        assertThat(found.get("number").asLong()).isEqualTo(v1.get("number").asLong());
        assertThat(found.get("allSignaturesValid").asBoolean()).isTrue();
        assertThat(found.get("signatures").get(0).get("valid").asBoolean()).isTrue();
        assertThat(found.get("signatures").get(0).get("signer").asText()).isEqualTo("secretaria.maipu");

        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        Response noMatch = system.anonymous().postMultipart("/api/v1/public/document-verifications",
                Part.file("copia.pdf", "application/pdf", altered));
        assertThat(noMatch.status()).isEqualTo(200);
        assertThat(noMatch.json().get("registered").asBoolean()).isFalse();
        assertThat(noMatch.json().get("matches")).isEmpty();
        assertThat(noMatch.json().get("sha256").asText()).isEqualTo(sha256(altered)).isNotEqualTo(sha256(pdf));

        // a new version restarts the cycle; the old one stays readable, byte for byte
        byte[] pdf2 = pdf("Decreto Alcaldicio: aprueba bases del concurso de innovación municipal (rectificado)");
        ok(maipu.postMultipart(d + "/versions", Part.file("decreto-v2.pdf", "application/pdf", pdf2)), 204);
        assertThat(maipu.post(d + "/numbering", "{\"version\": 2}").code()).isEqualTo("DOCUMENT_NOT_SIGNED");
        assertThat(maipu.post(d + "/review", review(1)).code()).isEqualTo("DOCUMENT_VERSION_NOT_CURRENT");
        Response old = system.anonymous().get("/api/v1/public/documents/" + id + "/versions/1/content");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
        assertThat(sha256(raw(system.anonymous(), "/api/v1/public/documents/" + id + "/versions/1/content")))
                .isEqualTo(sha256(pdf));
        assertThat(sha256(raw(maipu, d + "/versions/2/content"))).isEqualTo(sha256(pdf2));
        // stored once, content-addressed, under the data folder
        String hash = sha256(pdf);
        assertThat(data.resolve("contents").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash))
                .exists().hasBinaryContent(pdf);
    }

    @Test
    void aReservedDocumentNeverShowsItsTitleOrContentPublicly() {
        byte[] content = "Sumario administrativo N° 14: antecedentes".getBytes(StandardCharsets.UTF_8);
        String title = "Sumario administrativo por irregularidades en bodega";
        Response missingGround = maipu.postMultipart("/api/v1/documents", Part.json("metadata", """
                {"municipality": "%s", "type": "RESOLUTION", "title": "%s", "author": "Fiscalía",
                 "classification": "RESERVED"}""".formatted(MAIPU, title)), Part.file("s.txt", "text/plain", content));
        assertThat(missingGround.code()).isEqualTo("RESERVATION_GROUND_REQUIRED");
        Response loaded = maipu.postMultipart("/api/v1/documents", Part.json("metadata", """
                {"municipality": "%s", "type": "RESOLUTION", "title": "%s", "author": "Fiscalía",
                 "classification": "RESERVED", "reservationGround": "DUE_FULFILMENT_OF_FUNCTIONS",
                 "reservationReason": "Sumario en curso"}""".formatted(MAIPU, title)),
                Part.file("s.txt", "text/plain", content));
        ok(loaded, 201);
        String id = loaded.json().get("id").asText();
        JsonNode verified = system.await("/api/v1/public/documents?commune=" + MAIPU, j -> true);
        // verification finds it, without its title
        Response check = system.anonymous().postMultipart("/api/v1/public/document-verifications",
                Part.file("s.txt", "text/plain", content));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!check.json().get("registered").asBoolean() && System.currentTimeMillis() < deadline) {
            check = system.anonymous().postMultipart("/api/v1/public/document-verifications",
                    Part.file("s.txt", "text/plain", content));
        }
        assertThat(check.json().get("registered").asBoolean()).isTrue();
        assertThat(check.json().get("matches").get(0).get("classification").asText()).isEqualTo("RESERVED");
        assertThat(check.json().get("matches").get(0).get("title").isNull()).isTrue();
        assertThat(check.body()).doesNotContain(title).doesNotContain("Sumario en curso");
        assertThat(verified.toString()).doesNotContain(title);
        assertThat(system.get("/api/v1/public/documents?size=200").body()).doesNotContain(title).doesNotContain(id);
        assertThat(system.get("/api/v1/public/documents/" + id).status()).isEqualTo(404);
        assertThat(system.get("/api/v1/public/documents/" + id + "/versions/1/content").status()).isEqualTo(404);
        assertThat(penalolen.get("/api/v1/documents/" + id + "/versions/1/content").status()).isEqualTo(404);
        assertThat(maipu.get("/api/v1/documents/" + id + "/versions/1/content").body())
                .isEqualTo(new String(content, StandardCharsets.UTF_8));
        assertThat(auditor.get("/api/v1/documents/" + id + "/versions/1/content").status()).isEqualTo(200);
    }

    @Test
    void aCaseFileIsReadOnlyByItsParties() {
        Response opened = maipu.post("/api/v1/case-files", """
                {"municipality": "%s", "title": "Expediente licitación de luminarias",
                 "parties": [{"kind": "PRINCIPAL", "id": "gore-rm"}]}""".formatted(MAIPU));
        ok(opened, 201);
        String c = "/api/v1/case-files/" + opened.json().get("id").asText();
        ok(maipu.post(c + "/actions", "{\"action\": \"Notificación al proveedor\"}"), 204);
        ok(maipu.post(c + "/closure", "{\"reason\": \"Tramitación terminada\"}"), 204);
        JsonNode view = awaitAs(maipu, c, j -> j.get("closed").asBoolean());
        assertThat(view.get("entries")).hasSize(2);
        assertThat(view.get("entries").get(0).get("entry").asInt()).isEqualTo(1);
        assertThat(view.get("entries").get(1).get("kind").asText()).isEqualTo("CLOSED");
        assertThat(penalolen.get(c).status()).isEqualTo(404);
        assertThat(system.anonymous().get(c).status()).isEqualTo(401);
        assertThat(auditor.get(c).status()).isEqualTo(200);
        // a principal listed as party reads it, whatever its role; another principal of the same role does not
        RunningSystem.Client gore = system.as(system.issue(
                "{\"client\": \"GORE RM\", \"role\": \"fund-officer\", \"subject\": \"gore-rm\"}"));
        RunningSystem.Client other = system.as(system.issue(
                "{\"client\": \"GORE V\", \"role\": \"fund-officer\", \"subject\": \"gore-v\"}"));
        assertThat(gore.get(c).status()).isEqualTo(200);
        assertThat(other.get(c).status()).isEqualTo(404);
        assertThat(maipu.post(c + "/actions", "{\"action\": \"Tarde\"}").code()).isEqualTo("CASE_FILE_CLOSED");
    }

    @Test
    void uploadsHaveTheirOwnLimitAndAllowedTypesWhileJsonKeepsOneMegabyte() {
        byte[] big = new byte[1_500_000]; // over the 1 MB body limit, under this test's 2 MB upload limit
        java.util.Arrays.fill(big, (byte) 'a');
        Response fits = maipu.postMultipart("/api/v1/document-contents", Part.file("grande.txt", "text/plain", big));
        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        Response tooBig = maipu.postMultipart("/api/v1/document-contents",
                Part.file("enorme.txt", "text/plain", new byte[2_200_000]));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        Response exe = maipu.postMultipart("/api/v1/document-contents",
                Part.file("x.exe", "application/x-msdownload", new byte[]{1, 2, 3}));
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.contentType()).startsWith("application/problem+json");
        Response json = maipu.post("/api/v1/documents/" + java.util.UUID.randomUUID() + "/review",
                "{\"version\": 1, \"reviewerName\": \"" + "x".repeat(1_100_000) + "\"}");
        assertThat(json.status()).isEqualTo(413);
        Response byUnknownReference = maipu.post("/api/v1/documents", """
                {"document": {"municipality": "%s", "type": "DECREE", "title": "T", "author": "A",
                 "classification": "PUBLIC"}, "content": {"sha256": "%s", "mediaType": "application/pdf"}}"""
                .formatted(MAIPU, "0".repeat(64)));
        assertThat(byUnknownReference.code()).isEqualTo("CONTENT_NOT_FOUND");
        // a multipart upload is retry-safe with an Idempotency-Key: the retry replays the first answer, records nothing
        Part metadata = Part.json("metadata", """
                {"municipality": "%s", "type": "RESOLUTION", "title": "Resolución con reintento",
                 "author": "Secretaría Municipal", "classification": "PUBLIC"}""".formatted(MAIPU));
        Part file = Part.file("resolucion.txt", "text/plain", "resolución".getBytes(StandardCharsets.UTF_8));
        Response keyed = maipu.with("Idempotency-Key", "upload-1").postMultipart("/api/v1/documents", metadata, file);
        assertThat(keyed.status()).as(keyed.body()).isEqualTo(201);
        long afterFirst = system.storedEvents();
        Response retried = maipu.with("Idempotency-Key", "upload-1").postMultipart("/api/v1/documents", metadata, file);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id")).isEqualTo(keyed.json().get("id"));
        assertThat(system.storedEvents()).isEqualTo(afterFirst);
        // the same key with another file is another request: refused, not replayed
        Response otherFile = maipu.with("Idempotency-Key", "upload-1").postMultipart("/api/v1/documents", metadata,
                Part.file("resolucion.txt", "text/plain", "otra resolución".getBytes(StandardCharsets.UTF_8)));
        assertThat(otherFile.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    /** 200 signed documents numbered at once: 200 distinct numbers, 1 to 200, none lost, none twice. */
    @Test
    void twoHundredParallelNumberingsGiveTwoHundredDistinctConsecutiveNumbers() throws Exception {
        RunningSystem.Client lampa = system.as(system.issue("{\"client\": \"Municipalidad de Lampa\", "
                + "\"role\": \"integrator\", \"communes\": [\"13302\"]}"));
        Response uploaded = lampa.postMultipart("/api/v1/document-contents",
                Part.file("oficio.pdf", "application/pdf", pdf("Oficio circular")));
        String sha = uploaded.json().get("sha256").asText();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Response r = lampa.post("/api/v1/documents", """
                    {"document": {"municipality": "13302", "type": "OFFICIAL_LETTER", "title": "Oficio %d",
                     "author": "Alcaldía", "classification": "PUBLIC"},
                     "content": {"sha256": "%s", "mediaType": "application/pdf"}}""".formatted(i, sha));
            ok(r, 201);
            String d = "/api/v1/documents/" + r.json().get("id").asText();
            ok(lampa.post(d + "/review", review(1)), 204);
            ok(lampa.post(d + "/signatures", sign(1)), 204);
            ids.add(r.json().get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String id : ids) {
            answers.add(pool.submit(() -> {
                go.await();
                return lampa.post("/api/v1/documents/" + id + "/numbering", "{\"version\": 1}").status();
            }));
        }
        go.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(204);
        }
        pool.shutdown();
        // the page's items and its total are two reads: while the projection still works, the items can be read
        // before the last documents turned NUMBERED and the total after
        JsonNode page = system.await("/api/v1/public/documents?commune=13302&status=NUMBERED&size=200",
                j -> j.get("total").asInt() == 200 && j.get("items").size() == 200);
        Set<Long> numbers = new HashSet<>();
        StreamSupport.stream(page.get("items").spliterator(), false)
                .forEach(doc -> numbers.add(doc.get("versions").get(0).get("number").asLong()));
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    }

    private JsonNode awaitAs(RunningSystem.Client client, String path, java.util.function.Predicate<JsonNode> done)
            throws AssertionError {
        long deadline = System.currentTimeMillis() + 20_000;
        Response last = null;
        while (System.currentTimeMillis() < deadline) {
            last = client.get(path);
            if (last.status() == 200 && done.test(last.json())) {
                return last.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("never reached: " + (last == null ? null : last.body()));
    }

    private byte[] raw(RunningSystem.Client client, String path) {
        Response r = client.get(path);
        assertThat(r.status()).isEqualTo(200);
        return r.body().getBytes(StandardCharsets.UTF_8);
    }

    private static String review(int version) {
        return "{\"version\": " + version + ", \"reviewerName\": \"Ana Rojas, Dirección Jurídica\"}";
    }

    private static String sign(int version) {
        return "{\"version\": " + version + ", \"signerName\": \"Tomás Vodanovic\", \"signerPosition\": \"Alcalde\"}";
    }

    /** A small, valid one-page PDF with the text given (ASCII only in the content stream). */
    static byte[] pdf(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
        String stream = "BT /F1 12 Tf 72 720 Td (" + ascii + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }
}
