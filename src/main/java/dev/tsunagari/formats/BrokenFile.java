package dev.tsunagari.formats;

/**
 * A file that cannot be imported as a whole: wrong header, truncated line, bytes that are not text in the expected
 * encoding, a vCard without its END. Found before anything is written, so such a file changes nothing.
 */
public final class BrokenFile extends RuntimeException {
    private final int line;

    public BrokenFile(int line, String detail) {
        super(detail, null, false, false);
        this.line = line;
    }

    /** The line where the file breaks, or 0 when it is not known. */
    public int line() {
        return line;
    }

    /** The detail with the line in front, as people read it. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}
