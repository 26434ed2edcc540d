package dev.tsunagari.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of the web page: headless Chromium ({@link Browser}) against the real app and a real Neo4j, cleaned
 * before each test. The browser is looked for first, so a machine without one skips the class (or, with CI set,
 * fails it) before starting a database. Not tagged neo4j: the page is tested once, not again per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith({BrowserTest.Chromium.class, Neo4jExtension.class})
public @interface BrowserTest {

    /** Skips the class where no browser is installed (unless CI is set); else starts it before anything else. */
    final class Chromium implements ExecutionCondition, BeforeAllCallback {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Browser.skipReason().map(ConditionEvaluationResult::disabled)
                    .orElseGet(() -> ConditionEvaluationResult.enabled("a browser is installed, or CI is set"));
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            Browser.driver();
        }
    }
}
