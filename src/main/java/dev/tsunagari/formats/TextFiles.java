package dev.tsunagari.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns import files into text without ever guessing silently: bytes that are not valid in the expected encoding
 * stop the import instead of becoming replacement characters in someone's name.
 */
final class TextFiles {
    /** What Japanese phones write: Shift_JIS with the Windows extensions (①, ㈱, NEC special characters). */
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private TextFiles() {}

    /** A strict UTF-8 reader that skips a leading byte order mark (spreadsheet programs write one). */
    static Reader utf8(Path file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (!bom) {
            in.unread(head);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** The decoded text and the charset it was in. */
    record Text(String text, Charset charset) {}

    /** UTF-8 when the bytes are valid UTF-8, otherwise Shift_JIS when they are valid Shift_JIS; else broken. */
    static Text utf8OrShiftJis(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, SHIFT_JIS}) {
            try {
                return new Text(strict(charset, content.duplicate()), charset);
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new BrokenFile(firstBadLine(bytes, start), "is neither UTF-8 nor Shift_JIS text");
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes).toString();
    }

    /** The line of the first byte that is not valid UTF-8 (0 when there is none), to say where a file broke. */
    static int firstBadUtf8Line(Path file) throws IOException {
        return firstBadLine(Files.readAllBytes(file), 0);
    }

    private static int firstBadLine(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int line = 1;
                for (int i = start; i < in.position(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
            if (result.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
    }
}
