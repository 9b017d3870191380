package cl.redlim.audit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance size: an untampered export of 100,000 events verifies. Prints the speed; asserts none. */
class HundredThousandEventsTest {

    @TempDir
    Path dir;

    @Test
    void verifies100000Events() throws IOException {
        long[] heads = new long[12];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = 100_000L * (i + 1) / heads.length - (i % 3) * 7;
        }
        heads[heads.length - 1] = 100_000;
        SyntheticLog log = new SyntheticLog(100_000, heads);
        Path feed = log.writeFeed(dir.resolve("feed.jsonl"));

        VerifyCommandTest.Run run = VerifyCommandTest.run("verify", "--feed", feed.toString(),
                "--tree-heads", log.writeHeads(dir.resolve("heads.jsonl")).toString(),
                "--public-key", log.writeKey(dir.resolve("key.json")).toString());

        System.out.printf("feed of %,d bytes: %s%n", Files.size(feed), run.summary());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.summary()).startsWith("VERIFIED 100000 events against 12 tree heads in ");
    }
}
