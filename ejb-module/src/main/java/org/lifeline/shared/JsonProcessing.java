package org.lifeline.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every builder, reader, parser and writer comes from. {@code jakarta.json.Json}'s static
 * methods look the provider up again on every call (a service-loader scan of the deployment's jars): under load that
 * scan was a fifth of the compliance job's CPU. Layout tests keep {@code Json} itself out of the code.
 */
public final class JsonProcessing {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProcessing() {}
}
