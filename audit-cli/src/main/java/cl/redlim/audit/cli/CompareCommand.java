package cl.redlim.audit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Rebuilds read models aside and compares them with the live ones, document by document; the live ones stay. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Rebuild read models aside and compare them with the live ones, document by document.",
                "Prints \"identical: N documents in M collections\" or the differences; exit 1 on a difference."})
class CompareCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "RedLIM's base URL (${DEFAULT-VALUE})")
    String url;

    @Option(names = "--key", required = true, description = "An administrator's API key")
    String key;

    @Option(names = "--group", description = "A processing group; repeat for several; all when absent")
    List<String> groups = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        return Runs.run(url, key, groups, "compare", true);
    }
}
