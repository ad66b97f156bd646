package dev.fledge.api;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.archive.UploadSpooler;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive of one request, as a file on disk, and the request's multipart text fields. A raw body is spooled
 * by us into the work directory and deleted by {@link #close()}; a multipart file part is spooled by the HTTP layer
 * into {@code <work-dir>/multipart} and deleted by it when the request ends (we delete it on close too, so it does
 * not outlive a long streamed answer's failure). Open it with {@link #open(ArchiveLimits)}.
 */
public final class UploadedArchive implements AutoCloseable {
    public static final String ARCHIVE_PART = "archive";

    private final Path file;
    private final Map<String, List<String>> fields;
    private final Map<String, Path> fileFields;
    private final DiskBudget.Charge charge;

    private UploadedArchive(Path file, Map<String, List<String>> fields, Map<String, Path> fileFields,
                            DiskBudget.Charge charge) {
        this.file = file;
        this.fields = fields;
        this.fileFields = fileFields;
        this.charge = charge;
    }

    /**
     * Spools a raw {@code application/zip} body, refusing it (413) past {@code maxUploadBytes} and (507) past the
     * temporary-disk budget {@code charge} counts against; a refused or broken upload leaves no file.
     */
    public static UploadedArchive fromBody(InputStream body, Path workDir, long maxUploadBytes, DiskBudget.Charge charge) {
        try {
            Path uploads = Files.createDirectories(workDir.resolve("uploads"));
            return new UploadedArchive(UploadSpooler.spool(charge.counting(body), uploads, maxUploadBytes), Map.of(),
                    Map.of(), charge);
        } catch (IOException e) {
            charge.close();
            throw new UncheckedIOException("could not spool the upload", e);
        } catch (RuntimeException e) {
            charge.close();
            throw e;
        }
    }

    /**
     * Takes the {@code archive} file part of a multipart form; every other part without a file name is a text
     * field (an option), every other file part a file option (such as {@code accountMap}).
     */
    public static UploadedArchive fromMultipart(MultipartFormDataInput form, Path workDir, long maxUploadBytes,
                                                DiskBudget.Charge charge) {
        List<Path> stored = new ArrayList<>();
        try {
            return fromMultipart(form, workDir, maxUploadBytes, charge, stored);
        } catch (RuntimeException e) {
            stored.forEach(UploadedArchive::deleteQuietly);
            charge.close();
            throw e;
        }
    }

    private static UploadedArchive fromMultipart(MultipartFormDataInput form, Path workDir, long maxUploadBytes,
                                                 DiskBudget.Charge charge, List<Path> stored) {
        Path archive = null;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, Path> fileFields = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> part : form.getValues().entrySet()) {
            for (FormValue value : part.getValue()) {
                String name = part.getKey();
                if (value.isFileItem()) {
                    Path path = spooledFile(value, workDir);
                    stored.add(path);
                    if (ARCHIVE_PART.equals(name)) {
                        if (archive != null) {
                            throw new FledgeException(ProblemType.BAD_REQUEST, "Send one 'archive' part, not several.");
                        }
                        archive = path;
                    } else if (fileFields.put(name, path) != null) {
                        throw new FledgeException(ProblemType.BAD_REQUEST, "Send one '" + name + "' file part, not several.");
                    }
                } else if (ARCHIVE_PART.equals(name)) {
                    throw new FledgeException(ProblemType.MISSING_ARCHIVE,
                            "The 'archive' part must be a file (curl: -F archive=@my-archive.zip, with the @).");
                } else {
                    fields.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value.getValue());
                }
            }
        }
        try {
            if (archive == null) {
                throw new FledgeException(ProblemType.MISSING_ARCHIVE,
                        "The multipart form has no 'archive' file part (curl: -F archive=@my-archive.zip).");
            }
            if (Files.size(archive) > maxUploadBytes) {
                throw new FledgeException(ProblemType.UPLOAD_TOO_LARGE,
                        "The archive is larger than this server accepts (" + maxUploadBytes + " bytes).");
            }
            for (Path path : stored) {
                charge.add(Files.size(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadedArchive(archive, fields, fileFields, charge);
    }

    /** The same upload without the text field {@code name} (one the route reads itself, such as a job's target). */
    public UploadedArchive withoutField(String name) {
        if (!fields.containsKey(name)) {
            return this;
        }
        Map<String, List<String>> rest = new LinkedHashMap<>(fields);
        rest.remove(name);
        return new UploadedArchive(file, rest, fileFields, charge);
    }

    /**
     * Moves the archive and the file parts into {@code dir} (a job's folder), so that they outlive the request (the
     * HTTP layer deletes its multipart files when the request ends). This object must not be used afterwards.
     */
    public UploadedArchive moveTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path movedArchive = Files.move(file, dir.resolve("archive.zip"));
            Map<String, Path> movedFields = new LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, Path> field : fileFields.entrySet()) {
                movedFields.put(field.getKey(), Files.move(field.getValue(), dir.resolve("part-" + index++ + ".bin")));
            }
            return new UploadedArchive(movedArchive, fields, movedFields, charge);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not store the upload for the job", e);
        }
    }

    private static Path spooledFile(FormValue value, Path workDir) {
        if (!value.getFileItem().isInMemory()) {
            return value.getFileItem().getFile();
        }
        try { // a small part the HTTP layer kept in memory: give it a file of its own like the others
            Path uploads = Files.createDirectories(workDir.resolve("uploads"));
            Path path = Files.createTempFile(uploads, "part-", ".bin");
            value.getFileItem().write(path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a multipart part", e);
        }
    }

    /** Opens the archive after checking it is a safe ZIP within the limits. */
    public SafeZipArchive open(ArchiveLimits limits) {
        try {
            return SafeZipArchive.open(file, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the spooled upload", e);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multipart text fields, for {@link RequestOptions}. Empty for a raw body. */
    public Map<String, List<String>> fields() {
        return fields;
    }

    /** Multipart file parts other than the archive (file options such as {@code accountMap}). */
    public Map<String, Path> fileFields() {
        return fileFields;
    }

    @Override
    public void close() {
        deleteQuietly(file);
        fileFields.values().forEach(UploadedArchive::deleteQuietly);
        charge.close();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the HTTP layer's end-of-request cleanup and the startup sweep catch what is left
        }
    }
}
