package dev.tsunagari.formats;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import ezvcard.VCard;
import ezvcard.io.scribe.RawPropertyScribe;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * vCard 2.1, 3.0 and 4.0 through ez-vcard, including what Japanese phones export: Shift_JIS text, quoted-printable
 * values, and the reading of a name as {@code SOUND;X-IRMC-N}. The file is checked card by card first (every
 * BEGIN:VCARD has its END:VCARD), because ez-vcard quietly accepts a card cut off at the end of the file.
 */
public final class VCardSource implements Source {

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        TextFiles.Text text = TextFiles.utf8OrShiftJis(file);
        List<Integer> starts = cardStarts(text.text());
        int index = 0;
        try (VCardReader reader = new VCardReader(text.text())) {
            reader.setDefaultQuotedPrintableCharset(text.charset());
            // ez-vcard reads SOUND as audio; Japanese phones put the reading of the name there.
            reader.getScribeIndex().register(new RawPropertyScribe("SOUND"));
            VCard card;
            while ((card = reader.readNext()) != null) {
                int record = ++index;
                int line = record <= starts.size() ? starts.get(record - 1) : 0;
                VCardMapping.toPerson(card).ifPresentOrElse(
                        person -> sink.accept(new Incoming.Person(record, line, person, false, null)),
                        () -> sink.reject(record, line, "FN", "a contact needs a name (FN or N)"));
            }
        }
    }

    /** The line of every top-level BEGIN:VCARD; a card left open is a broken file. */
    static List<Integer> cardStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        int line = 0;
        int openedAt = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            line++;
            String upper = raw.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(line);
                    openedAt = line;
                }
                depth++;
            } else if (upper.equals("END:VCARD")) {
                if (depth == 0) {
                    throw new BrokenFile(line, "END:VCARD without a BEGIN:VCARD before it");
                }
                depth--;
            } else if (depth == 0 && !upper.isEmpty()) {
                throw new BrokenFile(line, "is outside any BEGIN:VCARD ... END:VCARD: this is not a vCard file");
            }
        }
        if (depth > 0) {
            throw new BrokenFile(openedAt, "the vCard that starts here (record " + starts.size()
                    + ") has no END:VCARD: the file is cut short");
        }
        if (starts.isEmpty()) {
            throw new BrokenFile(0, "holds no vCard (BEGIN:VCARD ... END:VCARD)");
        }
        return starts;
    }
}
