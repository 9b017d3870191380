package cl.redlim.audit.query;

import cl.redlim.audit.log.MerkleHash;
import cl.redlim.audit.log.TreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogKeyTest {

    @Test
    void thePublicKeyDerivedFromThePrivateOneVerifiesItsSignatures() {
        LogKey key = LogKey.of(LogKey.generate());
        TreeHead head = new TreeHead(3, MerkleHash.empty(), 1_700_000_000_000L, null).sign(key.privateKey());
        assertThat(head.verify(TreeHead.publicKey(key.publicKeyBase64()))).isTrue();
        assertThat(head.verify(TreeHead.publicKey(LogKey.of(LogKey.generate()).publicKeyBase64()))).isFalse();
    }

    @Test
    void aKeyFileIsMadeOnceAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit/log-key.pk8");
        LogKey first = LogKey.inFile(file);
        LogKey again = LogKey.inFile(file);
        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(again.keyId()).isEqualTo(first.keyId()).hasSize(44);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void somethingElseIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> LogKey.of("bm90IGEga2V5")).hasMessageContaining("redlim.audit.log-key");
    }
}
