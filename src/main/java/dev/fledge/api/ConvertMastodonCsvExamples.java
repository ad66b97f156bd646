package dev.fledge.api;

/** Examples shown in the OpenAPI description of {@link ConvertMastodonCsvResource}. */
final class ConvertMastodonCsvExamples {

    static final String FOLLOWING_CSV = """
            Account address,Show boosts,Notify on new posts,Languages
            robin@quill.example,true,false,
            mira@okafor.example,true,false,
            """;

    static final String BAD_ACCOUNT_MAP = """
            {
              "type": "https://fledge.dev/problems/invalid-option",
              "title": "Invalid option",
              "status": 400,
              "detail": "accountMap has 2 invalid rows (line 3: the fediverse address has no domain (write user@domain; a bare name would be an account on the importing server); line 7: names the same X account as line 2 with a different address). Each row is x,fediverse[,list]: an X user id or @screen_name, an address user@domain, and optional list names separated by '|'. Fix or remove these rows and send it again.",
              "option": "accountMap"
            }""";

    static final String BAD_PART = """
            {
              "type": "https://fledge.dev/problems/invalid-option",
              "title": "Invalid option",
              "status": 400,
              "detail": "Option 'part' must be between 1 and 2: following_accounts.csv has 2 parts for this archive.",
              "option": "part"
            }""";

    private ConvertMastodonCsvExamples() {
    }
}
