package dev.fledge.hostile;

import dev.fledge.problem.ProblemType;
import io.restassured.path.json.JsonPath;

import java.util.function.Consumer;

/**
 * The documented answer to a hostile upload: a problem ({@code status} and {@code type}, and the {@code file} it names
 * when that is known and stable), or a 200 report, with warnings when the reader is lenient by design and read around
 * a broken file.
 *
 * @param type        the problem type; null for a 200 report
 * @param file        for a problem: the {@code file} member it must carry (null: not checked); for a report: a file
 *                    that at least one warning must name (null: not checked)
 * @param warns       for a report: whether it must carry at least one warning
 * @param reportCheck further checks of a 200 report's JSON (counts, warnings), or null
 */
record Expected(ProblemType type, String file, boolean warns, Consumer<JsonPath> reportCheck) {

    static Expected problem(ProblemType type) {
        return new Expected(type, null, false, null);
    }

    static Expected problem(ProblemType type, String file) {
        return new Expected(type, file, false, null);
    }

    /** The INVALID_DATA_FILE answer of strict mode for a problem in {@code file} (null: file not checked). */
    static Expected invalid(String file) {
        return problem(ProblemType.INVALID_DATA_FILE, file);
    }

    /** 200 without warnings, then {@code check} (may be null). */
    static Expected clean(Consumer<JsonPath> check) {
        return new Expected(null, null, false, check);
    }

    /** 200 with at least one warning, one of them about {@code file} when not null, then {@code check} (may be null). */
    static Expected warning(String file, Consumer<JsonPath> check) {
        return new Expected(null, file, true, check);
    }

    int status() {
        return type == null ? 200 : type.status();
    }

    /** "422 `compression-ratio`", "200 + warnings" or "200", as the reliability document shows it. */
    String summary() {
        if (type != null) {
            return status() + " `" + type.slug() + "`";
        }
        return warns ? "200 + warnings" : "200";
    }
}
