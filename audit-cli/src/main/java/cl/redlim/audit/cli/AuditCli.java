package cl.redlim.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The auditor's and operator's command line: {@code java -jar redlim-audit-exec.jar <command> ...}. */
@Command(name = "redlim-audit", mixinStandardHelpOptions = true,
        description = "RedLIM audit tools",
        subcommands = {RebuildCommand.class, CompareCommand.class, CommandLine.HelpCommand.class})
public class AuditCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new AuditCli()).execute(args));
    }
}
