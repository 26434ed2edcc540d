package dev.tsunagari.formats;

import dev.tsunagari.records.TieRecord;
import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.IntroductionRecord;
import dev.tsunagari.records.InteractionRecord;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.records.AccountRecord;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.ties.TieInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Our JSON export format ({@link JsonExport}), read as a stream so a million ties never sit in memory at
 * once. Records are numbered in file order across all sections; {@code sections} says which of them this reader
 * hands on, so that the importer can take every person before any tie whatever the order in the file. A
 * version this service does not know (a later one) is refused as a broken file: reading it as an older one could
 * drop what it holds.
 */
public final class JsonSource implements Source {
    public static final Set<String> SECTIONS = Set.of("people", "ties", "introductions", "interactions", "accounts");
    private static final ObjectReader ELEMENT = Json.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Set<String> wanted;

    public JsonSource(Set<String> wanted) {
        this.wanted = wanted;
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BrokenFile(1, "a Tsunagari JSON file is one object with schemaVersion, people and ties");
            }
            int record = 0;
            int version = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("schemaVersion")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || !JsonExport.READABLE.contains(parser.getIntValue())) {
                        throw new BrokenFile(line(parser), "schemaVersion must be 1, 2 or " + JsonExport.SCHEMA_VERSION
                                + ", the versions this service reads (this file says " + parser.getText() + ")");
                    }
                    version = parser.getIntValue();
                } else if (field.equals("accounts") && version < 3) {
                    throw new BrokenFile(line(parser), "accounts are read from files whose schemaVersion, 3 or later,"
                            + " comes before them (as every export writes it)");
                } else if (SECTIONS.contains(field)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new BrokenFile(line(parser), field + " must be an array");
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        record++;
                        int line = line(parser);
                        if (!wanted.contains(field)) {
                            parser.skipChildren();
                            sink.seen(record);
                        } else {
                            element(field, version, ELEMENT.readValue(parser), record, line, sink);
                        }
                    }
                } else {
                    throw new BrokenFile(line(parser), "unknown top-level field " + field);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new BrokenFile(line(parser), "the file does not end where its object ends");
            }
            if (version == 0) {
                throw new BrokenFile(1, "schemaVersion is missing: this is not a Tsunagari export");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BrokenFile(line, "is not valid JSON in UTF-8 (" + e.getOriginalMessage() + ")");
        }
    }

    /**
     * One record of a section. The stored-only fields of ties are read once the file has said it is version 3
     * (before its records, as every export writes it); older files are read exactly as before.
     */
    private static void element(String section, int version, JsonNode node, int record, int line, RecordSink sink) {
        if (!node.isObject()) {
            sink.reject(record, line, section, section, "each item must be a JSON object");
            return;
        }
        try {
            switch (section) {
                case "people" -> {
                    PersonInput person = Json.MAPPER.treeToValue(node, PersonInput.class);
                    sink.accept(new Incoming.Person(record, line, person, person.id() != null, null));
                }
                case "ties" -> {
                    if (version >= 3) {
                        TieRecord tie = Json.MAPPER.treeToValue(node, TieRecord.class);
                        sink.accept(new Incoming.Tie(record, line, tie.input(), tie.state()));
                    } else {
                        sink.accept(new Incoming.Tie(record, line, Json.MAPPER.treeToValue(node, TieInput.class)));
                    }
                }
                case "accounts" -> sink.accept(new Incoming.Account(record, line,
                        Json.MAPPER.treeToValue(node, AccountRecord.class)));
                case "introductions" -> sink.accept(new Incoming.Introduction(record, line,
                        Json.MAPPER.treeToValue(node, IntroductionRecord.class)));
                default -> sink.accept(new Incoming.Interaction(record, line,
                        Json.MAPPER.treeToValue(node, InteractionRecord.class)));
            }
        } catch (UnrecognizedPropertyException e) {
            sink.reject(record, line, section, e.getPropertyName(), "unknown field");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? section : e.getPath().get(0).getFieldName();
            sink.reject(record, line, section, field, "has the wrong type or shape");
        } catch (JsonProcessingException e) {
            sink.reject(record, line, section, section, "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
