package dev.fledge.xarchive;

import dev.fledge.problem.FileLocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems with single rows of one data file, gathered so that a file with a million bad rows yields one warning
 * per kind of problem (with a count and the location of the first such row), not a million. In strict mode the
 * first report throws at once. Problems are fixed texts written by the reader, never archive content.
 */
public final class RowIssues {

    private final String file;
    private final Warnings warnings;
    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Locator locator;
    private int rowLine;
    private int rowColumn;

    private static final class Issue {
        long count;
        int firstLine;
        int firstColumn;
    }

    /** Turns the parser's (line, column) of a row into the file's (line, column). */
    interface Locator {
        FileLocation locate(int parserLine, int parserColumn);

        /** Several positions at once (a locator that re-reads the file does it in one pass). */
        default List<FileLocation> locateAll(int[] parserLines, int[] parserColumns) {
            FileLocation[] located = new FileLocation[parserLines.length];
            for (int i = 0; i < located.length; i++) {
                located[i] = locate(parserLines[i], parserColumns[i]);
            }
            return List.of(located);
        }
    }

    RowIssues(String file, Warnings warnings, Locator locator) {
        this.file = file;
        this.warnings = warnings;
        this.locator = locator;
    }

    /** The file these issues belong to. */
    public String file() {
        return file;
    }

    void startRow(int parserLine, int parserColumn) {
        this.rowLine = parserLine;
        this.rowColumn = parserColumn;
    }

    /** Records that the current row has {@code problem} (e.g. "row without a numeric accountId, skipped"). */
    public void report(String problem) {
        Issue issue = issues.computeIfAbsent(problem, p -> new Issue());
        if (issue.count == 0) {
            issue.firstLine = rowLine;
            issue.firstColumn = rowColumn;
            if (warnings.strict()) {
                warnings.add(locator.locate(rowLine, rowColumn), problem);
            }
        }
        issue.count++;
    }

    /** Number of rows reported with {@code problem} so far. */
    long count(String problem) {
        Issue issue = issues.get(problem);
        return issue == null ? 0 : issue.count;
    }

    /** Turns the gathered issues into warnings (one per kind of problem). */
    void flush() {
        if (warnings.strict()) {
            issues.clear(); // the first report has already thrown
            return;
        }
        if (issues.isEmpty()) {
            return;
        }
        int[] lines = new int[issues.size()];
        int[] columns = new int[issues.size()];
        int i = 0;
        for (Issue issue : issues.values()) {
            lines[i] = issue.firstLine;
            columns[i++] = issue.firstColumn;
        }
        List<FileLocation> located = locator.locateAll(lines, columns);
        i = 0;
        for (Map.Entry<String, Issue> e : issues.entrySet()) {
            long n = e.getValue().count;
            String message = n == 1 ? e.getKey() : e.getKey() + " (" + n + " rows; the location is the first)";
            warnings.add(located.get(i++), message);
        }
        issues.clear();
    }
}
