package cl.redlim.certification.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List v1.0: a bitstring whose index 0 is the leftmost (most
 * significant) bit of the first byte, GZIP-compressed, base64url-encoded without padding and prefixed with the
 * multibase code {@code u}. A list is at least 16 KB (131,072 entries) so that one revocation says little about whom.
 */
public final class BitstringStatusList {

    public static final int MINIMUM_BITS = 16 * 1024 * 8;
    /** A list a verifier accepts decompresses to at most this: 16 MB, 134 million entries. */
    private static final int MAXIMUM_BYTES = 16 * 1024 * 1024;

    private BitstringStatusList() {
    }

    /** Encodes the set bits in a list of {@code max(MINIMUM_BITS, highest set bit)} entries, rounded up to whole KB. */
    public static String encode(BitSet set) {
        int bits = Math.max(MINIMUM_BITS, set.length());
        int bytes = ((bits + 8 * 1024 - 1) / (8 * 1024)) * 1024;
        byte[] list = new byte[bytes];
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            list[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The bitstring of an {@code encodedList}; refuses anything that is not multibase base64url GZIP. */
    public static byte[] decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList is not multibase base64url (prefix u)");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] list = in.readNBytes(MAXIMUM_BYTES + 1);
            if (list.length > MAXIMUM_BYTES) {
                throw new IllegalArgumentException("encodedList is larger than " + MAXIMUM_BYTES + " bytes");
            }
            return list;
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP: " + e.getMessage(), e);
        }
    }

    /** Whether the entry at {@code index} is set; an index past the end is an error, never "not set". */
    public static boolean isSet(byte[] list, long index) {
        if (index < 0 || index >= (long) list.length * 8) {
            throw new IllegalArgumentException("statusListIndex " + index + " is outside a list of "
                    + (long) list.length * 8 + " entries");
        }
        return (list[(int) (index / 8)] & (0x80 >>> (int) (index % 8))) != 0;
    }
}
