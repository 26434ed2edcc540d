package dev.tsunagari;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import dev.tsunagari.auth.AccountsController;
import dev.tsunagari.auth.AccountsRepository;
import dev.tsunagari.auth.BearerAuth;
import dev.tsunagari.auth.TokenCache;
import dev.tsunagari.config.Config;
import dev.tsunagari.console.ConsoleController;
import dev.tsunagari.console.CypherConsole;
import dev.tsunagari.finder.IntermediariesController;
import dev.tsunagari.finder.IntermediaryFinder;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Neo4jProbe;
import dev.tsunagari.http.ApiDocs;
import dev.tsunagari.http.Health;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Problems;
import dev.tsunagari.http.SecurityHeaders;
import dev.tsunagari.interactions.InteractionsController;
import dev.tsunagari.interactions.InteractionsRepository;
import dev.tsunagari.introductions.Action;
import dev.tsunagari.introductions.ConnectorLoad;
import dev.tsunagari.introductions.IntroducerStanding;
import dev.tsunagari.config.IntroductionSettings;
import dev.tsunagari.introductions.Introductions;
import dev.tsunagari.introductions.IntroductionsController;
import dev.tsunagari.introductions.IntroductionsRepository;
import dev.tsunagari.introductions.Moves;
import dev.tsunagari.export.ExportController;
import dev.tsunagari.export.Exporter;
import dev.tsunagari.importjobs.ImportController;
import dev.tsunagari.importjobs.ImportJobs;
import dev.tsunagari.imports.Importer;
import dev.tsunagari.importjobs.UploadSpool;
import dev.tsunagari.config.Limits;
import dev.tsunagari.limits.RateLimit;
import dev.tsunagari.metrics.Metrics;
import dev.tsunagari.ops.Operations;
import dev.tsunagari.paths.PathFinder;
import dev.tsunagari.paths.PathsController;
import dev.tsunagari.people.PeopleController;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.relationships.RelationshipsController;
import dev.tsunagari.privacy.Visibility;
import dev.tsunagari.search.MindSearch;
import dev.tsunagari.search.SearchController;
import dev.tsunagari.ties.TiesController;
import dev.tsunagari.ties.TiesRepository;
import dev.tsunagari.web.NeoBrowser;
import dev.tsunagari.web.WebPage;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;

/**
 * The composition root: builds every feature from the configuration and the graph, and registers every route in
 * one place so the whole API reads top to bottom. It starts nothing; {@link Main} does, and tests build this
 * same app.
 */
public final class App {
    private App() {}

    public static Javalin create(Config config, Graph graph, String neo4jMode) {
        return create(config, graph, neo4jMode, Clock.systemUTC());
    }

    /** The same app under other limits than the configuration's (rate, time limits, console rows). */
    public static Javalin create(Config config, Graph graph, String neo4jMode, Limits limits) {
        return create(config.withLimits(limits), graph, neo4jMode, Clock.systemUTC());
    }

    /** The same app on a given clock and introduction settings, so tests can move time. */
    public static Javalin create(Config config, Graph graph, String neo4jMode, Clock clock,
            IntroductionSettings introductionSettings) {
        return create(config.withIntroductions(introductionSettings), graph, neo4jMode, clock);
    }

    public static Javalin create(Config config, Graph graph, String neo4jMode, Clock clock,
            IntroductionSettings introductionSettings, Limits limits) {
        return create(config.withIntroductions(introductionSettings).withLimits(limits), graph, neo4jMode, clock);
    }

    /**
     * The finder as every entry point builds it (the API and the command line's {@code find}): under the finder
     * time limit, with the introducers' records and load read from the same graph.
     */
    public static IntermediaryFinder finder(Config config, Graph graph, CypherFiles cypher, Clock clock) {
        return finder(config, graph, cypher, clock, new ConnectorLoad(graph, cypher, config.introductions(), clock));
    }

    private static IntermediaryFinder finder(Config config, Graph graph, CypherFiles cypher, Clock clock,
            ConnectorLoad load) {
        return new IntermediaryFinder(finderGraph(config, graph), cypher, clock, new IntroducerStanding(load));
    }

    /** Finders answer within a conversation; a question so broad it keeps Neo4j busy longer is refused instead. */
    private static Graph finderGraph(Config config, Graph graph) {
        return graph.withReadTimeout(config.limits().finderTimeout());
    }

