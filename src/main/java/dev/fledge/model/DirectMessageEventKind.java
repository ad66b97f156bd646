package dev.fledge.model;

/** The kinds of events a conversation of direct-messages.js / direct-messages-group.js can hold (FORMAT.md §5.12). */
public enum DirectMessageEventKind {
    /** {@code messageCreate}: {@link DirectMessageEvent#message()} is set. */
    MESSAGE,
    /** {@code welcomeMessageCreate} (business accounts): {@link DirectMessageEvent#message()} is set. */
    WELCOME_MESSAGE,
    /** {@code joinConversation}: the account was added to a group; userIds is the participants snapshot. */
    JOIN_CONVERSATION,
    /** {@code participantsJoin}: userIds were added by initiatingUserId. */
    PARTICIPANTS_JOIN,
    /** {@code participantsLeave}: userIds left. */
    PARTICIPANTS_LEAVE,
    /** {@code conversationNameUpdate}: initiatingUserId renamed the group to name. */
    CONVERSATION_NAME_UPDATE,
    /** {@code reactionCreate}, the older standalone reaction event: {@link DirectMessageEvent#reaction()} is set. */
    REACTION
}
