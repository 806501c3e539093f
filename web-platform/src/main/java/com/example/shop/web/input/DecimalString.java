package com.example.shop.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount only as the API documents it, a decimal string such as {@code "12.50"}. A JSON number was taken
 * as well ({@code 1.5}, or {@code 123}), and Jackson's own reading of a string let a NUL or spaces around the digits
 * through; the API description (and a client generated from it) knows the string only.
 */
public class DecimalString extends StdScalarDeserializer<BigDecimal> {

    /** The shape of an amount; how many digits it may have is each request's own rule. */
    public static final String PATTERN = "-?[0-9]+(\\.[0-9]+)?";
    private static final Pattern DECIMAL = Pattern.compile(PATTERN);

    public DecimalString() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        String text = parser.getString();
        if (!DECIMAL.matcher(text).matches()) {
            throw context.weirdStringException(text, BigDecimal.class, "is not a decimal such as 12.50");
        }
        return new BigDecimal(text);
    }
}
