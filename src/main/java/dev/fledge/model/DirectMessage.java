package dev.fledge.model;

import java.time.Instant;
import java.util.List;

/**
 * A message of a conversation ({@code messageCreate} or a business account's {@code welcomeMessageCreate}).
 *
 * @param id          message id
 * @param senderId    author
 * @param recipientId the other side of a 1:1 conversation; null in group conversations
 * @param createdAt   when it was sent
 * @param text        the text, HTML entities decoded once ({@code &amp;} {@code &lt;} {@code &gt;}); media
 *                    messages hold the t.co link of the media
 * @param links       {@code urls[]} (archives from 2021 on; empty before)
 * @param media       one entry per {@code mediaUrls[]} item, with the file in the DM media folder when present
 * @param reactions   reactions to this message, as listed
 * @param editHistory earlier versions, as listed (empty when none)
 */
public record DirectMessage(
        String id,
        String senderId,
        String recipientId,
        Instant createdAt,
        String text,
        List<DirectMessageLink> links,
        List<MediaFileRef> media,
        List<DirectMessageReaction> reactions,
        List<DirectMessageEdit> editHistory) {

    public DirectMessage {
        links = links == null ? List.of() : List.copyOf(links);
        media = media == null ? List.of() : List.copyOf(media);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        editHistory = editHistory == null ? List.of() : List.copyOf(editHistory);
    }
}
