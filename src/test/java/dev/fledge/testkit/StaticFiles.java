package dev.fledge.testkit;

import java.nio.charset.StandardCharsets;

/** Stand-ins for the non-data files of an archive: {@code README.txt} and the offline viewer page. */
final class StaticFiles {
    private StaticFiles() {
    }

    static byte[] readme() {
        return ("Synthetic test archive written by the Fledge testkit (dev.fledge.testkit).\n"
                + "It imitates the layout of an X archive; its people, posts and messages are invented.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code Your archive.html} (G2/G3) or the Grailbird {@code index.html}. */
    static byte[] viewerPage() {
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your archive</title></head>\n"
                + "<body>Synthetic test archive: unzip it to look at the data files.</body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
