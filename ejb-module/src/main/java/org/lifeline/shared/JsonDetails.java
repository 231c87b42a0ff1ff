package org.lifeline.shared;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Details of an event as a JSON object with sorted keys: the same map always gives the same text. */
public final class JsonDetails {

    private JsonDetails() {}

    public static String of(Map<String, String> details) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        new TreeMap<>(details).forEach(json::add);
        return json.build().toString();
    }

    /** The map {@link #of} wrote, keys sorted. */
    public static Map<String, String> parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> details = new TreeMap<>();
            object.forEach((key, value) ->
                    details.put(key, value instanceof JsonString text ? text.getString() : value.toString()));
            return details;
        }
    }
}
