package dev.fledge.model;

/** A link in a direct message ({@code urls[]}): the t.co link in the text, its target and its display form. */
public record DirectMessageLink(String url, String expandedUrl, String displayUrl) {
}
