package dev.fledge.xarchive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data types this reader reads, with the names they go by: manifest {@code dataTypes} keys (camelCase), file
 * base names (kebab-case, singular and plural variants of every vintage, FORMAT.md §1, §2, §5.12) and row keys.
 * Every other data type is skipped without being opened and reported in {@code skippedDataTypes}.
 */
enum DataKind {
    ACCOUNT(List.of("account"), List.of("account"), Set.of("account")),
    PROFILE(List.of("profile"), List.of("profile"), Set.of("profile")),
    ACCOUNT_TIMEZONE(List.of("accountTimezone"), List.of("account-timezone"), Set.of("accountTimezone")),
    VERIFIED(List.of("verified"), List.of("verified"), Set.of("verified")),
    PROTECTED_HISTORY(List.of("protectedHistory"), List.of("protected-history"), Set.of("protectedHistory")),
    SCREEN_NAME_CHANGE(List.of("screenNameChange"), List.of("screen-name-change"), Set.of("screenNameChange")),
    NOTE_TWEETS(List.of("noteTweet", "noteTweets"), List.of("note-tweet", "note-tweets"), Set.of("noteTweet")),
    TWEETS(List.of("tweets", "tweet"), List.of("tweets", "tweet"), Set.of("tweet")),
    DELETED_TWEETS(List.of("deletedTweets", "deletedTweet"), List.of("deleted-tweets", "deleted-tweet"),
            Set.of("tweet")),
    COMMUNITY_TWEETS(List.of("communityTweet", "communityTweets"), List.of("community-tweet", "community-tweets"),
            Set.of("tweet")),
    LIKES(List.of("like", "likes"), List.of("like", "likes"), Set.of("like")),
    FOLLOWERS(List.of("follower", "followers"), List.of("follower", "followers"), Set.of("follower")),
    FOLLOWING(List.of("following"), List.of("following"), Set.of("following")),
    BLOCKS(List.of("block", "blocks"), List.of("block", "blocks"), Set.of("blocking")),
    MUTES(List.of("mute", "mutes"), List.of("mute", "mutes"), Set.of("muting")),
    LISTS_CREATED(List.of("listsCreated"), List.of("lists-created"), Set.of("userListInfo")),
    LISTS_MEMBER(List.of("listsMember"), List.of("lists-member"), Set.of("userListInfo")),
    LISTS_SUBSCRIBED(List.of("listsSubscribed"), List.of("lists-subscribed"), Set.of("userListInfo")),
    DIRECT_MESSAGES(List.of("directMessages", "directMessage"), List.of("direct-messages", "direct-message"),
            Set.of("dmConversation")),
    DIRECT_MESSAGES_GROUP(List.of("directMessagesGroup", "directMessageGroup"),
            List.of("direct-messages-group", "direct-message-group"), Set.of("dmConversation")),
    DIRECT_MESSAGE_HEADERS(List.of("directMessageHeaders", "directMessagesHeaders"),
            List.of("direct-message-headers", "direct-messages-headers"), Set.of("dmConversation")),
    DIRECT_MESSAGE_GROUP_HEADERS(List.of("directMessageGroupHeaders", "directMessagesGroupHeaders"),
            List.of("direct-message-group-headers", "direct-messages-group-headers"), Set.of("dmConversation"));

    private static final Map<String, DataKind> BY_MANIFEST_KEY = new HashMap<>();
    private static final Map<String, DataKind> BY_FILE_BASE = new HashMap<>();

    static {
        for (DataKind kind : values()) {
            kind.manifestKeys.forEach(k -> BY_MANIFEST_KEY.put(k, kind));
            kind.fileBases.forEach(b -> BY_FILE_BASE.put(b, kind));
        }
    }

    final List<String> manifestKeys;
    final List<String> fileBases;
    final Set<String> rowKeys;

    DataKind(List<String> manifestKeys, List<String> fileBases, Set<String> rowKeys) {
        this.manifestKeys = manifestKeys;
        this.fileBases = fileBases;
        this.rowKeys = rowKeys;
    }

    static DataKind byManifestKey(String key) {
        return BY_MANIFEST_KEY.get(key);
    }

    /** By a file base name without {@code .js} and without {@code -partN}. */
    static DataKind byFileBase(String base) {
        return BY_FILE_BASE.get(base);
    }
}
