package cl.redlim.audit.query.web;

import cl.redlim.audit.log.MerkleProofs;
import cl.redlim.audit.log.TreeHead;
import cl.redlim.audit.query.LeafRecord;
import cl.redlim.audit.query.MerkleLogStore;
import cl.redlim.audit.query.TreeHeads;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStream;
import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Audit: verifiable log", description = "Signed tree heads and RFC 9162 proofs over every event (auditor role)")
class AuditLogController {

    static final String NDJSON = "application/x-ndjson";

    private final MerkleLogStore log;
    private final TreeHeads heads;
    private final ObjectMapper json;

    AuditLogController(MerkleLogStore log, TreeHeads heads, ObjectMapper json) {
        this.log = log;
        this.heads = heads;
        this.json = json;
    }

    record LogStatus(long size, TreeHeadView latestTreeHead, String publicKey, String keyId) {
    }

    @GetMapping("/api/v1/audit/log")
    @Operation(summary = "The log's size, its latest signed tree head and its public key")
    LogStatus status() {
        return new LogStatus(log.size(), heads.latest().map(this::view).orElse(null),
                heads.key().publicKeyBase64(), heads.key().keyId());
    }

    @GetMapping("/api/v1/audit/log/tree-heads")
    @Operation(summary = "Signed tree heads, newest first, paginated")
    List<TreeHeadView> treeHeads(@RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "offset must be >= 0 and limit 1..1000");
        }
        return heads.newestFirst(offset, limit).stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/audit/log/tree-heads/latest")
    @Operation(summary = "The latest signed tree head")
    TreeHeadView latest() {
        return heads.latest().map(this::view)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No tree head has been signed yet"));
    }

    @PostMapping("/api/v1/audit/log/tree-heads")
    @Operation(summary = "Sign a tree head of the log as it is now (the head of that size if one exists)")
    ResponseEntity<TreeHeadView> sign() {
        TreeHead head = heads.signNow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/audit/log/tree-heads/" + head.treeSize())).body(view(head));
    }

    @GetMapping("/api/v1/audit/log/tree-heads/{treeSize}")
    @Operation(summary = "The signed tree head of a given size")
    TreeHeadView treeHead(@org.springframework.web.bind.annotation.PathVariable long treeSize) {
        return heads.at(treeSize).map(this::view)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No tree head of size " + treeSize));
    }

    @GetMapping(value = "/api/v1/audit/log/tree-heads/export", produces = NDJSON)
    @Operation(summary = "Every signed tree head, oldest first, as JSON Lines, each with the consistency proof "
            + "from the one before: the verifier's tree-heads file")
    StreamingResponseBody export() {
        return out -> {
            TreeHead previous = null;
            for (TreeHead head : heads.oldestFirst()) {
                List<byte[]> consistency = previous == null || previous.treeSize() == 0 ? List.of()
                        : MerkleProofs.consistency(log, previous.treeSize(), head.treeSize());
                write(out, TreeHeadView.of(head, heads.key().keyId(), consistency));
                previous = head;
            }
        };
    }

    record InclusionProof(long leafIndex, String eventId, long treeSize, String leafHash, String rootHash,
                          List<String> auditPath) {
    }

    @GetMapping("/api/v1/audit/log/proofs/inclusion")
    @Operation(summary = "RFC 9162 inclusion proof of one event (by leaf index or event id) in the tree of a signed "
            + "head (by default the latest)")
    InclusionProof inclusion(@RequestParam(required = false) Long leafIndex,
                             @Parameter(description = "the event id, if no leafIndex") @RequestParam(required = false) String eventId,
                             @RequestParam(required = false) Long treeSize) {
        TreeHead head = head(treeSize);
        LeafRecord leaf = leafIndex != null ? leaf(leafIndex, head.treeSize())
                : eventId != null ? findByEventId(eventId, head.treeSize())
                : null;
        if (leaf == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Give leafIndex or eventId");
        }
        List<byte[]> path = MerkleProofs.inclusion(log, leaf.index(), head.treeSize());
        return new InclusionProof(leaf.index(), leaf.eventId(), head.treeSize(), TreeHeadView.b64(leaf.hash()),
                TreeHeadView.b64(head.rootHash()), path.stream().map(TreeHeadView::b64).toList());
    }

    record ConsistencyProof(long first, long second, String firstRootHash, String secondRootHash, List<String> proof) {
    }

    @GetMapping("/api/v1/audit/log/proofs/consistency")
    @Operation(summary = "RFC 9162 consistency proof between two signed tree heads (by tree size)")
    ConsistencyProof consistency(@RequestParam long first, @RequestParam long second) {
        if (first < 1 || first > second) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Need 1 <= first <= second");
        }
        TreeHead a = head(first);
        TreeHead b = head(second);
        return new ConsistencyProof(first, second, TreeHeadView.b64(a.rootHash()), TreeHeadView.b64(b.rootHash()),
                MerkleProofs.consistency(log, first, second).stream().map(TreeHeadView::b64).toList());
    }

    private TreeHead head(Long treeSize) {
        if (treeSize == null) {
            return heads.latest()
                    .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No tree head has been signed yet"));
        }
        return heads.at(treeSize).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                "No signed tree head of size " + treeSize + "; proofs are against signed heads"));
    }

    private LeafRecord leaf(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "Leaf " + index + " is not in the tree of size " + treeSize);
        }
        return log.leaf(index);
    }

    private LeafRecord findByEventId(String eventId, long treeSize) {
        return log.findByEventId(eventId).filter(l -> l.index() < treeSize)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                        "No event " + eventId + " in the tree of size " + treeSize));
    }

    private TreeHeadView view(TreeHead head) {
        return TreeHeadView.of(head, heads.key().keyId());
    }

    private void write(OutputStream out, Object line) throws java.io.IOException {
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
    }

}
