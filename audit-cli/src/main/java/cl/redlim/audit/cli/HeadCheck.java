package cl.redlim.audit.cli;

/**
 * What was found of one tree head. {@code Boolean}s are {@code null} when the check could not be made: the root when
 * the feed does not reach the head's size, the consistency when the line carries no proof.
 */
final class HeadCheck {

    final SignedTreeHead head;
    boolean signatureValid;
    /** Sizes and timestamps do not decrease from the line before. */
    boolean inOrder = true;
    Boolean consistent;
    /** MTH of the leaves recomputed from the feed's events equals the signed root. */
    Boolean rootMatches;
    /** MTH of the leaf hashes the log recorded equals the signed root. */
    Boolean recordedRootMatches;

    HeadCheck(SignedTreeHead head) {
        this.head = head;
    }

    boolean covered() {
        return rootMatches != null;
    }

    boolean passed() {
        return signatureValid && inOrder && !Boolean.FALSE.equals(consistent) && Boolean.TRUE.equals(rootMatches)
                && Boolean.TRUE.equals(recordedRootMatches);
    }

    /** Why it failed, or {@code null}. */
    String failure(long feedSize) {
        if (!signatureValid) {
            return "signature does not verify with the public key";
        }
        if (!inOrder) {
            return "size or timestamp smaller than the tree head before it";
        }
        if (Boolean.FALSE.equals(consistent)) {
            return "consistency proof from tree head #" + (head.number() - 1) + " does not verify";
        }
        if (!covered()) {
            return "not covered by the feed (the feed has " + feedSize + " leaves)";
        }
        if (!rootMatches) {
            return "root differs from the root of the events in the feed";
        }
        if (!recordedRootMatches) {
            return "root differs from the root of the leaf hashes the log recorded";
        }
        return null;
    }
}
