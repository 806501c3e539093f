package com.example.shop.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads an id only in its canonical form (36 characters, hex digits and four dashes). Jackson's own reader trims
 * the text first, so an id followed by a NUL or a space was taken for the id, and {@code UUID.fromString} takes
 * forms such as "1-1-1-1-1" for another id altogether.
 */
public class CanonicalUuid extends StdScalarDeserializer<UUID> {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public CanonicalUuid() {
        super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (UUID) context.handleUnexpectedToken(UUID.class, parser);
        }
        String text = parser.getString();
        if (!CANONICAL.matcher(text).matches()) {
            throw context.weirdStringException(text, UUID.class, "is not an id in its canonical form");
        }
        return UUID.fromString(text);
    }
}
