package dev.fledge.api;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Ready when the work directory (uploads and spools) exists, is writable, and has free space. */
@Readiness
@ApplicationScoped
public class WorkDirHealthCheck implements HealthCheck {
    private final FledgeConfig config;

    public WorkDirHealthCheck(FledgeConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Path dir = config.workDir();
        try {
            Files.createDirectories(dir);
            long usable = Files.getFileStore(dir).getUsableSpace();
            boolean writable = Files.isWritable(dir);
            return HealthCheckResponse.named("work-dir")
                    .status(writable && usable > 0)
                    .withData("writable", writable)
                    .withData("usableBytes", usable)
                    .build();
        } catch (IOException e) {
            return HealthCheckResponse.named("work-dir").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
