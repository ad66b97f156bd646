package dev.fledge.model;

/** How the archive's account relates to an X list. */
public enum UserListRelation {
    /** lists-created.js */
    CREATED,
    /** lists-member.js: lists the account was added to. */
    MEMBER,
    /** lists-subscribed.js */
    SUBSCRIBED
}
