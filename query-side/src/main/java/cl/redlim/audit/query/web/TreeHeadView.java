package cl.redlim.audit.query.web;

import cl.redlim.audit.log.TreeHead;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A signed tree head as JSON: hashes and signatures in Base64. {@code consistency} (export only) proves this head
 * extends the previous one.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
record TreeHeadView(long treeSize, String rootHash, long timestamp, Instant signedAt, String signature, String keyId,
                    List<String> consistency) {

    static TreeHeadView of(TreeHead head, String keyId) {
        return of(head, keyId, null);
    }

    static TreeHeadView of(TreeHead head, String keyId, List<byte[]> consistency) {
        return new TreeHeadView(head.treeSize(), b64(head.rootHash()), head.timestamp(),
                Instant.ofEpochMilli(head.timestamp()), b64(head.signature()), keyId,
                consistency == null ? null : consistency.stream().map(TreeHeadView::b64).toList());
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
