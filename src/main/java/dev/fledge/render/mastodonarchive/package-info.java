/**
 * The Mastodon account archive target: a ZIP in the layout of Mastodon's "Request your archive" export
 * ({@code actor.json}, {@code outbox.json}, {@code likes.json}, {@code bookmarks.json}, avatar and header,
 * {@code media_attachments/files/…}), shaped so that the tools that import such archives (Misskey/Sharkey "Import
 * notes", slurp for GoToSocial) accept it. See {@link dev.fledge.render.mastodonarchive.MastodonArchiveWriter}.
 */
package dev.fledge.render.mastodonarchive;
