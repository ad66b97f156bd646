package dev.fledge.render.mastodoncsv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.fledge.model.Account;
import dev.fledge.model.UserListRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * report.json of a Mastodon CSV export: the options, resolved and unresolved accounts per source (resolved by how,
 * unresolved by reason), the files with their row counts, the lists, the X lists, and how the account map was used.
 * Documented in docs/mastodon-csv.md; {@code version} changes when a field changes meaning or goes away.
 */
final class ExportReport {
    static final String FILE_NAME = "report.json";
    static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ExportReport() {
    }

    static void write(MastodonCsvExport export, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("report", "fledge-mastodon-csv");
            json.writeNumberField("version", VERSION);
            Account account = export.document().account();
            json.writeObjectFieldStart("archive");
            json.writeStringField("accountId", account == null ? null : account.id());
            json.writeStringField("screenName", account == null ? null : account.screenName());
            json.writeStringField("generatedAt", export.document().generatedAt() == null ? null
                    : export.document().generatedAt().toString());
            json.writeNumberField("followers", export.document().counts() == null ? 0
                    : export.document().counts().followers());
            json.writeEndObject();

            options(export.options(), json);

            json.writeObjectFieldStart("totals");
            json.writeNumberField("resolved", export.resolvedTotal());
            json.writeNumberField("unresolved", export.unresolvedTotal());
            json.writeEndObject();

            json.writeObjectFieldStart("sources");
            for (Source source : Source.values()) {
                sourceFigures(source, export.figures(source), json);
            }
            json.writeEndObject();

            json.writeArrayFieldStart("files");
            for (CsvFile file : CsvFile.values()) {
                if (!export.inZip(file)) {
                    continue;
                }
                long rows = export.rows(file);
                long perPart = export.rowsPerPart(file);
                for (int part = 1; part <= export.parts(file); part++) {
                    json.writeStartObject();
                    json.writeStringField("name", file.fileName(part));
                    json.writeStringField("only", file.option());
                    json.writeNumberField("part", part);
                    json.writeStringField("mastodonImportType", file.mastodonImportType());
                    json.writeBooleanField("header", !file.header().isEmpty());
                    json.writeNumberField("rows", Math.max(0, Math.min(perPart, rows - (part - 1) * perPart)));
                    json.writeEndObject();
                }
            }
            json.writeEndArray();

            json.writeObjectFieldStart("lists");
            json.writeNumberField("rows", export.rows(CsvFile.LISTS));
            json.writeArrayFieldStart("names");
            for (String name : export.listNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeNumberField("rowsSkippedForConflictingAddresses", export.listRowsSkipped());
            json.writeEndObject();

            json.writeObjectFieldStart("xLists");
            for (UserListRelation relation : UserListRelation.values()) {
                json.writeNumberField(relation.name().toLowerCase(Locale.ROOT), export.xListCount(relation));
            }
            json.writeArrayFieldStart("urls");
            for (MastodonCsvExport.XList list : export.xLists()) {
                json.writeStartObject();
                json.writeStringField("relation", list.relation().name().toLowerCase(Locale.ROOT));
                json.writeStringField("url", list.url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("membersExported", false);
            json.writeEndObject();

            AccountResolver resolver = export.resolver();
            AccountMap map = resolver.map();
            json.writeObjectFieldStart("accountMap");
            json.writeBooleanField("given", map.given());
            json.writeNumberField("rows", map.size());
            json.writeNumberField("rowsById", map.entries().stream().filter(AccountMap.Entry::byId).count());
            json.writeNumberField("rowsByScreenName", map.entries().stream().filter(e -> !e.byId()).count());
            json.writeNumberField("rowsUsed", export.usedMapRows());
            json.writeNumberField("screenNamesNotInArchive", resolver.unknownScreenNames());
            json.writeNumberField("screenNamesAmbiguous", resolver.ambiguousScreenNames());
            json.writeNumberField("accountsWithConflictingAddresses", resolver.conflictingAccounts());
            json.writeEndObject();

            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void options(MastodonCsvOptions options, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("options");
        json.writeBooleanField("showBoosts", options.showBoosts());
        json.writeBooleanField("notify", options.notifyOnNewPosts());
        json.writeArrayFieldStart("languages");
        for (String language : options.languages()) {
            json.writeString(language);
        }
        json.writeEndArray();
        json.writeBooleanField("hideNotifications", options.hideNotifications());
        json.writeStringField("bridgeDomain", options.bridgeDomain());
        json.writeNumberField("followingRowsPerFile", options.followingRowsPerFile());
        json.writeNumberField("rowsPerFile", options.rowsPerFile());
        json.writeEndObject();
    }

    private static void sourceFigures(Source source, SourceFigures figures, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(source.slug());
        json.writeNumberField("accounts", figures.accounts());
        json.writeNumberField("resolved", figures.resolved());
        json.writeObjectFieldStart("resolvedBy");
        for (ResolvedBy by : ResolvedBy.values()) {
            json.writeNumberField(by.slug(), figures.resolved(by));
        }
        json.writeEndObject();
        json.writeNumberField("unresolved", figures.unresolved());
        json.writeObjectFieldStart("unresolvedBy");
        for (UnresolvedReason reason : UnresolvedReason.values()) {
            json.writeNumberField(reason.slug(), figures.unresolved(reason));
        }
        json.writeEndObject();
        json.writeNumberField("rows", figures.rows());
        json.writeNumberField("duplicateIdsSkipped", figures.duplicateIds());
        json.writeEndObject();
    }
}
