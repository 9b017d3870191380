package cl.redlim.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar redlim-audit-exec.jar <command>}: the auditor's and operator's tools, apart from the server.
 * A new tool is one more class in {@code subcommands}.
 */
@Command(name = "redlim-audit", mixinStandardHelpOptions = true, version = "redlim-audit 0.1.0",
        description = "RedLIM audit tools.",
        subcommands = {VerifyCommand.class, RebuildCommand.class, CompareCommand.class, CommandLine.HelpCommand.class})
public class AuditCli implements Runnable {

    /** Exit codes: 0 all checks passed, 1 a check failed, 2 the command or its input is wrong. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its exit codes: an unreadable input is the caller's error (2), not a failed check. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AuditCli());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("redlim-audit: " + (e instanceof InputException ? e.getMessage() : e));
            return USAGE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: verify, rebuild or compare");
    }
}
