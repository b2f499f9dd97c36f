package org.disclosure.parser.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HostileDocuments;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;

/**
 * Writes the fuzz targets' seed inputs into src/test/resources/org/disclosure/parser/fuzz/*Inputs/fuzz/: a
 * sample report, the test report as a web page and as Word, the test PDF, a small compound file with a
 * WordDocument stream, and small hostile documents. Run from parser/ with
 * {@code ../mvnw test-compile exec:java -Dexec.mainClass=org.disclosure.parser.fuzz.FuzzSeeds -Dexec.classpathScope=test};
 * the seeds are committed, so this is only needed to refresh them.
 */
public final class FuzzSeeds {

    private static final Path INPUTS = Path.of("src/test/resources/org/disclosure/parser/fuzz");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        ReportSource report = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
        write("Text", "sample-001.txt", Files.readAllBytes(Path.of("../samples/001_467670f9828e7222.txt")));
        write("Text", "table-lines.txt", HostileDocuments.textTableLines(20));
        write("Html", "report.html", HtmlWriter.write(report).getBytes(StandardCharsets.UTF_8));
        write("Html", "span-bomb.html", HostileDocuments.htmlSpanBomb());
        write("Html", "nested.html", HostileDocuments.deeplyNestedHtml(40));
        write("Docx", "report.docx", DocxWriter.write(report));
        write("Docx", "gridspan-bomb.docx", HostileDocuments.docxGridSpanBomb());
        write("Pdf", "report.pdf", Files.readAllBytes(Path.of("src/test/resources/documents/report_2021_hangzhou_xihu.pdf")));
        write("Pdf", "many-pages.pdf", HostileDocuments.pdfManyPages(3));
        write("Doc", "word-document.doc", compoundWithWordDocument());
    }

    private static byte[] compoundWithWordDocument() throws IOException {
        try (POIFSFileSystem compound = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] fib = new byte[1024];
            fib[0] = (byte) 0xEC;
            fib[1] = (byte) 0xA5;
            compound.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            compound.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            compound.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void write(String target, String name, byte[] bytes) throws IOException {
        Path dir = INPUTS.resolve(target + "FuzzTestInputs").resolve("fuzz");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
