/**
 * Progress of a conversion, reported with real numbers and no archive content: {@link
 * dev.fledge.progress.ProgressListener} (what the reader and the writing pass call), and {@link
 * dev.fledge.progress.ProgressDocument}, which counts the output units a writer takes from an
 * {@link dev.fledge.model.ArchiveDocument} (posts, related accounts, media files) without the writer knowing.
 * Listeners may throw an unchecked exception to stop a conversion cooperatively (a cancelled job): the reader and
 * the writers let unchecked exceptions through and clean up.
 */
package dev.fledge.progress;
