package cl.redlim.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify an exported event feed against signed tree heads, offline.",
                "Recomputes every leaf from its event, checks every tree head's signature, root and consistency with "
                        + "the one before, and names the first event that does not match.",
                "Exit code: 0 verified, 1 verification failed, 2 usage or input error."})
class VerifyCommand implements Callable<Integer> {

    @Option(names = "--feed", required = true, paramLabel = "feed.jsonl",
            description = "The feed, JSON Lines: GET /api/v1/audit/events with Accept: application/x-ndjson.")
    Path feed;

    @Option(names = "--tree-heads", required = true, paramLabel = "tree-heads.jsonl",
            description = "Signed tree heads, oldest first: JSON Lines or a JSON array "
                    + "(GET /api/v1/audit/log/tree-heads/export, or your own copies).")
    Path treeHeads;

    @Option(names = "--public-key", required = true, paramLabel = "key.json",
            description = "The log's public key: GET /api/v1/public/log/key, or its Base64 SubjectPublicKeyInfo.")
    Path publicKey;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PublicKeyFile key = PublicKeyFile.read(publicKey);
        List<SignedTreeHead> heads = TreeHeadsFile.read(treeHeads);
        VerificationReport report;
        try (BufferedReader reader = Files.newBufferedReader(feed, StandardCharsets.UTF_8)) {
            report = new LogVerifier(heads, key.key()).verify(reader, feed.toString(), start).keyId(key.keyId());
        } catch (IOException e) {
            throw new InputException("Cannot read the feed " + feed, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.json() : report.text());
        out.flush();
        return report.verified() ? AuditCli.OK : AuditCli.FAILED;
    }
}
