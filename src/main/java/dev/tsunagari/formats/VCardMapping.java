package dev.tsunagari.formats;

import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.Ids;
import dev.tsunagari.people.PersonInput;
import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a vCard says about a person, in our fields. The kana reading comes from wherever phones put it:
 * {@code X-PHONETIC-LAST/FIRST-NAME} (iPhone, Android), {@code N;SORT-AS} (vCard 4.0) or {@code SOUND;X-IRMC-N}
 * (Japanese feature phones), NFKC-normalised so half-width ﾔﾏﾀﾞ becomes ヤマダ. Tags come from CATEGORIES and
 * from the phone-book group ({@code X-GN}) of those phones.
 */
final class VCardMapping {
    private VCardMapping() {}

    static Optional<PersonInput> toPerson(VCard card) {
        String name = name(card);
        if (name == null) {
            return Optional.empty();
        }
        String uid = card.getUid() == null ? null : blankToNull(card.getUid().getValue());
        return Optional.of(new PersonInput(
                Ids.valid(uid) ? uid : null,
                name,
                kana(card),
                null,
                card.getOrganization() == null ? null : first(card.getOrganization().getValues()),
                card.getTitles().stream().map(TextProperty::getValue).map(VCardMapping::blankToNull)
                        .filter(Objects::nonNull).findFirst().orElse(null),
                null,
                nullIfEmpty(Stream.concat(card.getCategoriesList().stream().flatMap(c -> c.getValues().stream()),
                        card.getExtendedProperties("X-GN").stream().map(RawProperty::getValue))),
                null,
                null,
                blankToNull(card.getNotes().stream().map(TextProperty::getValue).filter(Objects::nonNull)
                        .collect(Collectors.joining("\n"))),
                card.getEmails().stream().map(TextProperty::getValue).map(VCardMapping::blankToNull)
                        .filter(Objects::nonNull).findFirst().orElse(null),
                card.getTelephoneNumbers().stream().map(VCardMapping::phone).filter(Objects::nonNull)
                        .findFirst().orElse(null),
                nullIfEmpty(card.getUrls().stream().map(TextProperty::getValue)),
                null,
                null));
    }

    private static String name(VCard card) {
        if (card.getFormattedName() != null && blankToNull(card.getFormattedName().getValue()) != null) {
            return card.getFormattedName().getValue().strip();
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return null;
        }
        String family = blankToNull(n.getFamily());
        String given = blankToNull(n.getGiven());
        boolean japanese = (family + given).codePoints().anyMatch(VCardMapping::isCjk);
        return japanese ? joined(family, given) : joined(given, family);
    }

    private static String kana(VCard card) {
        String phonetic = joined(raw(card, "X-PHONETIC-LAST-NAME"), raw(card, "X-PHONETIC-FIRST-NAME"));
        if (phonetic == null && card.getStructuredName() != null) {
            // SORT-AS="やまだ,はなこ" arrives as one value; its parts are family and given name.
            phonetic = joined(card.getStructuredName().getSortAs().stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).toArray(String[]::new));
        }
        if (phonetic == null) {
            RawProperty sound = card.getExtendedProperty("SOUND");
            if (sound != null && sound.getParameters().getTypes().stream().anyMatch("X-IRMC-N"::equalsIgnoreCase)) {
                phonetic = joined(Arrays.stream(sound.getValue().split(";")).limit(2).toArray(String[]::new));
            }
        }
        return phonetic == null ? null : FullTextQuery.normalize(phonetic);
    }

    private static String raw(VCard card, String name) {
        RawProperty property = card.getExtendedProperty(name);
        return property == null ? null : blankToNull(property.getValue());
    }

    private static String phone(Telephone tel) {
        if (tel.getText() != null) {
            return blankToNull(tel.getText());
        }
        return tel.getUri() == null ? null : tel.getUri().getNumber();
    }

    private static String joined(String... parts) {
        String joined = Stream.of(parts).map(VCardMapping::blankToNull).filter(Objects::nonNull)
                .map(String::strip).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static String first(Collection<String> values) {
        return values.stream().map(VCardMapping::blankToNull).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<String> nullIfEmpty(Stream<String> values) {
        List<String> list = values.map(VCardMapping::blankToNull).filter(Objects::nonNull).map(String::strip)
                .distinct().toList();
        return list.isEmpty() ? null : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
