package dev.fledge.testkit;

/**
 * Another X account as archives show it: numeric id, screen name (handle without {@code @}) and display name.
 * {@link #gone(String)} is an account that no longer exists: X writes it with id {@code "-1"} and an empty name.
 */
public record XUser(String id, String screenName, String name) {

    public XUser {
        if (id == null || screenName == null || name == null) {
            throw new IllegalArgumentException("id, screenName and name are required");
        }
    }

    public static XUser of(String id, String screenName, String name) {
        return new XUser(id, screenName, name);
    }

    /** A deleted or suspended account: {@code "id" : "-1"}, {@code "name" : ""} (FORMAT.md §5.3.1). */
    public static XUser gone(String screenName) {
        return new XUser("-1", screenName, "");
    }
}
