package cl.redlim.readmodel.rebuild;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two read-model documents as values: field order does not matter, field types do (an int 1 is not a long
 * 1), list order does. Differences are named by their dotted field paths ({@code tranches.0.reportStatus}).
 */
final class DocumentDiff {

    /** Stands for a field (or document) that one side does not have at all, as opposed to one holding null. */
    static final String ABSENT = "(absent)";

    private DocumentDiff() {
    }

    /** One field that differs, with both values as JSON-ready objects. */
    record FieldDifference(String path, Object live, Object rebuilt) {
    }

    /** The fields that differ, in the live document's field order, then the rebuilt one's extra fields. */
    static List<FieldDifference> between(Document live, Document rebuilt) {
        List<FieldDifference> out = new ArrayList<>();
        compare("", live, rebuilt, out);
        return out;
    }

    private static void compare(String prefix, Map<String, Object> live, Map<String, Object> rebuilt,
                                List<FieldDifference> out) {
        Set<String> keys = new LinkedHashSet<>(live.keySet());
        keys.addAll(rebuilt.keySet());
        for (String key : keys) {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (!live.containsKey(key) || !rebuilt.containsKey(key)) {
                out.add(new FieldDifference(path, live.containsKey(key) ? render(live.get(key)) : ABSENT,
                        rebuilt.containsKey(key) ? render(rebuilt.get(key)) : ABSENT));
            } else {
                compareValues(path, live.get(key), rebuilt.get(key), out);
            }
        }
    }

    private static void compareValues(String path, Object live, Object rebuilt, List<FieldDifference> out) {
        if (live instanceof Document a && rebuilt instanceof Document b) {
            compare(path, a, b, out);
        } else if (live instanceof List<?> a && rebuilt instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                compareValues(path + "." + i, a.get(i), b.get(i), out);
            }
        } else if (!Objects.equals(live, rebuilt)) {
            out.add(new FieldDifference(path, render(live), render(rebuilt)));
        }
    }

    /**
     * A digest of the document's content that is equal exactly when {@link #between} finds no difference: keys
     * sorted at every level, every value with its type.
     */
    static byte[] digest(Document document) {
        StringBuilder out = new StringBuilder();
        canonical(document, out);
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void canonical(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((k, v) -> {
                out.append(escape(String.valueOf(k))).append('=');
                canonical(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object item : list) {
                canonical(item, out);
                out.append(',');
            }
            out.append(']');
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Binary b) {
            out.append("Binary:").append(b.getType()).append(':').append(java.util.HexFormat.of().formatHex(b.getData()));
        } else if (value instanceof byte[] b) {
            out.append("bytes:").append(java.util.HexFormat.of().formatHex(b));
        } else if (value instanceof Date d) {
            out.append("Date:").append(d.getTime());
        } else {
            out.append(value.getClass().getSimpleName()).append(':').append(escape(value.toString()));
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("=", "\\=").replace(",", "\\,").replace("{", "\\{")
                .replace("}", "\\}").replace("[", "\\[").replace("]", "\\]");
    }

    /** A BSON value as plain JSON-ready Java: dates as ISO instants, documents as maps, ids as text. */
    static Object render(Object value) {
        if (value instanceof Document d) {
            Map<String, Object> map = new LinkedHashMap<>();
            d.forEach((k, v) -> map.put(k, render(v)));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DocumentDiff::render).toList();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
