package dev.fledge.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Every byte-level formatting rule of X archive files lives here (FORMAT.md §3): the two Jackson pretty-print
 * styles, the Grailbird escaping, the {@code window.YTD.<t>.partN = } wrapper, HTML escaping of texts and the date
 * formats. Nothing else in the testkit decides where a space or a newline goes.
 */
public final class ArchiveJson {

    /** How a file is pretty-printed. */
    public enum Style {
        /**
         * Data files from 2021-06 on: arrays broken one element per line, {@code "key" : value}, empty {@code [ ]}
         * and {@code { }}.
         */
        NEW,
        /**
         * Jackson's default style: data files of 2020 and the manifest of every vintage. Arrays inline
         * ({@code [ "1", "2" ]}, {@code [ {\n…\n}, {\n…\n} ]}); a data file without rows is {@code []}.
         */
        OLD,
        /** {@link #OLD} plus the Grailbird escaping: {@code \/}, {@code <} and {@code >} as
         * {@code \}{@code u003C} and {@code \}{@code u003E}, non-ASCII as {@code \}{@code uXXXX}. */
        GRAILBIRD
    }

    /** Used only to build trees; its own formatting settings are never used for output. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The factory of G1–G3 generators (its mapper lets generators write trees). */
    private static final JsonFactory FACTORY = new ObjectMapper(JsonFactory.builder()
            // X writes emoji as raw UTF-8; Jackson 2.18+ escapes surrogate pairs unless told otherwise
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build()).getFactory();
    /** The factory of Grailbird generators: every non-ASCII character as an escape. */
    private static final JsonFactory GRAILBIRD_FACTORY = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build()).getFactory();

    private static final DateTimeFormatter TWITTER_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GRAILBIRD_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ArchiveJson() {
    }

    // ---------------------------------------------------------------- trees

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = array();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static ArrayNode strings(List<String> values) {
        return strings(values.toArray(String[]::new));
    }

    /** {@code [ "start", "end" ]} as X writes indices: numbers as strings. */
    static ArrayNode indices(int start, int end) {
        return strings(Integer.toString(start), Integer.toString(end));
    }

    /** A single-key row such as {@code { "like" : { … } }}. */
    static ObjectNode row(String key, JsonNode value) {
        ObjectNode row = object();
        row.set(key, value);
        return row;
    }

    // ---------------------------------------------------------------- texts and dates

    /** Escapes exactly {@code &}, {@code <} and {@code >} as X does in full_text, fullText and DM text (FORMAT.md §5.3.5). */
    public static String escapeHtml(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code Sat Nov 09 12:14:18 +0000 2024}. */
    public static String twitterDate(Instant instant) {
        return TWITTER_DATE.format(instant);
    }

    /** {@code 2024-11-09T12:14:18.648Z}. */
    public static String isoMillis(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** {@code 2019-02-08 08:38:13 +0000} (Grailbird and tweets.csv). */
    public static String grailbirdDate(Instant instant) {
        return GRAILBIRD_DATE.format(instant);
    }

    // ---------------------------------------------------------------- files

    /**
     * A whole {@code window.YTD.<global>.part<N> = [ … ]} file (no trailing newline, no semicolon).
     *
     * @param assignment e.g. {@code window.YTD.tweets.part0}
     */
    static byte[] ytdFile(String assignment, List<? extends JsonNode> rows, Style style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = new RowWriter(out, assignment + " = ", style)) {
            rows.forEach(writer::write);
        }
        return out.toByteArray();
    }

    /**
     * {@code <head><value>}: the head is written as is, e.g. {@code "window.__THAR_CONFIG = "},
     * {@code "var tweet_index =  "} (two spaces) or {@code "Grailbird.data.tweets_2019_02 = \n"}.
     */
    static byte[] assignment(String head, JsonNode value, Style style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = generator(out, style)) {
            generator.writeRaw(head);
            generator.writeTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JsonGenerator generator(OutputStream out, Style style) throws IOException {
        JsonGenerator generator = (style == Style.GRAILBIRD ? GRAILBIRD_FACTORY : FACTORY).createGenerator(new KeepOpen(out));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        if (style == Style.NEW) {
            printer = printer.withArrayIndenter(new DefaultIndenter("  ", "\n"));
        }
        generator.setPrettyPrinter(printer);
        if (style == Style.GRAILBIRD) {
            generator.setCharacterEscapes(GrailbirdEscapes.INSTANCE);
        }
        return generator;
    }

    /**
     * Writes the rows of one YTD file (or a Grailbird month file) one at a time, so that files of any size stream
     * straight into a ZIP entry. The array is opened at the first row; a file without rows is {@code [ ]}
     * ({@code []} in the {@link Style#OLD} style, as 2020 archives have it).
     */
    static final class RowWriter implements Closeable {
        private final JsonGenerator generator;
        private final Style style;
        private long rows;

        /** @param head the bytes before the array, e.g. {@code "window.YTD.like.part0 = "} */
        RowWriter(OutputStream out, String head, Style style) {
            this.style = style;
            try {
                this.generator = generator(out, style);
                generator.writeRaw(head);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(JsonNode row) {
            try {
                if (rows == 0) {
                    generator.writeStartArray();
                }
                generator.writeTree(row);
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long rows() {
            return rows;
        }

        @Override
        public void close() {
            try {
                if (rows == 0) {
                    generator.writeRaw(style == Style.NEW ? "[ ]" : "[]");
                } else {
                    generator.writeEndArray();
                }
                generator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Grailbird escapes {@code /} as {@code \/} and {@code <}, {@code >} as {@code \}{@code u003C}, {@code \}{@code u003E}. */
    private static final class GrailbirdEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final GrailbirdEscapes INSTANCE = new GrailbirdEscapes();
        private static final SerializedString SLASH = new SerializedString("\\/");
        private final int[] escapes;

        private GrailbirdEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['/'] = ESCAPE_CUSTOM;
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '/' ? SLASH : null;
        }
    }

    /** Lets a generator be closed (to flush it) without closing the ZIP stream underneath. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
