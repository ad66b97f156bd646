package dev.fledge.api;

/** Examples shown in the OpenAPI document for the mastodon-archive and activitystreams routes. */
final class ConvertMastodonArchiveExamples {

    /** The layout of the ZIP answered for examples/example-archive.zip (the 200 response is binary). */
    static final String ZIP_LAYOUT = """
            archive-20241001090000-3f2c9a0d5b7e41c8a6d2e9f01b4c7d35.zip
            ├── outbox.json        OrderedCollection of Create/Note activities, oldest first
            ├── media_attachments/files/001/837/937/390/970/228/754/original/ab2eb4d528ce8635.jpg
            ├── media_attachments/files/001/837/937/360/576/614/419/original/929a572c0c674bb0.jpg
            ├── media_attachments/files/001/838/898/999/267/356/693/original/cfe06e0095e8fb04.mp4
            ├── likes.json         OrderedCollection of liked post URLs
            ├── bookmarks.json     empty OrderedCollection
            ├── avatar.jpg
            ├── header.jpg
            ├── actor.json         Person
            └── report.json        exported and left out, with counts per reason""";

    static final String BAD_INCLUDE = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Option 'include' does not take 'directMessages' here; it takes: likes, media, relationships.",
             "option":"include"}""";

    static final String BAD_ACTOR_URL = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Option 'actorUrl' must be an absolute https URL: the destination account's actor URL, e.g. https://social.example/users/alice.",
             "option":"actorUrl"}""";

    /** An outbox page for examples/example-archive.zip (trimmed to its first activity). */
    static final String OUTBOX_PAGE = """
            {"@context":["https://www.w3.org/ns/activitystreams",{"sensitive":"as:sensitive","Hashtag":"as:Hashtag",
              "toot":"http://joinmastodon.org/ns#","blurhash":"toot:blurhash",
              "focalPoint":{"@container":"@list","@id":"toot:focalPoint"}}],
             "id":"https://x.com/fledgeexample/outbox?page=1","type":"OrderedCollectionPage",
             "partOf":"https://x.com/fledgeexample/outbox","startIndex":0,
             "next":"https://x.com/fledgeexample/outbox?page=2",
             "orderedItems":[{"id":"https://x.com/fledgeexample/status/1838899040945864724/activity","type":"Create",
               "actor":"https://x.com/fledgeexample","published":"2024-09-25T11:11:11Z",
               "to":["https://www.w3.org/ns/activitystreams#Public"],"cc":["https://x.com/fledgeexample/followers"],
               "object":{"id":"https://x.com/fledgeexample/status/1838899040945864724","type":"Note",
                 "attributedTo":"https://x.com/fledgeexample","published":"2024-09-25T11:11:11Z",
                 "url":"https://x.com/fledgeexample/status/1838899040945864724",
                 "to":["https://www.w3.org/ns/activitystreams#Public"],"cc":["https://x.com/fledgeexample/followers"],
                 "sensitive":false,"content":"<p>A ten-second demo of the converter</p>",
                 "contentMap":{"en":"<p>A ten-second demo of the converter</p>"},
                 "attachment":[{"type":"Video","mediaType":"video/mp4",
                   "url":"https://video.twimg.com/ext_tw_video/1838898999267356693/pu/vid/avc1/1280x720/uL1rHHu8Qm2LTyQS.mp4?tag=12",
                   "width":1280,"height":720}],"tag":[]}}]}""";

    static final String AS2_ZIP_LAYOUT = """
            activitystreams-20241001090000-3f2c9a0d5b7e41c8a6d2e9f01b4c7d35.zip
            ├── media/1837937390970228754.jpg, media/1837937360576614419.jpg, media/1838898999267356693.mp4
            ├── outbox/page-1.json   OrderedCollectionPage, newest first
            ├── outbox.json          OrderedCollection: totalItems, first, last
            ├── media/avatar.jpg, media/header.jpg
            ├── actor.json           Person
            ├── liked.json, following.json, followers.json
            └── report.json""";

    static final String NO_SUCH_PAGE = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Option 'page' must be from 1 to 1: the outbox has 1 page(s) of 20 activities.","option":"page"}""";

    private ConvertMastodonArchiveExamples() {
    }
}
