package dev.fledge.api;

import dev.fledge.problem.InvalidOptionException;
import dev.fledge.progress.ProgressDocument;
import dev.fledge.render.mastodoncsv.AccountMap;
import dev.fledge.render.mastodoncsv.CsvFile;
import dev.fledge.render.mastodoncsv.FediverseAddress;
import dev.fledge.render.mastodoncsv.MastodonCsvExport;
import dev.fledge.render.mastodoncsv.MastodonCsvOptions;
import dev.fledge.xarchive.OptionalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Target {@code mastodon-csv}: the files Mastodon imports (docs/mastodon-csv.md), as a ZIP or one CSV file. */
@ApplicationScoped
public class MastodonCsvTarget implements ConvertTarget {
    static final String NAME = "mastodon-csv";
    static final Set<String> OPTIONS = Set.of("strict", "only", "part", "showBoosts", "notify", "languages",
            "hideNotifications", "bridgeDomain");
    static final Set<String> FILE_OPTIONS = Set.of(AccountMap.OPTION);
    static final String ZIP = "application/zip";
    static final String CSV = "text/csv; charset=utf-8";
    static final String RESOLVED_HEADER = "Fledge-Accounts-Resolved";
    static final String UNRESOLVED_HEADER = "Fledge-Accounts-Unresolved";
    static final String PARTS_HEADER = "Fledge-Parts";

    private final FledgeConfig config;

    public MastodonCsvTarget(FledgeConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public Set<String> fileOptions() {
        return FILE_OPTIONS;
    }

    /** The parsed request: what to answer and how to write it. */
    record MastodonCsvRequest(CsvFile only, int part, MastodonCsvOptions options, boolean strict) {
    }

    @Override
    public Conversion plan(RequestOptions given, UploadedArchive upload, List<MediaType> accepted) {
        MastodonCsvRequest request = parse(given, config.csv());
        AccountMap accountMap = accountMap(upload, config.csv());
        return new Conversion(request.strict(), false, Set.of(OptionalData.RELATIONSHIPS, OptionalData.LISTS),
                Set.of(ProgressDocument.Unit.RELATED_ACCOUNTS), (document, tempDir) -> {
            MastodonCsvExport export = MastodonCsvExport.prepare(document, accountMap, request.options());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(RESOLVED_HEADER, Long.toString(export.resolvedTotal()));
            headers.put(UNRESOLVED_HEADER, Long.toString(export.unresolvedTotal()));
            if (request.only() == null) {
                return new Output(ZIP, "mastodon-csv.zip", headers, export::writeZip, null);
            }
            CsvFile file = request.only();
            int part = request.part();
            int parts = export.parts(file);
            if (part > parts) {
                throw new InvalidOptionException("part", "Option 'part' must be between 1 and " + parts + ": "
                        + file.fileName(1) + " has " + (parts == 1 ? "1 part" : parts + " parts")
                        + " for this archive.");
            }
            headers.put(PARTS_HEADER, Integer.toString(parts));
            return new Output(CSV, file.fileName(part), headers, out -> export.writeCsv(file, part, out), null);
        });
    }

    /** Reads and checks the text options; every problem is a 400 naming the option. */
    static MastodonCsvRequest parse(RequestOptions options, FledgeConfig.Csv csv) {
        CsvFile only = options.single("only").map(value -> CsvFile.byOption(value).orElseThrow(() ->
                new InvalidOptionException("only", "Option 'only' must be one of "
                        + String.join(", ", new TreeSet<>(List.of("following", "blocks", "mutes", "lists", "unresolved")))
                        + "."))).orElse(null);
        int part = 1;
        Optional<String> partValue = options.single("part");
        if (partValue.isPresent()) {
            if (only == null) {
                throw new InvalidOptionException("part", "Option 'part' picks a part of the file named by 'only' "
                        + "(e.g. only=following&part=2); without 'only' the answer is the ZIP with every part.");
            }
            try {
                part = Integer.parseInt(partValue.get());
            } catch (NumberFormatException e) {
                part = 0;
            }
            if (part < 1) {
                throw new InvalidOptionException("part", "Option 'part' must be a whole number from 1.");
            }
        }
        List<String> languages = options.list("languages");
        for (String language : languages) {
            if (MastodonCsvOptions.languageProblem(language).isPresent()) {
                throw new InvalidOptionException("languages", "Option 'languages' must be ISO 639 language codes "
                        + "separated by commas (e.g. en,de,pt-BR); leave it out for all languages.");
            }
        }
        String bridgeDomain = options.single("bridgeDomain").map(value -> value.strip().toLowerCase(Locale.ROOT))
                .orElse(null);
        if (bridgeDomain != null) {
            Optional<String> problem = FediverseAddress.domainProblem(bridgeDomain);
            if (problem.isPresent()) {
                throw new InvalidOptionException("bridgeDomain", "Option 'bridgeDomain' must be a domain name such as "
                        + "bridge.example: the value " + problem.get() + ".");
            }
        }
        MastodonCsvOptions csvOptions = new MastodonCsvOptions(options.flag("showBoosts", true),
                options.flag("notify", false), languages, options.flag("hideNotifications", true), bridgeDomain,
                csv.followingRowsPerFile(), csv.rowsPerFile());
        return new MastodonCsvRequest(only, part, csvOptions, options.flag("strict", false));
    }

    private static AccountMap accountMap(UploadedArchive upload, FledgeConfig.Csv csv) {
        java.nio.file.Path file = upload.fileFields().get(AccountMap.OPTION);
        if (file == null) {
            return AccountMap.none();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return AccountMap.read(in, new AccountMap.Limits(csv.maxAccountMapRows(),
                    csv.maxAccountMapSize().asLongValue()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the accountMap part", e);
        }
    }
}
