package jp.tsunagu.exporting;

/** An exported file: its name, media type and bytes, and where the same file can be downloaded. */
public record ExportFile(String fileName, String mediaType, byte[] content, String url, boolean text) {
}
