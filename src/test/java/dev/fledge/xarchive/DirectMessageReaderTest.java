package dev.fledge.xarchive;

import dev.fledge.model.DirectMessage;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.DirectMessageEvent;
import dev.fledge.model.DirectMessageEventKind;
import dev.fledge.model.DirectMessageLink;
import dev.fledge.model.DirectMessageReaction;
import dev.fledge.model.MediaFileRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectMessageReaderTest {

    static final String ONE_TO_ONE = """
            window.YTD.direct_messages.part0 = [
              {
                "dmConversation" : {
                  "conversationId" : "715628873967271936-985853854234431488",
                  "messages" : [
                    {
                      "messageCreate" : {
                        "recipientId" : "985853854234431488",
                        "reactions" : [
                          {
                            "senderId" : "985853854234431488",
                            "reactionKey" : "like",
                            "eventId" : "1853109999699890177",
                            "createdAt" : "2024-11-03T16:20:27.713Z"
                          }
                        ],
                        "urls" : [
                          {
                            "url" : "https://t.co/ulxaLhtQ0t",
                            "expanded" : "https://twitter.com/ekdsc/status/1852811823084630074",
                            "display" : "twitter.com/ekdsc/status/1…"
                          }
                        ],
                        "text" : "cool art &lt;3 https://t.co/ulxaLhtQ0t",
                        "mediaUrls" : [ ],
                        "senderId" : "715628873967271936",
                        "id" : "1853106730915311735",
                        "createdAt" : "2024-11-03T16:07:28.437Z",
                        "editHistory" : [ ]
                      }
                    },
                    {
                      "messageCreate" : {
                        "recipientId" : "715628873967271936",
                        "reactions" : [ ],
                        "urls" : [ ],
                        "text" : " https://t.co/BdyuKkyim7",
                        "mediaUrls" : [
                          "https://video.twimg.com/dm_gif/1834918545714470914/SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4"
                        ],
                        "senderId" : "985853854234431488",
                        "id" : "1834918553490772120",
                        "createdAt" : "2024-09-14T11:34:09.067Z",
                        "editHistory" : [ ]
                      }
                    },
                    {
                      "messageCreate" : {
                        "recipientId" : "715628873967271936",
                        "reactions" : [ ],
                        "urls" : [ ],
                        "text" : " https://t.co/ju0JocgPqH",
                        "mediaUrls" : [
                          "https://ton.twitter.com/dm/1818253123846013428/1818253119840522240/vTxBTsv2.jpg"
                        ],
                        "senderId" : "985853854234431488",
                        "id" : "1818253123846013428",
                        "createdAt" : "2024-07-30T11:51:41.018Z",
                        "editHistory" : [ ]
                      }
                    }
                  ]
                }
              },
              {
                "dmConversation" : {
                  "conversationId" : "3065618342-715628873967271936",
                  "messages" : [
                    {
                      "messageCreate" : {
                        "recipientId" : "3065618342",
                        "text" : "a question",
                        "mediaUrls" : [ ],
                        "senderId" : "715628873967271936",
                        "id" : "1375093386558967812",
                        "createdAt" : "2021-03-25T14:33:06.123Z"
                      }
                    },
                    {
                      "welcomeMessageCreate" : {
                        "recipientId" : "715628873967271936",
                        "urls" : [ ],
                        "text" : "Thanks for reaching out to us!",
                        "mediaUrls" : [ ],
                        "senderId" : "3065618342",
                        "id" : "1375093077686296583",
                        "createdAt" : "2021-03-25T14:31:52.371Z"
                      }
                    }
                  ]
                }
              }
            ]""";

    static final String GROUP = """
            window.YTD.direct_messages_group.part0 = [
              {
                "dmConversation" : {
                  "conversationId" : "1814229925676945505",
                  "messages" : [
                    {
                      "messageCreate" : {
                        "reactions" : [ ],
                        "urls" : [ ],
                        "text" : ":3",
                        "mediaUrls" : [
                          "https://video.twimg.com/dm_video/1278838170314997763/vid/648x576/dWPCAdHLG3u1Xnj1GCGvoka4STOHtSFAFITN_4dtpPM.mp4?tag=1"
                        ],
                        "senderId" : "715628873967271936",
                        "id" : "1833535572054356296",
                        "createdAt" : "2024-09-10T15:58:40.507Z",
                        "editHistory" : [ { "text" : "first &amp; draft", "createdAt" : "2024-09-10T15:58:00.000Z" } ]
                      }
                    },
                    {
                      "reactionCreate" : {
                        "senderId" : "1246359555786838016",
                        "reactionKey" : "funny",
                        "eventId" : "1814400014791127313",
                        "createdAt" : "2024-08-01T10:00:00.000Z"
                      }
                    },
                    {
                      "participantsLeave" : {
                        "userIds" : [ "1708950846971514880" ],
                        "createdAt" : "2024-07-30T10:00:00.000Z"
                      }
                    },
                    {
                      "participantsJoin" : {
                        "initiatingUserId" : "715628873967271936",
                        "userIds" : [ "99" ],
                        "createdAt" : "2024-07-25T10:00:00.000Z"
                      }
                    },
                    {
                      "conversationNameUpdate" : {
                        "initiatingUserId" : "715628873967271936",
                        "name" : "scrunkly",
                        "createdAt" : "2024-07-19T20:41:59.789Z"
                      }
                    },
                    {
                      "messageCreate" : {
                        "reactions" : [ ],
                        "urls" : [ ],
                        "text" : "https://t.co/cMa4Nr11YM",
                        "mediaUrls" : [ ],
                        "senderId" : "715628873967271936",
                        "id" : "1814400014791127313",
                        "createdAt" : "2024-07-19T20:40:48.152Z",
                        "editHistory" : [ ]
                      }
                    },
                    {
                      "conversationNameUpdate" : {
                        "initiatingUserId" : "1793240314381041665",
                        "name" : "first name",
                        "createdAt" : "2024-07-19T20:40:40.000Z"
                      }
                    },
                    {
                      "joinConversation" : {
                        "initiatingUserId" : "1793240314381041665",
                        "participantsSnapshot" : [
                          "1246359555786838016",
                          "1708950846971514880",
                          "715628873967271936",
                          "1793240314381041665"
                        ],
                        "createdAt" : "2024-07-19T20:40:33.333Z"
                      }
                    }
                  ]
                }
              }
            ]""";

    private final Warnings warnings = new Warnings();

    private List<DirectMessageConversation> readAll(InMemoryArchive archive) {
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        List<DirectMessageConversation> conversations = new ArrayList<>();
        DirectMessageReader.Totals totals = DirectMessageReader.forEach(archive, layout, reader, warnings,
                conversations::add);
        DirectMessageReader.Totals counted = DirectMessageReader.forEach(archive, layout, reader,
                Warnings.discarding(), null);
        assertEquals(totals, counted, "counting and materializing agree");
        return conversations;
    }

    private static InMemoryArchive archive() {
        return new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/direct-messages.js", ONE_TO_ONE)
                .with("data/direct-messages-group.js", GROUP)
                .with("data/direct_messages_media/1834918553490772120-SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4", "x")
                .with("data/direct_messages_group_media/1833535572054356296-dWPCAdHLG3u1Xnj1GCGvoka4STOHtSFAFITN_4dtpPM.mp4", "x");
    }

    @Test
    void oneToOneMessagesComeOldestFirstWithTheirDetails() {
        List<DirectMessageConversation> conversations = readAll(archive());
        assertEquals(3, conversations.size());
        DirectMessageConversation first = conversations.get(0);
        assertEquals("715628873967271936-985853854234431488", first.id());
        assertFalse(first.group());
        assertNull(first.name());
        assertEquals(List.of("715628873967271936", "985853854234431488"), first.participants());
        List<String> ids = first.events().stream().map(e -> e.message().id()).toList();
        assertEquals(List.of("1818253123846013428", "1834918553490772120", "1853106730915311735"), ids);

        DirectMessage newest = first.events().get(2).message();
        assertEquals("715628873967271936", newest.senderId());
        assertEquals("985853854234431488", newest.recipientId());
        assertEquals(Instant.parse("2024-11-03T16:07:28.437Z"), newest.createdAt());
        assertEquals("cool art <3 https://t.co/ulxaLhtQ0t", newest.text());
        assertEquals(List.of(new DirectMessageLink("https://t.co/ulxaLhtQ0t",
                "https://twitter.com/ekdsc/status/1852811823084630074", "twitter.com/ekdsc/status/1…")), newest.links());
        assertEquals(List.of(new DirectMessageReaction("985853854234431488", "like", "1853109999699890177",
                Instant.parse("2024-11-03T16:20:27.713Z"))), newest.reactions());
        assertTrue(newest.media().isEmpty());
        assertTrue(newest.editHistory().isEmpty());

        DirectMessage gif = first.events().get(1).message();
        assertEquals(List.of(new MediaFileRef(
                "https://video.twimg.com/dm_gif/1834918545714470914/SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4",
                "data/direct_messages_media/1834918553490772120-SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4")),
                gif.media());
        assertEquals(" https://t.co/BdyuKkyim7", gif.text());
        DirectMessage missingFile = first.events().get(0).message();
        assertEquals(List.of(new MediaFileRef(
                "https://ton.twitter.com/dm/1818253123846013428/1818253119840522240/vTxBTsv2.jpg", null)),
                missingFile.media());
        assertTrue(warnings.isEmpty(), () -> warnings.entries().toString());
    }

    @Test
    void welcomeMessagesAreMessagesOfTheirOwnKind() {
        DirectMessageConversation business = readAll(archive()).get(1);
        assertEquals(List.of(DirectMessageEventKind.WELCOME_MESSAGE, DirectMessageEventKind.MESSAGE),
                business.events().stream().map(DirectMessageEvent::kind).toList());
        assertEquals("3065618342", business.events().get(0).message().senderId());
        assertTrue(business.events().get(1).message().links().isEmpty());
    }

    @Test
    void groupConversationHasEveryEventKindInOrderAndTheNewestName() {
        DirectMessageConversation group = readAll(archive()).get(2);
        assertTrue(group.group());
        assertEquals("1814229925676945505", group.id());
        assertEquals("scrunkly", group.name());
        assertEquals(List.of(
                DirectMessageEventKind.JOIN_CONVERSATION,
                DirectMessageEventKind.CONVERSATION_NAME_UPDATE,
                DirectMessageEventKind.MESSAGE,
                DirectMessageEventKind.CONVERSATION_NAME_UPDATE,
                DirectMessageEventKind.PARTICIPANTS_JOIN,
                DirectMessageEventKind.PARTICIPANTS_LEAVE,
                DirectMessageEventKind.REACTION,
                DirectMessageEventKind.MESSAGE), group.events().stream().map(DirectMessageEvent::kind).toList());
        DirectMessageEvent join = group.events().get(0);
        assertEquals("1793240314381041665", join.initiatingUserId());
        assertEquals(4, join.userIds().size());
        assertEquals(List.of("99"), group.events().get(4).userIds());
        assertEquals(List.of("1708950846971514880"), group.events().get(5).userIds());
        assertEquals(new DirectMessageReaction("1246359555786838016", "funny", "1814400014791127313",
                Instant.parse("2024-08-01T10:00:00Z")), group.events().get(6).reaction());
        assertEquals(List.of("99", "715628873967271936", "1246359555786838016", "1708950846971514880",
                "1793240314381041665"), group.participants());

        DirectMessage last = group.events().get(7).message();
        assertNull(last.recipientId());
        assertEquals("data/direct_messages_group_media/1833535572054356296-dWPCAdHLG3u1Xnj1GCGvoka4STOHtSFAFITN_4dtpPM.mp4",
                last.media().get(0).archivePath());
        assertEquals("first & draft", last.editHistory().get(0).text());
        assertEquals(Instant.parse("2024-09-10T15:58:00Z"), last.editHistory().get(0).createdAt());
    }

    @Test
    void countsConversationsAndMessagesWithoutKeepingThem() {
        InMemoryArchive archive = archive();
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        DirectMessageReader.Totals totals = DirectMessageReader.forEach(archive, layout, reader, warnings, null);
        assertEquals(new DirectMessageReader.Totals(3, 7), totals);
    }

    @Test
    void aMediaFileWithAnotherNameIsFoundByItsMessageId() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/direct-messages.js", ONE_TO_ONE)
                .with("data/direct_message_media/1818253123846013428-renamed.jpg", "x");
        DirectMessage message = readAll(archive).get(0).events().get(0).message();
        assertEquals("data/direct_message_media/1818253123846013428-renamed.jpg", message.media().get(0).archivePath());
    }

    @Test
    void headersOnlyAreCountedWithAWarning() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/direct-message-headers.js", """
                        window.YTD.direct_message_headers.part0 = [
                          {
                            "dmConversation" : {
                              "conversationId" : "3065618342-715628873967271936",
                              "messages" : [
                                {
                                  "welcomeMessageCreate" : {
                                    "id" : "1509281773758435340",
                                    "senderId" : "3065618342",
                                    "recipientId" : "715628873967271936",
                                    "createdAt" : "2022-03-30T21:29:50.620Z"
                                  }
                                },
                                {
                                  "messageCreate" : {
                                    "id" : "1375093386558967812",
                                    "senderId" : "715628873967271936",
                                    "recipientId" : "3065618342",
                                    "createdAt" : "2021-03-25T14:33:06.123Z"
                                  }
                                }
                              ]
                            }
                          }
                        ]""");
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        List<DirectMessageConversation> streamed = new ArrayList<>();
        assertEquals(new DirectMessageReader.Totals(0, 0),
                DirectMessageReader.forEach(archive, layout, reader, warnings, streamed::add));
        assertTrue(streamed.isEmpty());
        assertEquals(new DirectMessageReader.Totals(1, 2),
                DirectMessageReader.countHeadersOnly(archive, layout, reader, warnings));
        assertEquals(1, warnings.size());
        assertEquals("data/direct-message-headers.js", warnings.entries().get(0).file());
        assertTrue(warnings.entries().get(0).message().contains("only the headers"));
    }

    @Test
    void headersAreIgnoredWhenTheFullFileIsThere() {
        InMemoryArchive archive = archive().with("data/direct-message-headers.js",
                "window.YTD.direct_message_headers.part0 = [ ]");
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        assertEquals(new DirectMessageReader.Totals(0, 0),
                DirectMessageReader.countHeadersOnly(archive, layout, reader, warnings));
        assertEquals(0, archive.openCount("data/direct-message-headers.js"));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aBrokenConversationIsDroppedAndTheEarlierOnesKept() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/direct-messages.js", """
                        window.YTD.direct_messages.part0 = [
                          { "dmConversation" : { "conversationId" : "1-2", "messages" : [
                            { "messageCreate" : { "id" : "10", "senderId" : "1", "recipientId" : "2", "text" : "a",
                                                  "createdAt" : "2020-01-01T00:00:00.000Z" } } ] } },
                          { "dmConversation" : { "conversationId" : "1-3", "messages" : [
                            { "messageCreate" : { "id" : "11", "senderId" : "1", "text" : "b" } },
                          ] } }
                        ]""");
        List<DirectMessageConversation> conversations = new ArrayList<>();
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        assertEquals(new DirectMessageReader.Totals(1, 1),
                DirectMessageReader.forEach(archive, layout, reader, warnings, conversations::add));
        assertEquals(1, conversations.size());
        assertEquals("1-2", conversations.get(0).id());
        assertEquals(1, warnings.size());
        assertEquals(7, warnings.entries().get(0).line());
        assertEquals(3, warnings.entries().get(0).column());
    }

    @Test
    void unknownEventsAndConversationsWithoutIdAreSkippedWithWarnings() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/direct-messages.js", """
                        window.YTD.direct_messages.part0 = [
                          { "dmConversation" : { "messages" : [ ] } },
                          { "dmConversation" : { "conversationId" : "1-2", "messages" : [
                            { "audioCallStarted" : { "createdAt" : "2020-01-01T00:00:00.000Z" } },
                            { "messageCreate" : { "id" : "x" } },
                            { "messageCreate" : { "id" : "12", "senderId" : "2", "recipientId" : "1" } }
                          ] } },
                          { "dmConversation" : { } }
                        ]""");
        List<DirectMessageConversation> conversations = readAll(archive);
        assertEquals(1, conversations.size());
        assertEquals(1, conversations.get(0).events().size());
        List<String> messages = warnings.entries().stream().map(w -> w.message()).toList();
        assertEquals(3, messages.size(), messages::toString);
        assertTrue(messages.contains("conversation without conversationId, skipped"), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("direct message event of a type")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("direct message without a numeric id")));
    }
}
