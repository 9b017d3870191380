package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validates OCDS packages against the official OCDS 1.1.5 schemas (JSON Schema draft 4, with format assertions, by
 * networknt's json-schema-validator) and codelists, all read from the copies this project ships: the schemas'
 * {@code https://standard.open-contracting.org/schema/1__1__5/} references resolve to the class path, nothing is
 * fetched.
 * <p>
 * The codelist check walks each document with its schema: every field whose schema names a {@code codelist} must
 * hold a code of that CSV. A value outside a closed codelist is an error (the schema's {@code enum} catches most of
 * them too); a value outside an open codelist is reported as a warning. Fields of the official bids extension, which
 * the core schema does not know, are checked against that extension's closed {@code bidStatus} codelist.
 * <p>
 * Shared with standalone's end-to-end tests through query-side's test jar.
 */
public final class OcdsValidator {

    public static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final String LOCAL = "ocds/1.1.5/";
    /** The closed bidStatus codelist of the official bids extension (ocds_bid_extension, codelists/bidStatus.csv). */
    static final Set<String> BID_STATUS = Set.of("invited", "pending", "valid", "disqualified", "withdrawn");

    private static volatile OcdsValidator instance;

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> schemaDocuments = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> codelists = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /** What is wrong with a document: schema and closed-codelist errors, and open-codelist warnings. */
    public record Report(List<String> errors, List<String> warnings) {
        public boolean clean() {
            return errors.isEmpty() && warnings.isEmpty();
        }

        @Override
        public String toString() {
            return "errors " + errors + ", warnings " + warnings;
        }
    }

    private OcdsValidator() {
        // draft 4, plus OCDS's own schema keywords, which annotate and never validate
        Dialect ocdsDraft4 = Dialect.builder(Dialects.getDraft4())
                .keywords(Stream.of("codelist", "openCodelist", "omitWhenMerged", "wholeListMerge", "versionId",
                        "deprecated").map(NonValidationKeyword::new).toList())
                .build();
        registry = SchemaRegistry.withDefaultDialect(ocdsDraft4, builder -> builder
                .schemaLoader(loader -> loader.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_BASE, "classpath:" + LOCAL)))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    public static OcdsValidator instance() {
        if (instance == null) {
            synchronized (OcdsValidator.class) {
                if (instance == null) {
                    instance = new OcdsValidator();
                }
            }
        }
        return instance;
    }

    public Report validateReleasePackage(String json) {
        return validate(json, "release-package-schema.json");
    }

    public Report validateRecordPackage(String json) {
        return validate(json, "record-package-schema.json");
    }

    public Report validateRelease(String json) {
        return validate(json, "release-schema.json");
    }

    /** A record as exported on one JSON line: the record-package schema's record definition, and codelists. */
    public Report validateRecord(String json) {
        return validate("{\"uri\": \"https://example.org/records\", \"version\": \"1.1\", "
                + "\"publishedDate\": \"2025-01-01T00:00:00Z\", \"publisher\": {\"name\": \"x\"}, \"records\": ["
                + json + "]}", "record-package-schema.json");
    }

    private Report validate(String document, String schemaFile) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Schema schema = schemas.computeIfAbsent(schemaFile,
                f -> registry.getSchema(SchemaLocation.of(SCHEMA_BASE + f)));
        schema.validate(document, InputFormat.JSON).forEach(e -> errors.add("schema: " + e));
        JsonNode instance = read(document);
        walk(instance, schemaDocument(schemaFile), schemaDocument(schemaFile), "$", errors, warnings, 0);
        checkBids(instance, "$", errors);
        return new Report(errors, warnings);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Codelists
    // ------------------------------------------------------------------------------------------------------------

    private void walk(JsonNode instance, JsonNode schemaNode, JsonNode document, String path, List<String> errors,
                      List<String> warnings, int depth) {
        if (depth > 64 || instance == null || instance.isNull() || instance.isMissingNode()) {
            return;
        }
        Resolved resolved = resolve(schemaNode, document);
        JsonNode schema = resolved.schema();
        if (schema.has("codelist")) {
            checkCodes(instance, schema.get("codelist").asText(), schema.path("openCodelist").asBoolean(false), path,
                    errors, warnings);
        }
        for (JsonNode branch : schema.path("oneOf")) {
            if (matches(instance, branch, resolved.document())) {
                walk(instance, branch, resolved.document(), path, errors, warnings, depth + 1);
            }
        }
        if (instance.isObject() && schema.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property != null) {
                    walk(field.getValue(), property, resolved.document(), path + "." + field.getKey(), errors,
                            warnings, depth + 1);
                }
            }
        }
        if (instance.isArray() && schema.has("items") && schema.get("items").isObject()) {
            for (int i = 0; i < instance.size(); i++) {
                walk(instance.get(i), schema.get("items"), resolved.document(), path + "[" + i + "]", errors, warnings,
                        depth + 1);
            }
        }
    }

    /** Whether a oneOf branch fits: its required fields are present (in every item, for an array). */
    private boolean matches(JsonNode instance, JsonNode branch, JsonNode document) {
        Resolved resolved = resolve(branch, document);
        JsonNode schema = resolved.schema();
        if (instance.isArray()) {
            if (!schema.has("items")) {
                return false;
            }
            for (JsonNode item : instance) {
                if (!matches(item, schema.get("items"), resolved.document())) {
                    return false;
                }
            }
            return true;
        }
        for (JsonNode required : schema.path("required")) {
            if (!instance.has(required.asText())) {
                return false;
            }
        }
        return true;
    }

    private void checkCodes(JsonNode instance, String codelist, boolean open, String path, List<String> errors,
                            List<String> warnings) {
        Set<String> codes = codelist(codelist);
        List<JsonNode> values = new ArrayList<>();
        if (instance.isArray()) {
            instance.forEach(values::add);
        } else {
            values.add(instance);
        }
        for (JsonNode value : values) {
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual() || !codes.contains(value.asText())) {
                String message = "codelist: " + path + " = " + value + " is not in " + (open ? "open" : "closed")
                        + " codelist " + codelist;
                (open ? warnings : errors).add(message);
            }
        }
    }

    /** The bids extension's fields, which the core schema does not describe: {@code bids.details[].status}. */
    private static void checkBids(JsonNode node, String path, List<String> errors) {
        if (node.isObject()) {
            JsonNode details = node.path("bids").path("details");
            for (int i = 0; i < details.size(); i++) {
                JsonNode status = details.get(i).path("status");
                // in a versioned release, a field is the list of its values
                List<JsonNode> values = new ArrayList<>();
                if (status.isArray()) {
                    status.forEach(v -> values.add(v.path("value")));
                } else {
                    values.add(status);
                }
                for (JsonNode value : values) {
                    if (!value.isNull() && !value.isMissingNode() && !BID_STATUS.contains(value.asText())) {
                        errors.add("codelist: " + path + ".bids.details[" + i + "].status = " + value
                                + " is not in closed codelist bidStatus.csv (bids extension)");
                    }
                }
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("bids")) {
                    checkBids(f.getValue(), path + "." + f.getKey(), errors);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkBids(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    Set<String> codelist(String file) {
        return codelists.computeIfAbsent(file, f -> {
            try (InputStream in = resource(LOCAL + "codelists/" + f)) {
                Set<String> codes = new LinkedHashSet<>();
                CsvMapper csv = new CsvMapper();
                try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                    rows.forEachRemaining(row -> codes.add(row.get("Code")));
                }
                if (codes.isEmpty() || codes.contains(null)) {
                    throw new IllegalStateException("Codelist " + f + " has no Code column");
                }
                return codes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // Schema documents and references
    // ------------------------------------------------------------------------------------------------------------

    private record Resolved(JsonNode schema, JsonNode document) {
    }

    private Resolved resolve(JsonNode schema, JsonNode document) {
        JsonNode current = schema;
        JsonNode currentDocument = document;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 16) {
                throw new IllegalStateException("Reference loop at " + current);
            }
            String ref = current.get("$ref").asText();
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            if (!file.isEmpty()) {
                if (!file.startsWith(SCHEMA_BASE)) {
                    throw new IllegalStateException("Unexpected reference " + ref);
                }
                currentDocument = schemaDocument(file.substring(SCHEMA_BASE.length()));
            }
            current = pointer.isEmpty() ? currentDocument : currentDocument.at(pointer);
        }
        return new Resolved(current, currentDocument);
    }

    private JsonNode schemaDocument(String file) {
        return schemaDocuments.computeIfAbsent(file, f -> {
            try (InputStream in = resource(LOCAL + f)) {
                return json.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private JsonNode read(String document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OcdsValidator.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing " + name + " on the class path");
        }
        return in;
    }

    /** The compiled release the OCDS merge rules give from these releases, for tests outside this package. */
    public static JsonNode compiledFrom(List<JsonNode> releases) {
        return OcdsMerge.standard().compile(releases);
    }

    /** The versioned release the OCDS merge rules give from these releases. */
    public static JsonNode versionedFrom(List<JsonNode> releases) {
        return OcdsMerge.standard().versioned(releases);
    }
}
