package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;

/** Submits report files to ingest-service and reads their status, with a bearer token. */
public final class IngestClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String token;

    public IngestClient(String ingestUrl, String token) {
        this.ingestUrl = ingestUrl;
        this.token = token;
    }

    /** The receipt of the upload (id, duplicate flag); a refused upload throws with the service's reason. */
    public JsonNode submit(Path file) throws IOException, InterruptedException {
        String boundary = "disclosure-" + UUID.randomUUID();
        String type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: " + (type == null ? "application/octet-stream" : type)
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request, "submitting " + file.getFileName());
    }

    public JsonNode status(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/submissions/" + id))
                .header("Authorization", "Bearer " + token).GET().build();
        return send(request, "reading the status of " + id);
    }

    private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(what + " failed with HTTP " + response.statusCode() + ": " + response.body());
        }
        return CanonicalJson.mapper().readTree(response.body());
    }
}
