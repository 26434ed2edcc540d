package dev.tsunagari.introductions;

/**
 * The body of {@code POST /api/introductions}: who asks, whom they would like to meet, who would introduce
 * them, and how ({@code light}: "interested? if not, just say so"; {@code vouched}: via stands behind both).
 */
public record IntroductionInput(String id, String requester, String target, String via, String message, String mode) {}
