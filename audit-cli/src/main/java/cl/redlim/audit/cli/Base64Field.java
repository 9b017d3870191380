package cl.redlim.audit.cli;

import cl.redlim.audit.log.MerkleHash;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Base64;

/** Hashes and signatures in the exported files are standard Base64 (RFC 4648 section 4, with padding). */
final class Base64Field {

    private Base64Field() {
    }

    static byte[] decode(JsonNode object, String field, String where) {
        JsonNode value = object.get(field);
        if (value == null || !value.isTextual()) {
            throw new InputException(where + " has no " + field);
        }
        byte[] bytes = decode(value.asText(), where + ", " + field);
        if (!field.equals("signature") && bytes.length != MerkleHash.SIZE) {
            throw new InputException(where + ": " + field + " is not 32 bytes");
        }
        return bytes;
    }

    static byte[] decode(JsonNode value, String where) {
        if (!value.isTextual()) {
            throw new InputException(where + ": not a Base64 string");
        }
        byte[] bytes = decode(value.asText(), where);
        if (bytes.length != MerkleHash.SIZE) {
            throw new InputException(where + ": a hash is not 32 bytes");
        }
        return bytes;
    }

    private static byte[] decode(String text, String where) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + " is not Base64", e);
        }
    }
}
