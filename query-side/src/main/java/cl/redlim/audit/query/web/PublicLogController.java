package cl.redlim.audit.query.web;

import cl.redlim.audit.query.TreeHeads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

@RestController
@Tag(name = "Public: verifiable log", description = "Anyone may keep copies of the log's tree heads")
class PublicLogController {

    private final TreeHeads heads;

    PublicLogController(TreeHeads heads) {
        this.heads = heads;
    }

    @GetMapping("/api/v1/public/log/tree-head")
    @Operation(summary = "The latest signed tree head of the event log: keep copies, so that nobody can rewrite "
            + "history unnoticed")
    ResponseEntity<TreeHeadView> treeHead() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic())
                // the very first head is signed on the first ask rather than waiting for the schedule
                .body(TreeHeadView.of(heads.latest().orElseGet(heads::signNow), heads.key().keyId()));
    }

    record LogPublicKey(String algorithm, String publicKey, String keyId) {
    }

    @GetMapping("/api/v1/public/log/key")
    @Operation(summary = "The public key that verifies tree heads (Ed25519, Base64 X.509 SubjectPublicKeyInfo); its "
            + "id is the Base64 SHA-256 of the key")
    LogPublicKey key() {
        return new LogPublicKey("Ed25519", heads.key().publicKeyBase64(), heads.key().keyId());
    }
}
