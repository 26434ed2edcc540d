package dev.tsunagari.cli;

import dev.tsunagari.App;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.Answer;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.finder.IntermediariesQuery;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code find --from ID (--kind TEXT | --tag TAG...)}: the answer of {@code GET /api/intermediaries} on a terminal,
 * from the same finder over the same store. Exit 0 with an answer, 2 for bad options or an unknown person, 3 when a
 * running serve holds the data directory.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Whom among the people you know to ask for an introduction to a kind of person.")
public final class FindCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, description = "The id of the person asking.")
    String from;

    @Option(names = "--kind", description = "The kind of person, as words (full text), e.g. \"designer\" or \"デザイナー\".")
    String kind;

    @Option(names = "--tag", arity = "1..*", description = "Tags the person should have (one or more).")
    List<String> tags = List.of();

    @Option(names = "--max-hops", defaultValue = "2", description = "1 or 2 intermediaries in a row (default 2).")
    int maxHops;

    @Option(names = "--min-strength", defaultValue = "0", description = "Ignore ties weaker than this (0 to 1).")
    double minStrength;

    @Option(names = "--include-weak", description = "Count card-exchange-only ties as usable.")
    boolean includeWeak;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many intermediaries (default 20).")
    int limit;

    @Option(names = "--lang", defaultValue = "en", description = "en or ja: the language of the explanations.")
    String lang;

    @Option(names = "--json", description = "Print the answer as JSON, exactly as the API returns it.")
    boolean json;

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IntermediariesQuery query;
        try {
            query = query();
        } catch (ApiException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.errors().get(0).field() + " "
                    + e.errors().get(0).message());
        }
        return CliDatabase.run(data, err::println, neo4j -> {
            // The command line runs on the machine that holds the data: it reads everything, as an admin.
            Optional<Answer> answer = App.finder(CliDatabase.config(data), neo4j.graph(), new CypherFiles(),
                    Clock.systemUTC()).answer(query, Caller.BOOTSTRAP_ADMIN);
            if (answer.isEmpty()) {
                err.println("No person with id " + from + ".");
                return 2;
            }
            if (json) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(answer.get()));
            } else {
                AnswerTable.print(answer.get(), "ja".equals(query.language()), out);
            }
            out.flush();
            return 0;
        });
    }

    private IntermediariesQuery query() {
        if (maxHops < 1 || maxHops > 2) {
            throw ApiException.invalid("max-hops", "must be 1 or 2");
        }
        if (!(minStrength >= 0 && minStrength <= 1)) {
            throw ApiException.invalid("min-strength", "must be a number from 0 to 1");
        }
        if (limit < 1 || limit > 1000) {
            throw ApiException.invalid("limit", "must be from 1 to 1000");
        }
        return IntermediariesQuery.of(from, Optional.ofNullable(kind), tags, maxHops,
                new HopFilter(minStrength, includeWeak), limit, 5, lang.toLowerCase().startsWith("ja") ? "ja" : "en");
    }
}
