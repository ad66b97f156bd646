package dev.fledge.xarchive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.model.PostOrigin;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.xarchive.posts.PostCollector;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands every post row of the archive to the {@link PostCollector}, in the order it requires: note-tweet.js first,
 * then the tweets files (all parts), deleted-tweets.js, community-tweet.js; for classic archives the Grailbird month
 * files, or tweets.csv when there are none. Rows are read one at a time; broken files become warnings.
 */
final class PostFileFeeder {

    private static final String CSV_ID_COLUMN = "tweet_id";

    private PostFileFeeder() {
    }

    static void feed(PostCollector posts, ArchiveContent content, ArchiveLayout layout, DataFileReader reader,
                     Warnings warnings) {
        for (String file : layout.files(DataKind.NOTE_TWEETS)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, DataKind.NOTE_TWEETS.rowKeys, warnings,
                    (row, issues) -> posts.addNoteTweet(row, file));
        }
        rows(posts, reader, warnings, layout, DataKind.TWEETS, PostOrigin.TWEETS);
        rows(posts, reader, warnings, layout, DataKind.DELETED_TWEETS, PostOrigin.DELETED);
        rows(posts, reader, warnings, layout, DataKind.COMMUNITY_TWEETS, PostOrigin.COMMUNITY);
        if (!layout.grailbirdMonthFiles().isEmpty()) {
            for (String file : layout.grailbirdMonthFiles()) {
                reader.forEachRow(file, DataFileReader.Wrapper.GRAILBIRD, Set.of(), warnings,
                        (row, issues) -> posts.addTweet(row, PostOrigin.TWEETS, file));
            }
        } else if (layout.tweetsCsv() != null) {
            String csv = layout.tweetsCsv();
            csvRows(content, csv, warnings, row -> posts.addCsvTweet(row, csv));
        }
    }

    private static void rows(PostCollector posts, DataFileReader reader, Warnings warnings, ArchiveLayout layout,
                             DataKind kind, PostOrigin origin) {
        for (String file : layout.files(kind)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, kind.rowKeys, warnings,
                    (row, issues) -> posts.addTweet(row, origin, file));
        }
    }

    /** The mapper for tweets.csv: header row, quoted fields with newlines, the reader's limits. */
    private static CsvMapper csvMapper() {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DataFileReader.MAX_NESTING_DEPTH)
                        .maxStringLength(DataFileReader.MAX_STRING_LENGTH)
                        .maxNumberLength(DataFileReader.MAX_NUMBER_LENGTH)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
        return CsvMapper.builder(factory).build();
    }

    /**
     * Streams the rows of a Grailbird tweets.csv (header name → value; quoted fields may span lines), skipping
     * repeated header lines. A broken CSV ends the file with a warning; the rows before it were delivered.
     */
    static void csvRows(ArchiveContent content, String file, Warnings warnings, Consumer<Map<String, String>> action) {
        Optional<ArchiveEntry> entry = content.entry(file);
        if (entry.isEmpty()) {
            return;
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream raw = content.open(entry.get());
             BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
            in.mark(3);
            if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
                in.reset();
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
            try (MappingIterator<Map<String, String>> rows = csvMapper().readerForMapOf(String.class)
                    .with(schema).readValues(reader)) {
                while (rows.hasNextValue()) {
                    Map<String, String> row = rows.nextValue();
                    if (CSV_ID_COLUMN.equals(row.get(CSV_ID_COLUMN))) {
                        continue; // a repeated header line
                    }
                    action.accept(row);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            warnings.add(at == null || at.getLineNr() < 1 ? FileLocation.of(file)
                            : new FileLocation(file, at.getLineNr(), Math.max(1, at.getColumnNr())),
                    "invalid CSV (for example an unclosed quote); the rows before this point were read");
        } catch (CharacterCodingException e) {
            warnings.add(FileLocation.of(file), "the file is not valid UTF-8 text; the rows before the error were read");
        } catch (IOException e) {
            if (e.getCause() instanceof FledgeException fledge) {
                throw fledge;
            }
            warnings.add(FileLocation.of(file), "the file could not be read from the archive (damaged ZIP entry)");
        }
    }
}
