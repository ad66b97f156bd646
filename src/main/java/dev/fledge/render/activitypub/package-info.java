/**
 * What the two fediverse targets share (the Mastodon account archive and pure ActivityStreams 2.0): which posts are
 * exported and why others are left out ({@link dev.fledge.render.activitypub.PostSelection},
 * {@link dev.fledge.render.activitypub.LeftOutReason}), the IRIs ({@link dev.fledge.render.activitypub.ActorIris}),
 * the content HTML built from the model's entities ({@link dev.fledge.render.activitypub.ContentHtml}), the
 * {@code Create}/{@code Note} and {@code Announce} JSON ({@link dev.fledge.render.activitypub.ActivityJson}), the
 * JSON-LD contexts, and {@code report.json} ({@link dev.fledge.render.activitypub.ConversionReport}).
 *
 * <p>Memory: nothing here holds posts. The selection keeps one hash set of post ids (8 bytes per slot) so that
 * {@code inReplyTo} is written only for replies to posts inside the same export; media files to copy are spooled
 * to a temporary file ({@link dev.fledge.render.activitypub.MediaCopyList}).
 */
package dev.fledge.render.activitypub;
