package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OCDS 1.1 merge routine: compiles the releases of one contracting process into a compiled release, or into a
 * versioned release. The rules come from the release schema, as in the reference implementation (ocdsmerge):
 * <ul>
 *   <li>releases are applied in date order (ties keep their given order);</li>
 *   <li>fields marked {@code omitWhenMerged} ({@code id}, {@code date}, {@code tag}) are dropped; the compiled
 *       release gets {@code tag ["compiled"]}, {@code id} {@code <ocid>-<date of the last release>} and that date;</li>
 *   <li>a later value replaces an earlier one; {@code null} deletes the field;</li>
 *   <li>objects merge field by field;</li>
 *   <li>arrays of objects merge by {@code id} (identifier merge); objects without an {@code id} are appended;</li>
 *   <li>arrays marked {@code wholeListMerge}, and arrays holding anything but objects, are replaced whole;</li>
 *   <li>an empty object, or an empty array that is not {@code wholeListMerge}, changes nothing.</li>
 * </ul>
 * The versioned release keeps, for every field, the list of its values with the release that set each one; the
 * {@code id} of an object in an identifier-merged array is its identity, not a versioned value.
 */
final class OcdsMerge {

    /** The release schema this project publishes against, on the class path. */
    static final String RELEASE_SCHEMA = "ocds/1.1.5/release-schema.json";

    private enum Rule { OMIT_WHEN_MERGED, WHOLE_LIST_MERGE }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static volatile OcdsMerge standard;

    /** Merge rules by JSON path without array indexes, e.g. {@code tender/items/additionalClassifications}. */
    private final Map<String, Set<Rule>> rules;

    private OcdsMerge(Map<String, Set<Rule>> rules) {
        this.rules = rules;
    }

