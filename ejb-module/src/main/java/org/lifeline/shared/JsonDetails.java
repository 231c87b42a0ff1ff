package org.lifeline.shared;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/** Details of an event as a JSON object with sorted keys: the same map always gives the same text. */
public final class JsonDetails {

    private JsonDetails() {
    }

    public static String of(Map<String, String> details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details).forEach(json::add);
        return json.build().toString();
    }
}
