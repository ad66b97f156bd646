package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The records as one JSON document: {@code {"schema": …, "source": {…}, "posts": [{…}, …], …}}, written straight
 * into the output stream. A failure part-way leaves the document cut: its outermost object is never closed, so a
 * client's parser fails instead of taking a partial document for a complete one.
 */
final class DocumentLayout implements RecordLayout {
    private final JsonGenerator generator;
    private boolean inList;

    DocumentLayout(OutputStream out) throws IOException {
        this.generator = Json.FACTORY.createGenerator(out);
    }

    @Override
    public JsonGenerator generator() {
        return generator;
    }

    @Override
    public void begin(String schemaId) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("schema", schemaId);
    }

    @Override
    public JsonGenerator beginRecord(String section, String recordType) throws IOException {
        if (!inList) {
            generator.writeFieldName(section);
        }
        generator.writeStartObject();
        return generator;
    }

    @Override
    public void endRecord() throws IOException {
        generator.writeEndObject();
    }

    @Override
    public void beginList(String section) throws IOException {
        generator.writeArrayFieldStart(section);
        inList = true;
    }

    @Override
    public void endList() throws IOException {
        generator.writeEndArray();
        inList = false;
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndObject();
        generator.flush();
    }

    @Override
    public void abort(Exception cause) {
        try {
            generator.flush(); // what was written so far; the open object stays open
        } catch (IOException | RuntimeException e) {
            if (e != cause) { // the same broken connection fails again
                cause.addSuppressed(e);
            }
        }
    }
}
