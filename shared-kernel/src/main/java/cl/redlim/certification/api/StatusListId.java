package cl.redlim.certification.api;

/**
 * The id of the counter aggregate of one Bitstring Status List of certificates, e.g. {@code certificate-status-list:1}.
 * A list has {@link #CAPACITY} entries (the specification's minimum, 16 KiB of bits, so lists do not tell how many
 * certificates exist); index 0 is the first.
 */
public final class StatusListId {

    public static final int CAPACITY = 131_072;

    private StatusListId() {
    }

    public static String of(String list) {
        return "certificate-status-list:" + list;
    }
}
