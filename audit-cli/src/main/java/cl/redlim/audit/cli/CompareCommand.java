package cl.redlim.audit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Rebuilds read models aside and compares them with the live ones, document by document; the live ones stay. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Rebuild read models aside and compare them with the live ones, document by document.",
                "Prints \"identical: N documents in M collections\" or the differences; exit 1 on a difference."})
class CompareCommand implements Callable<Integer> {

    @Mixin
    RebuildTarget target;

    @Override
    public Integer call() throws InterruptedException {
        return Runs.run(target.url, target.key, target.groups, "compare", true);
    }
}
