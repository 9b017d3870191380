package cl.redlim.docs;

import cl.redlim.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/errors.md is what integrators code against: every code is there, with its status. */
class ErrorCodesDocumentedTest {

    @Test
    void everyErrorCodeIsDocumentedWithItsStatus() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as(code.name()).contains("| `" + code.name() + "` | " + code.status() + " |");
        }
    }
}
