package dev.tsunagari.io;

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
 * hands on, so that the importer can take every person before any tie whatever the order in the file.
 */
final class JsonSource implements Source {
    static final Set<String> SECTIONS = Set.of("people", "ties", "introductions", "interactions");
    private static final ObjectReader ELEMENT = Json.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Set<String> wanted;

    JsonSource(Set<String> wanted) {
        this.wanted = wanted;
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BrokenFile(1, "a Tsunagari JSON file is one object with schemaVersion, people and ties");
            }
            int record = 0;
            boolean versioned = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("schemaVersion")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || !JsonExport.READABLE.contains(parser.getIntValue())) {
                        throw new BrokenFile(line(parser), "schemaVersion must be 1 or " + JsonExport.SCHEMA_VERSION
                                + ", the versions this service reads");
                    }
                    versioned = true;
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
                            element(field, ELEMENT.readValue(parser), record, line, sink);
                        }
                    }
                } else {
                    throw new BrokenFile(line(parser), "unknown top-level field " + field);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new BrokenFile(line(parser), "the file does not end where its object ends");
            }
            if (!versioned) {
                throw new BrokenFile(1, "schemaVersion is missing: this is not a Tsunagari export");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BrokenFile(line, "is not valid JSON in UTF-8 (" + e.getOriginalMessage() + ")");
        }
    }

    private static void element(String section, JsonNode node, int record, int line, RecordSink sink) {
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
                case "ties" -> sink.accept(new Incoming.Tie(record, line, Json.MAPPER.treeToValue(node, TieInput.class)));
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
