package dev.tsunagari.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code parameters} of a console request as Cypher values. JSON numbers that Cypher cannot hold (beyond a
 * 64-bit integer, or a float that overflows to infinity) are refused here, naming the parameter, instead of being
 * rounded silently or failing inside the driver.
 */
final class ConsoleParameters {
    static final int MAX_PARAMETERS = 100;

    private ConsoleParameters() {}

    static Map<String, Object> from(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ApiException.invalid("parameters", "must be a JSON object of parameter names and values");
        }
        if (node.size() > MAX_PARAMETERS) {
            throw ApiException.invalid("parameters", "at most " + MAX_PARAMETERS + " parameters");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), value("parameters." + e.getKey(), e.getValue())));
        return out;
    }

    private static Object value(String field, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw ApiException.invalid(field, "is beyond a 64-bit integer");
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isInfinite(d) || Double.isNaN(d)) {
                throw ApiException.invalid(field, "is beyond a 64-bit float");
            }
            return d;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(value(field + "[" + i + "]", node.get(i)));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), value(field + "." + e.getKey(), e.getValue())));
        return map;
    }
}
