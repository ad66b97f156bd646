package dev.fledge.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/v1}: what this service is and where its API is described; a cheap call to check a key or URL. */
@Path("/api/v1")
@Tag(name = "Service")
public class ServiceInfoResource {

    /** The answer of {@code GET /api/v1}. */
    @Schema(name = "ServiceInfo", description = "What this service is and where its API is described.")
    public record ServiceInfo(
            @Schema(examples = "Fledge") String name,
            @Schema(examples = "0.1.0-SNAPSHOT") String version,
            @Schema(description = "Path of the OpenAPI document", examples = "/q/openapi") String openapi,
            @Schema(description = "Operations of this API version") List<String> operations) {
    }

    private final String version;

    public ServiceInfoResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe the service",
            description = "Names the service, its version, where the OpenAPI document is, and the operations of API "
                    + "version 1. Use it to check that a base URL (and an API key, where keys are configured) works.")
    @APIResponse(responseCode = "200", description = "The service description",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceInfo.class),
                    examples = @ExampleObject(name = "service", value = """
                            {"name":"Fledge","version":"0.1.0-SNAPSHOT","openapi":"/q/openapi",
                             "operations":["POST /api/v1/inspect"]}""")))
    @APIResponse(responseCode = "405", description = "Another method than GET",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceInfo describe() {
        return new ServiceInfo("Fledge", version, "/q/openapi", ApiOperations.names());
    }
}
