package com.example.shop.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads a JSON string and refuses it when it is not plain text: control characters other than tab, line feed and
 * carriage return (a NUL makes PostgreSQL fail the insert), and unpaired surrogates (not characters at all; stored
 * as U+FFFD, so the shop would keep something else than it was sent). Every other character, emoji, right-to-left
 * marks and combining marks included, is text a customer may mean.
 */
public class PlainText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && !isPlain(text)) {
            throw context.weirdStringException(text, String.class,
                    "contains a control character or an unpaired surrogate");
        }
        return text;
    }

    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
