package dev.tsunagari.formats;

import dev.tsunagari.records.NetworkReader;
import dev.tsunagari.people.Person;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.StructuredName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * People as vCard 4.0 for address books: UID is the person's id (so importing the file back finds the same
 * people), the kana reading goes where phones look for it (X-PHONETIC-LAST/FIRST-NAME), tags become CATEGORIES.
 * Ties, headline, offers and seeks have no place in a vCard and are left out.
 */
public final class VCardExport {
    private VCardExport() {}

    public static void write(NetworkReader reader, OutputStream out) throws IOException {
        VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
        writer.setAddProdId(false);
        reader.people(p -> {
            try {
                writer.write(card(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    static VCard card(Person p) {
        VCard card = new VCard();
        card.setUid(new ezvcard.property.Uid(p.id()));
        card.setFormattedName(p.name());
        card.setStructuredName(structured(p.name()));
        if (p.kana() != null) {
            String[] kana = p.kana().split("\\s+", 2);
            card.addExtendedProperty("X-PHONETIC-LAST-NAME", kana[0]);
            if (kana.length > 1) {
                card.addExtendedProperty("X-PHONETIC-FIRST-NAME", kana[1]);
            }
        }
        if (p.organization() != null) {
            card.setOrganization(p.organization());
        }
        if (p.role() != null) {
            card.addTitle(p.role());
        }
        if (p.email() != null) {
            card.addEmail(p.email());
        }
        if (p.phone() != null) {
            card.addTelephoneNumber(p.phone());
        }
        if (p.notes() != null) {
            card.addNote(p.notes());
        }
        if (!p.tags().isEmpty()) {
            card.setCategories(p.tags().toArray(String[]::new));
        }
        p.links().forEach(card::addUrl);
        return card;
    }

    /** Japanese names are written family name first, others given name first. */
    private static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        boolean japanese = name.codePoints().anyMatch(VCardMapping::isCjk);
        int split = japanese ? name.indexOf(' ') : name.lastIndexOf(' ');
        if (split < 0) {
            n.setFamily(name);
        } else if (japanese) {
            n.setFamily(name.substring(0, split).strip());
            n.setGiven(name.substring(split + 1).strip());
        } else {
            n.setGiven(name.substring(0, split).strip());
            n.setFamily(name.substring(split + 1).strip());
        }
        return n;
    }
}
