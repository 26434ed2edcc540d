package dev.tsunagari.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The strict JSON of the API: unknown fields, trailing tokens, duplicate keys and silent type coercions
 * (a number where text is expected, "0.5" where a number is) are client errors that name the field.
 */
public final class Json {
    public static final ObjectMapper MAPPER = build();

    private Json() {}

    private static ObjectMapper build() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .build());
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** Reads the request body as {@code type}; a body that is not valid JSON of that shape is a 400 problem. */
    public static <T> T body(Context ctx, Class<T> type) {
        JsonMediaType.require(ctx.header("Content-Type"));
        return parse(ctx.bodyAsBytes(), type);
    }

    public static JsonNode tree(Context ctx) {
        JsonMediaType.require(ctx.header("Content-Type"));
        return parse(ctx.bodyAsBytes(), JsonNode.class);
    }

    public static <T> T parse(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw ApiException.invalid("body", "a JSON body is required");
        }
        try {
            T value = MAPPER.readValue(utf8(bytes), type);
            if (value == null) {
                throw ApiException.invalid("body", "a JSON object is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw problemFor(e);
        } catch (IOException e) {
            throw ApiException.invalid("body", "the body could not be read");
        }
    }

    /**
     * The body as text, decoded strictly: Jackson's own decoder lets overlong forms through ({@code C0 AF} becomes
     * "/"), and the API is UTF-8 only. A leading byte order mark is tolerated.
     */
    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("body", "is not valid UTF-8");
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw problemFor(e);
        }
    }

    static ApiException problemFor(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiException.invalid(path(unknown), "unknown field");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A syntax error inside a value (a bad escape, an unterminated string) surfaces as a mapping error.
            boolean unreadable = mapping.getCause() instanceof JsonParseException;
            return ApiException.invalid(path(mapping), unreadable ? "is not valid JSON text" : "has the wrong type or shape");
        }
        if (e instanceof JsonParseException) {
            return ApiException.invalid("body", "is not valid JSON (UTF-8) at line " + location(e));
        }
        return ApiException.invalid("body", "is not a JSON object of the expected shape");
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
