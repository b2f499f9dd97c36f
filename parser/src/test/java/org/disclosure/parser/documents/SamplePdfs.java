package org.disclosure.parser.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five sample reports ({@code samples/*.txt}) written as ruled A4 PDFs by {@link PdfWriter}, committed under
 * src/test/resources/documents/samples (the font they need is not on every machine): the text PDFs the OCR tests
 * turn into scans. To write them again (needs {@code fonts-wqy-microhei}):
 * {@code java -cp ... org.disclosure.parser.documents.SamplePdfs ../samples src/test/resources/documents/samples}.
 */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "../samples");
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/documents/samples");
        Path font = Path.of(args.length > 2 ? args[2] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Files.createDirectories(target);
        for (Path sample : names(samples)) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            String name = sample.getFileName().toString().replace(".txt", ".pdf");
            Files.write(target.resolve(name), PdfWriter.write(ReportSource.ofText(text), font));
        }
    }

    /** The sample texts, in name order. */
    public static List<Path> names(Path samples) throws IOException {
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A committed sample PDF (name without extension, e.g. {@code 001_467670f9828e7222}). */
    public static byte[] bytes(String sample) {
        return ReportSource.bytes("samples/" + sample + ".pdf");
    }
}
