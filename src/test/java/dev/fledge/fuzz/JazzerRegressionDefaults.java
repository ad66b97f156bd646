package dev.fledge.fuzz;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Turns Jazzer's bug-detector hooks off when the fuzz tests only replay their inputs (regression mode, no
 * {@code JAZZER_FUZZ}): installing them scans the whole test class path, ~30 s per JVM with Quarkus on it, and the
 * replayed inputs do not need them. Fuzzing runs keep Jazzer's default (hooks on); {@code -Djazzer.hooks=...} always
 * wins. Registered as a JUnit launcher session listener (a {@code junit-platform.properties} would hide the one
 * Quarkus ships, which orders test classes by profile).
 */
public class JazzerRegressionDefaults implements LauncherSessionListener {

    private static final String HOOKS = "jazzer.hooks";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if ((fuzz == null || fuzz.isEmpty()) && System.getProperty(HOOKS) == null) {
            System.setProperty(HOOKS, "false");
        }
    }
}
