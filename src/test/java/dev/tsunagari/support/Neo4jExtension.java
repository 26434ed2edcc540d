package dev.tsunagari.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips cleanly when the chosen Neo4j cannot run here (no Docker engine), and cleans the graph before each test. */
public final class Neo4jExtension implements ExecutionCondition, BeforeEachCallback {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestNeo4j.available()
                ? ConditionEvaluationResult.enabled("Neo4j backend: " + TestNeo4j.BACKEND)
                : ConditionEvaluationResult.disabled("no Docker engine for the Testcontainers Neo4j");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestNeo4j.clean();
    }
}
