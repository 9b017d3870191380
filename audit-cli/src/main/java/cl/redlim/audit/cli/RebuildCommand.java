package cl.redlim.audit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Rebuilds read models on a running RedLIM (swap) and shows the progress. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuild read models from the event store, blue/green, and swap them in.",
                "Exit 0 when the rebuild is DONE (and, with --compare, was identical), 1 otherwise."})
class RebuildCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "RedLIM's base URL (${DEFAULT-VALUE})")
    String url;

    @Option(names = "--key", required = true, description = "An administrator's API key")
    String key;

    @Option(names = "--group", description = "A processing group; repeat for several; all when absent")
    List<String> groups = new ArrayList<>();

    @Option(names = "--compare", description = "Compare rebuilt with live, document by document, before swapping")
    boolean compare;

    @Override
    public Integer call() throws InterruptedException {
        return Runs.run(url, key, groups, "swap", compare);
    }
}
