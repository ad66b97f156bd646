package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * How the records of a normalized conversion are laid out: as one JSON document ({@link DocumentLayout}) or as
 * one JSON record per line ({@link LineLayout}). {@link NormalizedWriter} makes the same calls in the same order for
 * both, so both formats carry the same records: a record is an object the writer fills between
 * {@link #beginRecord} and {@link #endRecord}; in the document it is the value of {@code section} (single records)
 * or an element of the {@code section} array (between {@link #beginList} and {@link #endList}); as a line it is the
 * same object with a {@code type} member first.
 */
interface RecordLayout {

    /** The generator records are written with (the same one for the whole output). */
    JsonGenerator generator();

    /** Starts the output; {@code schemaId} is written once (document: top level; lines: in the first record). */
    void begin(String schemaId) throws IOException;

    /**
     * Starts a record and returns the generator positioned inside its object, ready for fields.
     *
     * @param section    the document member holding it (ignored inside a list)
     * @param recordType the line's {@code type}
     */
    JsonGenerator beginRecord(String section, String recordType) throws IOException;

    void endRecord() throws IOException;

    /** Starts the document array {@code section}; records until {@link #endList} are its elements. */
    void beginList(String section) throws IOException;

    void endList() throws IOException;

    /** Completes the output and flushes it. */
    void finish() throws IOException;

    /**
     * Ends an output that failed part-way so that a client can tell: the document is left cut (not valid JSON);
     * lines end with an {@code error} record. Never throws; problems while doing so are added to {@code cause}.
     */
    void abort(Exception cause);
}
