package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The records as NDJSON: one JSON object per line, each with its {@code type} first, the first one ({@code source})
 * also carrying {@code schema}. Each record is generated into a line buffer and copied to the output only when
 * complete, so every line a client receives is a whole record. A failure part-way discards the unfinished record
 * and ends the output with an {@code error} record holding an RFC 9457 problem.
 */
final class LineLayout implements RecordLayout {
    static final String INTERNAL_DETAIL = "The conversion failed after the answer had started. The records before "
            + "this one are complete; the rest is missing. Nothing was kept.";

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private JsonGenerator generator;
    private String schemaId;

    LineLayout(OutputStream out) throws IOException {
        this.out = out;
        this.generator = Json.FACTORY.createGenerator(line);
    }

    @Override
    public JsonGenerator generator() {
        return generator;
    }

    @Override
    public void begin(String schemaId) {
        this.schemaId = schemaId;
    }

    @Override
    public JsonGenerator beginRecord(String section, String recordType) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("type", recordType);
        if (schemaId != null) {
            generator.writeStringField("schema", schemaId);
            schemaId = null;
        }
        return generator;
    }

    @Override
    public void endRecord() throws IOException {
        generator.writeEndObject();
        generator.flush();
        line.write('\n');
        line.writeTo(out);
        line.reset();
    }

    @Override
    public void beginList(String section) {
        // lines have no lists: each element is a record of its own
    }

    @Override
    public void endList() {
        // see beginList
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void abort(Exception cause) {
        try {
            line.reset(); // an unfinished record is dropped
            generator = Json.FACTORY.createGenerator(line);
            generator.writeStartObject();
            generator.writeStringField("type", "error");
            generator.writeObjectFieldStart("problem");
            writeProblem(generator, cause);
            generator.writeEndObject();
            generator.writeEndObject();
            generator.flush();
            line.write('\n');
            line.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            if (e != cause) { // the same broken connection fails again
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * The problem fields for a failure: a {@link FledgeException}'s type, detail and place in the archive, or an
     * internal error whose detail says nothing about the archive (exception messages may quote content).
     */
    static void writeProblem(JsonGenerator g, Exception cause) throws IOException {
        FledgeException known = cause instanceof FledgeException f ? f
                : cause.getCause() instanceof FledgeException f ? f : null;
        ProblemType type = known == null ? ProblemType.INTERNAL : known.type();
        g.writeStringField("type", type.uri());
        g.writeStringField("title", type.title());
        g.writeNumberField("status", type.status());
        g.writeStringField("detail", known == null ? INTERNAL_DETAIL : known.detail());
        FileLocation location = known == null ? null : known.location();
        if (location != null) {
            g.writeStringField("file", location.file());
            if (location.line() != null) {
                g.writeNumberField("line", location.line());
            }
            if (location.column() != null) {
                g.writeNumberField("column", location.column());
            }
        }
    }
}
