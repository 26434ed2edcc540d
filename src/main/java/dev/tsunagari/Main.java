package dev.tsunagari;

import dev.tsunagari.ops.Neo4jServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar tsunagari.jar serve [--demo] | import FILE --format ... | export --format ... | find --from ID --kind TEXT}. */
@Command(name = "tsunagari", mixinStandardHelpOptions = true, version = "tsunagari 0.1.0",
        description = "A graph-backed introduction engine.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, FindCommand.class, Neo4jServerCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
