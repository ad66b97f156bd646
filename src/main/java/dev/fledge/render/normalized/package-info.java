/**
 * The normalized JSON writer: an archive ({@link dev.fledge.model.ArchiveDocument}) in Fledge's own documented,
 * versioned format (docs/normalized-format.md, JSON Schemas in openapi/schemas/), as one JSON document or as NDJSON
 * records.
 *
 * <p>{@link dev.fledge.render.normalized.NormalizedWriter} makes one pass over the document's streams in a fixed
 * order and hands each record to a {@code RecordLayout}: {@code DocumentLayout} nests it in the document,
 * {@code LineLayout} writes it as a line with its {@code type}. Both receive the same calls, so both formats carry
 * the same records. {@code ModelFields} maps the model records to members (absent when unknown, lists always
 * present, RFC 3339 UTC dates, string ids, UTF-16 offsets as in the model). Options are a typed
 * {@link dev.fledge.render.normalized.NormalizedOptions}; parsing request strings into it is the REST layer's job.
 */
package dev.fledge.render.normalized;
