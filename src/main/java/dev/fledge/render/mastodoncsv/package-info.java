/**
 * Mastodon CSV import files from an X archive: following, blocks, mutes and lists, as Mastodon's own export writes
 * them (Preferences → Import and export), plus the accounts that could not be resolved, a report and a README.
 *
 * <p>X names related accounts by numeric id only; Mastodon needs {@code user@domain}. Addresses come only from what
 * the user gives ({@link dev.fledge.render.mastodoncsv.AccountMap}, a bridge domain) and are matched through the
 * reader's account directory only where it is unambiguous ({@link dev.fledge.render.mastodoncsv.AccountResolver}).
 * A bare or {@code @}-prefixed name is never written: it would follow or block a stranger on the importing server.
 * Entry point: {@link dev.fledge.render.mastodoncsv.MastodonCsvExport#prepare}. Spec: docs/mastodon-csv.md.
 */
package dev.fledge.render.mastodoncsv;
