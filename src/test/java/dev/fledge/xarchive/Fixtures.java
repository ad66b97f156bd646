package dev.fledge.xarchive;

/** Small archive files for tests, in the shapes of FORMAT.md (new pretty-print style). */
final class Fixtures {

    private Fixtures() {
    }

    static final String ACCOUNT_ID = "52338276";

    /** A manifest with the given {@code dataTypes} members (JSON text without the braces). */
    static String manifest(String generationDate, String dataTypes) {
        return """
                window.__THAR_CONFIG = {
                  "userInfo" : {
                    "accountId" : "52338276",
                    "userName" : "owner_now",
                    "displayName" : "Owner"
                  },
                  "archiveInfo" : {
                    "sizeBytes" : "1000",
                    "generationDate" : "%s",
                    "isPartialArchive" : false,
                    "maxPartSizeBytes" : "53687091200"
                  },
                  "readmeInfo" : {
                    "fileName" : "data/README.txt",
                    "directory" : "data/",
                    "name" : "README.txt"
                  },
                  "dataTypes" : {
                %s
                  }
                }""".formatted(generationDate, dataTypes);
    }

    /** One {@code dataTypes} member with one file. */
    static String type(String key, String fileName, String global, int count) {
        return """
                    "%s" : {
                      "files" : [ {
                        "fileName" : "%s",
                        "globalName" : "YTD.%s.part0",
                        "count" : "%d"
                      } ]
                    }""".formatted(key, fileName, global, count);
    }

    /** One {@code dataTypes} member with one file and a media directory. */
    static String typeWithMedia(String key, String fileName, String global, int count, String mediaDirectory) {
        return """
                    "%s" : {
                      "mediaDirectory" : "%s",
                      "files" : [ {
                        "fileName" : "%s",
                        "globalName" : "YTD.%s.part0",
                        "count" : "%d"
                      } ]
                    }""".formatted(key, mediaDirectory, fileName, global, count);
    }

    /** A media-only {@code dataTypes} member. */
    static String media(String key, String mediaDirectory) {
        return """
                    "%s" : {
                      "mediaDirectory" : "%s"
                    }""".formatted(key, mediaDirectory);
    }

    static String join(String... members) {
        return String.join(",\n", members);
    }

    static String account(String id, String username, String displayName) {
        return """
                window.YTD.account.part0 = [
                  {
                    "account" : {
                      "email" : "user@example.invalid",
                      "createdVia" : "web",
                      "username" : "%s",
                      "accountId" : "%s",
                      "createdAt" : "2009-06-30T07:52:16.000Z",
                      "accountDisplayName" : "%s"
                    }
                  }
                ]""".formatted(username, id, displayName);
    }

    static String emptyFile(String global) {
        return "window.YTD." + global + ".part0 = [ ]";
    }

    static String follower(String global, String rowKey, String... ids) {
        StringBuilder rows = new StringBuilder();
        for (String id : ids) {
            if (!rows.isEmpty()) {
                rows.append(",\n");
            }
            rows.append("""
                      {
                        "%s" : {
                          "accountId" : "%s",
                          "userLink" : "https://twitter.com/intent/user?user_id=%s"
                        }
                      }""".formatted(rowKey, id, id));
        }
        return "window.YTD." + global + ".part0 = [\n" + rows + "\n]";
    }
}
