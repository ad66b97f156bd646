package dev.fledge.api;

/** Examples shown in the OpenAPI document for inspect; REPORT is the real answer for examples/example-archive.zip. */
final class InspectExamples {
    static final String REPORT = """
            {"generation":"G3","generatedAt":"2024-10-01T09:00:00Z","account":{"id":"1000000000000000001","screenName":"fledgeexample","displayName":"Fledge Example 🐣","createdAt":"2018-05-25T13:45:53Z","protected":null},"counts":{"posts":12,"retweets":2,"replies":3,"selfReplies":2,"quotes":1,"noteTweets":1,"editedPosts":1,"deletedPosts":0,"communityPosts":0,"likes":3,"followers":4,"following":4,"followingWithScreenName":4,"blocks":1,"mutes":1,"lists":1,"conversations":2,"directMessages":6,"mediaFiles":7},"range":{"first":"2024-09-02T08:15:30Z","last":"2024-09-25T11:11:11Z"},"skippedDataTypes":["accountSuspension","ageinfo","app","deletedTweetHeaders","savedSearch","smartblock","tweetHeaders"],"warnings":[]}""";

    static final String NOT_A_ZIP = """
            {"type":"https://fledge.dev/problems/not-a-zip","title":"Not a ZIP archive","status":415,
             "detail":"The upload does not start with a ZIP signature; send the .zip file X gave you."}""";

    static final String BAD_OPTION = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Unknown option 'stict'. This operation takes: strict.","option":"stict"}""";

    static final String STRICT = """
            {"type":"https://fledge.dev/problems/invalid-data-file","title":"Invalid data file","status":422,
             "detail":"Invalid JSON: unexpected character.","file":"data/like.js","line":14,"column":3}""";

    private InspectExamples() {
    }
}
