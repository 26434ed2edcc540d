package dev.tsunagari.introductions;

/**
 * The optional body of a move ({@code agree}, {@code accept}, {@code decline}, {@code connect},
 * {@code withdraw}); {@code outcome} and {@code at} are read only by {@code outcome}.
 */
public record StepInput(String note, String outcome, String at) {
    static final StepInput NONE = new StepInput(null, null, null);
}
