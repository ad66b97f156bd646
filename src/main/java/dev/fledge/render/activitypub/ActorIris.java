package dev.fledge.render.activitypub;

import dev.fledge.model.Account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The IRIs of one export. With an {@code actorUrl} (the destination account, e.g.
 * {@code https://social.example/users/alice}) that IRI is the actor and the base of everything else: posts are
 * {@code <actor>/statuses/<X id>}, hashtags {@code <origin>/tags/<tag>}. Without it the actor is the X profile
 * {@code https://x.com/<screen name>}, posts keep their X status URLs and hashtags link to X's hashtag page.
 * Activities are {@code <post>/activity}; collections {@code <actor>/followers}, {@code /following},
 * {@code /outbox}, {@code /liked}. Other X accounts are {@code https://x.com/i/user/<id>} (relationships) or
 * {@code https://x.com/<screen name>} (mention links).
 */
public final class ActorIris {
    private static final String X = "https://x.com/";

    private final String actor;
    private final String statusBase;
    private final String tagBase;

    private ActorIris(String actor, String statusBase, String tagBase) {
        this.actor = actor;
        this.statusBase = statusBase;
        this.tagBase = tagBase;
    }

    /**
     * @param account  the archive's account (screen name and id may be null)
     * @param actorUrl an absolute http(s) IRI without trailing slash, or null
     */
    public static ActorIris of(Account account, String actorUrl) {
        if (actorUrl != null) {
            URI uri = URI.create(actorUrl);
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            return new ActorIris(actorUrl, actorUrl + "/statuses/", origin + "/tags/");
        }
        String screenName = account == null ? null : account.screenName();
        String id = account == null ? null : account.id();
        if (screenName != null && !screenName.isBlank()) {
            String actor = X + screenName;
            return new ActorIris(actor, actor + "/status/", X + "hashtag/");
        }
        String actor = X + "i/user/" + (id == null || id.isBlank() ? "0" : id);
        return new ActorIris(actor, X + "i/web/status/", X + "hashtag/");
    }

    /** The actor (the {@code id} of actor.json and the {@code actor}/{@code attributedTo} of everything). */
    public String actor() {
        return actor;
    }

    public String followers() {
        return actor + "/followers";
    }

    public String following() {
        return actor + "/following";
    }

    public String inbox() {
        return actor + "/inbox";
    }

    public String outbox() {
        return actor + "/outbox";
    }

    /** An outbox page, 1-based. */
    public String outboxPage(int page) {
        return outbox() + "?page=" + page;
    }

    public String liked() {
        return actor + "/liked";
    }

    /** The IRI of the post with this X id. */
    public String status(String postId) {
        return statusBase + postId;
    }

    /** The IRI of the activity ({@code Create} or {@code Announce}) of the post with this X id. */
    public String activity(String postId) {
        return status(postId) + "/activity";
    }

    /** The {@code href} of a hashtag (without its sign), percent-encoded. */
    public String hashtag(String tag) {
        return tagBase + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The X profile page of a screen name (mention links). */
    public static String xProfile(String screenName) {
        return X + screenName;
    }

    /** The IRI of an X account known only by id (followers, following). */
    public static String xUser(String accountId) {
        return X + "i/user/" + accountId;
    }

    /** The X URL of a post known only by id (likes). */
    public static String xStatus(String postId) {
        return X + "i/web/status/" + postId;
    }
}
