package dev.fledge.render.mastodoncsv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes CSV rows the way Mastodon's exporter does, with Jackson's CSV generator: UTF-8 without byte-order mark,
 * comma-separated, LF line ends, a field quoted only when it holds a comma, a quote or a line break (quotes doubled).
 * Leaves the target stream open (it is often a ZIP entry).
 */
final class CsvRowWriter {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .disable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema DIALECT = CsvSchema.emptySchema()
            .withColumnSeparator(',').withQuoteChar('"').withLineSeparator("\n").withoutEscapeChar();

    private final CsvGenerator generator;
    private final int columns;

    /** @param columns the number of fields every row must have */
    CsvRowWriter(OutputStream out, int columns) throws IOException {
        this.generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.generator.setSchema(DIALECT);
        this.columns = columns;
    }

    void row(List<String> fields) throws IOException {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("every row of this file has " + columns + " fields");
        }
        generator.writeStartArray();
        for (String field : fields) {
            generator.writeString(field);
        }
        generator.writeEndArray();
    }

    void row(String... fields) throws IOException {
        row(List.of(fields));
    }

    /** Flushes what is buffered to the target, which stays open. */
    void finish() throws IOException {
        generator.close();
    }
}
