package cl.redlim.audit.log;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreeHeadTest {

    static final byte[] ROOT = HexFormat.of()
            .parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static KeyPair ed25519() throws NoSuchAlgorithmException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void theSignedStructureIsRfc6962sTreeHeadSignature_50Bytes() {
        TreeHead head = new TreeHead(8, ROOT, 0x0102030405060708L, null);

        // version v1 (0), signature_type tree_hash (1), uint64 timestamp, uint64 tree_size, 32-byte root
        assertThat(HexFormat.of().formatHex(head.signedBytes())).isEqualTo("0001"
                + "0102030405060708"
                + "0000000000000008"
                + "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        assertThat(head.signedBytes()).hasSize(50);
    }

    /** The worked example of docs/contexts/audit-log.md: the tree of that document's one event. */
    @Test
    void theWorkedExampleOfTheDocument() {
        byte[] leaf = HexFormat.of().parseHex("c129f62665d8a9a742c5a3c123e86c31f21834aff453cd6929d8ff3a1fc39240");
        CompactRange tree = new CompactRange();
        tree.append(leaf);
        TreeHead head = new TreeHead(1, tree.root(), java.time.Instant.parse("2026-03-02T14:05:10Z").toEpochMilli(),
                null);

        assertThat(head.timestamp()).isEqualTo(1_772_460_310_000L);
        assertThat(HexFormat.of().formatHex(head.signedBytes())).isEqualTo("0001" + "0000019caeddfdf0"
                + "0000000000000001" + "c129f62665d8a9a742c5a3c123e86c31f21834aff453cd6929d8ff3a1fc39240");
    }

    @Test
    void aSignedHeadVerifiesWithItsKey_andWithTheKeyAsPublished() throws Exception {
        KeyPair keys = ed25519();
        TreeHead head = new TreeHead(8, ROOT, 1_764_000_000_000L, null).sign(keys.getPrivate());

        assertThat(head.signature()).hasSize(64);
        assertThat(head.verify(keys.getPublic())).isTrue();
        String published = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        assertThat(head.verify(TreeHead.publicKey(published + "\n"))).isTrue();
    }

    @Test
    void anyChangeBreaksTheSignature() throws Exception {
        KeyPair keys = ed25519();
        TreeHead head = new TreeHead(8, ROOT, 1_764_000_000_000L, null).sign(keys.getPrivate());

        assertThat(new TreeHead(9, ROOT, head.timestamp(), head.signature()).verify(keys.getPublic())).isFalse();
        assertThat(new TreeHead(8, ROOT, head.timestamp() + 1, head.signature()).verify(keys.getPublic())).isFalse();
        for (int i = 0; i < ROOT.length; i++) {
            byte[] root = ROOT.clone();
            root[i] ^= 1;
            assertThat(new TreeHead(8, root, head.timestamp(), head.signature()).verify(keys.getPublic()))
                    .as("root byte %d", i).isFalse();
        }
        for (int i = 0; i < head.signature().length; i++) {
            byte[] signature = head.signature().clone();
            signature[i] ^= (byte) 0x80;
            assertThat(new TreeHead(8, ROOT, head.timestamp(), signature).verify(keys.getPublic()))
                    .as("signature byte %d", i).isFalse();
        }
        assertThat(head.verify(ed25519().getPublic())).as("another key").isFalse();
        assertThat(new TreeHead(8, ROOT, head.timestamp(), null).verify(keys.getPublic())).isFalse();
        assertThat(new TreeHead(8, ROOT, head.timestamp(), new byte[3]).verify(keys.getPublic())).isFalse();
    }

    @Test
    void malformedHeadsAndKeysAreRefused() {
        assertThatThrownBy(() -> new TreeHead(8, new byte[31], 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreeHead(-1, ROOT, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHead.publicKey("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHead.publicKey(Base64.getEncoder().encodeToString(new byte[44])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
