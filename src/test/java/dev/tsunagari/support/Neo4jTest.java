package dev.tsunagari.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test against a real Neo4j (see {@link TestNeo4j}); the graph is emptied before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("neo4j")
@ExtendWith(Neo4jExtension.class)
public @interface Neo4jTest {}
