package dev.fledge.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

import static dev.fledge.testkit.ArchiveJson.isoMillis;
import static dev.fledge.testkit.ArchiveJson.object;
import static dev.fledge.testkit.ArchiveJson.row;

/** The small rows of an archive (account, profile, likes, people, lists, …), with their row keys (FORMAT.md §5). */
final class AccountRows {
    private AccountRows() {
    }

    static ObjectNode account(XUser owner, Instant createdAt) {
        ObjectNode account = object();
        account.put("email", owner.screenName() + "@example.invalid");
        account.put("createdVia", "web");
        account.put("username", owner.screenName());
        account.put("accountId", owner.id());
        account.put("createdAt", isoMillis(createdAt));
        account.put("accountDisplayName", owner.name());
        return row("account", account);
    }

    /** {@code timeZone} is missing, as in the 2020-04 and 2025-01 samples. */
    static ObjectNode accountTimezone(XUser owner) {
        return row("accountTimezone", object().put("accountId", owner.id()));
    }

    /** The {@code [ { "ageMeta" : { } } ]} placeholder. */
    static ObjectNode ageinfo() {
        return row("ageMeta", object());
    }

    static ObjectNode verified(XUser owner) {
        return row("verified", object().put("accountId", owner.id()).put("verified", false));
    }

    /** profile.js row; {@code avatarUrl}/{@code headerUrl} may be null. */
    static ObjectNode profile(String bio, String website, String location, String avatarUrl, String headerUrl) {
        ObjectNode p = object();
        p.set("description", object().put("bio", bio).put("website", website).put("location", location));
        if (avatarUrl != null) {
            p.put("avatarMediaUrl", avatarUrl);
        }
        if (headerUrl != null) {
            p.put("headerMediaUrl", headerUrl);
        }
        return row("profile", p);
    }

    /** like.js row; {@code plainText} null leaves {@code fullText} out (liked post no longer visible). */
    static ObjectNode like(String tweetId, String plainText) {
        ObjectNode like = object().put("tweetId", tweetId);
        if (plainText != null) {
            like.put("fullText", ArchiveJson.escapeHtml(plainText));
        }
        like.put("expandedUrl", "https://twitter.com/i/web/status/" + tweetId);
        return row("like", like);
    }

    /**
     * follower.js / following.js / block.js / mute.js row; the row keys are {@code follower}, {@code following},
     * {@code blocking} and {@code muting}.
     */
    static ObjectNode person(String rowKey, String accountId) {
        return row(rowKey, object().put("accountId", accountId)
                .put("userLink", "https://twitter.com/intent/user?user_id=" + accountId));
    }

    /** lists-created/member/subscribed.js row. */
    static ObjectNode list(String url) {
        return row("userListInfo", object().put("url", url));
    }

    static ObjectNode screenNameChange(XUser owner, Instant at, String from, String to) {
        ObjectNode change = object();
        change.put("accountId", owner.id());
        change.set("screenNameChange", object().put("changedAt", isoMillis(at)).put("changedFrom", from)
                .put("changedTo", to));
        return row("screenNameChange", change);
    }

    static ObjectNode protectedHistory(Instant at, boolean protect) {
        return row("protectedHistory", object().put("protectedAt", isoMillis(at))
                .put("action", protect ? "Protect" : "Unprotect"));
    }
}
