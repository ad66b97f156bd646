/**
 * The pure ActivityStreams 2.0 target: a ZIP of AS2 documents with absolute IRIs ({@code actor.json},
 * {@code outbox.json} with its pages {@code outbox/page-N.json} newest first, {@code liked.json},
 * {@code following.json}, {@code followers.json}, {@code media/}, {@code report.json}), or one of these documents
 * alone. See {@link dev.fledge.render.activitystreams.ActivityStreamsWriter}.
 */
package dev.fledge.render.activitystreams;
