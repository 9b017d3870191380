package cl.redlim.audit.command;

import cl.redlim.audit.command.StateChanges.FieldChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields that differ between two renderings of a state, as JSON pointers (RFC 6901). Objects are compared field
 * by field and arrays element by element, down to the values that differ; a value that changes kind (an object
 * that becomes a number) is one change.
 */
final class JsonChanges {

    private JsonChanges() {
    }

    /** {@code before} and {@code after} may be {@code null}: the state did not exist. */
    static List<FieldChange> between(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        JsonNode b = absent(before) ? null : before;
        JsonNode a = absent(after) ? null : after;
        if (b == null && a == null || b != null && b.equals(a)) {
            return;
        }
        if (b != null && a != null && b.isObject() && a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            b.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "/" + escape(name), b.get(name), a.get(name), changes);
            }
        } else if (b != null && a != null && b.isArray() && a.isArray()) {
            for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
                compare(path + "/" + i, b.get(i), a.get(i), changes);
            }
        } else if (path.isEmpty() && (b == null || b.isObject()) && (a == null || a.isObject())) {
            // a state that comes into (or goes out of) existence: one change per field
            compare(path, b == null ? JsonNodeFactory.instance.objectNode() : b,
                    a == null ? JsonNodeFactory.instance.objectNode() : a, changes);
        } else {
            changes.add(new FieldChange(path, b, a));
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
