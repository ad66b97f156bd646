package dev.fledge.api;

/** Examples of the jobs API for the OpenAPI document. */
final class JobExamples {
    static final String QUEUED = """
            {"id":"5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f","target":"mastodon-archive","status":"queued",
             "links":{"self":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f",
                      "events":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/events"},
             "createdAt":"2026-11-27T10:30:00Z"}""";
    static final String RUNNING = """
            {"id":"5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f","target":"mastodon-archive","status":"running",
             "progress":{"phase":"reading","done":1048576,"total":4194304,"percent":25},
             "links":{"self":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f",
                      "events":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/events"},
             "createdAt":"2026-11-27T10:30:00Z"}""";
    static final String SUCCEEDED = """
            {"id":"5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f","target":"mastodon-archive","status":"succeeded",
             "progress":{"phase":"writing","done":9,"total":9,"percent":100},
             "summary":{"generation":"G3","account":{"id":"1000000000000000001","screenName":"fledgeexample"},
                        "counts":{"posts":7,"mediaFiles":2},"warnings":[]},
             "warnings":[],
             "result":{"fileName":"archive-20261127103000-0123456789abcdef0123456789abcdef.zip",
                       "mediaType":"application/zip","size":123456},
             "links":{"self":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f",
                      "events":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/events",
                      "result":"/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/result"},
             "createdAt":"2026-11-27T10:30:00Z","expiresAt":"2026-11-27T11:30:02Z"}""";
    static final String BAD_TARGET = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Option 'target' names no known target. Targets: activitystreams, mastodon-archive, mastodon-csv, normalized.",
             "option":"target"}""";
    static final String NOT_FINISHED = """
            {"type":"https://fledge.dev/problems/job-not-finished","title":"Job not finished","status":409,
             "detail":"The job is running; its result can be downloaded once it has succeeded."}""";
    static final String EVENTS = """
            event: progress
            data: {"id":"5f0c...","status":"running","progress":{"phase":"reading","done":0,"total":4194304,"percent":0},...}

            event: summary
            data: {"id":"5f0c...","status":"running","summary":{...},...}

            event: succeeded
            data: {"id":"5f0c...","status":"succeeded","result":{...},...}
            """;

    private JobExamples() {
    }
}
