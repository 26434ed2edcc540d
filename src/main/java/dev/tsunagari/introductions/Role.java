package dev.tsunagari.introductions;

/** The three parts people play in an introduction. */
public enum Role {
    /** Asks to be introduced. */
    REQUESTER,
    /** The person the requester would like to meet. */
    TARGET,
    /** The intermediary who knows both and makes the introduction. */
    VIA
}
