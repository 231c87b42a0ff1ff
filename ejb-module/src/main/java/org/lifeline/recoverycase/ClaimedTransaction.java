package org.lifeline.recoverycase;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;

/**
 * What the owner claims to remember: a reference (a transaction id, a transaction hash, an address) and, where they
 * remember them, the amount, the asset and the day. Sealed at rest; shown to support and sent to the platform's
 * verifier, never shown to the owner again. The amount is kept as written (a decimal string), never as a float.
 */
public record ClaimedTransaction(String reference, String amount, String asset, LocalDate occurredOn) {

    public static final int MAX_REFERENCE_LENGTH = 128;
    public static final int MAX_AMOUNT_LENGTH = 64;
    public static final int MAX_ASSET_LENGTH = 16;

    /** The JSON members, absent ones as null, as the verifier's request and the sealed form carry them. */
    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("reference", reference);
        add(json, "amount", amount);
        add(json, "asset", asset);
        add(json, "occurredOn", occurredOn == null ? null : occurredOn.toString());
        return json;
    }

    static ClaimedTransaction fromJson(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            String day = json.getString("occurredOn", null);
            return new ClaimedTransaction(
                    json.getString("reference"),
                    json.getString("amount", null),
                    json.getString("asset", null),
                    day == null ? null : LocalDate.parse(day));
        }
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }
}
