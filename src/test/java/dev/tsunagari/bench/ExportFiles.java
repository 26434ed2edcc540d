package dev.tsunagari.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tsunagari.http.Json;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated graph as it streams by, twice: as our JSON export format (what {@code io.BulkLoad} reads;
 * one record a line, written token by token so no tree of a million people is built) and as the tab-separated
 * files the PostgreSQL baseline loads with {@code COPY} (people's tags, and ties with integer ends).
 */
final class ExportFiles implements CommunityGraph.Sink, Closeable {
    private final JsonGenerator json;
    private final Writer tags;
    private final Writer ties;
    private boolean inTies;

    ExportFiles(Path jsonFile, Path tagsFile, Path tiesFile) throws IOException {
        json = Json.MAPPER.getFactory().createGenerator(
                new BufferedOutputStream(Files.newOutputStream(jsonFile), 1 << 16), JsonEncoding.UTF8);
        tags = Files.newBufferedWriter(tagsFile, StandardCharsets.UTF_8);
        ties = Files.newBufferedWriter(tiesFile, StandardCharsets.UTF_8);
        json.writeStartObject();
        json.writeNumberField("schemaVersion", 1);
        json.writeArrayFieldStart("people");
    }

    @Override
    public void person(int index, CommunityGraph.Person p) {
        try {
            json.writeRaw('\n');
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("name", p.name());
            json.writeStringField("headline", p.headline());
            json.writeStringField("location", p.location());
            list("tags", p.tags());
            list("offers", p.offers());
            list("seeks", p.seeks());
            json.writeEndObject();
            for (String tag : p.tags()) {
                tags.write(index + "\t" + tag + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void tie(int from, int to, CommunityGraph.Tie t) {
        try {
            if (!inTies) {
                json.writeRaw('\n');
                json.writeEndArray();
                json.writeArrayFieldStart("ties");
                inTies = true;
            }
            json.writeRaw('\n');
            json.writeStartObject();
            json.writeStringField("from", t.from());
            json.writeStringField("to", t.to());
            json.writeStringField("type", t.type());
            json.writeNumberField("strength", t.strength());
            json.writeStringField("context", t.context());
            if (t.since() != null) {
                json.writeStringField("since", t.since());
            }
            if (t.lastContact() != null) {
                json.writeStringField("lastContact", t.lastContact());
            }
            json.writeEndObject();
            ties.write(from + "\t" + to + "\t" + t.type() + "\t" + t.strength() + "\t" + t.context() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        if (!inTies) {
            json.writeEndArray();
            json.writeArrayFieldStart("ties");
        }
        json.writeRaw('\n');
        json.writeEndArray();
        json.writeArrayFieldStart("introductions");
        json.writeEndArray();
        json.writeArrayFieldStart("interactions");
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
        tags.close();
        ties.close();
    }
}