    /** The merge driven by the OCDS 1.1.5 release schema this project ships. */
    static OcdsMerge standard() {
        if (standard == null) {
            try (InputStream in = OcdsMerge.class.getClassLoader().getResourceAsStream(RELEASE_SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + RELEASE_SCHEMA + " on the class path");
                }
                standard = fromSchema(OcdsJson.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** A merge driven by the given release schema (its {@code #/definitions/...} references resolved). */
    static OcdsMerge fromSchema(JsonNode releaseSchema) {
        Map<String, Set<Rule>> rules = new HashMap<>();
        collect(releaseSchema, releaseSchema.path("properties"), "", rules, 0);
        return new OcdsMerge(rules);
    }

    private static void collect(JsonNode schema, JsonNode properties, String path, Map<String, Set<Rule>> rules,
                                int depth) {
        if (depth > 32) {
            throw new IllegalArgumentException("The schema nests deeper than any OCDS schema: " + path);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path.isEmpty() ? field.getKey() : path + "/" + field.getKey();
            JsonNode property = resolve(schema, field.getValue());
            Set<Rule> found = EnumSet.noneOf(Rule.class);
            if (property.path("omitWhenMerged").asBoolean(false)) {
                found.add(Rule.OMIT_WHEN_MERGED);
            }
            if (property.path("wholeListMerge").asBoolean(false)) {
                found.add(Rule.WHOLE_LIST_MERGE);
            }
            List<String> types = types(property);
            if (types.contains("object") && property.has("properties")) {
                collect(schema, property.get("properties"), at, rules, depth + 1);
            }
            if (types.contains("array") && property.has("items")) {
                JsonNode items = resolve(schema, property.get("items"));
                List<String> itemTypes = types(items);
                // an array that may hold objects and other things cannot be merged by id
                if (itemTypes.contains("object") && itemTypes.size() > 1) {
                    found.add(Rule.WHOLE_LIST_MERGE);
                }
                if (itemTypes.contains("object") && items.has("properties")) {
                    collect(schema, items.get("properties"), at, rules, depth + 1);
                }
            }
            if (!found.isEmpty()) {
                rules.put(at, found);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 16) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            current = schema.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("Unresolvable reference " + ref);
            }
        }
        return current;
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    /** The compiled release of these releases, which must share one ocid. */
    ObjectNode compile(List<? extends JsonNode> releases) {
        ObjectNode compiled = NODES.objectNode();
        compiled.putArray("tag").add("compiled");
        for (JsonNode release : inDateOrder(releases)) {
            String ocid = release.path("ocid").asText();
            String date = release.path("date").asText();
            compiled.put("id", ocid + "-" + date);
            compiled.put("date", date);
            compiled.put("ocid", ocid);
            mergeObject(compiled, release, "", false);
        }
        return compiled;
    }

    /** The versioned release of these releases, which must share one ocid. */
    ObjectNode versioned(List<? extends JsonNode> releases) {
        ObjectNode versioned = NODES.objectNode();
        for (JsonNode release : inDateOrder(releases)) {
            versioned.put("ocid", release.path("ocid").asText());
            ObjectNode origin = NODES.objectNode();
            origin.put("releaseID", release.path("id").asText());
            origin.put("releaseDate", release.path("date").asText());
            origin.set("releaseTag", release.has("tag") ? release.get("tag").deepCopy() : NODES.nullNode());
            versionObject(versioned, release, "", false, origin);
        }
        return versioned;
    }

    private static List<JsonNode> inDateOrder(List<? extends JsonNode> releases) {
        List<JsonNode> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing((JsonNode r) -> r.path("date").asText(), OcdsMerge::compareDates));
        return sorted;
    }

    /** Dates compare as instants; text that is no date compares as text, as ocdsmerge does. */
    private static int compareDates(String a, String b) {
        try {
            return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
        } catch (DateTimeParseException e) {
            return a.compareTo(b);
        }
    }

    private boolean has(String path, Rule rule) {
        Set<Rule> found = rules.get(path);
        return found != null && found.contains(rule);
    }

    private boolean replacedWhole(String path, JsonNode value) {
        if (!value.isContainerNode() || has(path, Rule.WHOLE_LIST_MERGE)) {
            return true;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void mergeObject(ObjectNode target, JsonNode source, String path, boolean identified) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = path.isEmpty() ? key : path + "/" + key;
            if (has(at, Rule.OMIT_WHEN_MERGED) || identified && key.equals("id")) {
                continue;
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (replacedWhole(at, value)) {
                target.set(key, value.deepCopy());
            } else if (value.isEmpty()) {
                continue;
            } else if (value.isObject()) {
                JsonNode existing = target.get(key);
                ObjectNode child = existing instanceof ObjectNode o ? o : target.putObject(key);
                mergeObject(child, value, at, false);
            } else {
                JsonNode existing = target.get(key);
                ArrayNode list = existing instanceof ArrayNode a ? a : target.putArray(key);
                for (JsonNode item : value) {
                    mergeObject(member(list, item.get("id")), item, at, true);
                }
            }
        }
    }

    private void versionObject(ObjectNode target, JsonNode source, String path, boolean identified,
                               ObjectNode origin) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = path.isEmpty() ? key : path + "/" + key;
            if (has(at, Rule.OMIT_WHEN_MERGED) || path.isEmpty() && key.equals("ocid")
                    || identified && key.equals("id")) {
                continue;
            }
            if (value.isNull() || replacedWhole(at, value)) {
                addVersion(target, key, value, origin);
            } else if (value.isEmpty()) {
                continue;
            } else if (value.isObject()) {
                JsonNode existing = target.get(key);
                ObjectNode child = existing instanceof ObjectNode o ? o : target.putObject(key);
                versionObject(child, value, at, false, origin);
            } else {
                JsonNode existing = target.get(key);
                ArrayNode list = existing instanceof ArrayNode a ? a : target.putArray(key);
                for (JsonNode item : value) {
                    versionObject(member(list, item.get("id")), item, at, true, origin);
                }
            }
        }
    }

    private static void addVersion(ObjectNode target, String key, JsonNode value, ObjectNode origin) {
        JsonNode existing = target.get(key);
        ArrayNode history = existing instanceof ArrayNode a ? a : target.putArray(key);
        if (!history.isEmpty() && history.get(history.size() - 1).path("value").equals(value)) {
            return;
        }
        ObjectNode version = origin.deepCopy();
        version.set("value", value.deepCopy());
        history.add(version);
    }

    /** The object of the list with this id, or a new one appended (always a new one when there is no id). */
    private static ObjectNode member(ArrayNode list, JsonNode id) {
        boolean identified = id != null && !id.isNull();
        if (identified) {
            for (JsonNode existing : list) {
                JsonNode existingId = existing.get("id");
                if (existing instanceof ObjectNode o && existingId != null && !existingId.isNull()
                        && existingId.asText().equals(id.asText())) {
                    return o;
                }
            }
        }
        ObjectNode added = list.addObject();
        if (identified) {
            added.set("id", id.deepCopy());
        }
        return added;
    }
}
