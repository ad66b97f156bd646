package dev.fledge.model;

/**
 * Size and CRC-32 of a media file in the archive, as its ZIP directory declares them (reading the file enforces
 * both), so a writer can store the file in another ZIP without a first pass over its bytes.
 *
 * @param crc32 the CRC-32, or -1 when unknown
 */
public record MediaFileInfo(String archivePath, long size, long crc32) {
}
