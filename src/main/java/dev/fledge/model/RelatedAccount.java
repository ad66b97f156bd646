package dev.fledge.model;

/**
 * An account in follower.js, following.js, block.js or mute.js. X exports ids only (no handle, no date).
 *
 * @param accountId the X user id (numeric string)
 * @param userLink  the link X wrote ({@code https://twitter.com/intent/user?user_id=<id>})
 */
public record RelatedAccount(String accountId, String userLink) {
}
