package dev.fledge.api;

/** Examples shown in the OpenAPI document for inspect; REPORT is the real answer for examples/example-archive.zip. */
final class InspectExamples {
    static final String REPORT = "{}";

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
