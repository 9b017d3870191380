package cl.redlim.audit.cli;

import cl.redlim.audit.log.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The signed tree heads, oldest first: JSON Lines, or one JSON array. */
final class TreeHeadsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeHeadsFile() {
    }

    /** Tree heads are few (one per signing interval): the file is read whole. */
    static List<SignedTreeHead> read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("Cannot read the tree heads " + path, e);
        }
        List<JsonNode> objects = new ArrayList<>();
        if (text.strip().startsWith("[")) {
            try {
                JSON.readTree(text).forEach(objects::add);
            } catch (IOException e) {
                throw new InputException(path + " is not a JSON array", e);
            }
        } else {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    objects.add(JSON.readTree(lines[i]));
                } catch (IOException e) {
                    throw new InputException(path + " line " + (i + 1) + " is not JSON", e);
                }
            }
        }
        List<SignedTreeHead> heads = new ArrayList<>();
        for (JsonNode object : objects) {
            heads.add(parse(object, heads.size() + 1, path));
        }
        return heads;
    }

    private static SignedTreeHead parse(JsonNode json, int number, Path path) {
        String where = path + ", tree head #" + number;
        if (!json.isObject() || !json.path("treeSize").canConvertToLong() || !json.path("treeSize").isIntegralNumber()) {
            throw new InputException(where + " has no treeSize");
        }
        byte[] root = Base64Field.decode(json, "rootHash", where);
        byte[] signature = json.hasNonNull("signature") ? Base64Field.decode(json, "signature", where) : null;
        List<byte[]> consistency = null;
        if (json.hasNonNull("consistency")) {
            if (!json.get("consistency").isArray()) {
                throw new InputException(where + ": consistency is not an array");
            }
            consistency = new ArrayList<>();
            for (JsonNode hash : json.get("consistency")) {
                consistency.add(Base64Field.decode(hash, where + ", consistency"));
            }
        }
        try {
            return new SignedTreeHead(number,
                    new TreeHead(json.get("treeSize").asLong(), root, timestamp(json.path("timestamp"), where), signature),
                    consistency);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + " is not a tree head", e);
        }
    }

    private static long timestamp(JsonNode value, String where) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.asText()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new InputException(where + ": timestamp is neither milliseconds nor an ISO instant", e);
            }
        }
        throw new InputException(where + " has no timestamp");
    }
}
