package dev.tsunagari.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tsunagari.App;
import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.BearerAuth;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.cli.ServeCommand;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.finder.IntermediariesQuery;
import dev.tsunagari.limits.RateLimit;
import dev.tsunagari.metrics.Metrics;
import dev.tsunagari.ops.Operations;
import dev.tsunagari.ops.RequestLog;
import org.junit.jupiter.api.Test;

/**
 * Which packages may use which. Each package under {@code dev.tsunagari} is one feature (people, ties, imports,
 * formats...): they may depend on one another only without cycles, so each can be read, and changed, from the
 * ones below it. Javalin belongs to the HTTP edge: controllers, {@code http}, the web page, the filters every
 * request passes and the composition root; services and repositories take plain values.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tsunagari");

    /**
     * The HTTP edge: what translates requests, and what runs before or around every request (authentication,
     * the caller on the request, the rate limit, request logs and ids, the metrics scrape), plus the two places
     * that build and start the app.
     */
    private static final DescribedPredicate<JavaClass> HTTP_EDGE = or(
            simpleNameEndingWith("Controller"),
            resideInAnyPackage("dev.tsunagari.http..", "dev.tsunagari.web.."),
            belongToAnyOf(App.class, ServeCommand.class, BearerAuth.class, Access.class, Caller.class,
                    RateLimit.class, Operations.class, RequestLog.class, Metrics.class));

    /**
     * For now: the finder's request records still parse their own query string. The finder is being rewritten
     * (its answers built inside the Neo4j procedures); once that lands, their parsing moves into
     * {@code IntermediariesController} and this list goes.
     */
    private static final DescribedPredicate<JavaClass> FINDER_FOR_NOW = or(
            JavaClass.Predicates.equivalentTo(HopFilter.class),
            JavaClass.Predicates.equivalentTo(IntermediariesQuery.class));

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.tsunagari.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void onlyTheHttpEdgeUsesJavalin() {
        noClasses().that(DescribedPredicate.not(or(HTTP_EDGE, FINDER_FOR_NOW)))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .because("services and repositories take plain values; the edge reads them from the request")
                .check(MAIN);
    }

    @Test
    void repositoriesAndServicesNeverSeeARequest() {
        noClasses().that().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(MAIN);
    }
}
