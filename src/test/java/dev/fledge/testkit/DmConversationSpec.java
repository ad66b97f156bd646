package dev.fledge.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DM conversation, described oldest event first inside {@code dmConversation}/{@code groupDm} lambdas; the
 * archive lists the events newest first, as X does.
 */
public final class DmConversationSpec {
    final XUser owner;
    /** The other participants (one for a 1:1 conversation). */
    final List<XUser> others;
    final boolean group;
    String conversationId;
    final List<DmEventSpec> events = new ArrayList<>();

    DmConversationSpec(XUser owner, List<XUser> others, boolean group) {
        this.owner = owner;
        this.others = List.copyOf(others);
        this.group = group;
    }

    /** The archive owner (e.g. to react to a message: {@code .reaction(c.owner(), "like")}). */
    public XUser owner() {
        return owner;
    }

    /** A fixed conversation id (default: {@code <smallerId>-<largerId>} for 1:1, a snowflake for groups). */
    public DmConversationSpec id(String conversationId) {
        this.conversationId = conversationId;
        return this;
    }

    /** A message from the archive owner; the text is plain (the builder escapes it). */
    public DmEventSpec sent(String text) {
        return from(owner, text);
    }

    /** A message from the other person of a 1:1 conversation. */
    public DmEventSpec received(String text) {
        if (group) {
            throw new IllegalStateException("in a group, use from(sender, text)");
        }
        return from(others.get(0), text);
    }

    /** A message from anyone in the conversation. */
    public DmEventSpec from(XUser sender, String text) {
        return add(new DmEventSpec(DmEventSpec.Type.MESSAGE, sender, text, List.of()));
    }

    /** An automatic welcome message of a business account (1:1); not counted as a direct message. */
    public DmEventSpec welcome(String text) {
        if (group) {
            throw new IllegalStateException("welcome messages are 1:1");
        }
        return add(new DmEventSpec(DmEventSpec.Type.WELCOME, others.get(0), text, List.of()));
    }

    /** {@code joinConversation}: the owner was added by {@code initiator}; the snapshot lists every member. */
    public DmEventSpec joined(XUser initiator) {
        return add(new DmEventSpec(DmEventSpec.Type.JOIN, requireGroup(initiator), null, List.of()));
    }

    /** {@code conversationNameUpdate}. */
    public DmEventSpec renamed(XUser by, String name) {
        return add(new DmEventSpec(DmEventSpec.Type.RENAME, requireGroup(by), name, List.of()));
    }

    /** {@code participantsLeave}. */
    public DmEventSpec left(XUser... users) {
        requireGroup(owner);
        return add(new DmEventSpec(DmEventSpec.Type.LEAVE, null, null, Arrays.asList(users)));
    }

    private XUser requireGroup(XUser user) {
        if (!group) {
            throw new IllegalStateException("membership events happen in group conversations");
        }
        return user;
    }

    private DmEventSpec add(DmEventSpec event) {
        events.add(event);
        return event;
    }
}
