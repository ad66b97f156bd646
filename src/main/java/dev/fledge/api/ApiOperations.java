package dev.fledge.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operations of API version 1: what {@code GET /api/v1} lists and where a 405 answer takes its {@code Allow}
 * header from (the JAX-RS layer does not tell). A test checks this list against the OpenAPI document, so it cannot
 * drift from the resources.
 */
final class ApiOperations {

    record Operation(String method, String pathTemplate) {
        Pattern pattern() {
            return Pattern.compile(pathTemplate.replaceAll("\\{[^/]+}", "[^/]+"));
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    static final List<Operation> ALL = List.of(
            new Operation("GET", "/api/v1"),
            new Operation("POST", "/api/v1/inspect"),
            new Operation("POST", "/api/v1/convert/normalized"),
            new Operation("POST", "/api/v1/convert/mastodon-csv"),
            new Operation("POST", "/api/v1/convert/mastodon-archive"),
            new Operation("POST", "/api/v1/convert/activitystreams"),
            new Operation("POST", "/api/v1/jobs"),
            new Operation("GET", "/api/v1/jobs/{id}"),
            new Operation("DELETE", "/api/v1/jobs/{id}"),
            new Operation("GET", "/api/v1/jobs/{id}/result"),
            new Operation("GET", "/api/v1/jobs/{id}/events"));

    static List<String> names() {
        return ALL.stream().map(Operation::toString).toList();
    }

    /** Methods the API serves at {@code path} (HEAD and OPTIONS included where GET is), sorted. */
    static Set<String> allowedMethods(String path) {
        Set<String> methods = new TreeSet<>();
        for (Operation operation : ALL) {
            if (operation.pattern().matcher(path).matches()) {
                methods.add(operation.method());
                if (operation.method().equals("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
            }
        }
        return methods;
    }

    private ApiOperations() {
    }
}
