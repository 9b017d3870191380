package cl.redlim.audit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Rebuilds read models on a running RedLIM (swap) and shows the progress. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuild read models from the event store, blue/green, and swap them in.",
                "Exit 0 when the rebuild is DONE (and, with --compare, was identical), 1 otherwise."})
class RebuildCommand implements Callable<Integer> {

    @Mixin
    RebuildTarget target;

    @Option(names = "--compare", description = "Compare rebuilt with live, document by document, before swapping")
    boolean compare;

    @Override
    public Integer call() throws InterruptedException {
        return Runs.run(target.url, target.key, target.groups, "swap", compare);
    }
}