    public static Javalin create(Config config, Graph unobservedGraph, String neo4jMode, Clock clock) {
        Limits limits = config.limits();
        IntroductionSettings introductionSettings = config.introductions();
        Metrics metrics = new Metrics();
        CypherFiles cypher = new CypherFiles();
        // The probe asks Neo4j itself; every feature's calls are refused at once while it finds Neo4j down.
        Neo4jProbe probe = new Neo4jProbe(unobservedGraph, cypher);
        Graph graph = metrics.observe(unobservedGraph).guardedBy(probe);
        Graph finderGraph = finderGraph(config, graph);
        PeopleRepository peopleRepository = new PeopleRepository(graph, cypher);
        PeopleController people = new PeopleController(peopleRepository);
        Visibility visibility = new Visibility(graph, cypher);
        TiesController ties = new TiesController(new TiesRepository(graph, cypher), peopleRepository, visibility);
        ConnectorLoad connectorLoad = new ConnectorLoad(graph, cypher, introductionSettings, clock);
        IntermediariesController intermediaries = new IntermediariesController(
                finder(config, graph, cypher, clock, connectorLoad));
        IntroductionsRepository introductionsRepository = new IntroductionsRepository(cypher);
        IntroductionsController introductions = new IntroductionsController(
                new Introductions(graph, introductionsRepository, connectorLoad, introductionSettings, clock),
                new Moves(graph, introductionsRepository, introductionSettings, clock),
                connectorLoad, peopleRepository, visibility);
        InteractionsController interactions = new InteractionsController(new InteractionsRepository(graph, cypher),
                peopleRepository, clock);
        RelationshipsController relationships = new RelationshipsController(
                RelationshipsController.Views.of(graph, cypher), peopleRepository, visibility, clock);
        PathsController paths = new PathsController(new PathFinder(finderGraph, cypher, clock));
        SearchController search = new SearchController(new MindSearch(finderGraph, cypher));
        ConsoleController console = new ConsoleController(new CypherConsole(graph, limits));
        RateLimit rateLimit = new RateLimit(limits.requestsPerMinute());
        AccountsRepository accountsRepository = new AccountsRepository(graph, cypher, new TokenCache(clock));
        // A JSON import restores accounts (token hashes, roles): the token cache must not outlive it.
        Importer importer = new Importer(graph, cypher, accountsRepository::forgetCachedTokens);
        UploadSpool uploads = new UploadSpool(config.dataDir().resolve("uploads"));
        ImportJobs importJobs = new ImportJobs(importer, graph, cypher, uploads);
        ImportController imports = new ImportController(importer, importJobs, uploads);
        ExportController exports = new ExportController(new Exporter(graph, cypher));
        metrics.watch(probe, graph.calls());
        Health health = new Health(probe, neo4jMode);
        ApiDocs docs = new ApiDocs();
        AccountsController accounts = new AccountsController(accountsRepository,
                id -> peopleRepository.missing(List.of(id)).isEmpty());
        BearerAuth auth = new BearerAuth(config.adminToken()
                .orElseThrow(() -> new IllegalStateException("an admin token must be resolved before the app is built")),
                accountsRepository);

        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            // A known path with the wrong method is a 405 with Allow, not a misleading 404.
            javalin.http.prefer405over404 = true;
            // Jetty caches header fields per connection and by default matches them ignoring case, handing back
            // the cached value: after one good request, "Bearer " + the token in other letter case passed.
            javalin.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            javalin.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            javalin.staticFiles.enableWebjars();
            javalin.staticFiles.add(WebPage::configure);
            javalin.staticFiles.add(NeoBrowser::configure);
            SecurityHeaders.register(javalin);
            Operations.register(javalin, metrics);
            Problems.register(javalin);
            // Import jobs outlive the process in the graph: from the start this instance stamps its own and fails
            // those of instances gone silent; a stop (once requests have ended) lets the running one end after its
            // current batch and fails what it will not finish.
            javalin.events.serverStarting(importJobs::recover);
            javalin.events.serverStopped(importJobs::stop);
            // /health answers from the probe's last answer: the first is in before the port opens.
            javalin.events.serverStarting(probe::start);
            javalin.events.serverStopped(probe::close);
            javalin.routes.before("/api/*", auth::check);
            javalin.routes.before("/api/*", rateLimit::check);
            javalin.routes.apiBuilder(() -> {
                get("/health", health::get);
                get("/metrics", metrics::scrape);
                get("/openapi.json", docs::openApi);
                get("/docs", docs::docs);
                get("/browser", NeoBrowser::page);
                path("/api", () -> {
                    get("me", accounts::me);
                    path("accounts", () -> {
                        get(accounts::list);
                        post(accounts::post);
                        path("{id}", () -> {
                            get(accounts::get);
                            patch(accounts::patch);
                            delete(accounts::delete);
                            post("rotate", accounts::rotate);
                        });
                    });
                    path("people", () -> {
                        get(people::list);
                        post(people::post);
                        path("{id}", () -> {
                            get(people::get);
                            put(people::put);
                            patch(people::patch);
                            delete(people::delete);
                            get("ties", ties::ofPerson);
                        });
                    });
                    get("intermediaries", intermediaries::get);
                    path("ties", () -> {
                        put(ties::put);
                        delete("{from}/{type}/{to}", ties::delete);
                    });
                    get("paths", paths::get);
                    get("search", search::get);
                    path("introductions", () -> {
                        get(introductions::list);
                        post(introductions::create);
                        path("{id}", () -> {
                            get(introductions::get);
                            post("agree", introductions.move(Action.AGREE));
                            post("accept", introductions.move(Action.ACCEPT));
                            post("decline", introductions.move(Action.DECLINE));
                            post("connect", introductions.move(Action.CONNECT));
                            post("withdraw", introductions.move(Action.WITHDRAW));
                            post("outcome", introductions.move(Action.OUTCOME));
                        });
                    });
                    path("people/{id}", () -> {
                        get("busy", introductions::busy);
                        get("interactions", interactions::list);
                        post("interactions", interactions::post);
                        get("ledger", relationships::ledger);
                        get("keep-in-touch", relationships::keepInTouch);
                        get("fans", relationships::fans);
                        get("reach", relationships::reach);
                    });
                    path("connectors", () -> get(relationships::connectors));
                    // The import body is streamed under its own limit (see ImportController), not maxRequestSize.
                    post("import", imports::post);
                    get("imports/{id}", imports::job);
                    get("export", exports::get);
                    // Admins' own read-only Cypher: the one route that runs text that is not a file under cypher/.
                    post("cypher", console::post);
                });
            });
        });
    }
}
