package dev.fledge.model;

/**
 * One post of the account, as every writer sees it. CONTRACT SKELETON: the posts reader (dev.fledge.xarchive.posts)
 * owns this record and replaces this placeholder with the full set of fields.
 */
public record Post(String id) {
}
