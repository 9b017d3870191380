package cl.redlim.audit.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Which RedLIM, as whom, and which read models: the options the rebuild and compare commands share. */
class RebuildTarget {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "RedLIM's base URL (${DEFAULT-VALUE})")
    String url;

    @Option(names = "--key", required = true, description = "An administrator's API key")
    String key;

    @Option(names = "--group", description = "A processing group; repeat for several; all when absent")
    List<String> groups = new ArrayList<>();
}
