package dev.fledge.api;

import dev.fledge.problem.InvalidOptionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The registry of {@link ConvertTarget}s by name. */
@ApplicationScoped
public class ConvertTargets {
    private final Map<String, ConvertTarget> byName = new TreeMap<>();

    public ConvertTargets(Instance<ConvertTarget> targets) {
        for (ConvertTarget target : targets) {
            if (byName.put(target.name(), target) != null) {
                throw new IllegalStateException("two targets named " + target.name());
            }
        }
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** The target named {@code name}; an unknown or missing name is a 400 naming the {@code target} option. */
    public ConvertTarget byName(String name) {
        ConvertTarget target = name == null ? null : byName.get(name);
        if (target == null) {
            throw new InvalidOptionException("target", (name == null ? "Option 'target' is required" :
                    "Option 'target' names no known target") + ". Targets: " + String.join(", ", byName.keySet()) + ".");
        }
        return target;
    }
}
