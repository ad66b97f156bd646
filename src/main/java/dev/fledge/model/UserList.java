package dev.fledge.model;

/**
 * An X list named in lists-created.js, lists-member.js or lists-subscribed.js. The archive holds only the list URL
 * ({@code https://twitter.com/<owner>/lists/<slug-or-id>}): no name, members or description.
 */
public record UserList(UserListRelation relation, String url) {
}
