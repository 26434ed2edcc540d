package dev.tsunagari.importjobs;

import dev.tsunagari.imports.ImportReport;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One import job as {@code GET /api/imports/{id}} shows it: stored as an {@code :ImportJob} node by {@link JobStore}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJob(String id, String status, String format, long bytes, long done, long total, double progress,
        String createdAt, String finishedAt, ImportReport report, String error) {

    /** A job with its progress worked out from its status and counts, as every answer shows it. */
    static ImportJob of(String id, String status, String format, long bytes, long done, long total, String createdAt,
            String finishedAt, ImportReport report, String error) {
        double progress = status.equals("done") ? 1.0 : total == 0 ? 0 : Math.min(1.0, (double) done / total);
        return new ImportJob(id, status, format, bytes, done, total, progress, createdAt, finishedAt, report, error);
    }
}
