package dev.tsunagari;

import dev.tsunagari.cli.ServeCommand;
import dev.tsunagari.cli.RestoreCommand;
import dev.tsunagari.cli.ImportCommand;
import dev.tsunagari.cli.FindCommand;
import dev.tsunagari.cli.ExportCommand;
import dev.tsunagari.cli.BackupCommand;
import dev.tsunagari.graph.PluginCheck;
import dev.tsunagari.cli.Neo4jServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar tsunagari.jar serve [--demo] | import FILE --format ... | export --format ... | find --from ID --kind TEXT}. */
@Command(name = "tsunagari", mixinStandardHelpOptions = true, version = "tsunagari 0.1.0",
        description = "A graph-backed introduction engine.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, FindCommand.class, Neo4jServerCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::refused)
                .execute(args));
    }

    /** A Neo4j without the matching plugin: the sentence says what was found and what to do, no stack trace. */
    private static int refused(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof PluginCheck.Refused) {
            command.getErr().println(e.getMessage());
            return 1;
        }
        throw e;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
